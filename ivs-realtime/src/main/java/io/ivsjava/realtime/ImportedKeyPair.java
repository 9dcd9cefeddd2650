package io.ivsjava.realtime;

import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.internal.Check;
import java.time.Clock;

/**
 * A P-384 key pair generated locally whose public half IVS imported, from
 * {@link IvsRealTime#generateAndImportPublicKey(String)}: everything needed to sign participant tokens locally.
 * Store {@link #keys()}'s private key in a secret store (for example as {@code P384Keys.toPem(keys.privateKey())});
 * IVS keeps only the public half.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the private key.
 *
 * @param publicKey the imported public key, whose ARN tokens name as their {@code kid}
 * @param keys the key pair
 */
public record ImportedKeyPair(ImportedPublicKey publicKey, P384KeyPair keys) {
    /** Checks that no component is null. */
    public ImportedKeyPair {
        Check.notNull("publicKey", publicKey);
        Check.notNull("keys", keys);
    }

    /**
     * A signer of participant tokens with this pair, reading the system clock.
     *
     * @return the signer
     */
    public ParticipantTokenSigner signer() {
        return ParticipantTokenSigner.create(keys, publicKey.arn());
    }

    /**
     * A signer of participant tokens with this pair.
     *
     * @param clock the source of {@code iat} and {@code exp}
     * @return the signer
     */
    public ParticipantTokenSigner signer(Clock clock) {
        return ParticipantTokenSigner.create(keys, publicKey.arn(), clock);
    }

    /**
     * A verifier of the tokens this pair signs, reading the system clock.
     *
     * @return the verifier
     */
    public ParticipantTokenVerifier verifier() {
        return ParticipantTokenVerifier.create(keys.publicKey(), publicKey.arn());
    }

    /**
     * A verifier of the tokens this pair signs.
     *
     * @param clock the clock expiry is judged by
     * @return the verifier
     */
    public ParticipantTokenVerifier verifier(Clock clock) {
        return ParticipantTokenVerifier.create(keys.publicKey(), publicKey.arn(), clock);
    }

    /** {@return the imported key's ARN; the private key is redacted} */
    @Override
    public String toString() {
        return "ImportedKeyPair[publicKey=" + publicKey.arn() + ", keys=" + keys + "]";
    }
}
