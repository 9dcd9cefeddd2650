package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Thumbnails taken from a recording at a regular interval, for a composition's S3 destination or a stage's
 * participant recording. Checked against the IVS limits (interval 1 second to 24 hours, in whole seconds) when
 * sent.
 *
 * <pre>{@code
 * Thumbnails.every(Duration.ofSeconds(30))                                  // a numbered series
 * Thumbnails.every(Duration.ofMinutes(1), Set.of(Thumbnails.Storage.LATEST)) // one file, overwritten
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param interval how often a thumbnail is taken; IVS's default is 60 seconds
 * @param storage how thumbnails are written; IVS's default is {@link Storage#SEQUENTIAL}
 */
public record Thumbnails(Duration interval, Set<Storage> storage) {
    /** The interval IVS uses when none is given: 60 seconds. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    /** How thumbnails are written to S3. Immutable; safe to share between threads. */
    public enum Storage {
        /** Every thumbnail, as a numbered series. */
        SEQUENTIAL,
        /** Only the latest thumbnail, overwritten at each interval. */
        LATEST,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** Checks that no component is null and freezes the set. */
    public Thumbnails {
        Check.notNull("interval", interval);
        storage = Check.notNull("storage", storage).isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(storage));
    }

    /**
     * Thumbnails at this interval, written as a numbered series.
     *
     * @param interval 1 second to 24 hours, whole seconds
     * @return the thumbnail settings
     */
    public static Thumbnails every(Duration interval) {
        return new Thumbnails(interval, Set.of(Storage.SEQUENTIAL));
    }

    /**
     * Thumbnails at this interval, written as given.
     *
     * @param interval 1 second to 24 hours, whole seconds
     * @param storage {@link Storage#SEQUENTIAL}, {@link Storage#LATEST} or both
     * @return the thumbnail settings
     */
    public static Thumbnails every(Duration interval, Set<Storage> storage) {
        return new Thumbnails(interval, storage);
    }
}
