package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.internal.Checks;
import io.ivsjava.lowlatency.internal.PolicyChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to create a playback restriction policy with: the countries (geo-blocking) and web origins (where the
 * player may be embedded) from which channels that name the policy play.
 *
 * <pre>{@code
 * PlaybackRestrictionPolicySpec spec = PlaybackRestrictionPolicySpec.builder()
 *         .name("eu-only")
 *         .allowedCountries("DE", "FR", "NL")
 *         .allowedOrigin("https://cats.example")
 *         .strictOriginEnforcement(true)
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked when built, before any call.
 *
 * @param name the policy's name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param allowedCountries ISO 3166-1 alpha-2 codes (two upper-case letters); empty for every country, the default
 * @param allowedOrigins web origins, at most 128 characters each; empty for every origin, the default
 * @param strictOriginEnforcement whether every request of a playback must come from an allowed origin; default false
 * @param tags AWS tags, at most 50
 */
public record PlaybackRestrictionPolicySpec(String name, List<String> allowedCountries, List<String> allowedOrigins,
                                            boolean strictOriginEnforcement, Map<String, String> tags) {
    /**
     * Validates every field against the IVS limits.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public PlaybackRestrictionPolicySpec {
        Check.name("name", name);
        allowedCountries = PolicyChecks.countries(allowedCountries);
        allowedOrigins = PolicyChecks.origins(allowedOrigins);
        tags = Map.copyOf(Checks.tags("tags", tags));
    }

    /**
     * A builder for a policy that restricts nothing yet: no name, every country, every origin, no tags.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link PlaybackRestrictionPolicySpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private final List<String> countries = new ArrayList<>();
        private final List<String> origins = new ArrayList<>();
        private boolean strict;
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The policy's name; default empty.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Check.notNull("name", name);
            return this;
        }

        /**
         * Adds countries that may play; with none, every country may.
         *
         * @param countries ISO 3166-1 alpha-2 codes such as {@code US}
         * @return this builder
         */
        public Builder allowedCountries(String... countries) {
            this.countries.addAll(Arrays.asList(Check.notNull("allowedCountries", countries)));
            return this;
        }

        /**
         * Adds a web origin that may play; with none, every origin may.
         *
         * @param origin such as {@code https://cats.example}
         * @return this builder
         */
        public Builder allowedOrigin(String origin) {
            origins.add(origin);
            return this;
        }

        /**
         * Makes IVS check the origin on every request of a playback; default false.
         *
         * @param strict true to enforce
         * @return this builder
         */
        public Builder strictOriginEnforcement(boolean strict) {
            this.strict = strict;
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
        public PlaybackRestrictionPolicySpec build() {
            return new PlaybackRestrictionPolicySpec(name, countries, origins, strict, tags);
        }
    }
}
