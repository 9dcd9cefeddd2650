package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * IVS Chat's tokens, as IVS makes them: opaque and encrypted, so that only the service reads what they grant. Each
 * is the AES-256-GCM encryption (under a key each emulator generates) of its claims: the room, the user id, the
 * capabilities, the attributes, the session duration, the token's expiry and an id; in base64url, which is also a
 * valid WebSocket subprotocol name, as the token travels in {@code Sec-WebSocket-Protocol}. A token connects once:
 * the ids of used tokens are kept until the tokens expire.
 *
 * <p>Thread-safe.
 */
final class ChatTokens {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The longest token accepted for decoding: a token with 1 KB of escaped attributes stays far below it. */
    static final int MAX_TOKEN_CHARS = 16_384;
    /** How many connections between two sweeps of expired used-token ids. */
    private static final int SWEEP_EVERY = 1_024;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;
    /** Ids of tokens that connected, with their expiry: a token is refused after its first connection. */
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    ChatTokens() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate AES keys", e);
        }
    }

    /**
     * Encrypts claims into a token.
     *
     * @param claims the claims
     * @return the token
     */
    String mint(ObjectNode claims) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(Json.write(claims));
            return B64URL.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a chat token", e);
        }
    }

    /**
     * Decrypts a token.
     *
     * @param token the token as a client shows it
     * @return its claims, or empty if this emulator did not make it (or it was altered)
     */
    Optional<ObjectNode> open(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        try {
            byte[] bytes = B64URL_DECODER.decode(token);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            JsonNode claims = Json.parse(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
            return claims.isObject() ? Optional.of((ObjectNode) claims) : Optional.empty();
        } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that a token connected.
     *
     * @param tokenId the token's id claim
     * @param expires when the token expires; its id is forgotten after that
     * @param now the emulator's time
     * @return true the first time, false if the token already connected
     */
    boolean use(String tokenId, Instant expires, Instant now) {
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
            sinceSweep.set(0);
            for (Iterator<Instant> it = used.values().iterator(); it.hasNext(); ) {
                if (it.next().isBefore(now)) {
                    it.remove();
                }
            }
        }
        return used.putIfAbsent(tokenId, expires) == null;
    }

    /** Forgets which tokens connected (after a reset, their rooms no longer exist anyway). */
    void reset() {
        used.clear();
    }
}
