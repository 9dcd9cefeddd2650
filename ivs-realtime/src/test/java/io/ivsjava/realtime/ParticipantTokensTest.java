package io.ivsjava.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Participant tokens from the API and signed locally, checked by a verifier independent of the signers. */
class ParticipantTokensTest {
    private static IvsEmulator emulator;
    private static IvsRealTime ivs;
    private static Stage stage;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.start();
        ivs = StagesTest.connect(emulator);
        stage = ivs.createStage(StageSpec.builder().name("tokens").build()).stage();
    }

    @AfterAll
    static void stop() {
        ivs.close();
        emulator.close();
    }

    @Test
    void apiTokenForAHostCarriesPublishAndSubscribe() {
        ParticipantToken token = ivs.createParticipantToken(stage.arn(), Host.of("kit", Map.of("displayName", "Kit")));

        Jwt jwt = Jwt.parse(token.token());
        assertThat(jwt.verifies(emulator.participantTokenPublicKey())).isTrue();
        JsonNode c = jwt.claims;
        assertThat(c.path("resource").asText()).isEqualTo(stage.arn().value());
        assertThat(c.path("jti").asText()).isEqualTo(token.participant().id());
        assertThat(c.path("user_id").asText()).isEqualTo("kit");
        assertThat(c.path("attributes").path("displayName").asText()).isEqualTo("Kit");
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isTrue();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(Duration.ofMinutes(720).toSeconds());
        assertThat(token.expiresAt().getEpochSecond()).isEqualTo(c.path("exp").asLong());
        assertThat(token.participant().capabilities()).containsExactly(Capability.PUBLISH, Capability.SUBSCRIBE);
        assertThat(token.selfSigned()).isFalse();
    }

    @Test
    void apiTokenForAViewerOnlySubscribes() {
        ParticipantToken token = ivs.createParticipantToken(stage.arn(), Viewer.anonymous(), Duration.ofMinutes(5));

        JsonNode c = Jwt.parse(token.token()).claims;
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isFalse();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.has("user_id")).isFalse();
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(300);
        assertThat(token.participant().userId()).isEmpty();
        assertThat(token.participant().canPublish()).isFalse();
    }

    @Test
    void durationIsCheckedBeforeAnyCallAtBothEnds() {
        long before = emulator.requestCount("CreateParticipantToken");

        assertThatThrownBy(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ofMinutes(20_161)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("duration");
                    assertThat(e.getMessage()).isEqualTo(
                            "duration: 20161 minutes is too long; allowed 1..20160 whole minutes");
                    assertThat(e.httpStatus()).isEmpty();
                    assertThat(e.errorCode()).hasValue("ValidationException");
                });
        assertThatThrownBy(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ZERO))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ofSeconds(90)))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("whole number of minutes");
        assertThat(emulator.requestCount("CreateParticipantToken")).isEqualTo(before);

        ParticipantToken longest = ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ofMinutes(20_160));
        JsonNode c = Jwt.parse(longest.token()).claims;
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(Duration.ofDays(14).toSeconds());
        assertThat(emulator.requestCount("CreateParticipantToken")).isEqualTo(before + 1);
    }

    @Test
    void userIdAndAttributesAreCheckedWhenTheRoleIsMade() {
        assertThatThrownBy(() -> Host.of("u".repeat(129)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("userId");
                    assertThat(e.getMessage()).contains("129 characters").contains("0..128");
                });
        String fits = "v".repeat(1024 - 1);
        assertThat(Viewer.of("v", Map.of("k", fits)).attributes()).containsEntry("k", fits);
        assertThatThrownBy(() -> Viewer.of("v", Map.of("k", fits + "v")))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("attributes");
                    assertThat(e.getMessage()).contains("1025 bytes").contains("at most 1024 bytes");
                });
        // Multi-byte characters count in UTF-8 bytes, as IVS counts them: 342 x 3 bytes = 1026.
        assertThatThrownBy(() -> Viewer.of("v", Map.of("", "€".repeat(342))))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("1026 bytes");
    }

    @Test
    void tokensForAMissingStageAreNotFound() {
        StageArn missing = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/missingStage");

        assertThatThrownBy(() -> ivs.createParticipantToken(missing, Viewer.anonymous()))
                .isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void tokensNeverShowInToString() {
        ParticipantToken token = ivs.createParticipantToken(stage.arn(), Viewer.of("shy"));

        assertThat(token.toString()).doesNotContain(token.token()).contains("<redacted>").contains("shy");
    }

    @Test
    void selfSignedTokensVerifyAgainstTheImportedKeyAndCarryEveryClaim() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        ImportedPublicKey imported = ivs.importPublicKey("app-signing-key", (ECPublicKey) pair.getPublic());
        assertThat(ivs.getPublicKey(imported.arn())).isEqualTo(imported);
        assertThat(P384Keys.readPublicKey(imported.pem())).isEqualTo(pair.getPublic());
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        ParticipantTokenSigner signer = ParticipantTokenSigner.create((ECPrivateKey) pair.getPrivate(), imported.arn(),
                Clock.fixed(now, ZoneOffset.UTC));
        long apiCalls = emulator.requestCount();

        ParticipantToken token = signer.sign(stage, Viewer.of("bob", Map.of("seat", "A1")), Duration.ofHours(2));

        assertThat(emulator.requestCount()).as("signing calls nothing").isEqualTo(apiCalls);
        Jwt jwt = Jwt.parse(token.token());
        assertThat(jwt.verifies(pair.getPublic())).isTrue();
        assertThat(jwt.verifies(P384Keys.generate().toKeyPair().getPublic())).isFalse();
        assertThat(jwt.header.path("alg").asText()).isEqualTo("ES384");
        assertThat(jwt.header.path("typ").asText()).isEqualTo("JWT");
        assertThat(jwt.header.path("kid").asText()).isEqualTo(imported.arn().value());
        JsonNode c = jwt.claims;
        assertThat(c.path("resource").asText()).isEqualTo(stage.arn().value());
        assertThat(c.path("topic").asText()).isEqualTo(stage.arn().id());
        assertThat(c.path("jti").asText()).isEqualTo(token.participant().id()).matches("[a-zA-Z0-9]{12}");
        assertThat(c.path("iat").asLong()).isEqualTo(now.getEpochSecond());
        assertThat(c.path("exp").asLong()).isEqualTo(now.plus(Duration.ofHours(2)).getEpochSecond());
        assertThat(c.path("events_url").asText()).isEqualTo(stage.endpoints().events().orElseThrow().toString());
        assertThat(c.path("whip_url").asText()).isEqualTo(stage.endpoints().whip().orElseThrow().toString());
        assertThat(c.path("user_id").asText()).isEqualTo("bob");
        assertThat(c.path("attributes").path("seat").asText()).isEqualTo("A1");
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isFalse();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.path("version").asText()).isEqualTo("1.0");
        assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(token.selfSigned()).isTrue();
        assertThat(signer.toString()).contains(imported.arn().value()).contains("<redacted>");

        ivs.deletePublicKey(imported.arn());
        assertThatThrownBy(() -> ivs.getPublicKey(imported.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void selfSignedTokensHaveDistinctParticipantIds() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        ParticipantTokenSigner signer = ParticipantTokenSigner.create((ECPrivateKey) pair.getPrivate(),
                io.ivsjava.core.PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/abcdABCDefgh"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(signer.sign(stage, Viewer.anonymous()).participant().id());
        }

        assertThat(ids).hasSize(200);
    }

    @Test
    void selfSigningChecksTheDurationAndNeedsTheStageEndpoints() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        ParticipantTokenSigner signer = ParticipantTokenSigner.create((ECPrivateKey) pair.getPrivate(),
                io.ivsjava.core.PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/abcdABCDefgh"));

        assertThat(signer.sign(stage, Host.anonymous(), Duration.ofMinutes(20_160)).expiresAt()).isNotNull();
        assertThatThrownBy(() -> signer.sign(stage, Host.anonymous(), Duration.ofMinutes(20_161)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("duration"));
        Stage withoutEndpoints = new Stage(stage.arn(), "", Map.of(), Optional.empty(), StageEndpoints.NONE);
        assertThatThrownBy(() -> signer.sign(withoutEndpoints, Host.anonymous()))
                .isInstanceOfSatisfying(IvsValidationException.class,
                        e -> assertThat(e.field()).hasValue("stage.endpoints.events"));
    }

    @Test
    void importingAKeyTwiceConflictsAndOtherCurvesAreRefusedLocally() throws Exception {
        KeyPair pair = P384Keys.generate().toKeyPair();
        ivs.importPublicKey("once", (ECPublicKey) pair.getPublic());
        assertThatThrownBy(() -> ivs.importPublicKey("twice", (ECPublicKey) pair.getPublic()))
                .isInstanceOfSatisfying(IvsConflictException.class, e -> assertThat(e.httpStatus()).hasValue(409));

        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        long before = emulator.requestCount("ImportPublicKey");
        assertThatThrownBy(() -> ivs.importPublicKey("p256", (ECPublicKey) p256.generateKeyPair().getPublic()))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("publicKey");
                    assertThat(e.getMessage()).contains("P-384");
                });
        assertThatThrownBy(() -> ivs.importPublicKey("bad name", (ECPublicKey) pair.getPublic()))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("name"));
        assertThat(emulator.requestCount("ImportPublicKey")).isEqualTo(before);
    }
}
