package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Quota;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.EncoderConfiguration;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.Video;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HYBRID end to end against the emulator: hosts on a stage, a composition into a channel, viewers over HLS. */
class HybridModeTest {
    private static Fixture fx;

    @BeforeAll
    static void start() {
        fx = Fixture.withQuota(Quota.COMPOSITIONS, 100);   // IVS's default of 5 running at once is too few here
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void goingLiveComposesTheStageIntoTheChannelInAGridAt1080p() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);

        assertThat(show.ingest()).isEmpty();
        Composition composition = fx.realTime.getComposition(show.composition().orElseThrow());
        assertThat(composition.stage()).isEqualTo(show.stage().orElseThrow().arn());
        assertThat(composition.state()).isEqualTo(Composition.State.ACTIVE);
        assertThat(composition.layout()).hasValueSatisfying(l -> assertThat(l).isInstanceOf(Layout.Grid.class));
        assertThat(composition.tags()).containsEntry(IvsLive.TAG_USER, "kit");
        CompositionDestination.Channel destination = (CompositionDestination.Channel) composition.destinations().get(0)
                .configuration().orElseThrow();
        assertThat(destination.channel()).isEqualTo(show.channel().orElseThrow().arn());
        EncoderConfiguration encoder = fx.realTime.getEncoderConfiguration(destination.encoderConfiguration()
                .orElseThrow());
        assertThat(encoder.video()).isEqualTo(GoLiveOptions.DEFAULT_HYBRID_VIDEO);
        assertThat(encoder.tags()).containsEntry(IvsLive.TAG_LIBRARY, "ivs-live").doesNotContainKey(IvsLive.TAG_USER);
        // the composition is what keeps the channel live
        assertThat(fx.lowLatency.getStream(show.channel().get().arn())).isPresent();
    }

    @Test
    void hostsJoinTheStageAndViewersWatchTheChannel() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        live.invite(show, "cara");

        Admission host = live.admitHost(show, "kit");
        Admission coHost = live.admitHost(show, "cara");
        Admission viewer = live.admitViewer(show, "bob");

        assertThat(host).isInstanceOfSatisfying(Admission.WebRtc.class, w -> assertThat(w.canPublish()).isTrue());
        assertThat(coHost).isInstanceOfSatisfying(Admission.WebRtc.class, w -> assertThat(w.canPublish()).isTrue());
        assertThat(viewer).isInstanceOfSatisfying(Admission.Hls.class,
                h -> assertThat(h.uri()).isEqualTo(show.channel().get().playbackUrl().uri()));
        String stage = show.stage().get().arn().value();
        fx.emulator.simulateParticipantPublish(stage,
                fx.emulator.simulateParticipantJoin(((Admission.WebRtc) host).token().token()));
        fx.emulator.simulateParticipantPublish(stage,
                fx.emulator.simulateParticipantJoin(((Admission.WebRtc) coHost).token().token()));
    }

    @Test
    void aViewerPromotedInHybridMovesFromHlsToTheStage() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        assertThat(live.admitViewer(show, "bob")).isInstanceOf(Admission.Hls.class);

        Admission.WebRtc promoted = live.promote(show, "bob");

        assertThat(promoted.canPublish()).isTrue();
        assertThat(promoted.token().stage()).isEqualTo(show.stage().get().arn());
    }

    @Test
    void theVideoAndLayoutCanBeChosenWithinTheChannelsLimits() {
        IvsLive live = fx.live();
        Video sd = new Video(640, 360, 30, 1_000_000);
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID, GoLiveOptions.builder()
                .channelType(ChannelType.BASIC).video(sd).layout(Layout.pictureInPicture()).build());

        Composition composition = fx.realTime.getComposition(show.composition().orElseThrow());
        assertThat(composition.layout())
                .hasValueSatisfying(l -> assertThat(l).isInstanceOf(Layout.PictureInPicture.class));
        CompositionDestination.Channel destination = (CompositionDestination.Channel) composition.destinations().get(0)
                .configuration().orElseThrow();
        assertThat(fx.realTime.getEncoderConfiguration(destination.encoderConfiguration().orElseThrow()).video())
                .isEqualTo(sd);
        assertThat(fx.lowLatency.getChannel(show.channel().get().arn()).type()).isEqualTo(ChannelType.BASIC);
    }

    @Test
    void aBasicChannelIsComposedAt480pByDefaultAndIvsDefaultVideoNeedsNoEncoderConfiguration() {
        IvsLive basic = fx.live();
        Broadcast onBasic = basic.goLive("kit", StreamingMode.HYBRID,
                GoLiveOptions.builder().channelType(ChannelType.BASIC).build());
        CompositionDestination.Channel basicDestination = destination(onBasic);
        assertThat(fx.realTime.getEncoderConfiguration(basicDestination.encoderConfiguration().orElseThrow()).video())
                .isEqualTo(GoLiveOptions.DEFAULT_BASIC_VIDEO);

        IvsLive plain = fx.live();
        Broadcast show = plain.goLive("kit", StreamingMode.HYBRID,
                GoLiveOptions.builder().video(Video.DEFAULT).build());
        assertThat(destination(show).encoderConfiguration()).isEmpty();
    }

    @Test
    void aSharedEncoderConfigurationDeletedElsewhereIsFoundOrCreatedAgain() {
        IvsLive live = fx.live();
        Broadcast first = live.goLive("kit", StreamingMode.HYBRID);
        EncoderConfigurationArn encoder = destination(first).encoderConfiguration().orElseThrow();
        live.end(first);
        fx.realTime.deleteEncoderConfiguration(encoder);

        Broadcast second = live.goLive("bob", StreamingMode.HYBRID);

        EncoderConfigurationArn again = destination(second).encoderConfiguration().orElseThrow();
        assertThat(again).isNotEqualTo(encoder);
        assertThat(fx.realTime.getEncoderConfiguration(again).video()).isEqualTo(GoLiveOptions.DEFAULT_HYBRID_VIDEO);
    }

    private static CompositionDestination.Channel destination(Broadcast show) {
        return (CompositionDestination.Channel) fx.realTime.getComposition(show.composition().orElseThrow())
                .destinations().get(0).configuration().orElseThrow();
    }

    @Test
    void theSharedEncoderConfigurationIsCreatedOncePerNamespace() {
        IvsLive live = fx.live();
        long before = fx.emulator.requestCount("CreateEncoderConfiguration");

        live.goLive("kit", StreamingMode.HYBRID);
        live.goLive("bob", StreamingMode.HYBRID);
        fx.sameNamespaceAs(live).goLive("cara", StreamingMode.HYBRID);

        assertThat(fx.emulator.requestCount("CreateEncoderConfiguration")).isEqualTo(before + 1);
    }

    @Test
    void endingStopsTheCompositionTakesTheChannelOfflineAndDisconnectsTheHosts() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        String host = fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token()
                .token());
        String session = fx.realTime.getStage(show.stage().get().arn()).activeSessionId().orElseThrow();

        Broadcast ended = live.end(show);

        assertThat(ended.composition()).isEmpty();
        assertThat(fx.realTime.getComposition(show.composition().orElseThrow()).state())
                .isEqualTo(Composition.State.STOPPED);
        assertThat(fx.lowLatency.getStream(show.channel().get().arn())).isEmpty();
        assertThat(fx.realTime.getParticipant(show.stage().get().arn(), session, host).state())
                .isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(live.end(show)).isEqualTo(ended);
        assertThat(live.end(ended)).isEqualTo(ended);

        // going live again starts a new composition on the same stage and channel
        Broadcast again = live.goLive("kit", StreamingMode.HYBRID);
        assertThat(again.stage()).isEqualTo(show.stage());
        assertThat(again.channel()).isEqualTo(show.channel());
        assertThat(again.composition()).isPresent().isNotEqualTo(show.composition());
    }
}
