package io.ivsjava.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Self-signed participant tokens as an application makes them, signed with the JDK alone: an ES384 JWT whose
 * {@code kid} names an imported public key. Independent of the emulator's {@code TokenMinter}.
 */
final class SelfSigned {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private SelfSigned() {
    }

    static KeyPair p384() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp384r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The claims IVS's client SDKs read, for a stage, with PUBLISH and SUBSCRIBE. */
    static ObjectNode claims(String stageArn, String participantId, Instant issued, Duration lifetime) {
        ObjectNode claims = JSON.createObjectNode();
        claims.put("exp", issued.plus(lifetime).getEpochSecond());
        claims.put("iat", issued.getEpochSecond());
        claims.put("jti", participantId);
        claims.put("resource", stageArn);
        claims.put("topic", stageArn.substring(stageArn.lastIndexOf('/') + 1));
        claims.put("events_url", "wss://global.events.live-video.net");
        claims.put("whip_url", "https://example.global-bm.whip.live-video.net");
        claims.put("user_id", "self-" + participantId);
        claims.putObject("attributes").put("role", "host");
        ObjectNode capabilities = claims.putObject("capabilities");
        capabilities.put("allow_publish", true);
        capabilities.put("allow_subscribe", true);
        claims.put("version", "1.0");
        return claims;
    }

    /** A fresh participant id, as an application picks its {@code jti}. */
    static String participantId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static String sign(PrivateKey key, String kid, ObjectNode claims) {
        try {
            Map<String, String> header = kid == null ? Map.of("alg", "ES384", "typ", "JWT")
                    : Map.of("alg", "ES384", "typ", "JWT", "kid", kid);
            String input = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signer = Signature.getInstance("SHA384withECDSAinP1363Format");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signer.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
