package io.ivsjava.lowlatency;

/**
 * What a channel does with the video it receives; it sets the price, the input limits and the renditions viewers
 * get. The IVS default is {@link #STANDARD}.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ChannelType {
    /** Delivers the input as sent, up to 1080p, without transcoding. */
    BASIC,
    /** Transcodes into several renditions, so viewers on slow networks still play. The IVS default. */
    STANDARD,
    /** Transcodes into standard-definition renditions with advanced encoding. */
    ADVANCED_SD,
    /** Transcodes into renditions up to 1080p with advanced encoding. */
    ADVANCED_HD,
    /**
     * A type IVS added after this version of ivs-java: reading a channel never fails on it, and its name is in the
     * channel's {@code unknownValues()} under {@code type}. Not accepted as input.
     */
    UNKNOWN
}
