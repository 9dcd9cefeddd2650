package io.ivsjava.core.internal;

import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsException.ErrorDetails;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Translates the AWS SDK's exceptions, for either IVS service, into the library's hierarchy. Works from the error
 * code and status alone, so it needs no service-specific exception class. Not part of the public API.
 * Stateless; thread-safe.
 */
public final class SdkErrors {
    /** Coral-style validation messages name the member: {@code Value 'x' at 'duration' failed to satisfy ...}. */
    private static final Pattern FIELD = Pattern.compile("at '([^']+)'");

    private SdkErrors() {
    }

    /**
     * Runs one SDK call, translating any SDK failure.
     *
     * @param operation the IVS operation name, for messages
     * @param call the call
     * @param <T> the result type
     * @return the call's result
     * @throws IvsException for every failure of the call
     */
    public static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, e);
        }
    }

    /**
     * Sends one asynchronous SDK call, translating any SDK failure, and converts its response. The future fails
     * with the failure itself, never wrapped in a {@link CompletionException}: an {@link IvsException} for every
     * failure of the call.
     *
     * @param operation the IVS operation name, for messages
     * @param call sends the request
     * @param convert turns the response into the result
     * @param <R> the response type
     * @param <T> the result type
     * @return the result, when it comes
     */
    public static <R, T> CompletableFuture<T> callAsync(String operation, Supplier<CompletableFuture<R>> call,
                                                        Function<? super R, ? extends T> convert) {
        CompletableFuture<R> sent;
        try {
            sent = call.get();
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(translate(operation, e));
        }
        CompletableFuture<T> out = new CompletableFuture<>();
        sent.whenComplete((response, failure) -> {
            if (failure != null) {
                Throwable cause = unwrap(failure);
                out.completeExceptionally(cause instanceof SdkException
                        ? translate(operation, (SdkException) cause) : cause);
                return;
            }
            try {
                out.complete(convert.apply(response));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    /**
     * The failure a future's {@link CompletionException} or {@link ExecutionException} layers wrap.
     *
     * @param failure what a future failed with
     * @return the innermost failure those layers wrap
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * Translates one SDK exception.
     *
     * @param operation the IVS operation that failed, such as {@code GetStage}
     * @param e the SDK's exception
     * @return the matching library exception, with {@code e} as its cause
     */
    public static IvsException translate(String operation, SdkException e) {
        if (!(e instanceof AwsServiceException)) {
            // No IVS error response: a connection failure, a timeout, or a response the SDK could not read.
            // The SDK marks only RetryableException as retryable(), but it retries (and so deems transient) any
            // failure caused by an I/O error, such as a refused connection or a read timeout.
            boolean transientFailure = e.retryable()
                    || e.getCause() instanceof IOException || e.getCause() instanceof UncheckedIOException;
            return new IvsException(operation + " failed without an error response from IVS: " + e.getMessage(),
                    ErrorDetails.NONE, transientFailure, e);
        }
        AwsServiceException service = (AwsServiceException) e;
        AwsErrorDetails aws = service.awsErrorDetails();
        String code = aws == null ? null : aws.errorCode();
        int status = service.statusCode();
        ErrorDetails details = ErrorDetails.of(code, status, service.requestId());
        String serviceMessage = serviceMessage(service);
        String message = operation + " failed: " + serviceMessage
                + " (" + (code == null ? "HTTP " + status : code)
                + (service.requestId() == null ? "" : ", request id " + service.requestId()) + ")";
        String kind = code == null ? "" : code;
        switch (kind) {
            case "ResourceNotFoundException":
                return new IvsNotFoundException(message, details, e);
            case "ValidationException":
            case "SerializationException":
                Matcher m = FIELD.matcher(serviceMessage);
                return new IvsValidationException(m.find() ? m.group(1) : null, message, details, e);
            case "ConflictException":
                return new IvsConflictException(message, details, e);
            case "ServiceQuotaExceededException":
                return new IvsQuotaExceededException(message, details, e);
            case "ThrottlingException":
                return new IvsThrottlingException(message, details, e);
            case "AccessDeniedException":
            case "PendingVerification":
                return new IvsAccessDeniedException(message, details, e);
            case "ChannelNotBroadcasting":
                return new IvsChannelNotBroadcastingException(message, details, e);
            default:
                return byStatus(message, service, details);
        }
    }

    private static IvsException byStatus(String message, AwsServiceException e, ErrorDetails details) {
        int status = e.statusCode();
        if (status == 429 || e.isThrottlingException()) {
            return new IvsThrottlingException(message, details, e);
        }
        if (status >= 500) {
            return new IvsServiceException(message, details, e);
        }
        if (status == 403) {
            return new IvsAccessDeniedException(message, details, e);
        }
        return new IvsException(message, details, false, e);
    }

    /**
     * The service's own words. IVS puts them in the body member {@code exceptionMessage}, which the Java SDK
     * exposes as a modeled field rather than as the error message, so both places are read.
     */
    private static String serviceMessage(AwsServiceException e) {
        AwsErrorDetails aws = e.awsErrorDetails();
        if (aws != null && aws.errorMessage() != null && !aws.errorMessage().isBlank()) {
            return aws.errorMessage();
        }
        if (e instanceof SdkPojo) {
            for (SdkField<?> field : ((SdkPojo) e).sdkFields()) {
                if (field.memberName().equals("exceptionMessage")) {
                    Object value = field.getValueOrDefault(e);
                    if (value != null) {
                        return value.toString();
                    }
                }
            }
        }
        return "(no message)";
    }
}
