package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Es384Jws;
import io.ivsjava.core.internal.Es384Signers;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import java.util.Optional;

/**
 * Signs JSON Web Tokens with ES384 (ECDSA on P-384 with SHA-384), the algorithm IVS verifies for self-signed
 * participant tokens and for playback tokens of private channels.
 *
 * <p>The header is {@code {"alg":"ES384","typ":"JWT"}}, plus {@code "kid"} when a key id is given (IVS uses the
 * imported public key's ARN to find the key that verifies a participant token). The claims are written exactly as
 * given, in the map's order; the token types built on this signer (participant tokens, playback tokens) decide
 * which claims go in.
 *
 * <p>The signature comes from the fastest implementation present, chosen when the signer is made and reported by
 * {@link #provider()}: the Amazon Corretto Crypto Provider (native, Linux x86-64 and aarch64) when its jar is on the
 * classpath and healthy, used through its own provider instance and never installed JVM-wide; else BouncyCastle's
 * lightweight ECDSA when {@code bcprov} is on the classpath; else the JDK's own provider. Both libraries are
 * optional: without them tokens are the same, only slower. The system property
 * {@code io.ivsjava.tokenSigner.provider} caps the choice: {@code auto} (the default), {@code bouncycastle} (never
 * ACCP) or {@code jdk} (the JDK only).
 *
 * <p>Instances are immutable and thread-safe: one signer may mint tokens from many threads at once. The private
 * key never appears in {@link #toString()}.
 */
public final class TokenSigner {
    private final Es384Jws jws;
    private final String keyId;

    /** A signer over the given writer; the factories below are the way in, this is for tests. */
    TokenSigner(Es384Jws jws, String keyId) {
        this.jws = jws;
        this.keyId = keyId;
    }

    /**
     * A signer whose tokens carry no key id (playback tokens, where IVS finds the key through the channel's
     * playback key pairs).
     *
     * @param privateKey a P-384 private key
     * @return the signer
     * @throws IvsValidationException if the key is missing or not on P-384, or if
     *     {@code io.ivsjava.tokenSigner.provider} has an unknown value
     */
    public static TokenSigner es384(ECPrivateKey privateKey) {
        return create(privateKey, null, null);
    }

    /**
     * A signer whose tokens name their key in the header's {@code kid}.
     *
     * @param privateKey a P-384 private key
     * @param keyId the key id, for participant tokens the imported public key's ARN
     * @return the signer
     * @throws IvsValidationException if the key is missing or not on P-384, if the key id is blank, or if
     *     {@code io.ivsjava.tokenSigner.provider} has an unknown value
     */
    public static TokenSigner es384(ECPrivateKey privateKey, String keyId) {
        if (keyId == null || keyId.isBlank()) {
            throw IvsValidationException.invalid("keyId", "is blank; give the imported public key's ARN");
        }
        return create(privateKey, keyId, null);
    }

    /**
     * A signer on the fastest working backend no faster than {@code fastest}, as the system property would cap it:
     * for tests of each path without touching JVM-wide state.
     */
    static TokenSigner es384(ECPrivateKey privateKey, String keyId, Es384Signers.Backend fastest) {
        return create(privateKey, keyId, Check.notNull("fastest", fastest));
    }

    private static TokenSigner create(ECPrivateKey privateKey, String keyId, Es384Signers.Backend fastest) {
        Check.notNull("privateKey", privateKey);
        P384Keys.requireP384("privateKey", privateKey);
        return new TokenSigner(new Es384Jws(fastest == null ? Es384Signers.create(privateKey)
                : Es384Signers.create(privateKey, fastest), keyId), keyId);
    }

    /**
     * The key id written into each token's header, if any.
     *
     * @return the {@code kid}
     */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    /**
     * Which implementation makes the signatures, with its version: {@code AmazonCorrettoCryptoProvider 2.5.0},
     * {@code BouncyCastle (lightweight ECDSA)} or the JDK's provider, such as {@code SunEC 17}. For logs and
     * health checks; the tokens do not depend on it.
     *
     * @return the provider's name and version
     */
    public String provider() {
        return jws.signer().provider();
    }

    /**
     * Signs a token with the given claims.
     *
     * @param claims claim names to values, written in the map's order: strings, booleans, integers and longs (times
     *     as epoch seconds), and lists and maps of these (such as {@code attributes} and {@code capabilities});
     *     finite doubles, {@code BigInteger} and {@code BigDecimal} are written as JSON numbers. Strings are
     *     written as UTF-8 with JSON escaping; a lone surrogate, which is not Unicode, becomes U+FFFD.
     * @return the compact token ({@code header.payload.signature}, base64url)
     * @throws IvsValidationException if the claims are missing, or a claim name or value is {@code null}, of a
     *     type a token cannot carry, or nested more than 16 levels deep; the field names the claim, as in
     *     {@code claims[attributes][name]}
     * @throws IvsException if the cryptographic provider fails to sign
     */
    public String sign(Map<String, ?> claims) {
        Check.notNull("claims", claims);
        try {
            return jws.sign(claims);
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof IvsException) {
                throw (IvsException) e;
            }
            throw new IvsException("signing the token failed with " + provider() + ": " + e,
                    IvsException.ErrorDetails.NONE, false, e);
        }
    }

    /** {@return a description naming the key id and the provider, never the key} */
    @Override
    public String toString() {
        return "TokenSigner[ES384, kid=" + (keyId == null ? "none" : keyId) + ", provider=" + provider()
                + ", key=<redacted>]";
    }
}
