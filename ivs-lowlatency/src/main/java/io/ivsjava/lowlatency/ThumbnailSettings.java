package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether and how a recording configuration records thumbnails of the stream next to the video in S3. IVS's
 * default is a thumbnail every 60 seconds, at source resolution, stored in sequence.
 *
 * <pre>{@code
 * ThumbnailSettings.every(Duration.ofSeconds(10))
 *         .withResolution(Resolution.HD)
 *         .withStorage(ThumbnailSettings.Storage.SEQUENTIAL, ThumbnailSettings.Storage.LATEST);
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param mode whether thumbnails are recorded
 * @param interval how often, 1 to 60 whole seconds; empty for IVS's default (60 s) or when disabled
 * @param resolution the thumbnails' resolution; empty for the source resolution
 * @param storage how they are stored; empty for IVS's default ({@link Storage#SEQUENTIAL})
 */
public record ThumbnailSettings(Mode mode, Optional<Duration> interval, Optional<Resolution> resolution,
                                List<Storage> storage) {
    /** The longest interval between thumbnails IVS takes. */
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(60);

    /** Checks that no component is null and freezes the storage list. */
    public ThumbnailSettings {
        Check.notNull("thumbnails.mode", mode);
        Check.notNull("thumbnails.interval", interval);
        Check.notNull("thumbnails.resolution", resolution);
        storage = List.copyOf(Check.size("thumbnails.storage", storage, 0, Integer.MAX_VALUE, "kinds"));
    }

    /**
     * No thumbnails.
     *
     * @return the settings
     */
    public static ThumbnailSettings disabled() {
        return new ThumbnailSettings(Mode.DISABLED, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A thumbnail at every interval, at source resolution, stored in sequence.
     *
     * @param interval 1 to 60 whole seconds
     * @return the settings
     */
    public static ThumbnailSettings every(Duration interval) {
        return new ThumbnailSettings(Mode.INTERVAL, Optional.of(Check.notNull("thumbnails.interval", interval)),
                Optional.empty(), List.of());
    }

    /**
     * These settings at another resolution.
     *
     * @param resolution SD, HD, FULL_HD or LOWEST_RESOLUTION
     * @return the new settings
     */
    public ThumbnailSettings withResolution(Resolution resolution) {
        return new ThumbnailSettings(mode, interval, Optional.of(Check.notNull("thumbnails.resolution", resolution)),
                storage);
    }

    /**
     * These settings with other storage.
     *
     * @param storage one or both kinds
     * @return the new settings
     */
    public ThumbnailSettings withStorage(Storage... storage) {
        return new ThumbnailSettings(mode, interval, resolution, Arrays.asList(Check.notNull("thumbnails.storage",
                storage)));
    }

    /**
     * Whether thumbnails are recorded.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Mode {
        /** A thumbnail at each interval. The IVS default. */
        INTERVAL,
        /** No thumbnails. */
        DISABLED,
        /** A mode IVS added after this version of ivs-java; not accepted as input. */
        UNKNOWN
    }

    /**
     * How thumbnails are kept in S3.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Storage {
        /** Every thumbnail, in {@code media/thumbnails}. The IVS default. */
        SEQUENTIAL,
        /** Only the latest, overwritten at each interval, in {@code media/latest_thumbnail}. */
        LATEST,
        /** A kind IVS added after this version of ivs-java; not accepted as input. */
        UNKNOWN
    }
}
