package io.ivsjava.lowlatency;

/**
 * Whether a stream is on air.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum StreamState {
    /** The encoder is connected and viewers can play. */
    LIVE,
    /** The encoder is not sending. */
    OFFLINE,
    /** A state IVS added after this version of ivs-java (name in {@code unknownValues()}). */
    UNKNOWN
}
