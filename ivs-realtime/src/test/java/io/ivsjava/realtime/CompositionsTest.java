package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hybrid mode: hosts on a stage composed into a channel (and an S3 recording), with encoder and storage
 * configurations, against the embedded emulator.
 */
class CompositionsTest {
    private static final StageArn SOME_STAGE = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/abc");
    private static final EncoderConfigurationArn SOME_ENCODER =
            EncoderConfigurationArn.parse("arn:aws:ivs:us-east-1:123456789012:encoder-configuration/abc");
    private static final StorageConfigurationArn SOME_STORAGE =
            StorageConfigurationArn.parse("arn:aws:ivs:us-east-1:123456789012:storage-configuration/abc");

    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTime ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    // ---- encoder configurations -------------------------------------------------------------------------------

    @Test
    void encoderConfigurationsAreCreatedReadListedAndDeleted() {
        Video fullHd = new Video(1920, 1080, 60, Video.MAX_BITRATE);
        EncoderConfiguration created = ivs.createEncoderConfiguration("full-hd", fullHd, Map.of("app", "cats"));

        assertThat(created.name()).isEqualTo("full-hd");
        assertThat(created.video()).isEqualTo(fullHd);
        assertThat(created.tags()).containsExactly(Map.entry("app", "cats"));
        assertThat(ivs.getEncoderConfiguration(created.arn())).isEqualTo(created);
        assertThat(ivs.listEncoderConfigurations()).extracting(EncoderConfigurationSummary::arn).contains(created.arn());

        ivs.deleteEncoderConfiguration(created.arn());

        assertThatThrownBy(() -> ivs.getEncoderConfiguration(created.arn())).isInstanceOf(IvsNotFoundException.class);
        assertThat(ivs.listEncoderConfigurations()).extracting(EncoderConfigurationSummary::arn)
                .doesNotContain(created.arn());
    }

    @Test
    void videoIsCheckedAgainstIvsLimitsBeforeAnyCall() {
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1922, 1080, 30, 1)), "video.width",
                "1922 is out of range; allowed 2..1920");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1280, 0, 30, 1)), "video.height",
                "0 is out of range; allowed 2..1920");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1281, 720, 30, 1)), "video.width",
                "1281 is odd; allowed even numbers of pixels");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1920, 1082, 30, 1)), "video",
                "1920x1082 is 2077440 pixels; allowed at most 2073600 (1920x1080 or 1080x1920)");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1280, 720, 60.5, 1)), "video.framerate",
                "60.5 is out of range; allowed 1..60");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1280, 720, 0.5, 1)), "video.framerate",
                "allowed 1..60");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1280, 720, 30, Video.MAX_BITRATE + 1)),
                "video.bitrate", "8500001 is out of range; allowed 1..8500000");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", new Video(1280, 720, 30, 0)), "video.bitrate",
                "allowed 1..8500000");
        assertInvalid(() -> ivs.createEncoderConfiguration("has space", Video.DEFAULT), "name", "pattern");
        assertInvalid(() -> ivs.createEncoderConfiguration("x", null), "video", "is missing");
        assertThat(emulator.calls()).isEmpty();

        assertThat(ivs.createEncoderConfiguration("portrait", new Video(1080, 1920, 1, 1)).video())
                .isEqualTo(new Video(1080, 1920, 1, 1));
        assertThat(ivs.createEncoderConfiguration("tiny", new Video(2, 2, 29.97, 1)).video().framerate())
                .isEqualTo(29.97, org.assertj.core.data.Offset.offset(1e-4));
    }

    // ---- storage configurations -------------------------------------------------------------------------------

    @Test
    void storageConfigurationsAreCreatedReadListedAndDeleted() {
        StorageConfiguration created = ivs.createStorageConfiguration("recordings", "cat-recordings.eu");

        assertThat(created.bucketName()).isEqualTo("cat-recordings.eu");
        assertThat(ivs.getStorageConfiguration(created.arn())).isEqualTo(created);
        assertThat(ivs.listStorageConfigurations()).contains(created);

        ivs.deleteStorageConfiguration(created.arn());

        assertThatThrownBy(() -> ivs.getStorageConfiguration(created.arn())).isInstanceOf(IvsNotFoundException.class);
        assertInvalid(() -> ivs.createStorageConfiguration("x", "Upper-Case"), "bucketName",
                "3..63 lowercase letters, digits, '.' and '-'");
        assertInvalid(() -> ivs.createStorageConfiguration("x", "ab"), "bucketName", "malformed");
        assertInvalid(() -> ivs.createStorageConfiguration("x", "b".repeat(64)), "bucketName", "malformed");
        assertThat(emulator.calls("CreateStorageConfiguration")).as("only the first, valid one").hasSize(1);
    }

    // ---- compositions -----------------------------------------------------------------------------------------

    @Test
    void hostsAreComposedIntoAChannelAndS3ThenStopped() {
        CreatedStage created = ivs.createStage(StageSpec.builder().name("hybrid").withToken(Host.of("kit")).build());
        StageArn stage = created.stage().arn();
        String kit = emulator.simulateParticipantJoin(created.tokens().get(0).token());
        emulator.simulateParticipantPublish(stage.value(), kit);
        ChannelArn channel = Emulators.channel(emulator, "hybrid-channel");
        EncoderConfiguration encoder = ivs.createEncoderConfiguration("hybrid", Video.DEFAULT);
        StorageConfiguration storage = ivs.createStorageConfiguration("hybrid", "hybrid-recordings");
        Layout layout = Layout.PictureInPicture.builder().pipParticipantAttribute("guest")
                .pipPosition(Layout.PipPosition.TOP_LEFT).pipSize(320, 180).pipOffset(8).build();

        Composition started = ivs.startComposition(CompositionSpec.builder(stage)
                .layout(layout)
                .destination(CompositionDestination.channel(channel, encoder.arn()).withName("live"))
                .destination(CompositionDestination.s3(storage.arn(), encoder.arn())
                        .withHlsSegmentDuration(Duration.ofSeconds(4))
                        .withThumbnails(Thumbnails.every(Duration.ofSeconds(20), Set.of(Thumbnails.Storage.LATEST))))
                .tag("show", "hybrid")
                .build());

        assertThat(started.stage()).isEqualTo(stage);
        assertThat(started.state()).isEqualTo(Composition.State.STARTING);
        assertThat(started.layout()).hasValue(layout);
        assertThat(started.tags()).containsExactly(Map.entry("show", "hybrid"));
        assertThat(started.destinations()).hasSize(2);
        assertThat(started.destinations().get(0).configuration())
                .hasValue(CompositionDestination.channel(channel, encoder.arn()).withName("live"));
        assertThat(started.destinations().get(1).configuration()).hasValueSatisfying(d -> {
            CompositionDestination.S3 s3 = (CompositionDestination.S3) d;
            assertThat(s3.storageConfiguration()).isEqualTo(storage.arn());
            assertThat(s3.hlsSegmentDuration()).hasValue(Duration.ofSeconds(4));
            assertThat(s3.thumbnails()).hasValue(Thumbnails.every(Duration.ofSeconds(20), Set.of(Thumbnails.Storage.LATEST)));
        });
        assertThat(started.unknownValues()).isEmpty();

        Composition running = ivs.getComposition(started.arn());
        assertThat(running.state()).isEqualTo(Composition.State.ACTIVE);
        assertThat(ivs.listCompositions(stage)).extracting(CompositionSummary::arn).containsExactly(started.arn());
        assertThat(ivs.listCompositions(encoder.arn())).extracting(CompositionSummary::arn).contains(started.arn());
        assertThat(ivs.listCompositions()).extracting(CompositionSummary::arn).contains(started.arn());
        assertThat(ivs.listCompositions(stage).findFirst().orElseThrow().destinations())
                .hasSize(2).allSatisfy(d -> assertThat(d.configuration()).isEmpty());

        ivs.stopComposition(started.arn());

        assertThat(ivs.getComposition(started.arn()).state()).isEqualTo(Composition.State.STOPPED);
    }

    @Test
    void aGridToAChannelNeedsNoEncoderConfiguration() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("grid").build()).stage().arn();
        ChannelArn channel = Emulators.channel(emulator, "grid-channel");
        Layout.Grid grid = Layout.Grid.builder().featuredParticipantAttribute("featured").gridGap(4)
                .videoAspectRatio(Layout.AspectRatio.SQUARE).videoFillMode(Layout.FillMode.CONTAIN)
                .omitStoppedVideo(true).participantOrderAttribute("order").build();

        Composition started = ivs.startComposition(CompositionSpec.builder(stage).layout(grid)
                .destination(CompositionDestination.channel(channel)).idempotencyToken("start-grid-1").build());

        assertThat(started.layout()).hasValue(grid);
        ivs.stopComposition(started.arn());
    }

    @Test
    void compositionsOfMissingResourcesAreNotFound() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("orphan").build()).stage().arn();
        ChannelArn missingChannel = ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/nochannel");

        assertThatThrownBy(() -> ivs.startComposition(CompositionSpec.builder(stage)
                .destination(CompositionDestination.channel(missingChannel)).build()))
                .isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.startComposition(CompositionSpec.builder(SOME_STAGE)
                .destination(CompositionDestination.channel(Emulators.channel(emulator, "c1"))).build()))
                .isInstanceOf(IvsNotFoundException.class);
        CompositionArn missing = CompositionArn.parse("arn:aws:ivs:us-east-1:123456789012:composition/none");
        assertThatThrownBy(() -> ivs.getComposition(missing)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.stopComposition(missing)).isInstanceOf(IvsNotFoundException.class);
    }

    /** A lowered composition quota needs an emulator of its own: the instance field starts one for each test. */
    @Nested
    class WithAQuotaOfOneComposition {
        @RegisterExtension
        final IvsEmulatorExtension small = IvsEmulatorExtension.builder().quota(Quota.COMPOSITIONS, 1).build();

        @Test
        void theCompositionQuotaSurfacesAsQuotaExceeded() {
            IvsEmulator own = small.emulator();
            try (IvsRealTime rt = Emulators.connect(own)) {
                StageArn stage = rt.createStage(StageSpec.builder().name("busy").build()).stage().arn();
                rt.startComposition(CompositionSpec.builder(stage)
                        .destination(CompositionDestination.channel(Emulators.channel(own, "first"))).build());

                assertThatThrownBy(() -> rt.startComposition(CompositionSpec.builder(stage)
                        .destination(CompositionDestination.channel(Emulators.channel(own, "second"))).build()))
                        .isInstanceOf(IvsQuotaExceededException.class);
                assertThat(own.calls("StartComposition")).extracting(RecordedCall::status).containsExactly(200, 402);
            }
        }
    }

    @Test
    void compositionSpecsAreCheckedWhenBuiltWithFieldPaths() {
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/abc");
        CompositionDestination.Channel toChannel = CompositionDestination.channel(channel);

        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).build(), "destinations",
                "0 destinations given; allowed 1..2");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel).destination(toChannel)
                .destination(toChannel).build(), "destinations", "3 destinations given; allowed 1..2");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .layout(Layout.Grid.builder().gridGap(-1).build()).build(), "layout.grid.gridGap",
                "-1 is out of range; allowed 0 or more");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .layout(Layout.Grid.builder().featuredParticipantAttribute("not ok").build()).build(),
                "layout.grid.featuredParticipantAttribute", "pattern [a-zA-Z0-9-_]*");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .layout(Layout.Grid.builder().videoAspectRatio(Layout.AspectRatio.UNKNOWN).build()).build(),
                "layout.grid.videoAspectRatio", "allowed AUTO, VIDEO, SQUARE, PORTRAIT");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .layout(Layout.PictureInPicture.builder().pipSize(0, 180).build()).build(), "layout.pip.pipWidth",
                "0 is out of range; allowed 1 or more");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .layout(Layout.PictureInPicture.builder().pipOffset(-5).build()).build(), "layout.pip.pipOffset",
                "allowed 0 or more");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel)
                .destination(CompositionDestination.s3(SOME_STORAGE, SOME_ENCODER)
                        .withThumbnails(Thumbnails.every(Duration.ZERO))).build(),
                "destinations[1].s3.thumbnails.interval", "0 seconds is too short; allowed 1..86400 whole seconds");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE)
                .destination(CompositionDestination.s3(SOME_STORAGE, SOME_ENCODER)
                        .withHlsSegmentDuration(Duration.ofSeconds(1))).build(),
                "destinations[0].s3.hlsSegmentDuration", "1 seconds is too short; allowed 2..10 whole seconds");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel.withName("no spaces")).build(),
                "destinations[0].name", "pattern");
        assertInvalid(() -> CompositionSpec.builder(SOME_STAGE).destination(toChannel).idempotencyToken("").build(),
                "idempotencyToken", "1..64 letters, digits, '-' and '_'");
        assertInvalid(() -> CompositionSpec.builder(null), "stageArn", "is missing");
        assertInvalid(() -> new CompositionSpec(SOME_STAGE, Layout.grid(), List.of(toChannel), Map.of(),
                Optional.of("t".repeat(65))), "idempotencyToken", "malformed");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void compositionsAreListedLazily() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("many").build()).stage().arn();
        ChannelArn channel = Emulators.channel(emulator, "many");
        Composition started = ivs.startComposition(CompositionSpec.builder(stage)
                .destination(CompositionDestination.channel(channel)).build());

        assertThat(ivs.listCompositions(stage).limit(1).collect(Collectors.toList()))
                .extracting(CompositionSummary::arn).containsExactly(started.arn());

        assertThat(emulator.calls("ListCompositions")).hasSize(1);
        ivs.stopComposition(started.arn());
    }
}
