package io.ivsjava.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/**
 * An independent ES384 JWT verifier for the tests of the modules that sign tokens: the JDK's own ECDSA (P1363
 * signature format, as JWS uses) over the compact serialization, and Jackson to read the JSON; nothing of the
 * library's {@link TokenSigner}. {@link Jws} takes a token apart for ivs-core's own signer tests. Stateless;
 * thread-safe.
 */
public final class Es384Jwt {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The verified parts of a token.
     *
     * @param header the header
     * @param claims the claims
     */
    public record Verified(Map<String, Object> header, Map<String, Object> claims) {
    }

    private Es384Jwt() {
    }

    /**
     * Verifies the signature, then reads the header and claims.
     *
     * @param jwt the compact token
     * @param key the public key it must verify with
     * @return its header and claims
     * @throws AssertionError if the token is malformed or the signature does not verify
     */
    public static Verified verify(String jwt, PublicKey key) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + parts.length + " parts");
        }
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        if (signature.length != 96) {
            throw new AssertionError("an ES384 signature is 96 bytes (R || S); this one is " + signature.length);
        }
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(signature)) {
                throw new AssertionError("the signature does not verify with the given public key");
            }
        } catch (GeneralSecurityException e) {
            throw new AssertionError("verification failed: " + e, e);
        }
        return new Verified(json(parts[0]), json(parts[1]));
    }

    private static Map<String, Object> json(String part) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(part), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
