package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.LocationTrait;

class SdkErrorsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "ResourceNotFoundException,     404, io.ivsjava.core.IvsNotFoundException,               false",
        "ValidationException,           400, io.ivsjava.core.IvsValidationException,             false",
        "SerializationException,        400, io.ivsjava.core.IvsValidationException,             false",
        "ConflictException,             409, io.ivsjava.core.IvsConflictException,               false",
        "ServiceQuotaExceededException, 402, io.ivsjava.core.IvsQuotaExceededException,          false",
        "ThrottlingException,           429, io.ivsjava.core.IvsThrottlingException,             true",
        "AccessDeniedException,         403, io.ivsjava.core.IvsAccessDeniedException,           false",
        "PendingVerification,           403, io.ivsjava.core.IvsAccessDeniedException,           false",
        "ChannelNotBroadcasting,        404, io.ivsjava.core.IvsChannelNotBroadcastingException, false",
        "InternalServerException,       500, io.ivsjava.core.IvsServiceException,                true",
        "ServiceUnavailable,            503, io.ivsjava.core.IvsServiceException,                true",
        "SomethingNew,                  500, io.ivsjava.core.IvsServiceException,                true",
        "SomethingNew,                  502, io.ivsjava.core.IvsServiceException,                true",
        "SomethingNew,                  503, io.ivsjava.core.IvsServiceException,                true",
        "SomethingNew,                  429, io.ivsjava.core.IvsThrottlingException,             true",
        "SomethingNew,                  403, io.ivsjava.core.IvsAccessDeniedException,           false",
        "SomethingNew,                  400, io.ivsjava.core.IvsException,                       false",
        "SomethingNew,                  404, io.ivsjava.core.IvsException,                       false",
        "SomethingNew,                  409, io.ivsjava.core.IvsException,                       false",
    })
    void eachIvsErrorBecomesItsLibraryException(String code, int status, Class<? extends IvsException> type,
                                                 boolean retryable) {
        AwsServiceException sdk = service(code, status, "it went wrong");

        IvsException e = SdkErrors.translate("GetStage", sdk);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.errorCode()).hasValue(code);
        assertThat(e.httpStatus()).hasValue(status);
        assertThat(e.requestId()).hasValue("req-1");
        assertThat(e.isRetryable()).isEqualTo(retryable);
        assertThat(e.getCause()).isSameAs(sdk);
        assertThat(e.getMessage()).isEqualTo("GetStage failed: it went wrong (" + code + ", request id req-1)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TooManyRequestsException", "SlowDown", "RequestLimitExceeded"})
    void codesTheSdkKnowsAsThrottlingAreThrottlingWhateverTheStatus(String code) {
        IvsException e = SdkErrors.translate("ListStages", service(code, 400, "slow down"));

        assertThat(e).isExactlyInstanceOf(IvsThrottlingException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.errorCode()).hasValue(code);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "1 validation error detected: Value '20161' at 'duration' failed to satisfy constraint: x | duration",
        "Value null at 'name' failed to satisfy constraint: Member must not be null               | name",
        "2 validation errors detected: Value 'x' at 'tags' failed; Value 'y' at 'name' failed      | tags",
        "Value at 'participantTokenConfigurations.1.member.userId' failed                       | participantTokenConfigurations.1.member.userId",
    })
    void theFieldOfAServiceValidationErrorIsReadFromItsMessage(String message, String field) {
        for (String code : List.of("ValidationException", "SerializationException")) {
            IvsException e = SdkErrors.translate("CreateParticipantToken", service(code, 400, message));

            assertThat(e).isInstanceOfSatisfying(IvsValidationException.class,
                    v -> assertThat(v.field()).hasValue(field));
            assertThat(e.getMessage()).contains(message);
        }
    }

    @Test
    void aServiceValidationErrorThatNamesNoFieldHasNone() {
        IvsException e = SdkErrors.translate("X", service("ValidationException", 400, "the request was bad"));

        assertThat(e).isInstanceOfSatisfying(IvsValidationException.class, v -> assertThat(v.field()).isEmpty());
    }

    @Test
    void theMessageIsTakenFromTheModeledExceptionMessageWhenTheErrorDetailsHaveNone() {
        // IVS writes {"exceptionMessage": "..."}; the SDK's generated exceptions expose it as a modeled field only.
        AwsServiceException sdk = new ModeledException(AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException").build())
                .statusCode(404).requestId("req-404"), "Stage not found: abcdABCDefgh");

        IvsException e = SdkErrors.translate("GetStage", sdk);

        assertThat(e).isExactlyInstanceOf(IvsNotFoundException.class);
        assertThat(e.getMessage())
                .isEqualTo("GetStage failed: Stage not found: abcdABCDefgh (ResourceNotFoundException, request id req-404)");
    }

    @Test
    void theErrorDetailsMessageWinsOverTheModeledOne() {
        AwsServiceException sdk = new ModeledException(AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ConflictException").errorMessage("in use").build())
                .statusCode(409).requestId("r"), "modeled");

        assertThat(SdkErrors.translate("DeleteStage", sdk).getMessage()).contains("failed: in use (").doesNotContain("modeled");
    }

    @Test
    void aResponseWithoutARequestIdSaysNothingAboutOne() {
        AwsServiceException noId = AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ConflictException").errorMessage("busy").build())
                .statusCode(409).build();

        assertThat(SdkErrors.translate("DeleteStage", noId).getMessage())
                .isEqualTo("DeleteStage failed: busy (ConflictException)");
    }

    @Test
    void aResponseWithoutAnyMessageSaysSo() {
        AwsServiceException blank = service("ConflictException", 409, " ");
        AwsServiceException modeledNull = new ModeledException(AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ConflictException").build())
                .statusCode(409).requestId("r"), null);

        assertThat(SdkErrors.translate("DeleteStage", blank).getMessage()).contains("failed: (no message) (ConflictException");
        assertThat(SdkErrors.translate("DeleteStage", modeledNull).getMessage()).contains("failed: (no message) (");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({
        "500, io.ivsjava.core.IvsServiceException,      true",
        "503, io.ivsjava.core.IvsServiceException,      true",
        "429, io.ivsjava.core.IvsThrottlingException,   true",
        "403, io.ivsjava.core.IvsAccessDeniedException, false",
        "400, io.ivsjava.core.IvsException,             false",
    })
    void aResponseWithoutAnErrorCodeIsJudgedByItsStatus(int status, Class<? extends IvsException> type,
                                                        boolean retryable) {
        AwsServiceException sdk = AwsServiceException.builder().statusCode(status).requestId("req-2").build();

        IvsException e = SdkErrors.translate("GetChannel", sdk);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.httpStatus()).hasValue(status);
        assertThat(e.requestId()).hasValue("req-2");
        assertThat(e.isRetryable()).isEqualTo(retryable);
        assertThat(e.getMessage()).contains("(HTTP " + status + ", request id req-2)");
    }

    @Test
    void aResponseWithoutARequestIdHasNone() {
        IvsException e = SdkErrors.translate("GetStage", AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException").errorMessage("gone").build())
                .statusCode(404).build());

        assertThat(e).isExactlyInstanceOf(IvsNotFoundException.class);
        assertThat(e.requestId()).isEmpty();
        assertThat(e.httpStatus()).hasValue(404);
    }

    @Test
    void failuresWithoutAnIvsResponseHaveNoCodeStatusOrRequestId() {
        SdkClientException sdk = SdkClientException.builder().message("Unable to load credentials").build();

        IvsException e = SdkErrors.translate("ListStages", sdk);

        assertThat(e).isExactlyInstanceOf(IvsException.class);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getCause()).isSameAs(sdk);
        assertThat(e.getMessage())
                .isEqualTo("ListStages failed without an error response from IVS: Unable to load credentials");
    }

    @Test
    void networkFailuresWithoutAnIvsResponseAreRetryable() {
        // IvsException#isRetryable promises true for transient network failures; the SDK reports them as client
        // exceptions caused by an IOException (and retries them itself for that reason).
        List<SdkException> failures = List.of(
                SdkClientException.builder().message("Unable to execute HTTP request: Connection refused")
                        .cause(new ConnectException("Connection refused")).build(),
                SdkClientException.builder().message("Unable to execute HTTP request: Read timed out")
                        .cause(new SocketTimeoutException("Read timed out")).build(),
                SdkClientException.builder().message("Unable to execute HTTP request")
                        .cause(new UncheckedIOException(new ConnectException("reset"))).build(),
                RetryableException.create("retry me"));

        for (SdkException sdk : failures) {
            IvsException e = SdkErrors.translate("GetStage", sdk);

            assertThat(e).as(sdk.getMessage()).isExactlyInstanceOf(IvsException.class);
            assertThat(e.isRetryable()).as(sdk.getMessage()).isTrue();
            assertThat(e.httpStatus()).isEmpty();
            assertThat(e.getCause()).isSameAs(sdk);
        }
    }

    @Test
    void callPassesResultsThroughAndTranslatesOnlySdkFailures() {
        AwsServiceException notFound = service("ResourceNotFoundException", 404, "no such channel");
        IllegalStateException other = new IllegalStateException("not an SDK failure");

        assertThat(SdkErrors.call("Op", () -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> SdkErrors.call("GetChannel", () -> {
            throw notFound;
        })).isInstanceOf(IvsNotFoundException.class)
                .hasMessageStartingWith("GetChannel failed: no such channel")
                .hasCause(notFound);
        assertThatThrownBy(() -> SdkErrors.call("Op", () -> {
            throw other;
        })).isSameAs(other);
    }

    @Test
    void callAsyncTranslatesSdkFailuresHoweverTheyComeAndFailsWithTheFailureItself() {
        AwsServiceException notFound = service("ResourceNotFoundException", 404, "no such channel");
        IllegalStateException other = new IllegalStateException("not an SDK failure");

        assertThat(SdkErrors.callAsync("Op", () -> CompletableFuture.completedFuture(2), n -> n * 21).join())
                .isEqualTo(42);
        CompletableFuture<Object> thrown = SdkErrors.callAsync("GetChannel", () -> {
            throw notFound;
        }, x -> x);
        CompletableFuture<Object> wrapped = SdkErrors.callAsync("GetChannel",
                () -> CompletableFuture.failedFuture(new CompletionException(notFound)), x -> x);
        for (CompletableFuture<Object> f : List.of(thrown, wrapped)) {
            assertThat(f).failsWithin(Duration.ZERO).withThrowableThat()
                    .havingCause().isInstanceOf(IvsNotFoundException.class)
                    .withMessageStartingWith("GetChannel failed: no such channel").withCause(notFound);
            assertThat(f.handle((v, failure) -> failure).join()).isInstanceOf(IvsNotFoundException.class);
        }
        CompletableFuture<Object> failedConvert = SdkErrors.callAsync("Op", () -> CompletableFuture.completedFuture(1),
                x -> {
                    throw other;
                });
        assertThat(failedConvert.handle((v, failure) -> failure).join()).isSameAs(other);
        assertThat(SdkErrors.callAsync("Op", () -> CompletableFuture.failedFuture(other), x -> x)
                .handle((v, failure) -> failure).join()).isSameAs(other);
    }

    @Test
    void unwrapFindsTheFailureInsideAFuturesLayers() {
        IllegalStateException cause = new IllegalStateException("inner");

        assertThat(SdkErrors.unwrap(new CompletionException(new ExecutionException(cause)))).isSameAs(cause);
        assertThat(SdkErrors.unwrap(cause)).isSameAs(cause);
        CompletionException empty = new CompletionException("no cause", null);
        assertThat(SdkErrors.unwrap(empty)).isSameAs(empty);
    }

    private static AwsServiceException service(String code, int status, String message) {
        return AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .statusCode(status)
                .requestId("req-1")
                .build();
    }

    /** Shaped like the SDK's generated IVS exceptions: the service's message is the modeled member exceptionMessage. */
    private static final class ModeledException extends AwsServiceException implements SdkPojo {
        private static final SdkField<String> EXCEPTION_MESSAGE = SdkField.<String>builder(MarshallingType.STRING)
                .memberName("exceptionMessage")
                .getter(pojo -> ((ModeledException) pojo).exceptionMessage)
                .setter((pojo, value) -> { })
                .traits(LocationTrait.builder().location(MarshallLocation.PAYLOAD).locationName("exceptionMessage")
                        .build())
                .build();

        private final String exceptionMessage;

        ModeledException(AwsServiceException.Builder builder, String exceptionMessage) {
            super(builder);
            this.exceptionMessage = exceptionMessage;
        }

        @Override
        public List<SdkField<?>> sdkFields() {
            return List.of(EXCEPTION_MESSAGE);
        }
    }
}
