package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The token writer's framing, with a signer that records what it was asked to sign. */
class Es384JwsTest {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    void base64UrlAgreesWithTheJdkForEveryLengthAndOffset() {
        Random random = new Random(7);
        for (int length = 0; length < 300; length++) {
            byte[] data = new byte[length + 5];
            random.nextBytes(data);
            int offset = length % 5;
            byte[] slice = Arrays.copyOfRange(data, offset, offset + length);

            byte[] out = new byte[Es384Jws.encodedLength(length) + 3];
            int end = Es384Jws.encode(data, offset, length, out, 3);

            assertThat(end).isEqualTo(out.length);
            assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).as("length %d", length)
                    .isEqualTo(URL.encodeToString(slice));
            assertThat(Es384Jws.encode(data, offset, length)).isEqualTo(URL.encode(slice));
        }
    }

    @Test
    void theTokenIsTheFixedHeaderThePayloadAndTheSignatureOfBoth() throws GeneralSecurityException {
        Recording signer = new Recording();
        Es384Jws jws = new Es384Jws(signer, "kid-1");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("b", 1);
        claims.put("a", "é");

        String token = jws.sign(claims);
        String second = jws.sign(Map.of());

        String header = URL.encodeToString("{\"alg\":\"ES384\",\"typ\":\"JWT\",\"kid\":\"kid-1\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString("{\"b\":1,\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(token).isEqualTo(header + "." + payload + "." + URL.encodeToString(Recording.SIGNATURE));
        assertThat(signer.signed).isEqualTo(header + "." + URL.encodeToString("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(second).startsWith(header + ".");
        assertThat(new Es384Jws(signer, null).sign(Map.of()))
                .startsWith(URL.encodeToString("{\"alg\":\"ES384\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + ".");
    }

    @Test
    void aSignatureOfTheWrongLengthIsAFailureNotAToken() {
        Es384Signer shortSigner = new Recording() {
            @Override
            public byte[] sign(byte[] data, int offset, int length) {
                return new byte[72];
            }
        };

        assertThatThrownBy(() -> new Es384Jws(shortSigner, null).sign(Map.of()))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("72 bytes");
    }

    /** Returns a fixed signature and remembers the last input. */
    private static class Recording implements Es384Signer {
        static final byte[] SIGNATURE = new byte[96];

        static {
            for (int i = 0; i < 96; i++) {
                SIGNATURE[i] = (byte) (i * 7);
            }
        }

        String signed;

        @Override
        public byte[] sign(byte[] data, int offset, int length) {
            signed = new String(data, offset, length, StandardCharsets.US_ASCII);
            return SIGNATURE.clone();
        }

        @Override
        public String provider() {
            return "Recording";
        }

        @Override
        public Es384Signers.Backend backend() {
            return Es384Signers.Backend.JDK;
        }
    }
}
