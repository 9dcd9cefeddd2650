package io.ivsjava.realtime;

import static io.ivsjava.core.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Verifying a self-signed token a backend is shown: every refusal names its reason as the field, and a token
 * signed by {@link ParticipantTokenSigner} verifies back to the same value. Hostile tokens are made here with the
 * JDK alone.
 */
class ParticipantTokenVerifierTest {
    private static final PublicKeyArn KEY = PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/k1");
    private static final StageArn STAGE = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/stageOne");
    private static final StageArn OTHER_STAGE = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/stageTwo");
    private static final StageEndpoints ENDPOINTS = StageEndpoints.of(URI.create("wss://global.events.live-video.net"),
            URI.create("https://abc.global-bm.whip.live-video.net"));
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final P384KeyPair KEYS = P384Keys.generate();
    private static final ParticipantTokenVerifier VERIFIER = ParticipantTokenVerifier.create(KEYS.publicKey(), KEY, CLOCK);

    private static final String HEADER = "{\"alg\":\"ES384\",\"typ\":\"JWT\",\"kid\":\"" + KEY.value() + "\"}";
    private static final String CLAIMS = "{\"exp\":" + NOW.plusSeconds(3600).getEpochSecond() + ",\"iat\":"
            + NOW.getEpochSecond() + ",\"jti\":\"abcdABCDefgh\",\"resource\":\"" + STAGE.value()
            + "\",\"topic\":\"stageOne\",\"capabilities\":{\"allow_publish\":true,\"allow_subscribe\":true},"
            + "\"version\":\"1.0\"}";

    @Test
    void aTokenFromTheSignerVerifiesToTheSameValue() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(KEYS, KEY, CLOCK);
        ParticipantToken signed = signer.sign(STAGE, ENDPOINTS, Host.of("kit", Map.of("seat", "A1")),
                Duration.ofMinutes(30));

        ParticipantToken verified = VERIFIER.verify(signed.token(), STAGE, Capability.PUBLISH, Capability.SUBSCRIBE);

        assertThat(verified).isEqualTo(signed);
        assertThat(verified.participant().userId()).hasValue("kit");
        assertThat(verified.participant().attributes()).containsExactly(Map.entry("seat", "A1"));
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aVerifierMadeFromTheImportedKeyAcceptsItsTokens() {
        ImportedPublicKey imported = new ImportedPublicKey(KEY, "k", "fp", KEYS.publicKeyPem(), Map.of());
        String token = es384(HEADER, CLAIMS, KEYS.privateKey());

        ParticipantToken verified = ParticipantTokenVerifier.create(imported, CLOCK).verify(token, STAGE);

        assertThat(verified.participant().id()).isEqualTo("abcdABCDefgh");
        assertThat(verified.participant().canPublish()).isTrue();
        assertThat(verified.selfSigned()).isTrue();
    }

    @Test
    void anImportedKeyPairsSignerAndVerifierShareTheClockTheyAreGiven() {
        ImportedKeyPair pair = new ImportedKeyPair(
                new ImportedPublicKey(KEY, "k", "fp", KEYS.publicKeyPem(), Map.of()), KEYS);
        ParticipantToken signed = pair.signer(CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("v"), Duration.ofMinutes(30));

        assertThat(pair.verifier(CLOCK).verify(signed.token(), STAGE)).isEqualTo(signed);
        assertInvalid(() -> pair.verifier(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .verify(signed.token(), STAGE), "token.exp", "the token expired at 2026-11-25T12:30:00Z; "
                + "now is 2026-11-25T13:00:00Z");
        assertInvalid(() -> pair.verifier(null), "clock", "is missing");
    }

    @Test
    void unsignedTokensAreRefused() {
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + KEY.value() + "\"}") + "." + b64(CLAIMS) + ".";

        assertInvalid(() -> VERIFIER.verify(none, STAGE), "token.header.alg", "is \"none\"; only ES384 is accepted",
                "unsigned tokens are refused");
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() throws GeneralSecurityException {
        String header = "{\"alg\":\"HS384\",\"typ\":\"JWT\",\"kid\":\"" + KEY.value() + "\"}";
        String input = b64(header) + "." + b64(CLAIMS);
        Mac mac = Mac.getInstance("HmacSHA384");
        mac.init(new SecretKeySpec(KEYS.publicKeyPem().getBytes(StandardCharsets.US_ASCII), "HmacSHA384"));
        String forged = input + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        assertInvalid(() -> VERIFIER.verify(forged, STAGE), "token.header.alg", "is \"HS384\"",
                "an HMAC token keyed with the public key could be made by anyone who has the public key");
    }

    @Test
    void tokensSignedOnOtherCurvesAreRefused() throws GeneralSecurityException {
        KeyPair p256 = pair("secp256r1");
        String es256 = sign("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + KEY.value() + "\"}", CLAIMS,
                p256.getPrivate(), "SHA256withECDSAinP1363Format");
        assertInvalid(() -> VERIFIER.verify(es256, STAGE), "token.header.alg", "is \"ES256\"",
                "ECDSA on curves other than P-384 is refused");

        String claimingEs384 = sign(HEADER, CLAIMS, p256.getPrivate(), "SHA256withECDSAinP1363Format");
        assertInvalid(() -> VERIFIER.verify(claimingEs384, STAGE), "token.signature",
                "is 64 bytes; an ES384 signature is 96 (is the token signed on another curve?)");

        KeyPair p521 = pair("secp521r1");
        String es512 = sign(HEADER, CLAIMS, p521.getPrivate(), "SHA512withECDSAinP1363Format");
        assertInvalid(() -> VERIFIER.verify(es512, STAGE), "token.signature", "is 132 bytes");
    }

    @Test
    void aVerifierRefusesKeysOnOtherCurves() throws GeneralSecurityException {
        ECPublicKey p256 = (ECPublicKey) pair("secp256r1").getPublic();

        assertInvalid(() -> ParticipantTokenVerifier.create(p256, KEY), "publicKey", "P-384");
    }

    @Test
    void aMissingOrForeignKeyIdIsRefused() {
        String foreign = ParticipantTokenSigner.create(KEYS,
                PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/k2"), CLOCK)
                .sign(STAGE, ENDPOINTS, Viewer.of("v")).token();
        assertInvalid(() -> VERIFIER.verify(foreign, STAGE), "token.header.kid",
                "is \"arn:aws:ivs:us-east-1:123456789012:public-key/k2\"; expected one of [" + KEY.value() + "]");

        String noKid = es384("{\"alg\":\"ES384\",\"typ\":\"JWT\"}", CLAIMS, KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(noKid, STAGE), "token.header.kid", "is missing; expected one of [" + KEY.value() + "]");
    }

    @Test
    void duringARotationBothKeysVerifyEachByItsKidAndAnUnknownKidIsRefused() {
        PublicKeyArn newArn = PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/k2");
        P384KeyPair newKeys = P384Keys.generate();
        ParticipantTokenVerifier rotating = ParticipantTokenVerifier.create(java.util.List.of(
                new ImportedPublicKey(KEY, "old", "f1", KEYS.publicKeyPem(), Map.of()),
                new ImportedPublicKey(newArn, "new", "f2", newKeys.publicKeyPem(), Map.of())), CLOCK);
        String oldToken = ParticipantTokenSigner.create(KEYS, KEY, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("a")).token();
        String newToken = ParticipantTokenSigner.create(newKeys, newArn, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("b"))
                .token();

        assertThat(rotating.verify(oldToken, STAGE).participant().userId()).hasValue("a");
        assertThat(rotating.verify(newToken, STAGE).participant().userId()).hasValue("b");
        // signed by the new key but naming the old kid: the kid selects the old key, which does not verify it
        String crossed = ParticipantTokenSigner.create(newKeys, KEY, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("c"))
                .token();
        assertInvalid(() -> rotating.verify(crossed, STAGE), "token.signature", "does not verify against the public key "
                + KEY.value());
        String unknown = ParticipantTokenSigner.create(newKeys,
                PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/k3"), CLOCK)
                .sign(STAGE, ENDPOINTS, Viewer.of("d")).token();
        assertInvalid(() -> rotating.verify(unknown, STAGE), "token.header.kid", "public-key/k3");
        assertInvalid(() -> ParticipantTokenVerifier.create(java.util.List.of(), CLOCK), "publicKeys", "is empty");
    }

    @Test
    void anOversizedTokenIsRefusedBeforeItIsDecoded() {
        String huge = "x".repeat(ParticipantTokenVerifier.MAX_TOKEN_CHARS + 1);
        assertInvalid(() -> VERIFIER.verify(huge, STAGE), "token",
                "is " + huge.length() + " characters; at most " + ParticipantTokenVerifier.MAX_TOKEN_CHARS);
    }

    @Test
    void aSignatureFromAnotherKeyOrOverChangedClaimsIsRefused() {
        String otherKey = es384(HEADER, CLAIMS, P384Keys.generate().privateKey());
        assertInvalid(() -> VERIFIER.verify(otherKey, STAGE), "token.signature",
                "does not verify against the public key " + KEY.value());

        String genuine = es384(HEADER, CLAIMS, KEYS.privateKey());
        String[] parts = genuine.split("\\.");
        String promoted = parts[0] + "." + b64(CLAIMS.replace("\"allow_publish\":true", "\"allow_publish\":true ")) + "."
                + parts[2];
        assertInvalid(() -> VERIFIER.verify(promoted, STAGE), "token.signature", "does not verify");
    }

    @Test
    void anExpiredTokenIsRefusedAndOneValidToTheLastSecondIsNot() {
        ParticipantTokenSigner past = ParticipantTokenSigner.create(KEYS, KEY,
                Clock.fixed(NOW.minus(Duration.ofHours(2)), ZoneOffset.UTC));
        String expired = past.sign(STAGE, ENDPOINTS, Viewer.of("v"), Duration.ofHours(1)).token();
        assertInvalid(() -> VERIFIER.verify(expired, STAGE), "token.exp",
                "the token expired at 2026-11-25T11:00:00Z; now is 2026-11-25T12:00:00Z");

        String atNow = past.sign(STAGE, ENDPOINTS, Viewer.of("v"), Duration.ofHours(2)).token();
        assertInvalid(() -> VERIFIER.verify(atNow, STAGE), "token.exp", "expired at 2026-11-25T12:00:00Z");

        ParticipantTokenVerifier aSecondEarlier = ParticipantTokenVerifier.create(KEYS.publicKey(), KEY,
                Clock.fixed(NOW.minusSeconds(1), ZoneOffset.UTC));
        assertThat(aSecondEarlier.verify(atNow, STAGE).expiresAt()).isEqualTo(NOW);

        String noExp = es384(HEADER, CLAIMS.replaceFirst("\"exp\":\\d+,", ""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(noExp, STAGE), "token.exp", "is missing");
        String textExp = es384(HEADER, CLAIMS.replaceFirst("\"exp\":\\d+", "\"exp\":\"tomorrow\""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(textExp, STAGE), "token.exp", "expected seconds since the epoch");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        String later = es384(HEADER, CLAIMS.replace("\"iat\":", "\"nbf\":" + NOW.plusSeconds(60).getEpochSecond()
                + ",\"iat\":"), KEYS.privateKey());

        assertInvalid(() -> VERIFIER.verify(later, STAGE), "token.nbf", "valid only from 2026-11-25T12:01:00Z");
    }

    @Test
    void aTokenForAnotherStageIsRefused() {
        String token = ParticipantTokenSigner.create(KEYS, KEY, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("v")).token();

        assertInvalid(() -> VERIFIER.verify(token, OTHER_STAGE), "token.resource",
                "is for the stage " + STAGE.value() + "; expected " + OTHER_STAGE.value());
        String wrongTopic = es384(HEADER, CLAIMS.replace("\"topic\":\"stageOne\"", "\"topic\":\"stageTwo\""),
                KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(wrongTopic, STAGE), "token.topic", "expected the stage id stageOne");
        String noResource = es384(HEADER, CLAIMS.replace("\"resource\"", "\"other\""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(noResource, STAGE), "token.resource", "is missing");
    }

    @Test
    void aRequiredCapabilityMustBeGranted() {
        String viewer = ParticipantTokenSigner.create(KEYS, KEY, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("v")).token();

        assertThat(VERIFIER.verify(viewer, STAGE, Capability.SUBSCRIBE).participant().canSubscribe()).isTrue();
        assertInvalid(() -> VERIFIER.verify(viewer, STAGE, Capability.PUBLISH), "token.capabilities",
                "grants [SUBSCRIBE]; PUBLISH is required");
    }

    @Test
    void aTokenWithoutParticipantIdOrWithCriticalExtensionsIsRefused() {
        String noJti = es384(HEADER, CLAIMS.replace("\"jti\":\"abcdABCDefgh\",", ""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(noJti, STAGE), "token.jti", "is missing");

        String crit = es384("{\"alg\":\"ES384\",\"kid\":\"" + KEY.value() + "\",\"crit\":[\"b64\"],\"b64\":false}",
                CLAIMS, KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(crit, STAGE), "token.header.crit", "does not understand");
    }

    @Test
    void malformedTokensAreRefusedAsSuch() {
        assertInvalid(() -> VERIFIER.verify(null, STAGE), "token", "is missing");
        assertInvalid(() -> VERIFIER.verify("", STAGE), "token", "has 1 parts; a compact JWT has three");
        assertInvalid(() -> VERIFIER.verify("a.b", STAGE), "token", "has 2 parts");
        assertInvalid(() -> VERIFIER.verify("a.b.c.d", STAGE), "token", "has 4 parts");
        assertInvalid(() -> VERIFIER.verify("%%%.e30.AA", STAGE), "token", "has a header that is not base64url");
        assertInvalid(() -> VERIFIER.verify(b64("not json") + ".e30.AA", STAGE), "token", "has a header that is not JSON");
        assertInvalid(() -> VERIFIER.verify(b64("[1]") + ".e30.AA", STAGE), "token",
                "has a header that is not a JSON object");
        assertInvalid(() -> VERIFIER.verify(b64("{\"typ\":\"JWT\"}") + ".e30.AA", STAGE), "token.header.alg",
                "is missing");
        assertInvalid(() -> VERIFIER.verify(es384(HEADER, "[]", KEYS.privateKey()), STAGE), "token",
                "has a payload that is not a JSON object");
        assertInvalid(() -> VERIFIER.verify(es384(HEADER, CLAIMS, KEYS.privateKey()), null), "stage", "is missing");
    }

    private static String es384(String header, String claims, PrivateKey key) {
        try {
            return sign(header, claims, key, "SHA384withECDSAinP1363Format");
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String sign(String header, String claims, PrivateKey key, String algorithm)
            throws GeneralSecurityException {
        String input = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static KeyPair pair(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
