package io.ivsjava.core;

/**
 * An account or resource quota would be exceeded, such as the number of stages or of stream keys per channel (IVS {@code ServiceQuotaExceededException}, HTTP 402).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsQuotaExceededException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsQuotaExceededException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
    }
}
