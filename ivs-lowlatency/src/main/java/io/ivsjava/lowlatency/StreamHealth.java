package io.ivsjava.lowlatency;

/**
 * How well a live stream's input arrives.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum StreamHealth {
    /** The encoder sends steadily. */
    HEALTHY,
    /** The encoder sends too little: viewers may buffer. */
    STARVING,
    /**
     * IVS cannot tell yet (IVS's own {@code UNKNOWN}), or reported a health this library does not know (its name is
     * then in {@code unknownValues()} under {@code health}).
     */
    UNKNOWN
}
