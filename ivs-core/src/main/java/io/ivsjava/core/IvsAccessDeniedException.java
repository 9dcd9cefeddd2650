package io.ivsjava.core;

/**
 * The caller's credentials may not perform the call, or the account is pending verification (IVS {@code AccessDeniedException} or {@code PendingVerification}, HTTP 403).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsAccessDeniedException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsAccessDeniedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
    }
}
