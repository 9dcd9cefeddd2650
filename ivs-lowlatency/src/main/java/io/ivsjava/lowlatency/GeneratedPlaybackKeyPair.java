package io.ivsjava.lowlatency;

import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.internal.Check;
import java.time.Clock;

/**
 * A P-384 key pair generated locally whose public key was imported into IVS in the same step
 * ({@link IvsLowLatency#createPlaybackKeyPair(String)}): keep {@link #keys()}'s private key in your secret store
 * (for example with {@link P384KeyPair#writePem}) and sign playback tokens with {@link #signer()}.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the private key.
 *
 * @param keyPair the imported key pair, as IVS knows it
 * @param keys both halves; the private one signs playback tokens
 */
public record GeneratedPlaybackKeyPair(PlaybackKeyPair keyPair, P384KeyPair keys) {
    /** Checks that no component is null. */
    public GeneratedPlaybackKeyPair {
        Check.notNull("keyPair", keyPair);
        Check.notNull("keys", keys);
    }

    /**
     * A signer of playback tokens with the private key, on the system clock.
     *
     * @return the signer
     */
    public PlaybackTokenSigner signer() {
        return PlaybackTokenSigner.create(keys.privateKey());
    }

    /**
     * A signer of playback tokens with the private key, reading the time from the given clock.
     *
     * @param clock the source of each token's expiry
     * @return the signer
     */
    public PlaybackTokenSigner signer(Clock clock) {
        return PlaybackTokenSigner.create(keys.privateKey(), clock);
    }
}
