package io.ivsjava.lowlatency;

/**
 * How an advanced channel ({@link ChannelType#ADVANCED_SD}, {@link ChannelType#ADVANCED_HD}) spends bandwidth on
 * its renditions; other channel types have none. The IVS default for advanced channels is
 * {@link #HIGHER_BANDWIDTH_DELIVERY}.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum TranscodePreset {
    /** Renditions at higher bitrates, for viewers with good networks. The IVS default. */
    HIGHER_BANDWIDTH_DELIVERY,
    /** Renditions at lower bitrates, for viewers on constrained networks. */
    CONSTRAINED_BANDWIDTH_DELIVERY,
    /** A preset IVS added after this version of ivs-java (name in {@code unknownValues()}); not accepted as input. */
    UNKNOWN
}
