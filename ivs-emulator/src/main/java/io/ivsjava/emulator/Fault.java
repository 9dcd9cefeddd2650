package io.ivsjava.emulator;

import java.time.Duration;

/**
 * Something going wrong on purpose, for a test of how code copes: an AWS error, added latency, a connection reset
 * or an answer that stops halfway. Give one to {@link IvsEmulator#injectFault(String, int, Fault)} (the next calls
 * to one operation) or {@link IvsEmulator#injectFault(double, Fault)} (a share of all calls).
 *
 * <pre>{@code
 * ivs.injectFault("GetStage", 2, Fault.throttling());          // 429 ThrottlingException twice, then normal
 * ivs.injectFault(0.1, Fault.delay(Duration.ofMillis(300)));   // every tenth call answers 300 ms late
 * ivs.injectFault("CreateStage", 1, Fault.connectionReset());  // the next CreateStage gets a TCP reset
 * }</pre>
 *
 * <p>Immutable values; safe to share between threads.
 */
public sealed interface Fault permits Fault.ServiceError, Fault.Delay, Fault.ConnectionReset, Fault.TruncatedResponse {

    /**
     * An AWS error answer instead of the operation's, with the HTTP status its model gives that error, such as
     * {@code error("ConflictException")} (409) or {@code error("ServiceQuotaExceededException")} (402).
     *
     * @param errorCode an error either IVS model defines, or a protocol error such as {@code InternalServerException}
     * @return the fault
     * @throws IllegalArgumentException if the emulator knows no error of that name (checked when injected)
     */
    static Fault error(String errorCode) {
        return new ServiceError(errorCode, "Injected " + errorCode + " (an IVS emulator fault).");
    }

    /**
     * An AWS error answer with a message of your choice.
     *
     * @param errorCode the error code, as for {@link #error(String)}
     * @param message the message in the answer's body
     * @return the fault
     */
    static Fault error(String errorCode, String message) {
        return new ServiceError(errorCode, message);
    }

    /** {@return {@code ThrottlingException}, HTTP 429: the SDKs retry it} */
    static Fault throttling() {
        return new ServiceError("ThrottlingException", "Rate exceeded");
    }

    /** {@return {@code InternalServerException}, HTTP 500: the SDKs retry it} */
    static Fault internalError() {
        return new ServiceError("InternalServerException", "Unexpected error during processing of request.");
    }

    /**
     * The normal answer, late.
     *
     * @param latency how much later; 0 to 60 seconds
     * @return the fault
     */
    static Fault delay(Duration latency) {
        return new Delay(latency);
    }

    /** {@return no answer: the connection is reset (TCP RST) once the request has been read} */
    static Fault connectionReset() {
        return new ConnectionReset();
    }

    /** {@return the status line, the headers and half of the body, then the connection closes} */
    static Fault truncatedResponse() {
        return new TruncatedResponse();
    }

    /**
     * An AWS error answer: {@code x-amzn-ErrorType} and the status of the error's shape in the IVS models.
     *
     * @param errorCode the error code, such as {@code ThrottlingException}
     * @param message the message in the body's {@code message} and {@code exceptionMessage}
     */
    record ServiceError(String errorCode, String message) implements Fault {
        /** Checks the values. */
        public ServiceError {
            if (errorCode == null || errorCode.isBlank()) {
                throw new IllegalArgumentException("errorCode: is missing");
            }
            Checks.notNull("message", message);
        }
    }

    /**
     * The normal answer, after a delay.
     *
     * @param latency the added latency, 0 to 60 seconds
     */
    record Delay(Duration latency) implements Fault {
        /** Checks the latency. */
        public Delay {
            if (Checks.notNull("latency", latency).isNegative() || latency.compareTo(Duration.ofSeconds(60)) > 0) {
                throw new IllegalArgumentException("latency: " + latency + " is out of range; allowed PT0S..PT60S");
            }
        }
    }

    /** The connection is reset without an answer. */
    record ConnectionReset() implements Fault {
    }

    /** The answer stops halfway through its body and the connection closes. */
    record TruncatedResponse() implements Fault {
    }
}
