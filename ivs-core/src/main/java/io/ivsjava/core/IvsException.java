package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Root of every exception thrown by ivs-java: a failed IVS call, or input rejected before any call was made.
 *
 * <p>Carries what IVS said, when it said anything: the error code (such as {@code ResourceNotFoundException}),
 * the HTTP status, the request id to quote to AWS support, and whether the same call may succeed if retried.
 * Failures raised locally, before a request left the process, have no status and no request id.
 * The AWS SDK's own exceptions never escape the library; the original is kept as the {@linkplain #getCause() cause}.
 *
 * <p>Null policy, the same across every ivs-java module: the public API never returns {@code null}, and a
 * {@code null} passed where a value is required is rejected like any other bad input, with an
 * {@link IvsValidationException} naming the parameter ({@code stageArn: is missing}), never a
 * {@code NullPointerException}. Absent values are {@link Optional}s.
 *
 * <p>Subtypes name the failures callers commonly handle: {@link IvsNotFoundException},
 * {@link IvsValidationException}, {@link IvsConflictException}, {@link IvsQuotaExceededException},
 * {@link IvsThrottlingException}, {@link IvsAccessDeniedException}, {@link IvsChannelNotBroadcastingException}
 * and {@link IvsServiceException}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What IVS reported about a failed call; all parts optional. */
    private final String errorCode;
    private final int httpStatus;
    private final String requestId;
    private final boolean retryable;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, in words a caller can act on
     * @param details the service's error code, status and request id, if the failure came from a response
     * @param retryable whether repeating the same call can succeed
     * @param cause the underlying exception, or {@code null}
     */
    public IvsException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
        super(Check.notNull("message", message), cause);
        Check.notNull("details", details);
        this.errorCode = details.errorCode().orElse(null);
        this.httpStatus = details.httpStatus().orElse(0);
        this.requestId = details.requestId().orElse(null);
        this.retryable = retryable;
    }

    /**
     * The IVS error code, such as {@code ValidationException} or {@code ChannelNotBroadcasting}; empty for
     * failures that never reached IVS (a connection error, an unreadable response).
     *
     * @return the error code, if any
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * The HTTP status of the IVS response; empty when no response was received or the input was rejected locally.
     *
     * @return the status, if any
     */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /**
     * The request id IVS assigned to the call ({@code x-amzn-RequestId}); quote it when asking AWS for help.
     *
     * @return the request id, if a response carried one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * Whether the same call, repeated unchanged, can succeed: true for throttling, server-side and transient
     * network failures, false for anything the caller must change first.
     *
     * @return whether a retry can help
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * The error code, status and request id of a failed IVS response, each optional.
     * Immutable; safe to share between threads.
     *
     * @param errorCode the IVS error code
     * @param httpStatus the HTTP status
     * @param requestId the request id
     */
    public record ErrorDetails(Optional<String> errorCode, OptionalInt httpStatus, Optional<String> requestId) {
        /** Details of a failure that never reached IVS. */
        public static final ErrorDetails NONE = new ErrorDetails(Optional.empty(), OptionalInt.empty(), Optional.empty());

        /** Validates that no component is null. */
        public ErrorDetails {
            Check.notNull("errorCode", errorCode);
            Check.notNull("httpStatus", httpStatus);
            Check.notNull("requestId", requestId);
        }

        /**
         * Details of a response from IVS.
         *
         * @param errorCode the error code, or {@code null} if the response carried none
         * @param httpStatus the HTTP status
         * @param requestId the request id, or {@code null} if the response carried none
         * @return the details
         */
        public static ErrorDetails of(String errorCode, int httpStatus, String requestId) {
            return new ErrorDetails(
                    Optional.ofNullable(errorCode),
                    httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty(),
                    Optional.ofNullable(requestId));
        }
    }
}
