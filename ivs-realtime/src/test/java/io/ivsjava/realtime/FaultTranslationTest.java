package io.ivsjava.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * Scripted HTTP faults, where the point is how the library turns them into its own exceptions and how the SDK's
 * default retries treat them. The emulator answers correctly; WireMock answers whatever each test scripts.
 */
class FaultTranslationTest {
    private static final StageArn STAGE = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/abcdABCDefgh");
    private static final String STAGE_JSON = "{\"stage\":{\"arn\":\"" + STAGE.value() + "\",\"name\":\"s\",\"tags\":{},"
            + "\"endpoints\":{\"events\":\"wss://global.events.live-video.net\"}}}";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** The SDK's standard retry mode makes three attempts in all: the call and two retries. */
    private static final int ATTEMPTS = 3;

    private static WireMockServer wiremock;
    private static IvsRealTimeClient sdk;
    private static IvsRealTime ivs;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        // A client configured by its owner (here: the standard retry mode, whatever AWS_RETRY_MODE says), wrapped.
        sdk = IvsRealTimeClient.builder()
                .endpointOverride(URI.create(wiremock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
        ivs = IvsRealTime.create(sdk, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        ivs.close();
        sdk.close();
        wiremock.stop();
    }

    @AfterEach
    void reset() {
        wiremock.resetAll();
    }

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceeds() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(500, "InternalServerException", "try again")).willSetStateTo("recovered"));
        wiremock.stubFor(post(urlEqualTo("/GetStage")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(json(200, STAGE_JSON)));

        Stage stage = ivs.getStage(STAGE);

        assertThat(stage.arn()).isEqualTo(STAGE);
        assertThat(stage.endpoints().events()).hasValue(URI.create("wss://global.events.live-video.net"));
        wiremock.verify(2, postRequestedFor(urlEqualTo("/GetStage")));
    }

    @Test
    void persistentThrottlingIsRetriedThenReportedAsRetryable() {
        wiremock.stubFor(post(urlEqualTo("/GetStage"))
                .willReturn(error(429, "ThrottlingException", "Rate exceeded").withHeader("x-amzn-RequestId", "req-429")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.errorCode()).hasValue("ThrottlingException");
                    assertThat(e.httpStatus()).hasValue(429);
                    assertThat(e.requestId()).hasValue("req-429");
                    assertThat(e.getMessage()).contains("Rate exceeded").contains("req-429");
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        wiremock.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/GetStage")));
    }

    @Test
    void persistentServerErrorsBecomeARetryableServiceException() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(aResponse().withStatus(503).withBody("")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsServiceException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.httpStatus()).hasValue(503);
                });
        wiremock.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/GetStage")));
    }

    @Test
    void anUnreadableBodyIsAClientSideFailureWithoutStatus() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(json(200, "{\"stage\": <html>oops")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    IvsException ivsException = (IvsException) e;
                    assertThat(ivsException.errorCode()).isEmpty();
                    assertThat(ivsException.httpStatus()).isEmpty();
                    assertThat(ivsException.getMessage()).startsWith("GetStage failed without an error response");
                });
    }

    @Test
    void aDroppedConnectionIsAClientSideFailure() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> assertThat(((IvsException) e).httpStatus()).isEmpty());
        wiremock.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/GetStage")));
    }

    @Test
    void notFoundTakesItsMessageFromExceptionMessage() {
        wiremock.stubFor(post(urlEqualTo("/GetStage"))
                .willReturn(aResponse().withStatus(404)
                        .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                        .withHeader("x-amzn-RequestId", "req-404")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"exceptionMessage\":\"Stage not found: abcdABCDefgh\"}")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains("Stage not found: abcdABCDefgh").contains("req-404");
                    assertThat(e.isRetryable()).isFalse();
                });
        wiremock.verify(1, postRequestedFor(urlEqualTo("/GetStage")));
    }

    @Test
    void aServiceValidationErrorNamesTheField() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(error(400, "ValidationException",
                "1 validation error detected: Value '20161' at 'duration' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 20160")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("duration");
                    assertThat(e.httpStatus()).hasValue(400);
                });
    }

    @Test
    void accessDeniedAndPendingVerificationAreAccessDenied() {
        wiremock.stubFor(post(urlEqualTo("/GetStage")).willReturn(error(403, "PendingVerification", "verify first")));

        assertThatThrownBy(() -> ivs.getStage(STAGE))
                .isInstanceOfSatisfying(IvsAccessDeniedException.class,
                        e -> assertThat(e.errorCode()).hasValue("PendingVerification"));
    }

    @Test
    void aTokenResponseWithOnlyTheDocumentedMembersTakesTheRestFromTheRequest() {
        // The API reference's example answer carries just these three members.
        wiremock.stubFor(post(urlEqualTo("/CreateParticipantToken")).willReturn(json(200, "{\"participantToken\":{"
                + "\"expirationTime\":\"2026-11-25T21:00:00+00:00\",\"participantId\":\"ABCDEfghij01234KLMN6789\","
                + "\"token\":\"abcd1234defg5678\"}}")));

        ParticipantToken token = ivs.createParticipantToken(STAGE, Viewer.of("bob", java.util.Map.of("seat", "A1")));

        assertThat(token.participant().id()).isEqualTo("ABCDEfghij01234KLMN6789");
        assertThat(token.participant().capabilities()).containsExactly(Capability.SUBSCRIBE);
        assertThat(token.participant().userId()).hasValue("bob");
        assertThat(token.participant().attributes()).containsExactly(java.util.Map.entry("seat", "A1"));
        assertThat(token.expiresAt()).isEqualTo(java.time.Instant.parse("2026-11-25T21:00:00Z"));
    }

    @Test
    void aTokenResponseWithoutExpiryTakesItFromTheInjectedClock() {
        wiremock.stubFor(post(urlEqualTo("/CreateParticipantToken")).willReturn(json(200, "{\"participantToken\":{"
                + "\"participantId\":\"ABCDEfghij01234KLMN6789\",\"token\":\"abcd1234defg5678\"}}")));

        ParticipantToken token = ivs.createParticipantToken(STAGE, Viewer.of("bob"), Duration.ofMinutes(30));

        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void disconnectingNeverLeaksTheSdksException() {
        wiremock.stubFor(post(urlEqualTo("/DisconnectParticipant"))
                .willReturn(error(404, "ResourceNotFoundException", "Stage not found")));

        assertThatThrownBy(() -> ivs.disconnectParticipant(STAGE, "participant1", "bye"))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.getMessage()).startsWith("DisconnectParticipant failed").contains("Stage not found");
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        wiremock.verify(postRequestedFor(urlEqualTo("/DisconnectParticipant"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"stageArn\":\"" + STAGE.value() + "\",\"participantId\":\"participant1\","
                                + "\"reason\":\"bye\"}")));
    }

    @Test
    void theAsyncClientsFailuresBecomeTheSameExceptions() {
        try (software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient asyncSdk =
                     software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient.builder()
                             .endpointOverride(URI.create(wiremock.baseUrl()))
                             .region(Region.US_EAST_1)
                             .credentialsProvider(StaticCredentialsProvider.create(
                                     AwsBasicCredentials.create("test", "test")))
                             .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                             .build();
             IvsRealTimeAsync async = IvsRealTimeAsync.create(asyncSdk)) {
            wiremock.stubFor(post(urlEqualTo("/GetStage"))
                    .willReturn(error(429, "ThrottlingException", "Rate exceeded").withHeader("x-amzn-RequestId", "r1")));

            java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
            async.getStage(STAGE).whenComplete((stage, failure) -> seen.set(failure)).exceptionally(e -> null).join();

            assertThat(seen.get()).isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.requestId()).hasValue("r1");
                assertThat(e.getCause()).isInstanceOf(SdkException.class);
            });
            wiremock.verify(ATTEMPTS, postRequestedFor(urlEqualTo("/GetStage")));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code,
                                                                                          String message) {
        return json(status, "{\"exceptionMessage\":\"" + message + "\",\"message\":\"" + message + "\"}")
                .withHeader("x-amzn-ErrorType", code);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
