package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a playback token for a private channel grants: which channel, from which web origins, to which viewer, for
 * how long.
 *
 * <pre>{@code
 * PlaybackTokenSpec spec = PlaybackTokenSpec.builder(channel.arn())
 *         .allowedOrigin("https://cats.example")
 *         .viewerId("user-42")                      // lets you revoke this viewer's session later
 *         .validFor(Duration.ofMinutes(5))
 *         .build();
 * }</pre>
 *
 * <p>Checked when built, with IVS's rules for playback tokens: a viewer id of at most 40 characters; with a viewer
 * id or single use, a lifetime of at most 10 minutes; with strict origin enforcement, at most 5 origins; a viewer
 * session version only with a viewer id.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the private channel the token plays
 * @param allowedOrigins the web origins a browser may play from ({@code https://cats.example}, or with a wildcard
 *     host {@code https://*.cats.example}); empty for any origin ({@code *}), the default
 * @param strictOriginEnforcement whether IVS checks the origin on every playlist and segment request, not only the
 *     first; default false
 * @param viewerId who the token is for, so that their session can be revoked; default none
 * @param viewerSessionVersion a version for the viewer's session, so that a revocation can spare newer sessions;
 *     default none (IVS counts 0)
 * @param singleUse whether the token stops working once a player has used it; default false
 * @param maximumResolution the highest rendition the viewer receives; default none (every rendition)
 * @param validFor how long the token can start playback; default {@link #DEFAULT_VALIDITY}
 */
public record PlaybackTokenSpec(ChannelArn channel, List<String> allowedOrigins, boolean strictOriginEnforcement,
                                Optional<String> viewerId, OptionalInt viewerSessionVersion, boolean singleUse,
                                Optional<Resolution> maximumResolution, Duration validFor) {
    /** How long a token can start playback unless set otherwise: 10 minutes, the most IVS allows with a viewer id. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);
    /** The longest lifetime IVS allows for tokens with a viewer id or for single use. */
    public static final Duration MAX_VIEWER_VALIDITY = Duration.ofMinutes(10);
    /** The most origins a token with strict origin enforcement may name. */
    public static final int MAX_STRICT_ORIGINS = 5;
    /** The longest viewer id, in characters. */
    public static final int MAX_VIEWER_ID_LENGTH = 40;

    private static final Pattern ORIGIN =
            Pattern.compile("\\*|[a-zA-Z][a-zA-Z0-9+.-]*://(\\*\\.)?[a-zA-Z0-9._~-]+(:[0-9]{1,5})?");

    /**
     * Validates the grant against IVS's rules for playback tokens.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public PlaybackTokenSpec {
        Check.notNull("channel", channel);
        allowedOrigins = List.copyOf(Check.size("allowedOrigins", allowedOrigins, 0, Integer.MAX_VALUE, "origins"));
        for (int i = 0; i < allowedOrigins.size(); i++) {
            Check.matches("allowedOrigins[" + i + "]", allowedOrigins.get(i), ORIGIN,
                    "an origin such as https://cats.example, https://*.cats.example or *");
        }
        if (strictOriginEnforcement && allowedOrigins.size() > MAX_STRICT_ORIGINS) {
            throw IvsValidationException.invalid("allowedOrigins", "has " + allowedOrigins.size() + " origins; "
                    + "allowed at most " + MAX_STRICT_ORIGINS + " with strict origin enforcement");
        }
        Check.notNull("viewerId", viewerId).ifPresent(id -> Check.length("viewerId", id, 1, MAX_VIEWER_ID_LENGTH));
        Check.notNull("viewerSessionVersion", viewerSessionVersion).ifPresent(v -> {
            if (v < 0) {
                throw IvsValidationException.invalid("viewerSessionVersion", v + " is negative; allowed 0.."
                        + Integer.MAX_VALUE);
            }
            if (viewerId.isEmpty()) {
                throw IvsValidationException.invalid("viewerSessionVersion", "is set without a viewerId; IVS "
                        + "ignores a session version on its own");
            }
        });
        Check.notNull("maximumResolution", maximumResolution).ifPresent(r -> {
            if (Check.known("maximumResolution", r) == Resolution.LOWEST_RESOLUTION) {
                throw IvsValidationException.invalid("maximumResolution", "LOWEST_RESOLUTION is not a maximum "
                        + "IVS takes in playback tokens; allowed SD, HD, FULL_HD");
            }
        });
        Check.notNull("validFor", validFor);
        if (validFor.isNegative() || validFor.isZero() || validFor.getNano() != 0) {
            throw IvsValidationException.invalid("validFor", validFor + " is not a positive whole number of seconds");
        }
        if ((viewerId.isPresent() || singleUse) && validFor.compareTo(MAX_VIEWER_VALIDITY) > 0) {
            throw IvsValidationException.invalid("validFor", validFor.toSeconds() + " seconds is too long for a token "
                    + (viewerId.isPresent() ? "with a viewer id" : "for single use") + "; allowed at most "
                    + MAX_VIEWER_VALIDITY.toSeconds() + " seconds (10 minutes)");
        }
    }

    /**
     * A builder for a token that plays the channel from any origin, for anyone, for 10 minutes.
     *
     * @param channel the private channel
     * @return the builder
     */
    public static Builder builder(ChannelArn channel) {
        return new Builder(Check.notNull("channel", channel));
    }

    /**
     * The {@code aws:access-control-allow-origin} claim: the origins joined by commas, or {@code *}.
     *
     * @return the claim's value
     */
    public String allowOriginClaim() {
        return allowedOrigins.isEmpty() ? "*" : String.join(",", allowedOrigins);
    }

    /** Collects a {@link PlaybackTokenSpec}. Not thread-safe. */
    public static final class Builder {
        private final ChannelArn channel;
        private final List<String> allowedOrigins = new ArrayList<>();
        private boolean strictOriginEnforcement;
        private String viewerId;
        private Integer viewerSessionVersion;
        private boolean singleUse;
        private Resolution maximumResolution;
        private Duration validFor = DEFAULT_VALIDITY;

        private Builder(ChannelArn channel) {
            this.channel = channel;
        }

        /**
         * Adds a web origin a browser may play from; with none, any origin may.
         *
         * @param origin such as {@code https://cats.example} or {@code https://*.cats.example}
         * @return this builder
         */
        public Builder allowedOrigin(String origin) {
            allowedOrigins.add(origin);
            return this;
        }

        /**
         * Adds web origins a browser may play from.
         *
         * @param origins the origins
         * @return this builder
         */
        public Builder allowedOrigins(Collection<String> origins) {
            allowedOrigins.addAll(Check.notNull("allowedOrigins", origins));
            return this;
        }

        /**
         * Makes IVS check the origin on every request of the playback, not only the first; default false.
         *
         * @param strict true to enforce
         * @return this builder
         */
        public Builder strictOriginEnforcement(boolean strict) {
            this.strictOriginEnforcement = strict;
            return this;
        }

        /**
         * Names the viewer, so that {@link IvsLowLatency#revokeViewerSession} can end their session.
         *
         * @param viewerId 1 to 40 characters; no personal data
         * @return this builder
         */
        public Builder viewerId(String viewerId) {
            this.viewerId = Check.notNull("viewerId", viewerId);
            return this;
        }

        /**
         * Versions the viewer's session; a revocation up to a version spares sessions of later versions.
         *
         * @param version 0 or more
         * @return this builder
         */
        public Builder viewerSessionVersion(int version) {
            this.viewerSessionVersion = version;
            return this;
        }

        /**
         * Makes the token work once: a second player using it is refused.
         *
         * @return this builder
         */
        public Builder singleUse() {
            this.singleUse = true;
            return this;
        }

        /**
         * Caps the renditions the viewer receives.
         *
         * @param maximumResolution SD, HD or FULL_HD
         * @return this builder
         */
        public Builder maximumResolution(Resolution maximumResolution) {
            this.maximumResolution = Check.notNull("maximumResolution", maximumResolution);
            return this;
        }

        /**
         * How long the token can start playback; default 10 minutes. Playback that started goes on after it expires.
         *
         * @param validFor whole seconds; at most 10 minutes with a viewer id or single use
         * @return this builder
         */
        public Builder validFor(Duration validFor) {
            this.validFor = Check.notNull("validFor", validFor);
            return this;
        }

        /**
         * Checks IVS's rules and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public PlaybackTokenSpec build() {
            return new PlaybackTokenSpec(channel, allowedOrigins, strictOriginEnforcement, Optional.ofNullable(viewerId),
                    viewerSessionVersion == null ? OptionalInt.empty() : OptionalInt.of(viewerSessionVersion),
                    singleUse, Optional.ofNullable(maximumResolution), validFor);
        }
    }
}
