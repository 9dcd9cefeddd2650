package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recording configurations through the wrapper, against the embedded emulator. */
class RecordingConfigurationsTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @Test
    void everySettingIsSentAndReadBack() {
        RecordingConfiguration created = ivs.createRecordingConfiguration(
                RecordingConfigurationSpec.builder("cat-recordings")
                        .name("cats")
                        .thumbnails(ThumbnailSettings.every(Duration.ofSeconds(30)).withResolution(Resolution.HD)
                                .withStorage(ThumbnailSettings.Storage.SEQUENTIAL, ThumbnailSettings.Storage.LATEST))
                        .renditions(RenditionSettings.custom(Resolution.HD, Resolution.SD))
                        .reconnectWindow(Duration.ofSeconds(60))
                        .tag("team", "cats")
                        .build());

        assertThat(created.name()).isEqualTo("cats");
        assertThat(created.s3Bucket()).isEqualTo("cat-recordings");
        assertThat(created.state()).isIn(RecordingState.CREATING, RecordingState.ACTIVE);
        assertThat(created.thumbnails()).hasValue(ThumbnailSettings.every(Duration.ofSeconds(30))
                .withResolution(Resolution.HD)
                .withStorage(ThumbnailSettings.Storage.SEQUENTIAL, ThumbnailSettings.Storage.LATEST));
        assertThat(created.renditions()).hasValue(RenditionSettings.custom(Resolution.HD, Resolution.SD));
        assertThat(created.reconnectWindow()).isEqualTo(Duration.ofSeconds(60));
        assertThat(created.tags()).containsExactly(Map.entry("team", "cats"));
        assertThat(created.unknownValues()).isEmpty();

        RecordingConfiguration read = ivs.getRecordingConfiguration(created.arn());
        assertThat(read.arn()).isEqualTo(created.arn());
        assertThat(read.thumbnails()).isEqualTo(created.thumbnails());
        assertThat(read.renditions()).isEqualTo(created.renditions());
        assertThat(ivs.listRecordingConfigurations().map(RecordingConfigurationSummary::arn)
                .collect(Collectors.toList())).contains(created.arn());
    }

    @Test
    void disabledThumbnailsAndNoRenditions() {
        RecordingConfiguration created = ivs.createRecordingConfiguration(
                RecordingConfigurationSpec.builder("cat-recordings")
                        .thumbnails(ThumbnailSettings.disabled())
                        .renditions(RenditionSettings.none())
                        .build());

        assertThat(created.thumbnails()).hasValueSatisfying(
                t -> assertThat(t.mode()).isEqualTo(ThumbnailSettings.Mode.DISABLED));
        assertThat(created.renditions()).hasValueSatisfying(
                r -> assertThat(r.selection()).isEqualTo(RenditionSettings.Selection.NONE));
    }

    @Test
    void aConfigurationInUseCannotBeDeletedUntilTheChannelStopsRecording() {
        RecordingConfiguration recording = ivs.createRecordingConfiguration(
                RecordingConfigurationSpec.builder("cat-recordings").build());
        Channel channel = ivs.createChannel(ChannelSpec.builder().recordingConfiguration(recording.arn()).build())
                .channel();

        assertThatThrownBy(() -> ivs.deleteRecordingConfiguration(recording.arn()))
                .isInstanceOf(IvsConflictException.class);

        ivs.updateChannel(channel.arn(), ChannelUpdate.builder().stopRecording().build());
        assertThat(ivs.deleteRecordingConfiguration(recording.arn())).isTrue();
        assertThatThrownBy(() -> ivs.getRecordingConfiguration(recording.arn()))
                .isInstanceOf(IvsNotFoundException.class);
        assertThat(ivs.deleteRecordingConfiguration(recording.arn(), DeleteOption.IF_EXISTS)).isFalse();
    }

    @Test
    void limitsAreCheckedAtTheBoundaryBeforeAnyCall() {

        RecordingConfigurationSpec.builder("abc").reconnectWindow(Duration.ofSeconds(300)).build();
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").reconnectWindow(Duration.ofSeconds(301)).build(),
                "reconnectWindow", "301 seconds is too long; allowed 0..300 whole seconds");
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").reconnectWindow(Duration.ofMillis(500)).build(),
                "reconnectWindow", "is not a whole number of seconds");

        RecordingConfigurationSpec.builder("abc").thumbnails(ThumbnailSettings.every(Duration.ofSeconds(60))).build();
        RecordingConfigurationSpec.builder("abc").thumbnails(ThumbnailSettings.every(Duration.ofSeconds(1))).build();
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc")
                        .thumbnails(ThumbnailSettings.every(Duration.ofSeconds(61))).build(),
                "thumbnails.interval", "61 seconds is too long; allowed 1..60 whole seconds");
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc")
                        .thumbnails(ThumbnailSettings.every(Duration.ZERO)).build(),
                "thumbnails.interval", "0 seconds is too short");

        RecordingConfigurationSpec.builder("a".repeat(63)).build();
        assertInvalid(() -> RecordingConfigurationSpec.builder("a".repeat(64)).build(), "s3Bucket",
                "is 64 characters long; allowed 3..63 characters");
        assertInvalid(() -> RecordingConfigurationSpec.builder("ab").build(), "s3Bucket", "allowed 3..63");
        assertInvalid(() -> RecordingConfigurationSpec.builder("Cat_Recordings").build(), "s3Bucket",
                "lower-case letters, digits, '-' and '.'");

        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").renditions(RenditionSettings.custom()).build(),
                "renditions.renditions", "is empty; CUSTOM needs at least one rendition");
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").renditions(
                        new RenditionSettings(RenditionSettings.Selection.ALL, List.of(Resolution.HD))).build(),
                "renditions.renditions", "lists renditions while the selection is ALL");
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").thumbnails(ThumbnailSettings.every(
                        Duration.ofSeconds(5)).withStorage(ThumbnailSettings.Storage.LATEST,
                        ThumbnailSettings.Storage.LATEST)).build(),
                "thumbnails.storage", "names a kind twice");
        assertInvalid(() -> RecordingConfigurationSpec.builder("abc").thumbnails(
                        new ThumbnailSettings(ThumbnailSettings.Mode.DISABLED, java.util.Optional.of(Duration.ofSeconds(5)),
                                java.util.Optional.empty(), List.of())).build(),
                "thumbnails.interval", "is set while thumbnails are disabled");
        assertInvalid(() -> ivs.createRecordingConfiguration(null), "spec", "is missing");

        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aMissingConfigurationIsNotFound() {
        RecordingConfigurationArn missing = RecordingConfigurationArn.parse(
                "arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh");
        assertThatThrownBy(() -> ivs.getRecordingConfiguration(missing)).isInstanceOf(IvsNotFoundException.class);
    }
}
