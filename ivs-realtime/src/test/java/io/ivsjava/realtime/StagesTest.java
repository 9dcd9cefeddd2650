package io.ivsjava.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stages through the wrapper, against the embedded emulator. */
class StagesTest {
    private static IvsEmulator emulator;
    private static IvsRealTime ivs;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.start();
        ivs = connect(emulator);
    }

    @AfterAll
    static void stop() {
        ivs.close();
        emulator.close();
    }

    static IvsRealTime connect(IvsEmulator emulator) {
        return IvsRealTime.connect(IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build());
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
        assertThat(stage.activeSessionId()).isEmpty();

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
    }

    @Test
    void listStagesFetchesPagesOnlyAsTheyAreConsumed() {
        try (IvsEmulator own = IvsEmulator.builder().quota(Quota.STAGES, 1_000).start(); IvsRealTime rt = connect(own)) {
            for (int i = 0; i < 230; i++) {
                rt.createStage(StageSpec.builder().name("s" + i).build());
            }

            assertThat(rt.listStages().limit(5).collect(Collectors.toList())).hasSize(5);
            assertThat(own.requestCount("ListStages")).isEqualTo(1);

            List<StageSummary> all = rt.listStages().collect(Collectors.toList());
            assertThat(all).hasSize(230).extracting(StageSummary::arn).doesNotHaveDuplicates();
            assertThat(own.requestCount("ListStages")).isEqualTo(1 + 3);
        }
    }

    @Test
    void invalidSpecsFailBeforeAnyCall() {
        long before = emulator.requestCount();

        assertThatThrownBy(() -> StageSpec.builder().name("has space").build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("name");
                    assertThat(e.getMessage()).contains("[a-zA-Z0-9-_]*");
                });
        assertThatThrownBy(() -> StageSpec.builder().name("n".repeat(129)).build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("name: is 129 characters long; allowed 0..128 characters"));
        StageSpec.Builder thirteen = StageSpec.builder();
        for (int i = 0; i < 13; i++) {
            thirteen.withToken(Viewer.of("v" + i));
        }
        assertThatThrownBy(thirteen::build)
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.getMessage())
                        .contains("13 tokens requested").contains("at most 12"));
        assertThatThrownBy(() -> StageSpec.builder().withToken(Host.anonymous(), Duration.ofDays(15)))
                .isInstanceOfSatisfying(IvsValidationException.class,
                        e -> assertThat(e.field()).hasValue("duration"));
        assertThatThrownBy(() -> StageSpec.builder().tag("", "v").build())
                .isInstanceOf(IvsValidationException.class);

        assertThat(emulator.requestCount()).isEqualTo(before);
    }

    @Test
    void aStageArnOfTheWrongTypeIsRejectedWhenParsed() {
        assertThatThrownBy(() -> StageArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/abcdABCDefgh"))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("stageArn");
                    assertThat(e.getMessage()).contains("is a channel ARN; expected a stage ARN");
                });
    }
}
