package io.ivsjava.emulator.internal;

import java.util.Map;
import java.util.Optional;

/**
 * An error the emulator answers with, shaped as IVS shapes it: an error code (the {@code x-amzn-ErrorType}
 * header) and a message (the body's {@code exceptionMessage}). The HTTP status comes from the error shape of that
 * name in the service's model ({@code error.httpStatusCode}); errors no model defines (unknown operation,
 * unreadable body, a failure inside the emulator) carry their status here.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Statuses of the errors that the models do not define but every AWS REST-JSON service answers with. */
    private static final Map<String, Integer> PROTOCOL_STATUSES = Map.of(
            "UnknownOperationException", 404,
            "SerializationException", 400,
            "NotImplementedException", 501,
            "InternalServerException", 500,
            "RequestEntityTooLargeException", 413,
            "InvalidSignatureException", 403,
            "IncompleteSignatureException", 400,
            "UnrecognizedClientException", 403,
            "MissingAuthenticationTokenException", 403);

    private final String errorCode;

    /**
     * Creates the error.
     *
     * @param errorCode such as {@code ResourceNotFoundException}
     * @param message the message
     */
    public ApiException(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
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
     * The HTTP status: the model's for a modeled error, otherwise the protocol's.
     *
     * @param model the model of the service that answers, if the request reached one
     * @return the status
     */
    public int status(Optional<ServiceModel> model) {
        return model.flatMap(m -> m.errorStatus(errorCode))
                .or(() -> ServiceModel.ivs().stream().flatMap(m -> m.errorStatus(errorCode).stream()).findFirst())
                .orElseGet(() -> PROTOCOL_STATUSES.getOrDefault(errorCode, 400));
    }

    /**
     * Whether an error code is one the emulator can answer with its proper status: an error shape of either model,
     * or a protocol error.
     *
     * @param errorCode the code
     * @return true if known
     */
    static boolean known(String errorCode) {
        return PROTOCOL_STATUSES.containsKey(errorCode)
                || ServiceModel.ivs().stream().anyMatch(m -> m.errorStatus(errorCode).isPresent());
    }

    static ApiException notFound(String message) {
        return new ApiException("ResourceNotFoundException", message);
    }

    static ApiException validation(String message) {
        return new ApiException("ValidationException", message);
    }

    static ApiException conflict(String message) {
        return new ApiException("ConflictException", message);
    }

    static ApiException throttling(String message) {
        return new ApiException("ThrottlingException", message);
    }

    static ApiException quota(String message) {
        return new ApiException("ServiceQuotaExceededException", message);
    }

    static ApiException channelNotBroadcasting(String message) {
        return new ApiException("ChannelNotBroadcasting", message);
    }
}
