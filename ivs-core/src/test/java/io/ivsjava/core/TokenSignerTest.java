package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ES384 signer, checked by a verifier that shares no code with it or with java-jwt: the test splits the compact
 * token, converts the JOSE signature (r and s, 48 bytes each) to DER itself and verifies it with the JDK's plain
 * SHA384withECDSA over the ASCII bytes of header.payload.
 */
class TokenSignerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KID = "arn:aws:ivs:us-west-2:123456789012:public-key/f99cde61-c2b0-4df3";

    @Test
    void theHeaderIsEs384JwtWithTheKeyId() {
        KeyPair pair = P384Keys.generate().toKeyPair();

        Token token = Token.parse(TokenSigner.es384(privateKey(pair), KID).sign(Map.of("a", "b")));

        assertThat(token.header()).isEqualTo(JSON.valueToTree(Map.of("alg", "ES384", "typ", "JWT", "kid", KID)));
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void withoutAKeyIdTheHeaderHasNone() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        TokenSigner signer = TokenSigner.es384(privateKey(pair));

        Token token = Token.parse(signer.sign(Map.of("a", "b")));

        assertThat(token.header()).isEqualTo(JSON.valueToTree(Map.of("alg", "ES384", "typ", "JWT")));
        assertThat(signer.keyId()).isEmpty();
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void theKeyIdIsReportedAsGiven() {
        assertThat(TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()), KID).keyId()).hasValue(KID);
    }

    @Test
    void everyClaimComesBackUnchanged() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("resource", "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        claims.put("user_id", "quote \" backslash \\ slash / newline \n tab \t é 🐱 </script>");
        claims.put("empty", "");
        claims.put("exp", 1_900_000_000L);
        claims.put("beyondDoublePrecision", 9_007_199_254_740_993L);
        claims.put("negative", -42L);
        claims.put("count", 7);
        claims.put("yes", true);
        claims.put("no", false);
        claims.put("attributes", Map.of("displayName", "Kit", "emoji", "🐱", "blank", ""));
        claims.put("capabilities", Map.of("allow_publish", true, "allow_subscribe", false));
        claims.put("list", List.of("a", "b", "a"));

        Token token = Token.parse(TokenSigner.es384(privateKey(pair), KID).sign(claims));

        assertThat(token.verifies(pair.getPublic())).isTrue();
        // both sides read from JSON text, so number node types compare alike
        assertThat(token.claims()).isEqualTo(reparsed(claims));
        assertThat(fieldNames(token.claims())).containsExactlyInAnyOrderElementsOf(claims.keySet());
        assertThat(token.claims().get("beyondDoublePrecision").isIntegralNumber()).isTrue();
        assertThat(token.claims().get("beyondDoublePrecision").longValue()).isEqualTo(9_007_199_254_740_993L);
        assertThat(token.claims().get("user_id").textValue()).isEqualTo(claims.get("user_id"));
        assertThat(token.claims().get("yes").isBoolean()).isTrue();
        assertThat(token.claims().get("list").isArray()).isTrue();
    }

    @Test
    void anEmptyClaimSetIsSignedAsAnEmptyObject() {
        KeyPair pair = P384Keys.generate().toKeyPair();

        Token token = Token.parse(TokenSigner.es384(privateKey(pair)).sign(Map.of()));

        assertThat(token.claims().isObject()).isTrue();
        assertThat(token.claims().size()).isZero();
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void tokensAreCompactBase64UrlWithA96ByteJoseSignature() {
        String token = TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()), KID).sign(Map.of("s", "~~~???>>>"));

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[2])).hasSize(96);
    }

    @Test
    void tokensOfManyKeysAndMessagesVerifyWithTheirKeyAndNoOther() {
        Random random = new SecureRandom();
        KeyPair previous = P384Keys.generate().toKeyPair();
        for (int i = 0; i < 50; i++) {
            KeyPair pair = P384Keys.generate().toKeyPair();
            Map<String, Object> claims = Map.of(
                    "n", i,
                    "exp", random.nextLong(),
                    "text", randomText(random, random.nextInt(300)),
                    "attributes", Map.of("k" + i, randomText(random, 20)));

            Token token = Token.parse(TokenSigner.es384(privateKey(pair), "kid-" + i).sign(claims));

            assertThat(token.verifies(pair.getPublic())).as("token %d", i).isTrue();
            assertThat(token.verifies(previous.getPublic())).as("token %d with another key", i).isFalse();
            assertThat(token.claims()).as("claims of token %d", i).isEqualTo(reparsed(claims));
            previous = pair;
        }
    }

    @Test
    void aTamperedTokenNoLongerVerifies() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        String[] parts = TokenSigner.es384(privateKey(pair), KID).sign(Map.of("role", "viewer")).split("\\.");
        assertThat(Token.parse(String.join(".", parts)).verifies(pair.getPublic())).as("untampered").isTrue();

        String otherPayload = base64Url("{\"role\":\"host\"}");
        String otherHeader = base64Url("{\"alg\":\"ES384\",\"typ\":\"JWT\",\"kid\":\"someone-else\"}");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[95] ^= 1;
        String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThat(Token.parse(parts[0] + "." + otherPayload + "." + parts[2]).verifies(pair.getPublic()))
                .as("payload replaced").isFalse();
        assertThat(Token.parse(otherHeader + "." + parts[1] + "." + parts[2]).verifies(pair.getPublic()))
                .as("header replaced").isFalse();
        assertThat(Token.parse(parts[0] + "." + parts[1] + "." + flipped).verifies(pair.getPublic()))
                .as("signature bit flipped").isFalse();
    }

    @Test
    void signingFromManyThreadsAtOnceGivesValidTokens() throws Exception {
        KeyPair pair = P384Keys.generate().toKeyPair();
        TokenSigner signer = TokenSigner.es384(privateKey(pair), KID);
        int threads = 8;
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            tasks.add(() -> {
                start.await();
                List<String> tokens = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    tokens.add(signer.sign(Map.of("thread", thread, "i", i)));
                }
                return tokens;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Callable<List<String>> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                // the timeout only keeps a deadlock from hanging the build
                List<String> tokens = futures.get(t).get(5, TimeUnit.MINUTES);
                assertThat(tokens).hasSize(perThread);
                for (int i = 0; i < perThread; i++) {
                    Token token = Token.parse(tokens.get(i));
                    assertThat(token.verifies(pair.getPublic())).as("thread %d token %d", t, i).isTrue();
                    assertThat(token.claims()).isEqualTo(reparsed(Map.of("thread", t, "i", i)));
                    assertThat(token.header().get("kid").textValue()).isEqualTo(KID);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"secp256r1", "secp521r1"})
    void keysOnOtherCurvesAreRefused(String curve) {
        ECPrivateKey other = (ECPrivateKey) KeyFixtures.jdkKeyPair(curve).getPrivate();
        String bits = curve.substring(4, 7);

        for (ThrowingCallable attempt : List.<ThrowingCallable>of(
                () -> TokenSigner.es384(other), () -> TokenSigner.es384(other, KID))) {
            assertThatThrownBy(attempt).isInstanceOfSatisfying(IvsValidationException.class, e -> {
                assertThat(e.field()).hasValue("privateKey");
                assertThat(e.getMessage()).contains(bits + "-bit curve").contains("P-384");
            });
        }
    }

    @Test
    void aMissingKeyIsRefused() {
        Rejections.assertInvalid(() -> TokenSigner.es384(null), "privateKey", "is missing");
        Rejections.assertInvalid(() -> TokenSigner.es384(null, KID), "privateKey", "is missing");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankKeyIdIsRefused(String keyId) {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());

        assertThatThrownBy(() -> TokenSigner.es384(key, keyId))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("keyId");
                    assertThat(e.getMessage()).startsWith("keyId: ").contains("blank");
                });
    }

    @Test
    void aClaimOfATypeAJwtCannotCarryIsRefused() {
        TokenSigner signer = TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()));

        Rejections.assertInvalid(() -> signer.sign(Map.of("thing", new Object())), "claims[thing]",
                "is a java.lang.Object", "cannot carry");
    }

    @Test
    void toStringNamesTheKeyIdButNeverTheKey() {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());
        String encoded = Base64.getEncoder().encodeToString(key.getEncoded());

        for (TokenSigner signer : List.of(TokenSigner.es384(key, KID), TokenSigner.es384(key))) {
            String shown = signer.toString();

            assertThat(shown).contains("redacted")
                    .doesNotContain(key.getS().toString())
                    .doesNotContainIgnoringCase(key.getS().toString(16))
                    .doesNotContain(encoded.substring(encoded.length() - 40));
        }
        assertThat(TokenSigner.es384(key, KID).toString()).contains(KID);
    }

    @Test
    void theTestsOwnSignatureConverterAgreesWithTheJdk() throws GeneralSecurityException {
        // Guards the verifier above: raw r||s from the JDK's P1363 mode, converted here, must verify as DER.
        KeyPair pair = P384Keys.generate().toKeyPair();
        Signature p1363 = Signature.getInstance("SHA384withECDSAinP1363Format");
        for (int i = 0; i < 100; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.US_ASCII);
            p1363.initSign(pair.getPrivate());
            p1363.update(message);
            byte[] raw = p1363.sign();

            assertThat(KeyFixtures.verifies(pair.getPublic(), message, joseToDer(raw))).as("signature %d", i).isTrue();
        }
    }

    // ---- an independent ES384 verifier --------------------------------------------------------------------

    /** A compact JWS taken apart without java-jwt. */
    private record Token(JsonNode header, JsonNode claims, String signingInput, byte[] signature) {
        static Token parse(String compact) {
            String[] parts = compact.split("\\.", -1);
            assertThat(parts).hasSize(3);
            Base64.Decoder decoder = Base64.getUrlDecoder();
            return new Token(readJson(decoder.decode(parts[0])), readJson(decoder.decode(parts[1])),
                    parts[0] + "." + parts[1], decoder.decode(parts[2]));
        }

        boolean verifies(PublicKey key) {
            return KeyFixtures.verifies(key, signingInput.getBytes(StandardCharsets.US_ASCII), joseToDer(signature));
        }
    }

    /** JOSE ES384 signature (r then s, 48 unsigned big-endian bytes each) to a DER SEQUENCE of two INTEGERs. */
    private static byte[] joseToDer(byte[] jose) {
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

    // ---- helpers ------------------------------------------------------------------------------------------

    private static ECPrivateKey privateKey(KeyPair pair) {
        return (ECPrivateKey) pair.getPrivate();
    }

    private static JsonNode readJson(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode reparsed(Map<String, ?> claims) {
        try {
            return JSON.readTree(JSON.writeValueAsString(claims));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Random text over all of Unicode except surrogates and control characters. */
    private static String randomText(Random random, int codePoints) {
        return random.ints(0, Character.MAX_CODE_POINT + 1)
                .filter(cp -> Character.isDefined(cp) && !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.SURROGATE)
                .limit(codePoints)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
