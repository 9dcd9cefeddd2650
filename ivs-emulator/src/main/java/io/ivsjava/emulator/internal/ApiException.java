package io.ivsjava.emulator.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the emulator answers with, shaped as IVS shapes it: an error code (the {@code x-amzn-ErrorType}
 * header) and a message (the body's {@code exceptionMessage}). The HTTP status comes from the error shape of that
 * name in the models ({@code error.httpStatusCode}; the two models agree on every error they share); errors no model
 * defines (unknown operation, unreadable body, a failure of the signature check) carry their status here.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Statuses of the errors that the models do not define but every AWS REST-JSON service answers with. */
    private static final Map<String, Integer> PROTOCOL_STATUSES = Map.of(
            "UnknownOperationException", 404,
            "SerializationException", 400,
            "NotImplementedException", 501,
            "RequestEntityTooLargeException", 413,
            "InvalidSignatureException", 403,
            "IncompleteSignatureException", 400,
            "UnrecognizedClientException", 403,
            "MissingAuthenticationTokenException", 403);

    /** The status of every error code the emulator knows: the models' error shapes, then the protocol's. */
    private static final Map<String, Integer> STATUSES = statuses();

    private final String errorCode;
    /** Further members of the error body, such as IVS Chat's {@code resourceId}; written where the model has them. */
    private final Map<String, Object> details = new LinkedHashMap<>();

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
     * Offers a further member of the error body, such as {@code resourceId} or {@code limit}: it is written only if
     * the error shape of the service that answers has that member.
     *
     * @param member the member
     * @param value its value, a string or a number
     * @return this error
     */
    public ApiException with(String member, Object value) {
        details.put(member, value);
        return this;
    }

    /**
     * The further members offered with {@link #with}.
     *
     * @return them, in the order offered
     */
    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }

    /**
     * The HTTP status: the models' for a modeled error, otherwise the protocol's (400 for a code the emulator does
     * not know).
     *
     * @return the status
     */
    public int status() {
        return STATUSES.getOrDefault(errorCode, 400);
    }

    /**
     * Whether an error code is one the emulator can answer with its proper status: an error shape of either model,
     * or a protocol error.
     *
     * @param errorCode the code
     * @return true if known
     */
    static boolean known(String errorCode) {
        return STATUSES.containsKey(errorCode);
    }

    private static Map<String, Integer> statuses() {
        Map<String, Integer> out = new HashMap<>(PROTOCOL_STATUSES);
        for (ServiceModel model : ServiceModel.ivs()) {
            for (ServiceModel.Shape shape : model.shapes().values()) {
                shape.httpStatus().ifPresent(status -> {
                    Integer other = out.put(shape.name(), status);
                    if (other != null && !other.equals(status)) {
                        throw new IllegalStateException("the models give " + shape.name() + " two statuses, "
                                + other + " and " + status);
                    }
                });
            }
        }
        return Map.copyOf(out);
    }

    static ApiException notFound(String message) {
        return new ApiException("ResourceNotFoundException", message);
    }

    /**
     * {@code ResourceNotFoundException} for a resource that does not exist.
     *
     * @param what how to name it, such as {@code stage} or {@code stream key}
     * @param arn its ARN
     * @return the error
     */
    static ApiException notFound(String what, String arn) {
        ApiException e = notFound(notFoundMessage(what, arn)).with("resourceId", IvsArns.id(arn));
        IvsArns.parse(arn).ifPresent(parts ->
                e.with("resourceType", parts.type().replace('-', '_').toUpperCase(java.util.Locale.ROOT)));
        return e;
    }

    /**
     * How the emulator says a resource does not exist, in errors and in the per-item errors of batch operations.
     *
     * @param what how to name it, such as {@code stage}
     * @param arn its ARN
     * @return {@code The <what> <arn> was not found.}
     */
    static String notFoundMessage(String what, String arn) {
        return "The " + what + " " + arn + " was not found.";
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
