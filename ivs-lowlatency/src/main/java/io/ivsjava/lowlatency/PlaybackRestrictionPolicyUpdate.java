package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.internal.PolicyChecks;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a playback restriction policy: what is set is replaced, the rest stays as it is.
 *
 * <pre>{@code
 * ivs.updatePlaybackRestrictionPolicy(policy, PlaybackRestrictionPolicyUpdate.builder()
 *         .allowedCountries(List.of())          // every country again
 *         .build());
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked when built, before any call.
 *
 * @param name the new name; empty to keep it
 * @param allowedCountries the new country list (empty list: every country); empty to keep it
 * @param allowedOrigins the new origin list (empty list: every origin); empty to keep it
 * @param strictOriginEnforcement the new enforcement; empty to keep it
 */
public record PlaybackRestrictionPolicyUpdate(Optional<String> name, Optional<List<String>> allowedCountries,
                                              Optional<List<String>> allowedOrigins,
                                              Optional<Boolean> strictOriginEnforcement) {
    /**
     * Validates every field that is set.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public PlaybackRestrictionPolicyUpdate {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        allowedCountries = Check.notNull("allowedCountries", allowedCountries).map(PolicyChecks::countries);
        allowedOrigins = Check.notNull("allowedOrigins", allowedOrigins).map(PolicyChecks::origins);
        Check.notNull("strictOriginEnforcement", strictOriginEnforcement);
    }

    /**
     * A builder that changes nothing yet.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link PlaybackRestrictionPolicyUpdate}. Not thread-safe. */
    public static final class Builder {
        private Optional<String> name = Optional.empty();
        private Optional<List<String>> countries = Optional.empty();
        private Optional<List<String>> origins = Optional.empty();
        private Optional<Boolean> strict = Optional.empty();

        private Builder() {
        }

        /**
         * Renames the policy.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Optional.of(Check.notNull("name", name));
            return this;
        }

        /**
         * Replaces the country list.
         *
         * @param countries ISO 3166-1 alpha-2 codes; empty for every country
         * @return this builder
         */
        public Builder allowedCountries(List<String> countries) {
            this.countries = Optional.of(Check.notNull("allowedCountries", countries));
            return this;
        }

        /**
         * Replaces the origin list.
         *
         * @param origins web origins; empty for every origin
         * @return this builder
         */
        public Builder allowedOrigins(List<String> origins) {
            this.origins = Optional.of(Check.notNull("allowedOrigins", origins));
            return this;
        }

        /**
         * Changes strict origin enforcement.
         *
         * @param strict true to enforce
         * @return this builder
         */
        public Builder strictOriginEnforcement(boolean strict) {
            this.strict = Optional.of(strict);
            return this;
        }

        /**
         * Checks every limit and builds the update.
         *
         * @return the update
         * @throws IvsValidationException naming the first field out of bounds
         */
        public PlaybackRestrictionPolicyUpdate build() {
            return new PlaybackRestrictionPolicyUpdate(name, countries, origins, strict);
        }
    }
}
