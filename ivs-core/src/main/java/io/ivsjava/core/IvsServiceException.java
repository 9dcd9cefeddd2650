package io.ivsjava.core;

/**
 * IVS failed on its side or is unavailable (HTTP 5xx such as {@code InternalServerException} or {@code ServiceUnavailable}); retrying later can succeed.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsServiceException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsServiceException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, true, cause);
    }
}
