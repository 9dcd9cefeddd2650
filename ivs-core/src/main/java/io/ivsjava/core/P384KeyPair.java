package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * A P-384 key pair, typed: the public half is what IVS imports ({@code ImportPublicKey},
 * {@code ImportPlaybackKeyPair}), the private half signs participant and playback tokens. No casts from a JDK
 * {@link KeyPair} needed.
 *
 * <pre>{@code
 * P384KeyPair keys = P384Keys.generate();
 * String pem = keys.publicKeyPem();           // to import into IVS
 * keys.writePem(Path.of("priv.pem"), Path.of("pub.pem"));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the private key.
 *
 * @param publicKey the public half, on P-384
 * @param privateKey the private half, on P-384
 */
public record P384KeyPair(ECPublicKey publicKey, ECPrivateKey privateKey) {
    /**
     * Checks that both halves are present and on P-384.
     *
     * @throws IvsValidationException naming {@code publicKey} or {@code privateKey}
     */
    public P384KeyPair {
        P384Keys.requireP384("publicKey", Check.notNull("publicKey", publicKey));
        P384Keys.requireP384("privateKey", Check.notNull("privateKey", privateKey));
    }

    /**
     * Types a JDK key pair.
     *
     * @param pair an EC key pair on P-384
     * @return the typed pair
     * @throws IvsValidationException naming {@code keyPair} if it is not an EC pair, or a half if it is on another
     *     curve
     */
    public static P384KeyPair of(KeyPair pair) {
        Check.notNull("keyPair", pair);
        if (!(pair.getPrivate() instanceof ECPrivateKey) || !(pair.getPublic() instanceof ECPublicKey)) {
            throw IvsValidationException.invalid("keyPair", "is " + (pair.getPrivate() == null ? "missing its private key"
                    : "an " + pair.getPrivate().getAlgorithm() + " key pair") + "; IVS requires an EC key on curve "
                    + "P-384 (secp384r1)");
        }
        return new P384KeyPair((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
    }

    /**
     * The public key as PEM (SPKI), the form IVS imports.
     *
     * @return {@code -----BEGIN PUBLIC KEY-----...}
     */
    public String publicKeyPem() {
        return P384Keys.toPem(publicKey);
    }

    /**
     * The pair as a JDK {@link KeyPair}, for APIs that take one.
     *
     * @return the JDK key pair
     */
    public KeyPair toKeyPair() {
        return new KeyPair(publicKey, privateKey);
    }

    /**
     * Writes both halves to PEM files, as {@link P384Keys#writePem(KeyPair, Path, Path)} does.
     *
     * @param privateKeyFile where to write the private key (PKCS#8); must not exist yet
     * @param publicKeyFile where to write the public key (SPKI); replaced if it exists
     * @throws IvsException if a file cannot be written
     */
    public void writePem(Path privateKeyFile, Path publicKeyFile) {
        P384Keys.writePem(toKeyPair(), privateKeyFile, publicKeyFile);
    }

    /** {@return a description that shows neither key's material in full, never the private key} */
    @Override
    public String toString() {
        return "P384KeyPair[publicKey=P-384, privateKey=<redacted>]";
    }
}
