package io.ivsjava.core;

/**
 * IVS rejected the call because it came too fast (IVS {@code ThrottlingException}, HTTP 429); retrying later can succeed.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsThrottlingException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsThrottlingException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, true, cause);
    }
}
