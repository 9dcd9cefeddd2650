package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * The input was rejected: by ivs-java before any network call, or by IVS ({@code ValidationException}, HTTP 400).
 *
 * <p>The message names the field, what is wrong with its value and what is allowed, for example
 * {@code duration: 20161 minutes is too long; allowed 1..20160 minutes (14 days)}. {@link #field()} gives the
 * field alone, for code that maps errors back to a form.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsValidationException extends IvsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the input field at fault, or {@code null} if not known
     * @param message what is wrong and what is allowed
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsValidationException(String field, String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
        this.field = field;
    }

    /**
     * An input rejected locally, before any call to IVS. Its error code is {@code ValidationException}, the code
     * IVS itself would have answered with.
     *
     * @param field the input field at fault, as IVS names it (such as {@code duration} or {@code stageArn})
     * @param problem what is wrong with the value and what is allowed
     * @return the exception
     */
    public static IvsValidationException invalid(String field, String problem) {
        Check.notNull("field", field);
        return new IvsValidationException(
                field,
                field + ": " + problem,
                new ErrorDetails(Optional.of("ValidationException"), java.util.OptionalInt.empty(), Optional.empty()),
                null);
    }

    /**
     * The input field at fault, when known. For errors raised by IVS it is read from the service's message
     * ({@code ... at 'duration' failed to satisfy constraint ...}).
     *
     * @return the field, if known
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
