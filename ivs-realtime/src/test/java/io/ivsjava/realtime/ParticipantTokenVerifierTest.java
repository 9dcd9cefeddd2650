package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
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
    void aTokenNotYetValidIsRefusedBeyondTheAllowedClockSkew() {
        long skew = ParticipantTokenVerifier.ALLOWED_CLOCK_SKEW.toSeconds();
        String later = es384(HEADER, CLAIMS.replace("\"iat\":", "\"nbf\":" + NOW.plusSeconds(skew + 1).getEpochSecond()
                + ",\"iat\":"), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(later, STAGE), "token.nbf", "valid only from 2026-11-25T12:00:31Z",
                "clock skew of up to 30 s is allowed");
        String withinSkew = es384(HEADER, CLAIMS.replace("\"iat\":", "\"nbf\":" + NOW.plusSeconds(skew)
                .getEpochSecond() + ",\"iat\":"), KEYS.privateKey());
        assertThat(VERIFIER.verify(withinSkew, STAGE).participant().id()).isEqualTo("abcdABCDefgh");

        // A signer whose clock runs ahead: iat in the future is refused beyond the skew, as nbf is.
        ParticipantTokenSigner ahead = ParticipantTokenSigner.create(KEYS, KEY,
                Clock.fixed(NOW.plusSeconds(skew + 1), ZoneOffset.UTC));
        String early = ahead.sign(STAGE, ENDPOINTS, Viewer.of("v")).token();
        assertInvalid(() -> VERIFIER.verify(early, STAGE), "token.iat",
                "claims to be issued at 2026-11-25T12:00:31Z, in the future; now is 2026-11-25T12:00:00Z");
        String slightlyAhead = ParticipantTokenSigner.create(KEYS, KEY, Clock.fixed(NOW.plusSeconds(skew),
                ZoneOffset.UTC)).sign(STAGE, ENDPOINTS, Viewer.of("v")).token();
        assertThat(VERIFIER.verify(slightlyAhead, STAGE).participant().userId()).hasValue("v");
    }

    @Test
    void timesOutOfRangeOrALifetimeOverFourteenDaysAreRefused() {
        String farFuture = es384(HEADER, CLAIMS.replaceFirst("\"exp\":\\d+", "\"exp\":" + Long.MAX_VALUE),
                KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(farFuture, STAGE), "token.exp", "beyond the range of dates");
        String farPastIat = es384(HEADER, CLAIMS.replaceFirst("\"iat\":\\d+", "\"iat\":" + Long.MIN_VALUE),
                KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(farPastIat, STAGE), "token.iat", "beyond the range of dates");

        String fifteenDays = es384(HEADER, CLAIMS.replaceFirst("\"exp\":\\d+", "\"exp\":"
                + NOW.plus(Duration.ofDays(15)).getEpochSecond()), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(fifteenDays, STAGE), "token.exp",
                "is 21600 minutes after iat; a participant token lives at most 20160 minutes");
        String fourteenDays = es384(HEADER, CLAIMS.replaceFirst("\"exp\":\\d+", "\"exp\":"
                + NOW.plus(Duration.ofDays(14)).getEpochSecond()), KEYS.privateKey());
        assertThat(VERIFIER.verify(fourteenDays, STAGE).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
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

    @Test
    void anHmacTokenKeyedWithAnyEncodingOfThePublicKeyIsRefused() throws GeneralSecurityException {
        byte[] der = KEYS.publicKey().getEncoded();
        byte[] point = java.util.Arrays.copyOfRange(der, der.length - 97, der.length);
        for (byte[] secret : java.util.List.of(KEYS.publicKeyPem().getBytes(StandardCharsets.US_ASCII), der, point)) {
            String hs384 = hmac("{\"alg\":\"HS384\",\"typ\":\"JWT\",\"kid\":\"" + KEY.value() + "\"}", CLAIMS,
                    secret);
            assertInvalid(() -> VERIFIER.verify(hs384, STAGE), "token.header.alg", "is \"HS384\"");
            // The same MAC under a header that claims ES384: 48 bytes are no ES384 signature.
            String disguised = hmac(HEADER, CLAIMS, secret);
            assertInvalid(() -> VERIFIER.verify(disguised, STAGE), "token.signature", "is 48 bytes");
        }
        for (String alg : java.util.List.of("HS256", "HS512", "RS384", "PS384", "es384", "ES384 ", "")) {
            String other = b64("{\"alg\":\"" + alg + "\",\"kid\":\"" + KEY.value() + "\"}") + "." + b64(CLAIMS)
                    + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[96]);
            assertInvalid(() -> VERIFIER.verify(other, STAGE), "token.header.alg", "only ES384 is accepted");
        }
    }

    @Test
    void anAllZeroSignatureIsRefused() {
        // CVE-2022-21449 ("psychic signatures"): r = s = 0 verified on some JDKs. Not on one this library runs on.
        String zero = b64(HEADER) + "." + b64(CLAIMS) + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[96]);
        assertInvalid(() -> VERIFIER.verify(zero, STAGE), "token.signature", "does not verify");
        String derSignature = b64(HEADER) + "." + b64(CLAIMS) + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(new byte[] {0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00});
        assertInvalid(() -> VERIFIER.verify(derSignature, STAGE), "token.signature", "is 8 bytes");
    }

    @Test
    void aKeyEmbeddedInTheHeaderIsNeverTrusted() throws GeneralSecurityException {
        // The attacker signs with their own P-384 key and offers it in jwk / jku / x5u: the kid's key decides.
        P384KeyPair attacker = P384Keys.generate();
        java.security.spec.ECPoint w = attacker.publicKey().getW();
        String jwk = "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"" + coordinate(w.getAffineX()) + "\",\"y\":\""
                + coordinate(w.getAffineY()) + "\"}";
        for (String extra : java.util.List.of("\"jwk\":" + jwk, "\"jku\":\"https://evil.example/keys\"",
                "\"x5u\":\"https://evil.example/cert.pem\"")) {
            String forged = es384("{\"alg\":\"ES384\",\"kid\":\"" + KEY.value() + "\"," + extra + "}", CLAIMS,
                    attacker.privateKey());
            assertInvalid(() -> VERIFIER.verify(forged, STAGE), "token.signature",
                    "does not verify against the public key " + KEY.value());
        }
    }

    @Test
    void aTamperedPayloadOrHeaderIsRefused() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(KEYS, KEY, CLOCK);
        String viewer = signer.sign(STAGE, ENDPOINTS, Viewer.of("v"), Duration.ofMinutes(30)).token();
        String[] parts = viewer.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        // A viewer grants itself PUBLISH, moves to another stage, lives longer or becomes someone else.
        for (String tampered : java.util.List.of(
                claims.replace("\"allow_publish\":false", "\"allow_publish\":true"),
                claims.replace(STAGE.value(), OTHER_STAGE.value()).replace("stageOne", "stageTwo"),
                claims.replaceFirst("\"exp\":\\d+", "\"exp\":" + NOW.plus(Duration.ofDays(1)).getEpochSecond()),
                claims.replace("\"user_id\":\"v\"", "\"user_id\":\"admin\""))) {
            assertThat(tampered).isNotEqualTo(claims);
            String token = parts[0] + "." + b64(tampered) + "." + parts[2];
            assertInvalid(() -> VERIFIER.verify(token, tampered.contains("stageTwo") ? OTHER_STAGE : STAGE),
                    "token.signature", "does not verify");
        }
        // A flipped bit in the signature, or the signature of another token.
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[40] ^= 1;
        String flipped = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        assertInvalid(() -> VERIFIER.verify(flipped, STAGE), "token.signature", "does not verify");
        String otherSignature = signer.sign(STAGE, ENDPOINTS, Viewer.of("w")).token().split("\\.")[2];
        assertInvalid(() -> VERIFIER.verify(parts[0] + "." + parts[1] + "." + otherSignature, STAGE), "token.signature",
                "does not verify");
        // A header re-encoded (same meaning, other bytes) no longer matches the signature.
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String reencoded = b64(header.replace(",", ", ")) + "." + parts[1] + "." + parts[2];
        assertInvalid(() -> VERIFIER.verify(reencoded, STAGE), "token.signature", "does not verify");
    }

    @Test
    void aHeaderOrPayloadNamingAMemberTwiceIsRefused() {
        String twoAlgs = b64("{\"alg\":\"none\",\"alg\":\"ES384\",\"kid\":\"" + KEY.value() + "\"}") + "."
                + b64(CLAIMS) + ".";
        assertInvalid(() -> VERIFIER.verify(twoAlgs, STAGE), "token",
                "has a header that is not JSON with each member named once");
        // Signed by the right key, but with two resources: which one a reader takes differs between parsers.
        String twoStages = es384(HEADER, CLAIMS.replace("\"topic\"", "\"resource\":\"" + OTHER_STAGE.value()
                + "\",\"topic\""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(twoStages, STAGE), "token",
                "has a payload that is not JSON with each member named once");
    }

    @Test
    void aTokenForAStageOfTheSameIdInAnotherAccountOrRegionIsRefused() {
        StageArn elsewhere = StageArn.parse("arn:aws:ivs:eu-west-1:210987654321:stage/stageOne");
        String token = ParticipantTokenSigner.create(KEYS, KEY, CLOCK).sign(elsewhere, ENDPOINTS, Viewer.of("v"))
                .token();
        assertInvalid(() -> VERIFIER.verify(token, STAGE), "token.resource",
                "is for the stage " + elsewhere.value() + "; expected " + STAGE.value());
    }

    @Test
    void aGenuineButOversizedTokenIsRefusedBeforeItsSignatureIsChecked() {
        String padding = "x".repeat(ParticipantTokenVerifier.MAX_TOKEN_CHARS);
        String huge = es384(HEADER, CLAIMS.replace("\"version\"", "\"attributes\":{\"bio\":\"" + padding
                + "\"},\"version\""), KEYS.privateKey());
        assertInvalid(() -> VERIFIER.verify(huge, STAGE), "token", "characters; at most 8192 are accepted");
        assertThat(huge.length()).isGreaterThan(ParticipantTokenVerifier.MAX_TOKEN_CHARS);
    }

    @Test
    void afterARotationTheRemovedKeysTokensAreRefusedAndTheNewKeysStillVerify() {
        PublicKeyArn newArn = PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/k2");
        P384KeyPair newKeys = P384Keys.generate();
        ImportedPublicKey oldKey = new ImportedPublicKey(KEY, "old", "f1", KEYS.publicKeyPem(), Map.of());
        ImportedPublicKey newKey = new ImportedPublicKey(newArn, "new", "f2", newKeys.publicKeyPem(), Map.of());
        String beforeTheSwitch = ParticipantTokenSigner.create(KEYS, KEY, CLOCK).sign(STAGE, ENDPOINTS, Viewer.of("a"))
                .token();
        String afterTheSwitch = ParticipantTokenSigner.create(newKeys, newArn, CLOCK).sign(STAGE, ENDPOINTS,
                Viewer.of("b")).token();

        // 1. Before: only the old key. 2. During: both. 3. After: the old key is removed (and deleted from IVS).
        ParticipantTokenVerifier before = ParticipantTokenVerifier.create(java.util.List.of(oldKey), CLOCK);
        ParticipantTokenVerifier during = ParticipantTokenVerifier.create(java.util.List.of(oldKey, newKey), CLOCK);
        ParticipantTokenVerifier after = ParticipantTokenVerifier.create(java.util.List.of(newKey), CLOCK);

        assertThat(before.verify(beforeTheSwitch, STAGE).participant().userId()).hasValue("a");
        assertInvalid(() -> before.verify(afterTheSwitch, STAGE), "token.header.kid", "public-key/k2");
        assertThat(during.verify(beforeTheSwitch, STAGE).participant().userId()).hasValue("a");
        assertThat(during.verify(afterTheSwitch, STAGE).participant().userId()).hasValue("b");
        assertInvalid(() -> after.verify(beforeTheSwitch, STAGE), "token.header.kid",
                "is \"" + KEY.value() + "\"; expected one of [" + newArn.value() + "]");
        assertThat(after.verify(afterTheSwitch, STAGE).participant().userId()).hasValue("b");
        assertThat(after.toString()).contains(newArn.value()).doesNotContain(KEY.value());
        assertInvalid(() -> ParticipantTokenVerifier.create(java.util.List.of(oldKey, oldKey), CLOCK), "publicKeys",
                "names " + KEY.value() + " twice");
    }

    private static String hmac(String header, String claims, byte[] secret) throws GeneralSecurityException {
        String input = b64(header) + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA384");
        mac.init(new SecretKeySpec(secret, "HmacSHA384"));
        return input + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String coordinate(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[48];
        int n = Math.min(bytes.length, 48);
        System.arraycopy(bytes, bytes.length - n, fixed, 48 - n, n);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
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
