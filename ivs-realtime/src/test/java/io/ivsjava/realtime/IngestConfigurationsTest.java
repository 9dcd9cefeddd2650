package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RTMP(S) publishing into a stage: ingest configurations created, read, moved, listed and deleted. */
class IngestConfigurationsTest {
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

    @Test
    void anIngestConfigurationLivesItsWholeLife() {
        Stage first = ivs.createStage(StageSpec.builder().name("obs-first").build()).stage();
        Stage second = ivs.createStage(StageSpec.builder().name("obs-second").build()).stage();

        IngestConfiguration created = ivs.createIngestConfiguration(IngestConfigurationSpec.builder()
                .name("obs").stage(first.arn()).userId("studio").attribute("camera", "wide").tag("app", "cats")
                .build());

        assertThat(created.name()).isEqualTo("obs");
        assertThat(created.protocol()).isEqualTo(IngestConfiguration.Protocol.RTMPS);
        assertThat(created.stage()).hasValue(first.arn());
        assertThat(created.userId()).hasValue("studio");
        assertThat(created.attributes()).containsExactly(Map.entry("camera", "wide"));
        assertThat(created.tags()).containsExactly(Map.entry("app", "cats"));
        assertThat(created.state()).isEqualTo(IngestConfiguration.State.INACTIVE);
        assertThat(created.streamKey()).startsWith("rt_");
        assertThat(created.participantId()).isNotEmpty();
        assertThat(created.toString()).doesNotContain(created.streamKey()).contains("<redacted>");
        assertThat(ivs.getIngestConfiguration(created.arn())).isEqualTo(created);

        IngestConfiguration moved = ivs.updateIngestConfiguration(created.arn(), Optional.of(second.arn()));
        assertThat(moved.stage()).hasValue(second.arn());
        assertThat(ivs.listIngestConfigurations(second.arn())).extracting(IngestConfigurationSummary::arn)
                .containsExactly(created.arn());
        assertThat(ivs.listIngestConfigurations(first.arn())).isEmpty();
        assertThat(ivs.listIngestConfigurations(IngestConfiguration.State.INACTIVE))
                .extracting(IngestConfigurationSummary::arn).contains(created.arn());
        assertThat(ivs.listIngestConfigurations()).filteredOn(s -> s.arn().equals(created.arn())).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("obs");
                    assertThat(s.protocol()).isEqualTo(IngestConfiguration.Protocol.RTMPS);
                    assertThat(s.userId()).hasValue("studio");
                });

        IngestConfiguration detached = ivs.updateIngestConfiguration(created.arn(), Optional.empty());
        assertThat(detached.stage()).isEmpty();

        ivs.deleteIngestConfiguration(created.arn());
        assertThatThrownBy(() -> ivs.getIngestConfiguration(created.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void rtmpAsksIvsForInsecureIngestAndForceDeleteWorksAsWell() {
        Stage stage = ivs.createStage(StageSpec.builder().name("rtmp").build()).stage();

        IngestConfiguration rtmp = ivs.createIngestConfiguration(IngestConfigurationSpec.builder()
                .stage(stage.arn()).protocol(IngestConfiguration.Protocol.RTMP).build());

        assertThat(rtmp.protocol()).isEqualTo(IngestConfiguration.Protocol.RTMP);
        ivs.forceDeleteIngestConfiguration(rtmp.arn());
        assertThatThrownBy(() -> ivs.getIngestConfiguration(rtmp.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void specsAreCheckedBeforeAnyCallAndMissingOnesAreNotFound() {
        assertInvalid(() -> IngestConfigurationSpec.builder().name("no spaces").build(), "name", "pattern");
        assertInvalid(() -> IngestConfigurationSpec.builder().userId("u".repeat(129)).build(), "userId",
                "allowed 0..128 characters");
        assertInvalid(() -> IngestConfigurationSpec.builder().attribute("k", "v".repeat(1024)).build(), "attributes",
                "allowed at most 1024 bytes");
        assertInvalid(() -> IngestConfigurationSpec.builder().protocol(IngestConfiguration.Protocol.UNKNOWN).build(),
                "ingestProtocol", "allowed RTMP, RTMPS");
        assertInvalid(() -> IngestConfigurationSpec.builder().protocol(null).build(), "ingestProtocol", "is missing");
        assertInvalid(() -> ivs.listIngestConfigurations(IngestConfiguration.State.UNKNOWN), "filterByState",
                "allowed ACTIVE, INACTIVE");
        assertInvalid(() -> ivs.updateIngestConfiguration(null, Optional.empty()), "arn", "is missing");
        assertThat(emulator.calls()).isEmpty();

        IngestConfigurationArn missing =
                IngestConfigurationArn.parse("arn:aws:ivs:us-east-1:123456789012:ingest-configuration/none");
        assertThatThrownBy(() -> ivs.getIngestConfiguration(missing)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.deleteIngestConfiguration(missing)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.updateIngestConfiguration(missing,
                Optional.of(StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/x"))))
                .isInstanceOf(IvsNotFoundException.class);
    }
}
