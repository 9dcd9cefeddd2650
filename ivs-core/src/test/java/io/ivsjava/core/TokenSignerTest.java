package io.ivsjava.core;

import io.ivsjava.core.fixtures.KeyFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.core.fixtures.Jws;
import io.ivsjava.core.fixtures.Rejections;
import io.ivsjava.core.internal.Es384Jws;
import io.ivsjava.core.internal.Es384Signer;
import io.ivsjava.core.internal.Es384Signers;
import io.ivsjava.core.internal.Es384Signers.Backend;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ES384 signer on each of its paths (ACCP, BouncyCastle, the JDK), checked by a verifier that shares no code
 * with it or with java-jwt ({@link Jws}): the JOSE signature is converted to DER in the test and verified with the
 * JDK's plain {@code SHA384withECDSA}, and the payload is read back with Jackson.
 *
 * <p>The paths are chosen through the same cap as the {@code io.ivsjava.tokenSigner.provider} property, without
 * touching JVM-wide state. BouncyCastle is on the test classpath everywhere; ACCP loads on Linux x86-64 and
 * aarch64, where the tests insist that it does (elsewhere its cap falls back, as it would for a user).
 */
class TokenSignerTest {
    private static final ObjectMapper JSON = Jws.JSON;
    private static final String KID = "arn:aws:ivs:us-west-2:123456789012:public-key/f99cde61-c2b0-4df3";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theHeaderIsEs384JwtWithTheKeyId(Backend backend) {
        KeyPair pair = P384Keys.generate().toKeyPair();

        Jws token = Jws.parse(signer(privateKey(pair), KID, backend).sign(Map.of("a", "b")));

        assertThat(token.header()).isEqualTo(JSON.valueToTree(Map.of("alg", "ES384", "typ", "JWT", "kid", KID)));
        assertThat(token.verifies(pair.getPublic())).isTrue();
        assertThat(token.verifiesP1363(pair.getPublic())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void withoutAKeyIdTheHeaderHasNone(Backend backend) {
        KeyPair pair = P384Keys.generate().toKeyPair();
        TokenSigner signer = signer(privateKey(pair), null, backend);

        Jws token = Jws.parse(signer.sign(Map.of("a", "b")));

        assertThat(token.header()).isEqualTo(JSON.valueToTree(Map.of("alg", "ES384", "typ", "JWT")));
        assertThat(signer.keyId()).isEmpty();
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void aKeyIdThatNeedsEscapingStaysExact() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        String kid = "key \"7\" \\ \u0001 é 🐱";

        Jws token = Jws.parse(TokenSigner.es384(privateKey(pair), kid).sign(Map.of()));

        assertThat(token.header().get("kid").textValue()).isEqualTo(kid);
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void theKeyIdIsReportedAsGiven() {
        assertThat(TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()), KID).keyId()).hasValue(KID);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyClaimComesBackUnchangedInOrder(Backend backend) {
        KeyPair pair = P384Keys.generate().toKeyPair();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("resource", "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        claims.put("user_id", "quote \" backslash \\ slash / newline \n tab \t é 🐱 </script>");
        claims.put("empty", "");
        claims.put("exp", 1_900_000_000L);
        claims.put("beyondDoublePrecision", 9_007_199_254_740_993L);
        claims.put("negative", -42L);
        claims.put("min", Long.MIN_VALUE);
        claims.put("max", Long.MAX_VALUE);
        claims.put("count", 7);
        claims.put("short", (short) -7);
        claims.put("yes", true);
        claims.put("no", false);
        claims.put("ratio", 0.25);
        claims.put("attributes", Map.of("displayName", "Kit", "emoji", "🐱", "blank", ""));
        claims.put("capabilities", Map.of("allow_publish", true, "allow_subscribe", false));
        claims.put("list", List.of("a", "b", "a"));
        claims.put("nested", Map.of("deeper", List.of(Map.of("n", 1), List.of())));

        Jws token = Jws.parse(signer(privateKey(pair), KID, backend).sign(claims));

        assertThat(token.verifies(pair.getPublic())).isTrue();
        // both sides read from JSON text, so number node types compare alike
        assertThat(token.claims()).isEqualTo(Jws.reparsed(claims));
        assertThat(fieldNames(token.claims())).containsExactlyElementsOf(claims.keySet());
        assertThat(token.claims().get("beyondDoublePrecision").isIntegralNumber()).isTrue();
        assertThat(token.claims().get("beyondDoublePrecision").longValue()).isEqualTo(9_007_199_254_740_993L);
        assertThat(token.claims().get("min").longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(token.claims().get("user_id").textValue()).isEqualTo(claims.get("user_id"));
        assertThat(token.claims().get("yes").isBoolean()).isTrue();
        assertThat(token.claims().get("list").isArray()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEmptyClaimSetIsSignedAsAnEmptyObject(Backend backend) {
        KeyPair pair = P384Keys.generate().toKeyPair();

        Jws token = Jws.parse(signer(privateKey(pair), null, backend).sign(Map.of()));

        assertThat(new String(token.payload(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(token.verifies(pair.getPublic())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tokensAreCompactBase64UrlWithA96ByteJoseSignature(Backend backend) {
        String token = signer(privateKey(P384Keys.generate().toKeyPair()), KID, backend)
                .sign(Map.of("s", "~~~???>>>"));

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[2])).hasSize(96);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tokensOfManyKeysAndMessagesVerifyWithTheirKeyAndNoOther(Backend backend) {
        Random random = new SecureRandom();
        KeyPair previous = P384Keys.generate().toKeyPair();
        for (int i = 0; i < 40; i++) {
            KeyPair pair = P384Keys.generate().toKeyPair();
            Map<String, Object> claims = Map.of(
                    "n", i,
                    "exp", random.nextLong(),
                    "text", randomText(random, random.nextInt(300)),
                    "attributes", Map.of("k" + i, randomText(random, 20)));

            Jws token = Jws.parse(signer(privateKey(pair), "kid-" + i, backend).sign(claims));

            assertThat(token.verifies(pair.getPublic())).as("token %d", i).isTrue();
            assertThat(token.verifies(previous.getPublic())).as("token %d with another key", i).isFalse();
            assertThat(token.claims()).as("claims of token %d", i).isEqualTo(Jws.reparsed(claims));
            previous = pair;
        }
    }

    /**
     * Participant-shaped claims whose user ids, attribute names and values are hostile: quotes, backslashes, every
     * control character, U+2028/U+2029, emoji, lone surrogates, text that looks like escapes, and now and then a
     * value of 50,000 characters. Every token must verify, its payload must be strict UTF-8 with nothing raw that
     * JSON forbids, and it must read back as the claims given, lone surrogates read as U+FFFD.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void hostileUserIdsAndAttributesSignAndReadBackExactly(Backend backend) throws CharacterCodingException {
        Random random = new Random(backend.ordinal() * 7919L + 17);
        KeyPair pair = null;
        TokenSigner signer = null;
        for (int i = 0; i < 120; i++) {
            if (i % 6 == 0) {
                pair = P384Keys.generate().toKeyPair();
                signer = signer(privateKey(pair), KID, backend);
            }
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("exp", 1_700_000_000L + random.nextInt(1_000_000));
            claims.put("iat", 1_700_000_000L);
            claims.put("jti", hostile(random));
            claims.put("resource", "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
            claims.put("user_id", hostile(random) + (i % 25 == 3 ? hostileOfLength(random, 50_000) : ""));
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int a = random.nextInt(5); a > 0; a--) {
                attributes.put("k" + a + hostile(random), hostile(random));
            }
            claims.put("attributes", attributes);
            claims.put("capabilities", Map.of("allow_publish", random.nextBoolean(), "allow_subscribe", true));
            claims.put("tags", List.of(hostile(random), hostile(random)));
            claims.put("version", "1.0");

            Jws token = Jws.parse(signer.sign(claims));

            assertThat(token.verifies(pair.getPublic())).as("token %d", i).isTrue();
            String payload = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(token.payload())).toString();
            assertThat(payload.codePoints().filter(cp -> cp < 0x20 || cp == 0x2028 || cp == 0x2029).count())
                    .as("raw control characters or line separators in token %d", i).isZero();
            assertThat(token.claims()).as("claims of token %d", i).isEqualTo(Jws.reparsed(wellFormed(claims)));
            assertThat(fieldNames(token.claims())).containsExactlyElementsOf(claims.keySet());
            assertThat(fieldNames(token.claims().get("attributes")))
                    .containsExactlyElementsOf(wellFormed(attributes).keySet());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTamperedTokenNoLongerVerifies(Backend backend) {
        KeyPair pair = P384Keys.generate().toKeyPair();
        String[] parts = signer(privateKey(pair), KID, backend).sign(Map.of("role", "viewer")).split("\\.");
        assertThat(Jws.parse(String.join(".", parts)).verifies(pair.getPublic())).as("untampered").isTrue();

        String otherPayload = base64Url("{\"role\":\"host\"}");
        String otherHeader = base64Url("{\"alg\":\"ES384\",\"typ\":\"JWT\",\"kid\":\"someone-else\"}");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[95] ^= 1;
        String flipped = Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThat(Jws.parse(parts[0] + "." + otherPayload + "." + parts[2]).verifies(pair.getPublic()))
                .as("payload replaced").isFalse();
        assertThat(Jws.parse(otherHeader + "." + parts[1] + "." + parts[2]).verifies(pair.getPublic()))
                .as("header replaced").isFalse();
        assertThat(Jws.parse(parts[0] + "." + parts[1] + "." + flipped).verifies(pair.getPublic()))
                .as("signature bit flipped").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void signingFromManyThreadsAtOnceGivesValidTokens(Backend backend) throws Exception {
        KeyPair pair = P384Keys.generate().toKeyPair();
        TokenSigner signer = signer(privateKey(pair), KID, backend);
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
                    Jws token = Jws.parse(tokens.get(i));
                    assertThat(token.verifies(pair.getPublic())).as("thread %d token %d", t, i).isTrue();
                    assertThat(token.claims()).isEqualTo(Jws.reparsed(Map.of("thread", t, "i", i)));
                    assertThat(token.header().get("kid").textValue()).isEqualTo(KID);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- which provider signs ---------------------------------------------------------------------------------

    @Test
    void theFastestProviderPresentIsChosenAndReported() {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());

        TokenSigner signer = TokenSigner.es384(key, KID);

        // BouncyCastle is on the test classpath, and ACCP loads on the platforms it ships native code for
        assertThat(signer.provider()).startsWith(accpExpectedHere() ? "AmazonCorrettoCryptoProvider" : "BouncyCastle");
        assertThat(signer.toString()).contains("provider=" + signer.provider());
        assertThat(TokenSigner.es384(key).provider()).isEqualTo(signer.provider());
    }

    @Test
    void eachCapSelectsItsBackend() throws GeneralSecurityException {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());
        Signature jdk = Signature.getInstance("SHA384withECDSAinP1363Format");
        jdk.initSign(key);

        assertThat(TokenSigner.es384(key, KID, Backend.JDK).provider())
                .isEqualTo(jdk.getProvider().getName() + " " + jdk.getProvider().getVersionStr());
        assertThat(TokenSigner.es384(key, KID, Backend.BOUNCY_CASTLE).provider())
                .startsWith("BouncyCastle").endsWith("(lightweight ECDSA)");
        assertThat(Es384Signers.unavailableReason(Backend.JDK)).isEmpty();
        assertThat(Es384Signers.unavailableReason(Backend.BOUNCY_CASTLE)).isEmpty();
        if (accpExpectedHere()) {
            assertThat(Es384Signers.unavailableReason(Backend.ACCP)).isEmpty();
            assertThat(TokenSigner.es384(key, KID, Backend.ACCP).provider()).startsWith("AmazonCorrettoCryptoProvider 2.");
        } else {
            assertThat(Es384Signers.unavailableReason(Backend.ACCP)).isPresent();
            assertThat(TokenSigner.es384(key, KID, Backend.ACCP).provider()).startsWith("BouncyCastle");
        }
    }

    @Test
    void theSystemPropertyCapsTheChoice() {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());
        String saved = System.getProperty(Es384Signers.PROPERTY);
        try {
            System.setProperty(Es384Signers.PROPERTY, "jdk");
            assertThat(TokenSigner.es384(key, KID).provider()).startsWith("SunEC");
            System.setProperty(Es384Signers.PROPERTY, " BouncyCastle ");
            assertThat(TokenSigner.es384(key).provider()).startsWith("BouncyCastle");
            System.setProperty(Es384Signers.PROPERTY, "auto");
            assertThat(TokenSigner.es384(key).provider())
                    .startsWith(accpExpectedHere() ? "AmazonCorrettoCryptoProvider" : "BouncyCastle");
            System.setProperty(Es384Signers.PROPERTY, "fastest");
            Rejections.assertInvalid(() -> TokenSigner.es384(key, KID), Es384Signers.PROPERTY,
                    "\"fastest\" is not a signer", "auto, accp, bouncycastle, jdk");
        } finally {
            if (saved == null) {
                System.clearProperty(Es384Signers.PROPERTY);
            } else {
                System.setProperty(Es384Signers.PROPERTY, saved);
            }
        }
    }

    // ---- refusals and failures --------------------------------------------------------------------------------

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
    void claimsATokenCannotCarryAreRefusedNamingTheirPath() {
        TokenSigner signer = TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()));
        Map<String, Object> nullValue = new LinkedHashMap<>();
        nullValue.put("user_id", null);
        Map<String, Object> nullName = new LinkedHashMap<>();
        nullName.put(null, "x");
        Map<Object, Object> numberName = new LinkedHashMap<>();
        numberName.put(7, "x");
        List<String> listWithNull = new ArrayList<>();
        listWithNull.add("a");
        listWithNull.add(null);

        Rejections.assertInvalid(() -> signer.sign(null), "claims", "is missing");
        Rejections.assertInvalid(() -> signer.sign(Map.of("thing", new Object())), "claims[thing]",
                "is a java.lang.Object", "cannot carry", "allowed strings, booleans, integers, longs");
        Rejections.assertInvalid(() -> signer.sign(nullValue), "claims[user_id]", "is missing");
        Rejections.assertInvalid(() -> signer.sign(nullName), "claims.key", "is missing");
        Rejections.assertInvalid(() -> signer.sign(Map.of("attributes", numberName)), "claims[attributes].key",
                "is a java.lang.Integer", "claim names are strings");
        Rejections.assertInvalid(() -> signer.sign(Map.of("tags", listWithNull)), "claims[tags][1]", "is missing");
        Rejections.assertInvalid(() -> signer.sign(Map.of("a", Map.of("b", List.of(Double.NaN)))), "claims[a][b][0]",
                "is NaN", "allowed finite numbers");
        Rejections.assertInvalid(() -> signer.sign(Map.of("at", java.time.Instant.EPOCH)), "claims[at]",
                "is a java.time.Instant");
    }

    @Test
    void aMapThatContainsItselfIsRefusedNotOverflowed() {
        TokenSigner signer = TokenSigner.es384(privateKey(P384Keys.generate().toKeyPair()));
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("self", loop);

        IvsValidationException e = Rejections.assertInvalid(() -> signer.sign(loop),
                "claims" + "[self]".repeat(16),
                "nests more than 16 levels deep");
        assertThat(e.getMessage()).contains("allowed at most 16");
    }

    @Test
    void aFailingProviderIsAnIvsExceptionNamingIt() {
        for (Exception failure : List.of(new GeneralSecurityException("hardware gone"), new ProviderException("boom"))) {
            TokenSigner signer = new TokenSigner(new Es384Jws(new FailingSigner(failure), KID), KID);

            assertThatThrownBy(() -> signer.sign(Map.of("a", "b")))
                    .isExactlyInstanceOf(IvsException.class)
                    .hasCause(failure)
                    .hasMessageContaining("Broken 1.0")
                    .hasMessageContaining(failure.getMessage())
                    .satisfies(e -> assertThat(((IvsException) e).isRetryable()).isFalse());
        }
    }

    @Test
    void toStringNamesTheKeyIdAndProviderButNeverTheKey() {
        ECPrivateKey key = privateKey(P384Keys.generate().toKeyPair());
        String encoded = Base64.getEncoder().encodeToString(key.getEncoded());

        for (TokenSigner signer : List.of(TokenSigner.es384(key, KID), TokenSigner.es384(key),
                TokenSigner.es384(key, KID, Backend.BOUNCY_CASTLE), TokenSigner.es384(key, KID, Backend.JDK))) {
            String shown = signer.toString();

            assertThat(shown).contains("redacted").contains(signer.provider())
                    .doesNotContain(key.getS().toString())
                    .doesNotContainIgnoringCase(key.getS().toString(16))
                    .doesNotContain(encoded.substring(encoded.length() - 40));
        }
        assertThat(TokenSigner.es384(key, KID).toString()).contains(KID);
    }

    @Test
    void theTestsOwnSignatureConverterAgreesWithTheJdk() throws GeneralSecurityException {
        // Guards the verifier: raw r||s from the JDK's P1363 mode, converted by the test, must verify as DER.
        KeyPair pair = P384Keys.generate().toKeyPair();
        Signature p1363 = Signature.getInstance("SHA384withECDSAinP1363Format");
        for (int i = 0; i < 100; i++) {
            byte[] message = ("message " + i).getBytes(StandardCharsets.US_ASCII);
            p1363.initSign(pair.getPrivate());
            p1363.update(message);
            byte[] raw = p1363.sign();

            assertThat(KeyFixtures.verifies(pair.getPublic(), message, Jws.joseToDer(raw))).as("signature %d", i).isTrue();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A signer capped at the backend, checking that the backend really signs where it is expected to work. */
    private static TokenSigner signer(ECPrivateKey key, String keyId, Backend backend) {
        TokenSigner signer = TokenSigner.es384(key, keyId, backend);
        switch (backend) {
            case ACCP:
                assertThat(signer.provider()).startsWith(accpExpectedHere() ? "AmazonCorrettoCryptoProvider" : "BouncyCastle");
                break;
            case BOUNCY_CASTLE:
                assertThat(signer.provider()).startsWith("BouncyCastle");
                break;
            default:
                assertThat(signer.provider()).doesNotStartWith("BouncyCastle").doesNotStartWith("AmazonCorretto");
        }
        return signer;
    }

    /** ACCP ships native code for Linux on x86-64 and aarch64. */
    static boolean accpExpectedHere() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"));
    }

    private static ECPrivateKey privateKey(KeyPair pair) {
        return (ECPrivateKey) pair.getPrivate();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
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

    /** A short string of pieces that JSON writers get wrong. */
    private static String hostile(Random random) {
        StringBuilder out = new StringBuilder();
        for (int piece = random.nextInt(10); piece >= 0; piece--) {
            switch (random.nextInt(12)) {
                case 0 -> out.append((char) random.nextInt(0x20));
                case 1 -> out.append('"');
                case 2 -> out.append('\\');
                case 3 -> out.appendCodePoint(0x1F300 + random.nextInt(0x700));
                case 4 -> out.append((char) (0xD800 + random.nextInt(0x400)));
                case 5 -> out.append((char) (0xDC00 + random.nextInt(0x400)));
                case 6 -> out.append(random.nextBoolean() ? '\u2028' : '\u2029');
                case 7 -> out.append((char) (0x80 + random.nextInt(0xD800 - 0x80)));
                case 8 -> out.append(List.of("</script>", "\u007f", "\uFEFF", "\uFFFF", "\u0000", "/*", "'").get(random.nextInt(7)));
                case 9 -> out.append("\\u0041\\n\\\"");
                case 10 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> out.append("viewer-").append(random.nextInt(1000));
            }
        }
        return out.toString();
    }

    private static String hostileOfLength(Random random, int length) {
        StringBuilder out = new StringBuilder(length + 32);
        while (out.length() < length) {
            out.append(hostile(random));
        }
        return out.toString();
    }

    /** The claims as a reader sees them: each lone surrogate replaced by U+FFFD, by the JDK's own encoder. */
    @SuppressWarnings("unchecked")
    private static <T> T wellFormed(T value) {
        if (value instanceof String s) {
            try {
                CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
                return (T) StandardCharsets.UTF_8.decode(encoder.encode(CharBuffer.wrap(s))).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(wellFormed(k), wellFormed(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(wellFormed(v)));
            return (T) out;
        }
        return value;
    }

    /** A provider that fails, as a broken native library or a removed hardware token would. */
    private record FailingSigner(Exception failure) implements Es384Signer {
        @Override
        public byte[] sign(byte[] data, int offset, int length) throws GeneralSecurityException {
            if (failure instanceof GeneralSecurityException e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }

        @Override
        public String provider() {
            return "Broken 1.0";
        }

        @Override
        public Es384Signers.Backend backend() {
            return Es384Signers.Backend.JDK;
        }
    }
}
