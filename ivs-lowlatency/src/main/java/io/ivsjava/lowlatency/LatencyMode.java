package io.ivsjava.lowlatency;

/**
 * How far behind live a channel's viewers are.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum LatencyMode {
    /** Near real time: two to five seconds, for interactive streams. The IVS default. */
    LOW,
    /** Standard HLS latency, for streams where delay does not matter. */
    NORMAL
}
