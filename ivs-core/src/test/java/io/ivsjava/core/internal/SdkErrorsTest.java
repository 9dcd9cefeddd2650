package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

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
        "SomethingNew,                  503, io.ivsjava.core.IvsServiceException,                true",
        "SomethingNew,                  429, io.ivsjava.core.IvsThrottlingException,             true",
        "SomethingNew,                  403, io.ivsjava.core.IvsAccessDeniedException,           false",
        "SomethingNew,                  400, io.ivsjava.core.IvsException,                       false",
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

    @Test
    void theFieldOfAServiceValidationErrorIsReadFromItsMessage() {
        IvsException e = SdkErrors.translate("CreateParticipantToken", service("ValidationException", 400,
                "1 validation error detected: Value '20161' at 'duration' failed to satisfy constraint: x"));

        assertThat(e).isInstanceOfSatisfying(IvsValidationException.class,
                v -> assertThat(v.field()).hasValue("duration"));
        assertThat(((IvsValidationException) SdkErrors.translate("X", service("ValidationException", 400, "bad")))
                .field()).isEmpty();
    }

    @Test
    void failuresWithoutAnIvsResponseHaveNoCodeOrStatus() {
        SdkClientException io = SdkClientException.builder().message("Connection refused").build();

        IvsException e = SdkErrors.translate("ListStages", io);

        assertThat(e).isExactlyInstanceOf(IvsException.class);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("ListStages failed without an error response from IVS: Connection refused");
        assertThat(e.getCause()).isSameAs(io);
    }

    @Test
    void callPassesResultsThroughAndTranslatesFailures() {
        assertThat(SdkErrors.call("Op", () -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> SdkErrors.call("GetChannel", () -> {
            throw service("ResourceNotFoundException", 404, "no such channel");
        })).isInstanceOf(IvsNotFoundException.class).hasMessageStartingWith("GetChannel failed: no such channel");
        assertThatThrownBy(() -> SdkErrors.call("Op", () -> {
            throw new IllegalStateException("not an SDK failure");
        })).isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void subtypesShareTheRoot() {
        assertThat(new Class<?>[] {IvsNotFoundException.class, IvsValidationException.class, IvsConflictException.class,
            IvsQuotaExceededException.class, IvsThrottlingException.class, IvsAccessDeniedException.class,
            IvsChannelNotBroadcastingException.class, IvsServiceException.class})
                .allSatisfy(type -> assertThat(IvsException.class).isAssignableFrom(type));
    }

    private static AwsServiceException service(String code, int status, String message) {
        return AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .statusCode(status)
                .requestId("req-1")
                .build();
    }
}
