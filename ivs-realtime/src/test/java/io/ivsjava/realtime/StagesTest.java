package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stages and their sessions through the wrapper, against the embedded emulator. */
class StagesTest {
    /** One emulator for the class, reset before each test; room for more stages than IVS's default 100. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().quota(Quota.STAGES, 1_000).build();

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
    void createStageWithAHostAndAViewer() {
        CreatedStage created = ivs.createStage(StageSpec.builder()
                .name("cat-42-live")
                .tag("owner", "user-42")
                .withToken(Host.of("user-42", Map.of("displayName", "Kit")))
                .withToken(Viewer.of("user-7"), Duration.ofMinutes(30))
                .build());

        Stage stage = created.stage();
        assertThat(stage.name()).isEqualTo("cat-42-live");
        assertThat(stage.tags()).containsExactly(Map.entry("owner", "user-42"));
        assertThat(stage.arn().arn().region()).isEqualTo("us-east-1");
        assertThat(stage.endpoints().events()).hasValueSatisfying(u -> assertThat(u.getScheme()).isEqualTo("wss"));
        assertThat(stage.endpoints().whip()).hasValueSatisfying(u -> assertThat(u.getScheme()).isEqualTo("https"));
        assertThat(stage.endpoints().rtmps()).hasValueSatisfying(u -> assertThat(u.getScheme()).isEqualTo("rtmps"));
        assertThat(stage.endpoints().rtmp()).hasValueSatisfying(u -> assertThat(u.getScheme()).isEqualTo("rtmp"));
        assertThat(stage.activeSessionId()).isEmpty();
        assertThat(stage.autoParticipantRecording()).isEmpty();
        assertThat(stage.unknownValues()).isEmpty();

        assertThat(created.tokens()).hasSize(2);
        Participant host = created.tokens().get(0).participant();
        Participant viewer = created.tokens().get(1).participant();
        assertThat(host.userId()).hasValue("user-42");
        assertThat(host.attributes()).containsExactly(Map.entry("displayName", "Kit"));
        assertThat(host.canPublish()).isTrue();
        assertThat(host.canSubscribe()).isTrue();
        assertThat(viewer.canPublish()).isFalse();
        assertThat(viewer.canSubscribe()).isTrue();
        assertThat(created.tokens()).allSatisfy(t -> {
            assertThat(t.stage()).isEqualTo(stage.arn());
            assertThat(t.selfSigned()).isFalse();
        });

        assertThat(ivs.getStage(stage.arn())).isEqualTo(stage);
    }

    @Test
    void deletedStagesAreNotFound() {
        StageArn arn = ivs.createStage(StageSpec.builder().name("brief").build()).stage().arn();

        ivs.deleteStage(arn);

        assertThatThrownBy(() -> ivs.getStage(arn))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
                    assertThat(e.httpStatus()).hasValue(404);
                    assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).isNotBlank());
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("GetStage failed").contains(arn.value());
                });
        assertThatThrownBy(() -> ivs.deleteStage(arn)).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void listStagesFetchesPagesOnlyAsTheyAreConsumed() {
        for (int i = 0; i < 230; i++) {
            ivs.createStage(StageSpec.builder().name("s" + i).build());
        }

        assertThat(ivs.listStages().limit(5).collect(Collectors.toList())).hasSize(5);
        assertThat(emulator.calls("ListStages")).hasSize(1);

        List<StageSummary> all = ivs.listStages().collect(Collectors.toList());
        assertThat(all).hasSize(230).extracting(StageSummary::arn).doesNotHaveDuplicates();
        assertThat(emulator.calls("ListStages")).hasSize(1 + 3);
    }

    /** A lowered stage quota needs an emulator of its own: the instance field starts one for each test. */
    @Nested
    class WithAQuotaOfThreeStages {
        @RegisterExtension
        final IvsEmulatorExtension small = IvsEmulatorExtension.builder().quota(Quota.STAGES, 3).build();

        @Test
        void theStageQuotaSurfacesAsQuotaExceeded() {
            try (IvsRealTime rt = Emulators.connect(small.emulator())) {
                for (int i = 0; i < 3; i++) {
                    rt.createStage(StageSpec.builder().name("q" + i).build());
                }

                assertThatThrownBy(() -> rt.createStage(StageSpec.builder().name("one-too-many").build()))
                        .isInstanceOfSatisfying(IvsQuotaExceededException.class, e -> {
                            assertThat(e.errorCode()).hasValue("ServiceQuotaExceededException");
                            assertThat(e.httpStatus()).hasValue(402);
                        });
                assertThat(rt.listStages().count()).isEqualTo(3);
                assertThat(small.emulator().calls("CreateStage")).extracting(RecordedCall::status)
                        .containsExactly(200, 200, 200, 402);
            }
        }
    }

    @Test
    void aStageIsRenamedAndKeepsEverythingElse() {
        Stage before = ivs.createStage(StageSpec.builder().name("before").tag("k", "v").build()).stage();

        Stage after = ivs.updateStage(before.arn(), StageUpdate.rename("after"));

        assertThat(after.name()).isEqualTo("after");
        assertThat(after.arn()).isEqualTo(before.arn());
        assertThat(after.tags()).isEqualTo(before.tags());
        assertThat(after.endpoints()).isEqualTo(before.endpoints());
        assertThat(ivs.getStage(before.arn()).name()).isEqualTo("after");
        assertThatThrownBy(() -> ivs.updateStage(StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/gone"),
                StageUpdate.rename("x"))).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void participantRecordingIsSetAtCreationChangedAndStopped() {
        StorageConfiguration storage = ivs.createStorageConfiguration("recordings", "cat-recordings");
        ParticipantRecording recording = ParticipantRecording.builder(storage.arn())
                .mediaType(ParticipantRecording.MediaType.AUDIO_ONLY)
                .thumbnails(Thumbnails.every(Duration.ofSeconds(30)))
                .reconnectWindow(Duration.ofSeconds(45))
                .hlsSegmentDuration(Duration.ofSeconds(4))
                .recordReplicas(false)
                .build();

        Stage stage = ivs.createStage(StageSpec.builder().name("recorded").autoParticipantRecording(recording).build())
                .stage();
        assertThat(stage.autoParticipantRecording()).hasValue(recording);
        assertThat(ivs.getStage(stage.arn()).autoParticipantRecording()).hasValue(recording);

        Stage changed = ivs.updateStage(stage.arn(), StageUpdate.recordParticipants(ParticipantRecording.to(storage.arn())));
        assertThat(changed.autoParticipantRecording()).hasValueSatisfying(r -> {
            assertThat(r.mediaType()).isEqualTo(ParticipantRecording.MediaType.AUDIO_VIDEO);
            assertThat(r.thumbnails()).isEmpty();
            assertThat(r.reconnectWindow()).isZero();
            assertThat(r.recordReplicas()).isTrue();
        });

        Stage stopped = ivs.updateStage(stage.arn(), StageUpdate.stopRecordingParticipants().withName("quiet"));
        assertThat(stopped.autoParticipantRecording()).isEmpty();
        assertThat(stopped.name()).isEqualTo("quiet");
    }

    @Test
    void recordingIntoAMissingStorageConfigurationIsRefusedByIvs() {
        StorageConfigurationArn missing =
                StorageConfigurationArn.parse("arn:aws:ivs:us-east-1:123456789012:storage-configuration/nope");

        assertThatThrownBy(() -> ivs.createStage(StageSpec.builder()
                .autoParticipantRecording(ParticipantRecording.to(missing)).build()))
                .isInstanceOf(io.ivsjava.core.IvsException.class)
                .satisfies(e -> assertThat(((io.ivsjava.core.IvsException) e).httpStatus()).isPresent());
    }

    @Test
    void invalidSpecsAndUpdatesFailBeforeAnyCall() {
        StorageConfigurationArn storage =
                StorageConfigurationArn.parse("arn:aws:ivs:us-east-1:123456789012:storage-configuration/abc");

        assertInvalid(() -> StageSpec.builder().name("has space").build(), "name", "[a-zA-Z0-9-_]*");
        assertInvalid(() -> StageSpec.builder().name("n".repeat(129)).build(), "name",
                "is 129 characters long; allowed 0..128 characters");
        StageSpec.Builder thirteen = StageSpec.builder();
        for (int i = 0; i < 13; i++) {
            thirteen.withToken(Viewer.of("v" + i));
        }
        assertInvalid(thirteen::build, "participantTokenConfigurations", "13 tokens requested", "at most 12");
        assertInvalid(() -> StageSpec.builder().withToken(Host.anonymous(), Duration.ofDays(15)), "duration",
                "21600 minutes is too long; allowed 1..20160 whole minutes");
        assertInvalid(() -> StageSpec.builder().tag("", "v").build(), "tags.key", "allowed 1..128 characters");
        assertInvalid(() -> StageSpec.builder().tag("cat", "v".repeat(257)).build(), "tags[cat]",
                "allowed 0..256 characters");
        assertInvalid(() -> StageSpec.builder().autoParticipantRecording(ParticipantRecording.builder(storage)
                        .reconnectWindow(Duration.ofSeconds(301)).build()).build(),
                "autoParticipantRecording.reconnectWindow", "301 seconds is too long; allowed 0..300 whole seconds");
        assertInvalid(() -> StageUpdate.recordParticipants(ParticipantRecording.builder(storage)
                        .hlsSegmentDuration(Duration.ofSeconds(11)).build()),
                "autoParticipantRecording.hlsSegmentDuration", "allowed 2..10 whole seconds");
        assertInvalid(() -> StageUpdate.recordParticipants(ParticipantRecording.builder(storage)
                        .thumbnails(Thumbnails.every(Duration.ofDays(2))).build()),
                "autoParticipantRecording.thumbnails.interval", "allowed 1..86400 whole seconds");
        assertInvalid(() -> StageUpdate.recordParticipants(ParticipantRecording.builder(storage)
                        .mediaType(ParticipantRecording.MediaType.UNKNOWN).build()),
                "autoParticipantRecording.mediaType", "UNKNOWN", "AUDIO_VIDEO, AUDIO_ONLY, NONE");
        assertInvalid(() -> new StageUpdate(Optional.empty(), Optional.of(ParticipantRecording.to(storage)), true),
                "autoParticipantRecording", "choose one");
        assertInvalid(() -> StageUpdate.rename("no spaces allowed"), "name", "pattern [a-zA-Z0-9-_]*");
        assertInvalid(() -> ivs.updateStage(null, StageUpdate.rename("x")), "arn", "is missing");
        assertInvalid(() -> ivs.getStage(null), "arn", "is missing");

        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aStageArnOfTheWrongTypeIsRejectedWhenParsed() {
        assertInvalid(() -> StageArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/abcdABCDefgh"), "stageArn",
                "is a channel ARN; expected a stage ARN");
    }

    @Test
    void aJoinOpensASessionThatIsListedAndRead() {
        CreatedStage created = ivs.createStage(StageSpec.builder().name("sessions").withToken(Host.of("kit")).build());
        StageArn arn = created.stage().arn();
        assertThat(ivs.listStageSessions(arn)).isEmpty();

        String participantId = emulator.simulateParticipantJoin(created.tokens().get(0).token());

        assertThat(participantId).isEqualTo(created.tokens().get(0).participant().id());
        String sessionId = ivs.getStage(arn).activeSessionId().orElseThrow();
        List<StageSession> sessions = ivs.listStageSessions(arn).collect(Collectors.toList());
        assertThat(sessions).extracting(StageSession::id).containsExactly(sessionId);
        StageSession session = ivs.getStageSession(arn, sessionId);
        assertThat(session.id()).isEqualTo(sessionId).matches("st-[a-zA-Z0-9]{13}");
        assertThat(session.startTime()).isPresent();
        assertThat(session.isActive()).isTrue();

        emulator.simulateParticipantLeave(arn.value(), participantId);

        assertThat(ivs.getStage(arn).activeSessionId()).isEmpty();
        assertThat(ivs.getStageSession(arn, sessionId).endTime()).isPresent();
        assertThat(ivs.getStageSession(arn, sessionId).isActive()).isFalse();
    }

    @Test
    void sessionIdsAreCheckedBeforeAnyCallAndMissingSessionsAreNotFound() {
        StageArn arn = ivs.createStage(StageSpec.builder().name("no-sessions").build()).stage().arn();

        assertInvalid(() -> ivs.getStageSession(arn, "session-1"), "sessionId",
                "\"session-1\" is malformed; allowed st- followed by 13 letters or digits");
        assertInvalid(() -> ivs.getStageSession(arn, null), "sessionId", "is missing");
        assertInvalid(() -> ivs.listStageSessions(null), "stageArn", "is missing");
        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateStage");

        assertThatThrownBy(() -> ivs.getStageSession(arn, "st-a1B2c3D4e5F6g"))
                .isInstanceOf(IvsNotFoundException.class);
    }
}
