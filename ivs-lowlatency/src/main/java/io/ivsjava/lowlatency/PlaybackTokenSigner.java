package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.TokenSigner;
import io.ivsjava.core.internal.Check;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs playback tokens for private channels locally, without a call to IVS: one token per viewer, as many as you
 * need.
 *
 * <p>Set-up, once: import a P-384 public key as a playback key pair
 * ({@link IvsLowLatency#importPlaybackKeyPair(String, java.security.interfaces.ECPublicKey)}, or generate and import
 * in one step with {@link IvsLowLatency#createPlaybackKeyPair(String)}), and keep the private key in your secret
 * store. IVS then accepts tokens signed with it for every private channel of the account in that region.
 *
 * <pre>{@code
 * PlaybackTokenSigner signer = PlaybackTokenSigner.create(privateKey);
 * PlaybackToken token = signer.sign(PlaybackTokenSpec.builder(channel.arn()).viewerId("user-42").build());
 * URI url = channel.playbackUrl().withToken(token);   // hand this to that viewer's player
 * }</pre>
 *
 * <p>A token is an ES384 JWT (header {@code {"alg":"ES384","typ":"JWT"}}) with the claims IVS reads:
 * {@code aws:channel-arn}, {@code aws:access-control-allow-origin} ({@code *} unless origins are given),
 * {@code exp} (seconds since the epoch), and when the spec sets them {@code aws:strict-origin-enforcement},
 * {@code aws:viewer-id}, {@code aws:viewer-session-version}, {@code aws:single-use-uuid} and
 * {@code aws:maximum-resolution}.
 *
 * <p>Thread-safe: one signer may sign from many threads at once. {@link #toString()} never shows the key.
 */
public final class PlaybackTokenSigner {
    private final TokenSigner signer;
    private final Clock clock;

    private PlaybackTokenSigner(TokenSigner signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * A signer on the system clock.
     *
     * @param privateKey the P-384 private key whose public key was imported as a playback key pair
     * @return the signer
     * @throws IvsValidationException if the key is missing or not on P-384
     */
    public static PlaybackTokenSigner create(ECPrivateKey privateKey) {
        return create(privateKey, Clock.systemUTC());
    }

    /**
     * A signer reading the time from the given clock, for tests and for servers with a managed clock.
     *
     * @param privateKey the P-384 private key whose public key was imported as a playback key pair
     * @param clock the source of each token's expiry
     * @return the signer
     * @throws IvsValidationException if the key is missing or not on P-384
     */
    public static PlaybackTokenSigner create(ECPrivateKey privateKey, Clock clock) {
        Check.notNull("clock", clock);
        return new PlaybackTokenSigner(TokenSigner.es384(privateKey), clock);
    }

    /**
     * Signs a token that plays the channel from any origin, for anyone, for {@link PlaybackTokenSpec#DEFAULT_VALIDITY}.
     *
     * @param channel the private channel
     * @return the token
     */
    public PlaybackToken sign(ChannelArn channel) {
        return sign(PlaybackTokenSpec.builder(channel).build());
    }

    /**
     * Signs a token.
     *
     * @param spec what the token grants
     * @return the token
     */
    public PlaybackToken sign(PlaybackTokenSpec spec) {
        Check.notNull("spec", spec);
        Instant expires = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(spec.validFor());
        Optional<UUID> singleUseId = spec.singleUse() ? Optional.of(UUID.randomUUID()) : Optional.empty();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aws:channel-arn", spec.channel().value());
        claims.put("aws:access-control-allow-origin", spec.allowOriginClaim());
        if (spec.strictOriginEnforcement()) {
            claims.put("aws:strict-origin-enforcement", true);
        }
        spec.viewerId().ifPresent(id -> claims.put("aws:viewer-id", id));
        spec.viewerSessionVersion().ifPresent(v -> claims.put("aws:viewer-session-version", (long) v));
        singleUseId.ifPresent(id -> claims.put("aws:single-use-uuid", id.toString()));
        spec.maximumResolution().ifPresent(r -> claims.put("aws:maximum-resolution", r.name()));
        claims.put("exp", expires.getEpochSecond());
        return new PlaybackToken(spec.channel(), signer.sign(claims), expires, spec.viewerId(), singleUseId);
    }

    /** {@return a description that never shows the key} */
    @Override
    public String toString() {
        return "PlaybackTokenSigner[ES384, key=<redacted>]";
    }
}
