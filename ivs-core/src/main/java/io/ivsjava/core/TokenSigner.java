package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTCreationException;
import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import java.util.Optional;

/**
 * Signs JSON Web Tokens with ES384 (ECDSA on P-384 with SHA-384), the algorithm IVS verifies for self-signed
 * participant tokens and for playback tokens of private channels.
 *
 * <p>The header is {@code {"alg":"ES384","typ":"JWT"}}, plus {@code "kid"} when a key id is given (IVS uses the
 * imported public key's ARN to find the key that verifies a participant token). The claims are written exactly as
 * given; the token types built on this signer (participant tokens, playback tokens) decide which claims go in.
 *
 * <p>Instances are immutable and thread-safe: one signer may mint tokens from many threads at once. The private
 * key never appears in {@link #toString()}.
 */
public final class TokenSigner {
    private final Algorithm algorithm;
    private final String keyId;

    private TokenSigner(ECPrivateKey privateKey, String keyId) {
        Check.notNull("privateKey", privateKey);
        P384Keys.requireP384("privateKey", privateKey);
        this.algorithm = Algorithm.ECDSA384(privateKey);
        this.keyId = keyId;
    }

    /**
     * A signer whose tokens carry no key id (playback tokens, where IVS finds the key through the channel's
     * playback key pairs).
     *
     * @param privateKey a P-384 private key
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384
     */
    public static TokenSigner es384(ECPrivateKey privateKey) {
        return new TokenSigner(privateKey, null);
    }

    /**
     * A signer whose tokens name their key in the header's {@code kid}.
     *
     * @param privateKey a P-384 private key
     * @param keyId the key id, for participant tokens the imported public key's ARN
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384 or the key id is blank
     */
    public static TokenSigner es384(ECPrivateKey privateKey, String keyId) {
        if (keyId == null || keyId.isBlank()) {
            throw IvsValidationException.invalid("keyId", "is blank; give the imported public key's ARN");
        }
        return new TokenSigner(privateKey, keyId);
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
     * Signs a token with the given claims.
     *
     * @param claims claim names to values: strings, booleans, integers, longs (times as epoch seconds),
     *     string lists and string maps
     * @return the compact token ({@code header.payload.signature}, base64url)
     * @throws IllegalArgumentException if a claim value has a type a JWT cannot carry
     */
    public String sign(Map<String, ?> claims) {
        JWTCreator.Builder builder = JWT.create().withPayload(claims);
        if (keyId != null) {
            builder.withKeyId(keyId);
        }
        try {
            return builder.sign(algorithm);
        } catch (JWTCreationException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
    }

    /** {@return a description naming the key id, never the key} */
    @Override
    public String toString() {
        return "TokenSigner[ES384, kid=" + (keyId == null ? "none" : keyId) + ", key=<redacted>]";
    }
}
