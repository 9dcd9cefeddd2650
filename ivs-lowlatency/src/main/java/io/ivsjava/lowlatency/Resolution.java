package io.ivsjava.lowlatency;

/**
 * A video resolution class, as IVS names them for recorded renditions and thumbnails, the maximum resolution of
 * multitrack input, and the maximum resolution a playback token allows.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Resolution {
    /** Standard definition (up to 480p). */
    SD,
    /** High definition (720p). */
    HD,
    /** Full HD (1080p). */
    FULL_HD,
    /** The lowest rendition the stream has; recordings and thumbnails only. */
    LOWEST_RESOLUTION,
    /** A value IVS added after this version of ivs-java (name in {@code unknownValues()}); not accepted as input. */
    UNKNOWN
}
