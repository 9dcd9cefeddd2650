package io.ivsjava.emulator.internal;

/**
 * An error the emulator answers with, shaped as IVS shapes it: an error code (the {@code x-amzn-ErrorType}
 * header) with its HTTP status, and a message (the body's {@code exceptionMessage}).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int status;

    /**
     * Creates the error.
     *
     * @param errorCode such as {@code ResourceNotFoundException}
     * @param status the HTTP status
     * @param message the message
     */
    public ApiException(String errorCode, int status, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.status = status;
    }

    /**
     * The error code.
     *
     * @return such as {@code ConflictException}
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    static ApiException notFound(String message) {
        return new ApiException("ResourceNotFoundException", 404, message);
    }

    static ApiException validation(String message) {
        return new ApiException("ValidationException", 400, message);
    }

    static ApiException conflict(String message) {
        return new ApiException("ConflictException", 409, message);
    }

    static ApiException throttling(String message) {
        return new ApiException("ThrottlingException", 429, message);
    }

    static ApiException channelNotBroadcasting(String message) {
        return new ApiException("ChannelNotBroadcasting", 404, message);
    }
}
