package io.ivsjava.core;

/**
 * The resource named in the call does not exist (IVS {@code ResourceNotFoundException}, HTTP 404).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsNotFoundException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsNotFoundException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
    }
}
