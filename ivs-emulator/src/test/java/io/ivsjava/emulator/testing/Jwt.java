package io.ivsjava.emulator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * An independent JWT check for tests: splits the token, converts the JOSE (r || s) signature to DER and verifies it
 * with the JDK's plain {@code SHA384withECDSA}, a different code path from both the emulator's P1363 signer and
 * java-jwt. Shared with the other modules' tests through this module's test jar.
 */
public final class Jwt {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The decoded header. */
    public final JsonNode header;
    /** The decoded payload. */
    public final JsonNode claims;
    private final String signingInput;
    private final byte[] signature;

    private Jwt(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS: " + parts.length + " parts");
        }
        Base64.Decoder d = Base64.getUrlDecoder();
        try {
            header = MAPPER.readTree(d.decode(parts[0]));
            claims = MAPPER.readTree(d.decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        signingInput = parts[0] + "." + parts[1];
        signature = d.decode(parts[2]);
    }

    /**
     * Splits and decodes a compact JWS.
     *
     * @param token the token
     * @return its parts
     */
    public static Jwt parse(String token) {
        return new Jwt(token);
    }

    /**
     * Verifies the ES384 signature.
     *
     * @param key the public key
     * @return whether the signature is valid
     */
    public boolean verifies(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSA");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(toDer(signature));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The raw signature length, 96 bytes for ES384.
     *
     * @return the length
     */
    public int signatureLength() {
        return signature.length;
    }

    /** JOSE ES384 signatures are r and s, 48 bytes each, unsigned big-endian. */
    static byte[] toDer(byte[] jose) {
        if (jose.length != 96) {
            throw new IllegalArgumentException("ES384 signature must be 96 bytes, was " + jose.length);
        }
        byte[] r = new BigInteger(1, Arrays.copyOfRange(jose, 0, 48)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(jose, 48, 96)).toByteArray();
        int bodyLength = 2 + r.length + 2 + s.length;
        byte[] out = new byte[(bodyLength > 127 ? 3 : 2) + bodyLength];
        int i = 0;
        out[i++] = 0x30;
        if (bodyLength > 127) {
            out[i++] = (byte) 0x81;
        }
        out[i++] = (byte) bodyLength;
        out[i++] = 0x02;
        out[i++] = (byte) r.length;
        System.arraycopy(r, 0, out, i, r.length);
        i += r.length;
        out[i++] = 0x02;
        out[i++] = (byte) s.length;
        System.arraycopy(s, 0, out, i, s.length);
        return out;
    }
}
