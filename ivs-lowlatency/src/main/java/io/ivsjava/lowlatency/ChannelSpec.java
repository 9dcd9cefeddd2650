package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to create a channel with.
 *
 * <pre>{@code
 * ChannelSpec spec = ChannelSpec.builder()
 *         .name("cat-42")
 *         .latencyMode(LatencyMode.LOW)
 *         .type(ChannelType.STANDARD)
 *         .authorized(false)
 *         .tag("owner", "user-42")
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked by {@link Builder#build()}, before any
 * call to IVS.
 *
 * @param name the channel name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param latencyMode how far behind live viewers are; default {@link LatencyMode#LOW}
 * @param type what the channel does with its input; default {@link ChannelType#STANDARD}
 * @param authorized whether playback needs a signed playback token; default false
 * @param tags AWS tags, at most 50
 */
public record ChannelSpec(String name, LatencyMode latencyMode, ChannelType type, boolean authorized,
                          Map<String, String> tags) {
    /** Validates every field against the IVS limits. */
    public ChannelSpec {
        Check.name("name", name);
        Objects.requireNonNull(latencyMode, "latencyMode");
        Objects.requireNonNull(type, "type");
        tags = Map.copyOf(Check.tags("tags", tags));
    }

    /**
     * A builder holding the IVS defaults: no name, low latency, standard type, public playback, no tags.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link ChannelSpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private LatencyMode latencyMode = LatencyMode.LOW;
        private ChannelType type = ChannelType.STANDARD;
        private boolean authorized;
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The channel name.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The latency mode.
         *
         * @param latencyMode low (default) or normal
         * @return this builder
         */
        public Builder latencyMode(LatencyMode latencyMode) {
            this.latencyMode = latencyMode;
            return this;
        }

        /**
         * The channel type.
         *
         * @param type basic, standard (default), advanced SD or advanced HD
         * @return this builder
         */
        public Builder type(ChannelType type) {
            this.type = type;
            return this;
        }

        /**
         * Whether playback needs a signed playback token (a private channel).
         *
         * @param authorized true for a private channel
         * @return this builder
         */
        public Builder authorized(boolean authorized) {
            this.authorized = authorized;
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
         * @throws io.ivsjava.core.IvsValidationException naming the first field out of bounds
         */
        public ChannelSpec build() {
            return new ChannelSpec(name, latencyMode, type, authorized, tags);
        }
    }
}
