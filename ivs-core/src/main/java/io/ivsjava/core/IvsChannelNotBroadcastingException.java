package io.ivsjava.core;

/**
 * The channel is not live, so there is no stream to read, stop or send metadata into (IVS {@code ChannelNotBroadcasting}, HTTP 404).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class IvsChannelNotBroadcastingException extends IvsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param details the service's error code, status and request id
     * @param cause the underlying exception, or {@code null}
     */
    public IvsChannelNotBroadcastingException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, false, cause);
    }
}
