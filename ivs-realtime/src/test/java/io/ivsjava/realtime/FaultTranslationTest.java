package io.ivsjava.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * Failures, where the point is how the library turns them into its own exceptions and how the SDK's retries treat
 * them. The emulator injects the failures IVS can give (its modeled errors with their statuses, a dropped
 * connection, an answer cut halfway) or gives them itself (a real 404), and its call journal shows every attempt.
 * WireMock answers only what no IVS answer the emulator gives looks like; each such test says why.
 */
class FaultTranslationTest {
    private static final StageArn STAGE = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/abcdABCDefgh");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** The SDK's standard retry strategy makes three attempts in all: the call and two retries. */
    private static final int ATTEMPTS = 3;
    /** More faults than the SDK makes attempts: the failure persists. */
    private static final int PERSISTENT = 10;

    /** One emulator for the class, reset (journal and faults included) before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTimeClient sdk;
    private static IvsRealTime ivs;

    private static WireMockServer wiremock;
    private static IvsRealTimeClient scriptedSdk;
    private static IvsRealTime scripted;

    @BeforeAll
    static void start(IvsEmulator started) {
        emulator = started;
        // Clients configured by their owner (here: the standard retry strategy with its three attempts), wrapped.
        sdk = IvsRealTimeClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .overrideConfiguration(o -> o.retryStrategy(standardRetries()))
                .build();
        ivs = IvsRealTime.create(sdk);

        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        scriptedSdk = IvsRealTimeClient.builder()
                .endpointOverride(URI.create(wiremock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(standardRetries()))
                .build();
        scripted = IvsRealTime.create(scriptedSdk, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        ivs.close();
        sdk.close();
        scripted.close();
        scriptedSdk.close();
        wiremock.stop();
    }

    @AfterEach
    void resetWireMock() {
        wiremock.resetAll();
    }

    /**
     * The SDK's standard retries with their three attempts, pinned so that the attempts counted here do not depend on
     * the environment: AWS_RETRY_MODE (legacy makes four) or AWS_MAX_ATTEMPTS, which the SDK also applies to a
     * client whose retry mode alone is set. A new strategy for each client, as each keeps its own retry quota.
     */
    private static RetryStrategy standardRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build();
    }

    private static Stage aStage() {
        return ivs.createStage(StageSpec.builder().name("faulty").build()).stage();
    }

    // ---- failures the emulator injects or gives ----------------------------------------------------------------

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceeds() {
        Stage created = aStage();
        emulator.injectFault("GetStage", 1, Fault.internalError());

        Stage stage = ivs.getStage(created.arn());

        assertThat(stage).isEqualTo(created);
        assertThat(stage.endpoints().events()).isPresent().isEqualTo(created.endpoints().events());
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(500, 200);
    }

    @Test
    void persistentThrottlingIsRetriedThenReportedAsRetryable() {
        StageArn arn = aStage().arn();
        emulator.injectFault("GetStage", PERSISTENT, Fault.throttling());

        assertThatThrownBy(() -> ivs.getStage(arn))
                .isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                    String requestId = lastRequestId("GetStage");
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.errorCode()).hasValue("ThrottlingException");
                    assertThat(e.httpStatus()).hasValue(429);
                    assertThat(e.requestId()).hasValue(requestId);
                    assertThat(e.getMessage()).contains("Rate exceeded").contains(requestId);
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(429, 429, 429);
    }

    @Test
    void aDroppedConnectionIsAClientSideFailure() {
        StageArn arn = aStage().arn();
        emulator.injectFault("GetStage", PERSISTENT, Fault.connectionReset());

        assertThatThrownBy(() -> ivs.getStage(arn))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    IvsException ivsException = (IvsException) e;
                    assertThat(ivsException.httpStatus()).isEmpty();
                    assertThat(ivsException.errorCode()).isEmpty();
                    assertThat(ivsException.getMessage()).startsWith("GetStage failed without an error response");
                });
        assertThat(emulator.calls("GetStage")).hasSize(ATTEMPTS)
                .allSatisfy(call -> assertThat(call.fault()).hasValue(Fault.connectionReset()));
    }

    @Test
    void anAnswerCutHalfwayIsRetriedAndTheRetrySucceeds() {
        Stage created = aStage();
        emulator.injectFault("GetStage", 1, Fault.truncatedResponse());

        assertThat(ivs.getStage(created.arn())).isEqualTo(created);
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::fault)
                .containsExactly(java.util.Optional.of(Fault.truncatedResponse()), java.util.Optional.empty());
    }

    @Test
    void notFoundIsNotRetriedAndCarriesIvssMessageAndRequestId() {
        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    String requestId = lastRequestId("GetStage");
                    assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
                    assertThat(e.httpStatus()).hasValue(404);
                    assertThat(e.requestId()).hasValue(requestId);
                    assertThat(e.getMessage()).startsWith("GetStage failed").contains(STAGE.value())
                            .contains(requestId);
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(404);
    }

    @Test
    void aServiceValidationErrorNamesTheField() {
        StageArn arn = aStage().arn();
        emulator.injectFault("CreateParticipantToken", 1, Fault.error("ValidationException",
                "1 validation error detected: Value '20161' at 'duration' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 20160"));

        assertThatThrownBy(() -> ivs.createParticipantToken(arn, Viewer.anonymous()))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("duration");
                    assertThat(e.httpStatus()).hasValue(400);
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(emulator.calls("CreateParticipantToken")).extracting(RecordedCall::status).containsExactly(400);
    }

    @Test
    void accessDeniedAndPendingVerificationAreAccessDenied() {
        StageArn arn = aStage().arn();
        emulator.injectFault("GetStage", 1, Fault.error("AccessDeniedException", "not allowed"));
        emulator.injectFault("CreateParticipantToken", 1, Fault.error("PendingVerification", "verify first"));

        assertThatThrownBy(() -> ivs.getStage(arn))
                .isInstanceOfSatisfying(IvsAccessDeniedException.class, e -> {
                    assertThat(e.errorCode()).hasValue("AccessDeniedException");
                    assertThat(e.httpStatus()).hasValue(403);
                    assertThat(e.getMessage()).contains("not allowed");
                });
        assertThatThrownBy(() -> ivs.createParticipantToken(arn, Viewer.anonymous()))
                .isInstanceOfSatisfying(IvsAccessDeniedException.class, e -> {
                    assertThat(e.errorCode()).hasValue("PendingVerification");
                    assertThat(e.httpStatus()).hasValue(403);
                    assertThat(e.getMessage()).contains("verify first");
                });
        assertThat(emulator.calls()).extracting(RecordedCall::status).containsExactly(200, 403, 403);
    }

    @Test
    void disconnectingNeverLeaksTheSdksException() throws Exception {
        assertThatThrownBy(() -> ivs.disconnectParticipant(STAGE, "participant1", "bye"))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.getMessage()).startsWith("DisconnectParticipant failed").contains(STAGE.value());
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        RecordedCall call = emulator.calls("DisconnectParticipant").get(0);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(call.input())).isEqualTo(json.readTree("{\"stageArn\":\"" + STAGE.value()
                + "\",\"participantId\":\"participant1\",\"reason\":\"bye\"}"));
        assertThat(emulator.calls("DisconnectParticipant")).extracting(RecordedCall::status).containsExactly(404);
    }

    @Test
    void theAsyncClientsFailuresBecomeTheSameExceptions() {
        try (IvsRealTimeAsyncClient asyncSdk = IvsRealTimeAsyncClient.builder()
                     .endpointOverride(emulator.endpoint())
                     .region(Region.of(emulator.region()))
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                     .overrideConfiguration(o -> o.retryStrategy(standardRetries()))
                     .build();
             IvsRealTimeAsync async = IvsRealTimeAsync.create(asyncSdk)) {
            emulator.injectFault("GetStage", PERSISTENT, Fault.throttling());

            AtomicReference<Throwable> seen = new AtomicReference<>();
            async.getStage(STAGE).whenComplete((stage, failure) -> seen.set(failure)).exceptionally(e -> null).join();

            assertThat(seen.get()).isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.requestId()).hasValue(lastRequestId("GetStage"));
                assertThat(e.getCause()).isInstanceOf(SdkException.class);
            });
            assertThat(emulator.calls("GetStage")).extracting(RecordedCall::status).containsExactly(429, 429, 429);
        }
    }

    private static String lastRequestId(String operation) {
        List<RecordedCall> calls = emulator.calls(operation);
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).requestId();
    }

    // ---- answers only WireMock gives: the emulator always answers as IVS does -----------------------------------

    /** Stays on WireMock: a 503 with an empty body and no error type (a load balancer's, say); emulator errors are IVS's. */
    @Test
    void persistentServerErrorsBecomeARetryableServiceException() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(aResponse().withStatus(503).withBody("")));

        assertThatThrownBy(() -> scripted.getStage(STAGE))
                .isInstanceOfSatisfying(IvsServiceException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.httpStatus()).hasValue(503);
                });
        wiremock.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/GetStage")));
    }

    /** Stays on WireMock: a 200 whose body is not JSON; the emulator's answers are always well-formed. */
    @Test
    void anUnreadableBodyIsAClientSideFailureWithoutStatus() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(json(200, "{\"stage\": <html>oops")));

        assertThatThrownBy(() -> scripted.getStage(STAGE))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    IvsException ivsException = (IvsException) e;
                    assertThat(ivsException.errorCode()).isEmpty();
                    assertThat(ivsException.httpStatus()).isEmpty();
                    assertThat(ivsException.getMessage()).startsWith("GetStage failed without an error response");
                });
    }

    /**
     * Stays on WireMock: an error body with the message in {@code exceptionMessage} only, which the Java SDK does
     * not take as the error message; the emulator's errors also carry {@code message}, so the library's reading of
     * {@code exceptionMessage} would go untested.
     */
    @Test
    void notFoundTakesItsMessageFromExceptionMessage() {
        wiremock.stubFor(post(urlEqualTo("/GetStage"))
                .willReturn(aResponse().withStatus(404)
                        .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                        .withHeader("x-amzn-RequestId", "req-404")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"exceptionMessage\":\"Stage not found: abcdABCDefgh\"}")));

        assertThatThrownBy(() -> scripted.getStage(STAGE))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains("Stage not found: abcdABCDefgh").contains("req-404");
                    assertThat(e.isRetryable()).isFalse();
                });
        wiremock.verify(1, postRequestedFor(urlEqualTo("/GetStage")));
    }

    /** Stays on WireMock: the API reference's sparse answer; the emulator answers with every member, as IVS does. */
    @Test
    void aTokenResponseWithOnlyTheDocumentedMembersTakesTheRestFromTheRequest() {
        // The API reference's example answer carries just these three members.
        wiremock.stubFor(post(urlEqualTo("/CreateParticipantToken")).willReturn(json(200, "{\"participantToken\":{"
                + "\"expirationTime\":\"2026-11-25T21:00:00+00:00\",\"participantId\":\"ABCDEfghij01234KLMN6789\","
                + "\"token\":\"abcd1234defg5678\"}}")));

        ParticipantToken token = scripted.createParticipantToken(STAGE, Viewer.of("bob", Map.of("seat", "A1")));

        assertThat(token.participant().id()).isEqualTo("ABCDEfghij01234KLMN6789");
        assertThat(token.participant().capabilities()).containsExactly(Capability.SUBSCRIBE);
        assertThat(token.participant().userId()).hasValue("bob");
        assertThat(token.participant().attributes()).containsExactly(Map.entry("seat", "A1"));
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
    }

    /** Stays on WireMock: a token answer without {@code expirationTime}, which the emulator always sends. */
    @Test
    void aTokenResponseWithoutExpiryTakesItFromTheInjectedClock() {
        wiremock.stubFor(post(urlEqualTo("/CreateParticipantToken")).willReturn(json(200, "{\"participantToken\":{"
                + "\"participantId\":\"ABCDEfghij01234KLMN6789\",\"token\":\"abcd1234defg5678\"}}")));

        ParticipantToken token = scripted.createParticipantToken(STAGE, Viewer.of("bob"), Duration.ofMinutes(30));

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
