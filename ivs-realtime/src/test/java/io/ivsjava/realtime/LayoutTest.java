package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Both layout builders start from IVS's defaults, and set the options they share the same way. */
class LayoutTest {
    @Test
    void theGridStartsFromIvssDefaults() {
        assertThat(Layout.grid()).isEqualTo(new Layout.Grid(Optional.empty(), false, Layout.AspectRatio.VIDEO,
                Optional.empty(), Layout.Grid.DEFAULT_GRID_GAP, Optional.empty()));
    }

    @Test
    void pictureInPictureStartsFromIvssDefaults() {
        assertThat(Layout.pictureInPicture()).isEqualTo(new Layout.PictureInPicture(Optional.empty(), false,
                Layout.FillMode.COVER, 0, Optional.empty(), Layout.PipBehavior.STATIC, 0,
                Layout.PipPosition.BOTTOM_RIGHT, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    }

    @Test
    void theSharedOptionsSetTheSameWayOnBoth() {
        Layout.Grid grid = Layout.Grid.builder().participantOrderAttribute("order").gridGap(4)
                .featuredParticipantAttribute("featured").videoFillMode(Layout.FillMode.FILL).omitStoppedVideo(true)
                .videoAspectRatio(Layout.AspectRatio.PORTRAIT).build();
        Layout.PictureInPicture pip = Layout.PictureInPicture.builder().participantOrderAttribute("order").gridGap(4)
                .featuredParticipantAttribute("featured").videoFillMode(Layout.FillMode.FILL).omitStoppedVideo(true)
                .pipParticipantAttribute("guest").build();

        assertThat(grid).isEqualTo(new Layout.Grid(Optional.of("featured"), true, Layout.AspectRatio.PORTRAIT,
                Optional.of(Layout.FillMode.FILL), 4, Optional.of("order")));
        assertThat(pip).isEqualTo(new Layout.PictureInPicture(Optional.of("featured"), true, Layout.FillMode.FILL, 4,
                Optional.of("guest"), Layout.PipBehavior.STATIC, 0, Layout.PipPosition.BOTTOM_RIGHT,
                OptionalInt.empty(), OptionalInt.empty(), Optional.of("order")));
        assertInvalid(() -> Layout.Grid.builder().videoFillMode(null), "videoFillMode", "is missing");
        assertInvalid(() -> Layout.PictureInPicture.builder().featuredParticipantAttribute(null),
                "featuredParticipantAttribute", "is missing");
    }
}
