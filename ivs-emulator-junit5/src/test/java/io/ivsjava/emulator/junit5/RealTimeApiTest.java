package io.ivsjava.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.testing.Sdk;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageResponse;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesResponse;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantToken;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PublicKey;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;
import software.amazon.awssdk.services.ivsrealtime.model.StageSummary;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;

/** The real-time operations, driven by the unmodified AWS SDK for Java v2. */
class RealTimeApiTest {
    private static IvsEmulator emulator;
    private static IvsRealTimeClient client;

    @RegisterExtension
    static final IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().build();

    @BeforeAll
    static void start(IvsEmulator started, IvsRealTimeClient made) {
        emulator = started;
        client = made;
    }

    @Test
    void createStageReturnsAStageShapedLikeIvs() {
        CreateStageResponse created = client.createStage(b -> b.name("cat-stage_1").tags(Map.of("owner", "u1")));

        Stage stage = created.stage();
        assertThat(stage.arn()).matches("arn:aws:ivs:us-east-1:123456789012:stage/[a-zA-Z0-9]{12}");
        assertThat(stage.name()).isEqualTo("cat-stage_1");
        assertThat(stage.tags()).containsExactly(Map.entry("owner", "u1"));
        assertThat(stage.endpoints().events()).startsWith("wss://");
        assertThat(stage.endpoints().whip()).startsWith("https://").endsWith(".live-video.net");
        assertThat(stage.endpoints().rtmps()).startsWith("rtmps://").endsWith(":443/app/");
        assertThat(stage.endpoints().rtmp()).startsWith("rtmp://");
        assertThat(created.participantTokens()).isEmpty();

        assertThat(client.getStage(b -> b.arn(stage.arn())).stage()).isEqualTo(stage);
    }

    @Test
    void createStageIssuesItsInitialTokens() {
        CreateStageResponse created = client.createStage(b -> b.name("with-tokens").participantTokenConfigurations(
                ParticipantTokenConfiguration.builder().userId("host-1")
                        .capabilities(ParticipantTokenCapability.PUBLISH, ParticipantTokenCapability.SUBSCRIBE).build(),
                ParticipantTokenConfiguration.builder().userId("viewer-1").duration(60)
                        .capabilities(ParticipantTokenCapability.SUBSCRIBE).build()));

        assertThat(created.participantTokens()).extracting(ParticipantToken::userId)
                .containsExactly("host-1", "viewer-1");
        ParticipantToken viewer = created.participantTokens().get(1);
        assertThat(viewer.duration()).isEqualTo(60);
        assertThat(viewer.capabilities()).containsExactly(ParticipantTokenCapability.SUBSCRIBE);
        JsonNode claims = Jwt.parse(viewer.token()).claims;
        assertThat(claims.path("capabilities").path("allow_publish").asBoolean()).isFalse();
        assertThat(claims.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(claims.path("resource").asText()).isEqualTo(created.stage().arn());
    }

    @Test
    void participantTokenIsAnEs384JwtWithTheClaimsClientSdksRead() {
        Stage stage = client.createStage(b -> b.name("token-stage")).stage();
        Instant before = Instant.now().minusSeconds(1);

        ParticipantToken token = client.createParticipantToken(b -> b.stageArn(stage.arn()).userId("alice")
                .attributes(Map.of("displayName", "Alice"))).participantToken();

        assertThat(token.participantId()).matches("[a-zA-Z0-9]{12}");
        assertThat(token.duration()).isEqualTo(720);
        assertThat(token.capabilities())
                .containsExactly(ParticipantTokenCapability.PUBLISH, ParticipantTokenCapability.SUBSCRIBE);
        assertThat(token.expirationTime()).isBetween(before.plus(Duration.ofMinutes(720)),
                Instant.now().plus(Duration.ofMinutes(720)));

        Jwt jwt = Jwt.parse(token.token());
        assertThat(jwt.verifies(emulator.participantTokenPublicKey())).isTrue();
        assertThat(jwt.signatureLength()).isEqualTo(96);
        assertThat(jwt.header.path("alg").asText()).isEqualTo("ES384");
        assertThat(jwt.header.path("typ").asText()).isEqualTo("JWT");
        JsonNode c = jwt.claims;
        assertThat(c.path("jti").asText()).isEqualTo(token.participantId());
        assertThat(c.path("resource").asText()).isEqualTo(stage.arn());
        assertThat(c.path("topic").asText()).isEqualTo(stage.arn().substring(stage.arn().lastIndexOf('/') + 1));
        assertThat(c.path("user_id").asText()).isEqualTo("alice");
        assertThat(c.path("attributes").path("displayName").asText()).isEqualTo("Alice");
        assertThat(c.path("events_url").asText()).isEqualTo(stage.endpoints().events());
        assertThat(c.path("whip_url").asText()).isEqualTo(stage.endpoints().whip());
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isTrue();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.path("version").asText()).isEqualTo("1.0");
        assertThat(c.path("exp").asLong()).isEqualTo(token.expirationTime().getEpochSecond());
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(720 * 60);
    }

    @Test
    void tamperedTokenNoLongerVerifies() {
        Stage stage = client.createStage(b -> b.name("tamper")).stage();
        String token = client.createParticipantToken(b -> b.stageArn(stage.arn()).userId("mallory"))
                .participantToken().token();
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("mallory", "admin").getBytes());

        assertThat(Jwt.parse(parts[0] + "." + forgedClaims + "." + parts[2])
                .verifies(emulator.participantTokenPublicKey())).isFalse();
    }

    @Test
    void tokenDurationLimitsAreTheModels() {
        Stage stage = client.createStage(b -> b.name("limits")).stage();

        assertThat(client.createParticipantToken(b -> b.stageArn(stage.arn()).duration(20_160))
                .participantToken().duration()).isEqualTo(20_160);
        assertThat(client.createParticipantToken(b -> b.stageArn(stage.arn()).duration(1))
                .participantToken().duration()).isEqualTo(1);
        assertThatThrownBy(() -> client.createParticipantToken(b -> b.stageArn(stage.arn()).duration(20_161)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("at 'duration'",
                            "Member must have value less than or equal to 20160");
                });
        assertThatThrownBy(() -> client.createParticipantToken(b -> b.stageArn(stage.arn()).duration(0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Member must have value greater than or equal to 1");
    }

    @Test
    void attributesOverOneKilobyteAreRejected() {
        Stage stage = client.createStage(b -> b.name("attrs")).stage();
        String exactlyFits = "v".repeat(1024 - "k".length());
        String oneTooMany = exactlyFits + "v";

        assertThat(client.createParticipantToken(b -> b.stageArn(stage.arn()).attributes(Map.of("k", exactlyFits)))
                .participantToken().attributes()).containsEntry("k", exactlyFits);
        assertThatThrownBy(() -> client.createParticipantToken(
                b -> b.stageArn(stage.arn()).attributes(Map.of("k", oneTooMany))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1025 bytes");
    }

    @Test
    void validationFollowsTheModelsPatterns() {
        assertThatThrownBy(() -> client.createStage(b -> b.name("has space")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Value 'has space' at 'name' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]*");
        assertThatThrownBy(() -> client.getStage(b -> b.arn("arn:aws:ivs:us-east-1:123456789012:channel/abcdABCDefgh")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at 'arn'");
        assertThatThrownBy(() -> client.createStage(b -> b.name("x".repeat(129))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Member must have length less than or equal to 128");
    }

    @Test
    void severalViolationsAreReportedTogether() {
        List<ParticipantTokenConfiguration> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add(ParticipantTokenConfiguration.builder().userId("u" + i).build());
        }
        assertThatThrownBy(() -> client.createStage(b -> b.name("bad name").participantTokenConfigurations(thirteen)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 validation errors detected")
                .hasMessageContaining("at 'participantTokenConfigurations'");
    }

    @Test
    void missingResourcesAnswerResourceNotFoundWithARequestId() {
        String arn = "arn:aws:ivs:us-east-1:123456789012:stage/doesNotExist";
        assertThatThrownBy(() -> client.getStage(b -> b.arn(arn)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.requestId()).isNotBlank();
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.exceptionMessage()).contains(arn);
                });
        assertThatThrownBy(() -> client.createParticipantToken(b -> b.stageArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletedStagesAreGone() {
        String arn = client.createStage(b -> b.name("short-lived")).stage().arn();

        client.deleteStage(b -> b.arn(arn));

        assertThatThrownBy(() -> client.getStage(b -> b.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.deleteStage(b -> b.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listStagesPagesThroughEveryStageOnce() {
        try (IvsEmulator own = IvsEmulator.start(); IvsRealTimeClient c = Sdk.realTime(own)) {
            Set<String> created = new HashSet<>();
            for (int i = 0; i < 7; i++) {
                String name = "s" + i;
                created.add(c.createStage(b -> b.name(name).tags(Map.of("i", name))).stage().arn());
            }

            List<StageSummary> seen = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String t = token;
                ListStagesResponse page = c.listStages(b -> b.maxResults(3).nextToken(t));
                assertThat(page.stages()).hasSizeLessThanOrEqualTo(3);
                seen.addAll(page.stages());
                token = page.nextToken();
                pages++;
            } while (token != null);

            assertThat(pages).isEqualTo(3);
            assertThat(seen).extracting(StageSummary::arn).containsExactlyInAnyOrderElementsOf(created);
            assertThat(seen).allSatisfy(s -> assertThat(s.tags()).containsEntry("i", s.name()));
        }
    }

    @Test
    void pageTokensStayValidWhileStagesComeAndGo() {
        try (IvsEmulator own = IvsEmulator.start(); IvsRealTimeClient c = Sdk.realTime(own)) {
            List<String> arns = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                arns.add(c.createStage(b -> b.name("p")).stage().arn());
            }
            ListStagesResponse first = c.listStages(b -> b.maxResults(2));
            List<String> firstArns = first.stages().stream().map(StageSummary::arn).toList();
            // Delete the last stage returned and a stage not yet seen; add three new ones.
            c.deleteStage(b -> b.arn(firstArns.get(1)));
            String unseen = arns.stream().filter(a -> !firstArns.contains(a)).findFirst().orElseThrow();
            c.deleteStage(b -> b.arn(unseen));
            for (int i = 0; i < 3; i++) {
                c.createStage(b -> b.name("late"));
            }

            List<String> rest = new ArrayList<>();
            String token = first.nextToken();
            while (token != null) {
                String t = token;
                ListStagesResponse page = c.listStages(b -> b.maxResults(2).nextToken(t));
                page.stages().forEach(s -> rest.add(s.arn()));
                token = page.nextToken();
            }

            assertThat(rest).doesNotContainAnyElementsOf(firstArns).doesNotContain(unseen).doesNotHaveDuplicates();
            assertThat(rest).containsAll(arns.stream().filter(a -> !firstArns.contains(a) && !a.equals(unseen)).toList());
        }
    }

    @Test
    void foreignPageTokensAreRejected() {
        assertThatThrownBy(() -> client.listStages(b -> b.nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("nextToken");
    }

    @Test
    void importPublicKeyAcceptsP384AndReturnsAFingerprint() throws Exception {
        String pem = pem(keyPair("secp384r1"));

        PublicKey imported = client.importPublicKey(b -> b.publicKeyMaterial(pem).name("signing-key")
                .tags(Map.of("env", "test"))).publicKey();

        assertThat(imported.arn()).matches("arn:aws:ivs:us-east-1:123456789012:public-key/[a-zA-Z0-9]{12}");
        assertThat(imported.fingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
        assertThat(imported.publicKeyMaterial()).isEqualTo(pem);
        assertThat(client.getPublicKey(b -> b.arn(imported.arn())).publicKey()).isEqualTo(imported);
        assertThatThrownBy(() -> client.importPublicKey(b -> b.publicKeyMaterial(pem)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(imported.arn());
    }

    @Test
    void importPublicKeyRejectsOtherCurvesAndGarbage() throws Exception {
        String p256 = pem(keyPair("secp256r1"));
        assertThatThrownBy(() -> client.importPublicKey(b -> b.publicKeyMaterial(p256)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("256-bit curve")
                .hasMessageContaining("P-384");
        assertThatThrownBy(() -> client.importPublicKey(b -> b.publicKeyMaterial("not a key")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("publicKeyMaterial");
    }

    @Test
    void tagsCanBeAddedListedAndRemoved() {
        String arn = client.createStage(b -> b.name("tagged").tags(Map.of("a", "1"))).stage().arn();

        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("b", "2", "c", "3")));
        client.untagResource(b -> b.resourceArn(arn).tagKeys("a", "c"));

        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsExactly(Map.entry("b", "2"));
        assertThat(client.getStage(b -> b.arn(arn)).stage().tags()).containsExactly(Map.entry("b", "2"));
        assertThatThrownBy(() -> client.listTagsForResource(
                b -> b.resourceArn("arn:aws:ivs:us-east-1:123456789012:stage/nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aResourceHoldsAtMostFiftyTags() {
        String arn = client.createStage(b -> b.name("many-tags")).stage().arn();
        Map<String, String> fifty = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        client.tagResource(b -> b.resourceArn(arn).tags(fifty));

        assertThatThrownBy(() -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("one-more", "v"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 50 tags");
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSize(50);
    }

    static KeyPair keyPair(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
