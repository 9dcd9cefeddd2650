package io.ivsjava.lowlatency;

/**
 * How far behind live a channel's viewers are. The IVS default is {@link #LOW}.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum LatencyMode {
    /** Near real time: two to five seconds, for interactive streams. The IVS default. */
    LOW,
    /** Standard HLS latency, for streams where delay does not matter. */
    NORMAL,
    /**
     * A mode IVS added after this version of ivs-java: reading a channel never fails on it, and its name is in the
     * channel's {@code unknownValues()} under {@code latencyMode}. Not accepted as input.
     */
    UNKNOWN
}
