package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * A compact ES384 JWS taken apart and verified without any code of the signer under test (and without java-jwt):
 * the JOSE signature (r and s, 48 bytes each) is converted to DER here and verified with the JDK's plain
 * {@code SHA384withECDSA} over the ASCII bytes of {@code header.payload}.
 *
 * @param header the decoded header
 * @param claims the decoded claims
 * @param payload the payload's raw bytes (UTF-8 JSON)
 * @param signingInput {@code header.payload} as in the token
 * @param signature the JOSE signature bytes
 */
public record Jws(JsonNode header, JsonNode claims, byte[] payload, String signingInput, byte[] signature) {
    /** Jackson, for reading tokens in tests. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Splits and decodes a compact token.
     *
     * @param compact the token
     * @return its parts
     */
    public static Jws parse(String compact) {
        String[] parts = compact.split("\\.", -1);
        assertThat(parts).hasSize(3);
        for (String part : parts) {
            assertThat(part).matches("[A-Za-z0-9_-]+");
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        byte[] payload = decoder.decode(parts[1]);
        return new Jws(readJson(decoder.decode(parts[0])), readJson(payload), payload,
                parts[0] + "." + parts[1], decoder.decode(parts[2]));
    }

    /**
     * Verifies the signature with the JDK's DER {@code SHA384withECDSA}.
     *
     * @param key the public key
     * @return whether it verifies
     */
    public boolean verifies(PublicKey key) {
        return KeyFixtures.verifies(key, signingInput.getBytes(StandardCharsets.US_ASCII), joseToDer(signature));
    }

    /**
     * Verifies the signature with the JDK's own P1363 verifier (SunEC), as a second, independent check.
     *
     * @param key the public key
     * @return whether it verifies
     */
    public boolean verifiesP1363(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * JOSE ES384 signature (r then s, 48 unsigned big-endian bytes each) to a DER SEQUENCE of two INTEGERs.
     *
     * @param jose the 96 bytes
     * @return the DER signature
     */
    public static byte[] joseToDer(byte[] jose) {
        assertThat(jose).hasSize(96);
        byte[] r = derInteger(Arrays.copyOfRange(jose, 0, 48));
        byte[] s = derInteger(Arrays.copyOfRange(jose, 48, 96));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        writeLength(out, r.length + s.length);
        out.writeBytes(r);
        out.writeBytes(s);
        return out.toByteArray();
    }

    /**
     * Reads claims the way the test expects them back: through Jackson's own writer and reader.
     *
     * @param value a claims map or any value Jackson can write
     * @return its JSON tree
     */
    public static JsonNode reparsed(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] derInteger(byte[] unsigned) {
        int start = 0;
        while (start < unsigned.length - 1 && unsigned[start] == 0) {
            start++;
        }
        boolean highBit = (unsigned[start] & 0x80) != 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x02);
        writeLength(out, unsigned.length - start + (highBit ? 1 : 0));
        if (highBit) {
            out.write(0);
        }
        out.write(unsigned, start, unsigned.length - start);
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else {
            out.write(0x81);
            out.write(length);
        }
    }

    private static JsonNode readJson(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
