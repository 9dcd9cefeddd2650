package io.ivsjava.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Something going wrong on purpose, for a test of how code copes: an AWS error, added latency, a connection reset
 * or an answer that stops halfway. Give one to {@link IvsEmulator#injectFault(String, int, Fault)} (the next calls
 * to one operation) or {@link IvsEmulator#injectFault(double, Fault)} (a share of all calls).
 *
 * <p>An error ({@link #error(String)}) is answered instead of running the operation: nothing happened. A connection
 * reset, a truncated answer and {@link #errorAfterApplying(String)} answer after the operation ran: it took effect,
 * but the caller cannot tell, as when an answer is lost on the way back. {@link #oneOf(Fault...)} mixes kinds.
 *
 * <pre>{@code
 * ivs.injectFault("GetStage", 2, Fault.throttling());          // 429 ThrottlingException twice, then normal
 * ivs.injectFault(0.1, Fault.delay(Duration.ofMillis(300)));   // every tenth call answers 300 ms late
 * ivs.injectFault("CreateStage", 1, Fault.connectionReset());  // the next CreateStage gets a TCP reset
 * }</pre>
 *
 * <p>Immutable values; safe to share between threads.
 */
public sealed interface Fault permits Fault.ServiceError, Fault.Delay, Fault.ConnectionReset, Fault.TruncatedResponse,
        Fault.ErrorAfterApplying, Fault.OneOf {

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
     * The operation runs and takes effect, then an AWS error is answered instead of its result, as when a gateway
     * times out after the service acted: {@code errorAfterApplying("InternalServerException")} on a
     * {@code DeleteStage} deletes the stage and answers 500. An operation that fails by itself answers its own error.
     *
     * @param errorCode an error either IVS model defines, as for {@link #error(String)}
     * @return the fault
     */
    static Fault errorAfterApplying(String errorCode) {
        return new ErrorAfterApplying(errorCode, "Injected " + errorCode + " after the operation took effect (an IVS "
                + "emulator fault).");
    }

    /**
     * Several faults in turn: each time the rule applies, the next of them (the first again after the last). With
     * {@link IvsEmulator#injectFault(double, Fault)} this spreads a share of the calls over several kinds evenly; the
     * journal records the fault each call got.
     *
     * @param faults one or more faults, none of them a {@code oneOf} itself
     * @return the fault
     */
    static Fault oneOf(Fault... faults) {
        return new OneOf(faults == null ? null : Arrays.asList(faults));
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

    /**
     * The operation's effect, then an AWS error answer.
     *
     * @param errorCode the error code, such as {@code InternalServerException}
     * @param message the message in the answer's body
     */
    record ErrorAfterApplying(String errorCode, String message) implements Fault {
        /** Checks the values. */
        public ErrorAfterApplying {
            if (errorCode == null || errorCode.isBlank()) {
                throw new IllegalArgumentException("errorCode: is missing");
            }
            Checks.notNull("message", message);
        }
    }

    /**
     * Faults applied in turn.
     *
     * @param faults one or more faults, none of them a {@code OneOf}
     */
    record OneOf(List<Fault> faults) implements Fault {
        /** Checks and freezes the list. */
        public OneOf {
            if (Checks.notNull("faults", faults).isEmpty()) {
                throw new IllegalArgumentException("faults: is empty; give one or more");
            }
            for (Fault f : faults) {
                if (Checks.notNull("faults[]", f) instanceof OneOf) {
                    throw new IllegalArgumentException("faults: holds a oneOf; list its faults instead");
                }
            }
            faults = List.copyOf(faults);
        }
    }
}
