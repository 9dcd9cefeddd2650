package io.ivsjava.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.testing.Sdk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.InternalServerException;
import software.amazon.awssdk.services.ivsrealtime.model.IvsRealTimeException;
import software.amazon.awssdk.services.ivsrealtime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;

/**
 * Reset, the call journal, injected faults and the clock, as a user's test uses them through the SDK, with the
 * JUnit 5 extension resetting the emulator before each test.
 */
class TestDoubleTest {
    private static IvsEmulator emulator;
    private static IvsRealTimeClient client;
    private static IvsRealTimeClient once;

    @RegisterExtension
    static final IvsEmulatorExtension ivs = IvsEmulatorExtension.builder()
            .options(EmulatorOptions.defaults().withJournalCapacity(50)).build();

    @BeforeAll
    static void start(IvsEmulator started, IvsRealTimeClient made) {
        emulator = started;
        client = made;
        once = Sdk.realTimeWithoutRetries(emulator);
    }

    @AfterAll
    static void stop() {
        once.close();
    }

    @Test
    void resetForgetsResourcesStreamsJournalFaultsAndTheClock() {
        String stage = client.createStage(b -> b.name("before")).stage().arn();
        try (IvsClient lowLatency = Sdk.lowLatency(emulator)) {
            String channel = lowLatency.createChannel(b -> b.name("live")).channel().arn();
            emulator.simulateStreamStart(channel);
            emulator.injectFault("GetStage", 5, Fault.throttling());
            emulator.setClock(Instant.parse("2030-01-01T00:00:00Z"));

            emulator.reset();

            assertThat(emulator.requestCount()).isZero();
            assertThat(emulator.calls()).isEmpty();
            assertThat(emulator.now()).isAfter(Instant.parse("2020-01-01T00:00:00Z"))
                    .isBefore(Instant.parse("2029-01-01T00:00:00Z"));
            assertThat(client.listStages(b -> b.maxResults(100)).stages()).isEmpty();
            assertThatThrownBy(() -> client.getStage(b -> b.arn(stage)))
                    .isInstanceOf(software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException.class);
            assertThatThrownBy(() -> lowLatency.getStream(b -> b.channelArn(channel)))
                    .isInstanceOf(software.amazon.awssdk.services.ivs.model.ResourceNotFoundException.class);
            assertThatThrownBy(() -> emulator.simulateStreamStart(channel)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theJournalRecordsEachCallAsParsed() {
        Stage stage = client.createStage(b -> b.name("journal").tags(java.util.Map.of("k", "v"))).stage();
        assertThatThrownBy(() -> client.getStage(b -> b.arn(stage.arn() + "x")))
                .isInstanceOf(software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException.class);
        client.listTagsForResource(b -> b.resourceArn(stage.arn()));

        List<RecordedCall> calls = emulator.calls();
        assertThat(calls).extracting(RecordedCall::operation)
                .containsExactly("CreateStage", "GetStage", "ListTagsForResource");
        RecordedCall create = calls.get(0);
        assertThat(create.service()).isEqualTo("ivs-realtime");
        assertThat(create.region()).isEqualTo("us-east-1");
        assertThat(create.accountId()).isEqualTo("123456789012");
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/CreateStage");
        assertThat(create.input()).isEqualTo("{\"name\":\"journal\",\"tags\":{\"k\":\"v\"}}");
        assertThat(create.status()).isEqualTo(200);
        assertThat(create.succeeded()).isTrue();
        assertThat(create.errorCode()).isEmpty();
        assertThat(create.headers()).containsKey("authorization").containsKey("user-agent");
        assertThat(create.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        RecordedCall get = calls.get(1);
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.errorCode()).hasValue("ResourceNotFoundException");
        assertThat(calls.get(2).input()).as("a URI label is a member of the input")
                .isEqualTo("{\"resourceArn\":\"" + stage.arn() + "\"}");
        assertThat(emulator.calls("GetStage")).singleElement().isEqualTo(get);
        assertThat(emulator.requestCount("CreateStage")).isEqualTo(1);
        assertThat(emulator.requestCount()).isEqualTo(3);
    }

    @Test
    void theJournalKeepsItsCapacityAndCountsEverything() {
        for (int i = 0; i < 60; i++) {
            client.listStages(b -> b.maxResults(1));
        }
        assertThat(emulator.calls()).hasSize(50);
        assertThat(emulator.requestCount("ListStages")).isEqualTo(60);
    }

    @Test
    void takeCallWaitsForACallAndTakesEachOnce() throws Exception {
        assertThat(emulator.takeCall(Duration.ZERO)).isEmpty();
        CompletableFuture<java.util.Optional<RecordedCall>> waiting =
                CompletableFuture.supplyAsync(() -> emulator.takeCall("CreateStage", Duration.ofSeconds(30)));
        client.listStages(b -> b.maxResults(1));
        client.createStage(b -> b.name("awaited"));

        assertThat(waiting.get(30, TimeUnit.SECONDS)).hasValueSatisfying(
                call -> assertThat(call.input()).contains("awaited"));
        assertThat(emulator.takeCall(Duration.ofSeconds(1))).hasValueSatisfying(
                call -> assertThat(call.operation()).as("ListStages was left untaken").isEqualTo("ListStages"));
        assertThat(emulator.takeCall(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void modeledErrorsForTheNextCallsCarryTheirModelStatus() {
        String stage = client.createStage(b -> b.name("faults")).stage().arn();
        emulator.injectFault("GetStage", 1, Fault.error("ConflictException"));
        emulator.injectFault("GetStage", 1, Fault.error("ServiceQuotaExceededException", "too many"));
        emulator.injectFault("GetStage", 1, Fault.internalError());

        assertThatThrownBy(() -> once.getStage(b -> b.arn(stage))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> once.getStage(b -> b.arn(stage)))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(402);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("too many");
                });
        assertThatThrownBy(() -> once.getStage(b -> b.arn(stage))).isInstanceOfSatisfying(InternalServerException.class,
                e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(once.getStage(b -> b.arn(stage)).stage().arn()).isEqualTo(stage);
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(409, 402, 500, 200);
        assertThat(emulator.calls("GetStage").get(0).fault()).hasValue(Fault.error("ConflictException"));
    }

    @Test
    void throttlingIsRetriedByTheSdkUntilTheFaultIsUsedUp() {
        String stage = client.createStage(b -> b.name("throttled")).stage().arn();
        emulator.injectFault("GetStage", 2, Fault.throttling());

        try (IvsRealTimeClient threeAttempts = Sdk.realTimeWithThreeAttempts(emulator)) {
            assertThat(threeAttempts.getStage(b -> b.arn(stage)).stage().arn()).isEqualTo(stage);
        }
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(429, 429, 200);
        assertThat(emulator.calls("GetStage").get(0).errorCode()).hasValue("ThrottlingException");
    }

    @Test
    void aShareOfAllCallsIsFaultedEvenly() {
        emulator.injectFault(0.25, Fault.error("ThrottlingException"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try {
                once.listStages(b -> b.maxResults(1));
                statuses.add(200);
            } catch (IvsRealTimeException e) {
                statuses.add(e.statusCode());
            }
        }
        assertThat(statuses).containsExactly(200, 200, 200, 429, 200, 200, 200, 429);
        emulator.clearFaults();
        assertThat(once.listStages(b -> b.maxResults(1)).stages()).isEmpty();
    }

    @Test
    void connectionFaultsLeaveNoAnswer() {
        emulator.injectFault("ListStages", 1, Fault.connectionReset());
        emulator.injectFault("ListStages", 1, Fault.truncatedResponse());

        assertThatThrownBy(() -> once.listStages(b -> b.maxResults(1))).isInstanceOf(SdkClientException.class);
        assertThatThrownBy(() -> once.listStages(b -> b.maxResults(1))).isInstanceOf(SdkClientException.class);
        assertThat(once.listStages(b -> b.maxResults(1)).stages()).isEmpty();
        assertThat(emulator.calls("ListStages")).extracting(RecordedCall::status).containsExactly(0, 200, 200);
        assertThat(emulator.calls("ListStages").get(1).fault()).hasValue(Fault.truncatedResponse());
    }

    @Test
    void aDelayAnswersNormallyAfterwards() {
        emulator.injectFault("ListStages", 1, Fault.delay(Duration.ofMillis(50)));
        assertThat(once.listStages(b -> b.maxResults(1)).stages()).isEmpty();
        assertThat(emulator.calls("ListStages")).singleElement()
                .satisfies(call -> assertThat(call.fault()).hasValue(Fault.delay(Duration.ofMillis(50))));
    }

    @Test
    void oneOfSpreadsAShareOverSeveralKindsInTurn() {
        emulator.injectFault(0.5, Fault.oneOf(Fault.throttling(), Fault.internalError(), Fault.connectionReset()));
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try {
                once.listStages(b -> b.maxResults(1));
                outcomes.add("ok");
            } catch (IvsRealTimeException e) {
                outcomes.add(Integer.toString(e.statusCode()));
            } catch (SdkClientException e) {
                outcomes.add("reset");
            }
        }
        assertThat(outcomes).containsExactly("ok", "429", "ok", "500", "ok", "reset", "ok", "429");
        assertThat(emulator.calls("ListStages").get(3).fault()).hasValue(Fault.internalError());
    }

    @Test
    void anErrorAfterApplyingAnswersAnErrorForWhatTookEffect() {
        emulator.injectFault("CreateStage", 1, Fault.errorAfterApplying("InternalServerException"));
        assertThatThrownBy(() -> once.createStage(b -> b.name("acted")))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(client.listStages(b -> b.maxResults(10)).stages()).extracting(s -> s.name()).containsExactly("acted");

        // an operation that fails by itself answers its own error
        emulator.injectFault("GetStage", 1, Fault.errorAfterApplying("InternalServerException"));
        String missing = "arn:aws:ivs:" + emulator.region() + ":" + emulator.accountId() + ":stage/a1B2c3D4e5F6";
        assertThatThrownBy(() -> once.getStage(b -> b.arn(missing)))
                .isInstanceOf(software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException.class);
    }

    @Test
    void faultsAreCheckedWhenInjected() {
        assertThatThrownBy(() -> emulator.injectFault("LaunchRocket", 1, Fault.throttling()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operation");
        assertThatThrownBy(() -> emulator.injectFault("GetStage", 1, Fault.error("OopsException")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errorCode");
        assertThatThrownBy(() -> emulator.injectFault("GetStage", 0, Fault.throttling()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
        assertThatThrownBy(() -> emulator.injectFault(1.5, Fault.throttling()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
        assertThatThrownBy(() -> Fault.delay(Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latency");
        assertThatThrownBy(() -> emulator.injectFault(0.1, Fault.oneOf(Fault.throttling(), Fault.error("OopsException"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errorCode");
        assertThatThrownBy(() -> emulator.injectFault("GetStage", 1, Fault.errorAfterApplying("OopsException")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errorCode");
        assertThatThrownBy(() -> Fault.oneOf()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("faults");
        assertThatThrownBy(() -> Fault.oneOf(Fault.oneOf(Fault.throttling())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oneOf");
    }

    @Test
    void theClockDrivesTokenTimesAndStreamStartTimes() {
        Instant then = Instant.parse("2031-05-06T07:08:09Z");
        emulator.setClock(then);
        String stage = client.createStage(b -> b.name("clock")).stage().arn();
        var token = client.createParticipantToken(b -> b.stageArn(stage).duration(60)).participantToken();

        assertThat(token.expirationTime()).isEqualTo(then.plus(Duration.ofMinutes(60)));
        var claims = Jwt.parse(token.token()).claims;
        assertThat(claims.path("iat").asLong()).isEqualTo(then.getEpochSecond());
        assertThat(emulator.calls("CreateStage").get(0).time()).isEqualTo(then);

        emulator.advanceClock(Duration.ofHours(2));
        assertThat(emulator.now()).isEqualTo(then.plus(Duration.ofHours(2)));
        try (IvsClient lowLatency = Sdk.lowLatency(emulator)) {
            String channel = lowLatency.createChannel(b -> b.name("clock")).channel().arn();
            assertThatThrownBy(() -> lowLatency.getStream(b -> b.channelArn(channel)))
                    .isInstanceOf(ChannelNotBroadcastingException.class);
            emulator.simulateStreamStart(channel);
            assertThat(lowLatency.getStream(b -> b.channelArn(channel)).stream().startTime())
                    .isEqualTo(then.plus(Duration.ofHours(2)));
        }
    }
}
