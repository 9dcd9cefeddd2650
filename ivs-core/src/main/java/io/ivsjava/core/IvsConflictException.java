package io.ivsjava.core;

/**
 * The call conflicts with the resource's current state, for example deleting a resource that another still uses (IVS {@code ConflictException}, HTTP 409).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsConflictException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsConflictException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
    }
}
