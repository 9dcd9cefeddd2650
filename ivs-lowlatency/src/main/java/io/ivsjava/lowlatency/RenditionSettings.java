package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.util.Arrays;
import java.util.List;

/**
 * Which renditions of a stream a recording configuration records. IVS's default is all of them.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param selection all, none, or the listed ones
 * @param renditions the renditions recorded with {@link Selection#CUSTOM}; empty otherwise
 */
public record RenditionSettings(Selection selection, List<Resolution> renditions) {
    /** Checks that no component is null and freezes the list. */
    public RenditionSettings {
        Check.notNull("renditions.selection", selection);
        renditions = List.copyOf(Check.size("renditions.renditions", renditions, 0, Integer.MAX_VALUE,
                "renditions"));
    }

    /**
     * Every rendition the stream has.
     *
     * @return the settings
     */
    public static RenditionSettings all() {
        return new RenditionSettings(Selection.ALL, List.of());
    }

    /**
     * No video renditions.
     *
     * @return the settings
     */
    public static RenditionSettings none() {
        return new RenditionSettings(Selection.NONE, List.of());
    }

    /**
     * The listed renditions, where the stream has them (otherwise the best available one).
     *
     * @param renditions one or more of SD, HD, FULL_HD, LOWEST_RESOLUTION
     * @return the settings
     */
    public static RenditionSettings custom(Resolution... renditions) {
        return new RenditionSettings(Selection.CUSTOM, Arrays.asList(Check.notNull("renditions.renditions",
                renditions)));
    }

    /**
     * Which renditions are recorded.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Selection {
        /** Every rendition. The IVS default. */
        ALL,
        /** None. */
        NONE,
        /** The listed ones. */
        CUSTOM,
        /** A selection IVS added after this version of ivs-java; not accepted as input. */
        UNKNOWN
    }
}
