package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Signs the participant tokens that {@code CreateParticipantToken} and {@code CreateStage} return: real ES384
 * JWTs, signed with a P-384 key that each emulator generates when it starts. Clients can check them against
 * {@link #publicKey()}.
 *
 * <p>Uses the JDK's {@code SHA384withECDSAinP1363Format}, which already yields the JOSE signature form (r || s),
 * so the emulator needs no JWT library. The key is generated on first use, keeping its cost (tens of
 * milliseconds in a fresh JVM) out of emulator start-up. Thread-safe.
 */
final class TokenMinter {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] HEADER = B64URL.encode("{\"alg\":\"ES384\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private volatile KeyPair keys;

    PublicKey publicKey() {
        return keys().getPublic();
    }

    private KeyPair keys() {
        KeyPair pair = keys;
        if (pair == null) {
            synchronized (this) {
                pair = keys;
                if (pair == null) {
                    try {
                        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                        generator.initialize(new ECGenParameterSpec("secp384r1"));
                        pair = generator.generateKeyPair();
                        keys = pair;
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("this JDK cannot generate P-384 keys", e);
                    }
                }
            }
        }
        return pair;
    }

    /**
     * Signs a token.
     *
     * @param claims the payload
     * @return the compact JWS
     */
    String sign(ObjectNode claims) {
        try {
            byte[] payload = B64URL.encode(Json.write(claims));
            String signingInput = new String(HEADER, StandardCharsets.US_ASCII) + "."
                    + new String(payload, StandardCharsets.US_ASCII);
            Signature signature = Signature.getInstance("SHA384withECDSAinP1363Format");
            signature.initSign(keys().getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a participant token", e);
        }
    }
}
