package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.internal.Checks;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to create a recording configuration with: the S3 bucket that channels using it record every broadcast to,
 * with thumbnails, renditions and a reconnect window.
 *
 * <pre>{@code
 * RecordingConfigurationSpec spec = RecordingConfigurationSpec.builder("cat-recordings")
 *         .name("cats")
 *         .thumbnails(ThumbnailSettings.every(Duration.ofSeconds(30)))
 *         .renditions(RenditionSettings.custom(Resolution.HD))
 *         .reconnectWindow(Duration.ofSeconds(60))   // a broadcaster who drops and returns within 60 s: one recording
 *         .build();
 * }</pre>
 *
 * <p>The bucket must exist, in the same region, and be writable by IVS; IVS checks it after creating the
 * configuration ({@link RecordingState#CREATING}, then {@link RecordingState#ACTIVE} or
 * {@link RecordingState#CREATE_FAILED}).
 *
 * <p>Immutable; safe to share between threads. Every limit is checked when built, before any call.
 *
 * @param name the configuration's name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be
 *     empty
 * @param s3Bucket the bucket: 3 to 63 lower-case letters, digits, {@code -} and {@code .}
 * @param thumbnails the thumbnail settings; empty for IVS's default (every 60 s)
 * @param renditions the renditions to record; empty for IVS's default (all)
 * @param reconnectWindow how long a broadcast may drop and reconnect and still be one recording, 0 to 300 whole
 *     seconds; default 0
 * @param tags AWS tags, at most 50
 */
public record RecordingConfigurationSpec(String name, String s3Bucket, Optional<ThumbnailSettings> thumbnails,
                                         Optional<RenditionSettings> renditions, Duration reconnectWindow,
                                         Map<String, String> tags) {
    /** The longest reconnect window IVS takes. */
    public static final Duration MAX_RECONNECT_WINDOW = Duration.ofSeconds(300);
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9.-]+");

    /**
     * Validates every field against the IVS limits.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public RecordingConfigurationSpec {
        Check.name("name", name);
        Check.length("s3Bucket", s3Bucket, 3, 63);
        Check.matches("s3Bucket", s3Bucket, BUCKET, "lower-case letters, digits, '-' and '.' (pattern [a-z0-9-.]+)");
        Check.notNull("thumbnails", thumbnails).ifPresent(RecordingConfigurationSpec::checkThumbnails);
        Check.notNull("renditions", renditions).ifPresent(RecordingConfigurationSpec::checkRenditions);
        Check.seconds("reconnectWindow", reconnectWindow, 0, (int) MAX_RECONNECT_WINDOW.toSeconds());
        tags = Map.copyOf(Checks.tags("tags", tags));
    }

    private static void checkThumbnails(ThumbnailSettings thumbnails) {
        ThumbnailSettings.Mode mode = Check.known("thumbnails.mode", thumbnails.mode());
        thumbnails.interval().ifPresent(interval -> {
            if (mode == ThumbnailSettings.Mode.DISABLED) {
                throw IvsValidationException.invalid("thumbnails.interval", "is set while thumbnails are disabled");
            }
            Check.seconds("thumbnails.interval", interval, 1, (int) ThumbnailSettings.MAX_INTERVAL.toSeconds());
        });
        thumbnails.resolution().ifPresent(r -> Check.known("thumbnails.resolution", r));
        for (int i = 0; i < thumbnails.storage().size(); i++) {
            Check.known("thumbnails.storage[" + i + "]", thumbnails.storage().get(i));
        }
        if (new HashSet<>(thumbnails.storage()).size() != thumbnails.storage().size()) {
            throw IvsValidationException.invalid("thumbnails.storage", thumbnails.storage() + " names a kind twice");
        }
    }

    private static void checkRenditions(RenditionSettings renditions) {
        RenditionSettings.Selection selection = Check.known("renditions.selection", renditions.selection());
        for (int i = 0; i < renditions.renditions().size(); i++) {
            Check.known("renditions.renditions[" + i + "]", renditions.renditions().get(i));
        }
        if (selection == RenditionSettings.Selection.CUSTOM && renditions.renditions().isEmpty()) {
            throw IvsValidationException.invalid("renditions.renditions", "is empty; CUSTOM needs at least one "
                    + "rendition (SD, HD, FULL_HD, LOWEST_RESOLUTION)");
        }
        if (selection != RenditionSettings.Selection.CUSTOM && !renditions.renditions().isEmpty()) {
            throw IvsValidationException.invalid("renditions.renditions", "lists renditions while the selection is "
                    + selection + "; list them only with CUSTOM");
        }
        if (new HashSet<>(renditions.renditions()).size() != renditions.renditions().size()) {
            throw IvsValidationException.invalid("renditions.renditions", renditions.renditions()
                    + " names a rendition twice");
        }
    }

    /**
     * A builder with IVS's defaults: no name, default thumbnails and renditions, no reconnect window, no tags.
     *
     * @param s3Bucket the bucket to record to
     * @return the builder
     */
    public static Builder builder(String s3Bucket) {
        return new Builder(Check.notNull("s3Bucket", s3Bucket));
    }

    /** Collects a {@link RecordingConfigurationSpec}. Not thread-safe. */
    public static final class Builder {
        private final String s3Bucket;
        private String name = "";
        private ThumbnailSettings thumbnails;
        private RenditionSettings renditions;
        private Duration reconnectWindow = Duration.ZERO;
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder(String s3Bucket) {
            this.s3Bucket = s3Bucket;
        }

        /**
         * The configuration's name; default empty.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Check.notNull("name", name);
            return this;
        }

        /**
         * The thumbnail settings; default IVS's (every 60 s).
         *
         * @param thumbnails the settings
         * @return this builder
         */
        public Builder thumbnails(ThumbnailSettings thumbnails) {
            this.thumbnails = Check.notNull("thumbnails", thumbnails);
            return this;
        }

        /**
         * The renditions to record; default all.
         *
         * @param renditions the settings
         * @return this builder
         */
        public Builder renditions(RenditionSettings renditions) {
            this.renditions = Check.notNull("renditions", renditions);
            return this;
        }

        /**
         * How long a broadcast may drop and reconnect and still make one recording; default 0.
         *
         * @param reconnectWindow 0 to 300 whole seconds
         * @return this builder
         */
        public Builder reconnectWindow(Duration reconnectWindow) {
            this.reconnectWindow = Check.notNull("reconnectWindow", reconnectWindow);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key 1 to 128 characters
         * @param value 0 to 256 characters
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /**
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public RecordingConfigurationSpec build() {
            return new RecordingConfigurationSpec(name, s3Bucket, Optional.ofNullable(thumbnails),
                    Optional.ofNullable(renditions), reconnectWindow, tags);
        }
    }
}
