package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsException.ErrorDetails;
import io.ivsjava.core.fixtures.Rejections;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IvsExceptionTest {
    private static final ErrorDetails DETAILS = ErrorDetails.of("SomeCode", 418, "req-7");
    private static final Throwable CAUSE = new IllegalStateException("underneath");

    static Stream<Arguments> subtypes() {
        return Stream.of(
                Arguments.of(new IvsNotFoundException("m", DETAILS, CAUSE), false),
                Arguments.of(new IvsValidationException("duration", "m", DETAILS, CAUSE), false),
                Arguments.of(new IvsConflictException("m", DETAILS, CAUSE), false),
                Arguments.of(new IvsQuotaExceededException("m", DETAILS, CAUSE), false),
                Arguments.of(new IvsAccessDeniedException("m", DETAILS, CAUSE), false),
                Arguments.of(new IvsChannelNotBroadcastingException("m", DETAILS, CAUSE), false),
                Arguments.of(new IvsThrottlingException("m", DETAILS, CAUSE), true),
                Arguments.of(new IvsServiceException("m", DETAILS, CAUSE), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subtypes")
    void everySubtypeCarriesTheDetailsAndOnlyThrottlingAndServiceFailuresAreRetryable(IvsException e,
                                                                                    boolean retryable) {
        assertThat(e).isInstanceOf(IvsException.class).isInstanceOf(RuntimeException.class);
        assertThat(e.getMessage()).isEqualTo("m");
        assertThat(e.getCause()).isSameAs(CAUSE);
        assertThat(e.errorCode()).hasValue("SomeCode");
        assertThat(e.httpStatus()).hasValue(418);
        assertThat(e.requestId()).hasValue("req-7");
        assertThat(e.isRetryable()).isEqualTo(retryable);
    }

    @Test
    void detailsOfAResponseLeaveOutWhatItDidNotCarry() {
        assertThat(ErrorDetails.of(null, 0, null))
                .isEqualTo(new ErrorDetails(Optional.empty(), OptionalInt.empty(), Optional.empty()))
                .isEqualTo(ErrorDetails.NONE);
        assertThat(ErrorDetails.of("X", -1, null).httpStatus()).isEmpty();
        assertThat(ErrorDetails.of("X", 503, "r").httpStatus()).hasValue(503);
    }

    @Test
    void aFailureThatNeverReachedIvsHasNoCodeStatusOrRequestId() {
        IvsException e = new IvsException("offline", ErrorDetails.NONE, true, null);

        assertThat(e.errorCode()).isEmpty();
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aLocalValidationFailureLooksLikeTheOneIvsWouldSend() {
        IvsValidationException e = IvsValidationException.invalid("duration", "is too long; allowed 1..20160");

        assertThat(e.field()).hasValue("duration");
        assertThat(e.getMessage()).isEqualTo("duration: is too long; allowed 1..20160");
        assertThat(e.errorCode()).hasValue("ValidationException");
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.requestId()).isEmpty();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aValidationFailureMayNotKnowItsField() {
        assertThat(new IvsValidationException(null, "m", DETAILS, null).field()).isEmpty();
        Rejections.assertInvalid(() -> IvsValidationException.invalid(null, "problem"), "field", "is missing");
    }

    @Test
    void messageAndDetailsAreRequired() {
        Rejections.assertInvalid(() -> new IvsException(null, DETAILS, false, null), "message", "is missing");
        Rejections.assertInvalid(() -> new IvsException("m", null, false, null), "details", "is missing");
        Rejections.assertInvalid(() -> new ErrorDetails(null, OptionalInt.empty(), Optional.empty()), "errorCode",
                "is missing");
    }
}
