package io.ivsjava.lowlatency;

/**
 * How a channel packages its HLS segments. The IVS default is {@link #TS}; multitrack input needs
 * {@link #FRAGMENTED_MP4}.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ContainerFormat {
    /** MPEG transport stream segments. The IVS default. */
    TS,
    /** Fragmented MP4 segments; required with multitrack input. */
    FRAGMENTED_MP4,
    /** A format IVS added after this version of ivs-java (name in {@code unknownValues()}); not accepted as input. */
    UNKNOWN
}
