package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Participant tokens from the CreateParticipantToken API, checked by a verifier independent of the emulator's
 * signer and of java-jwt (the emulator test jar's {@link Jwt}, on the JDK's {@code Signature}).
 */
class ParticipantTokensTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTime ivs;
    private Stage stage;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @BeforeEach
    void createStage() {
        stage = ivs.createStage(StageSpec.builder().name("tokens").build()).stage();
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
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(ParticipantToken.DEFAULT_DURATION.toSeconds());
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
    void aCustomRoleCarriesAnySetOfCapabilities() {
        ParticipantToken camera = ivs.createParticipantToken(stage.arn(),
                CustomRole.of(Set.of(Capability.PUBLISH), "door-camera"));

        JsonNode c = Jwt.parse(camera.token()).claims;
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isTrue();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isFalse();
        assertThat(camera.participant().capabilities()).containsExactly(Capability.PUBLISH);
        assertThat(camera.participant().canSubscribe()).isFalse();

        ParticipantToken both = ivs.createParticipantToken(stage.arn(),
                CustomRole.anonymous(EnumSet.of(Capability.SUBSCRIBE, Capability.PUBLISH)));
        assertThat(both.participant().capabilities()).containsExactly(Capability.PUBLISH, Capability.SUBSCRIBE);
    }

    @Test
    void customRolesRefuseNoCapabilityAndUnknownOnes() {
        assertInvalid(() -> CustomRole.anonymous(Set.of()), "capabilities", "is empty; give PUBLISH, SUBSCRIBE or both");
        assertInvalid(() -> CustomRole.anonymous(Set.of(Capability.UNKNOWN)), "capabilities[0]", "UNKNOWN",
                "allowed PUBLISH, SUBSCRIBE");
        assertInvalid(() -> CustomRole.anonymous(null), "capabilities", "is missing");
        assertInvalid(() -> CustomRole.of(Set.of(Capability.PUBLISH), null), "userId", "is missing");
    }

    @Test
    void exactly20160MinutesIsAcceptedAndOneMoreIsRefusedBeforeAnyCall() {
        assertInvalid(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ofMinutes(20_161)),
                "duration", "20161 minutes is too long; allowed 1..20160 whole minutes");
        assertInvalid(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ZERO), "duration",
                "0 minutes is too short");
        assertInvalid(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), Duration.ofSeconds(90)),
                "duration", "is not a positive whole number of minutes");
        assertInvalid(() -> ivs.createParticipantToken(stage.arn(), Host.anonymous(), null), "duration", "is missing");
        assertInvalid(() -> ivs.createParticipantToken(null, Host.anonymous()), "stageArn", "is missing");
        assertInvalid(() -> ivs.createParticipantToken(stage.arn(), null), "role", "is missing");
        assertThat(emulator.calls("CreateParticipantToken")).isEmpty();

        ParticipantToken longest = ivs.createParticipantToken(stage.arn(), Host.anonymous(), ParticipantToken.MAX_DURATION);
        JsonNode c = Jwt.parse(longest.token()).claims;
        assertThat(c.path("exp").asLong() - c.path("iat").asLong()).isEqualTo(Duration.ofMinutes(20_160).toSeconds());
        ParticipantToken shortest = ivs.createParticipantToken(stage.arn(), Host.anonymous(), ParticipantToken.MIN_DURATION);
        assertThat(Jwt.parse(shortest.token()).claims.path("exp").asLong()
                - Jwt.parse(shortest.token()).claims.path("iat").asLong()).isEqualTo(60);
        assertThat(emulator.calls("CreateParticipantToken")).hasSize(2).allMatch(RecordedCall::succeeded);
    }

    @Test
    void userIdAndAttributesAreCheckedWhenTheRoleIsMade() {
        assertInvalid(() -> Host.of("u".repeat(129)), "userId", "is 129 characters long; allowed 0..128 characters");
        String fits = "v".repeat(1024 - 1);
        assertThat(Viewer.of("v", Map.of("k", fits)).attributes()).containsEntry("k", fits);
        assertInvalid(() -> Viewer.of("v", Map.of("k", fits + "v")), "attributes",
                "keys and values total 1025 bytes (UTF-8); allowed at most 1024 bytes");
        // Multi-byte characters count in UTF-8 bytes, as IVS counts them: 342 x 3 bytes = 1026.
        assertInvalid(() -> Viewer.of("v", Map.of("", "€".repeat(342))), "attributes", "1026 bytes");
        assertInvalid(() -> Host.of(null), "userId", "is missing");
    }

    @Test
    void eachCallMintsANewTokenThatCanBeKeptWhileItLasts() {
        ParticipantToken first = ivs.createParticipantToken(stage.arn(), Host.of("kit"), Duration.ofHours(2));
        ParticipantToken second = ivs.createParticipantToken(stage.arn(), Host.of("kit"), Duration.ofHours(2));

        assertThat(second.participant().id()).isNotEqualTo(first.participant().id());
        assertThat(second.token()).isNotEqualTo(first.token());

        Clock now = Clock.fixed(first.expiresAt().minus(Duration.ofMinutes(90)), ZoneOffset.UTC);
        assertThat(first.expiresWithin(Duration.ofHours(1), now)).isFalse();
        assertThat(first.expiresWithin(Duration.ofMinutes(90), now)).isTrue();
        assertThat(first.expiresWithin(Duration.ofHours(2), now)).isTrue();
        assertThat(first.expiresWithin(Duration.ZERO, Clock.fixed(first.expiresAt().plusSeconds(1), ZoneOffset.UTC)))
                .as("an expired token").isTrue();
        assertThat(first.expiresWithin(Duration.ofMinutes(10))).as("by the system clock").isFalse();
        assertInvalid(() -> first.expiresWithin(null), "window", "is missing");
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
    void aViewerIsPromotedToHostWithTheSameUserAndAttributes() {
        ParticipantToken viewer = ivs.createParticipantToken(stage.arn(), Viewer.of("bob", Map.of("seat", "A1")));

        ParticipantToken host = ivs.promoteToHost(stage.arn(), viewer.participant(), Duration.ofHours(1));

        JsonNode c = Jwt.parse(host.token()).claims;
        assertThat(Jwt.parse(host.token()).verifies(emulator.participantTokenPublicKey())).isTrue();
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isTrue();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.path("user_id").asText()).isEqualTo("bob");
        assertThat(c.path("attributes").path("seat").asText()).isEqualTo("A1");
        assertThat(host.participant().id()).isNotEqualTo(viewer.participant().id());
        assertThat(host.participant().canPublish()).isTrue();
        assertThat(emulator.calls("DisconnectParticipant")).as("the viewer stays").isEmpty();
    }

    @Test
    void promotionCanDisconnectTheViewer() {
        CreatedStage created = ivs.createStage(StageSpec.builder().name("promotion")
                .withToken(Host.of("kit")).withToken(Viewer.of("bob")).build());
        StageArn arn = created.stage().arn();
        ParticipantToken viewer = created.tokens().get(1);
        emulator.simulateParticipantJoin(created.tokens().get(0).token());
        emulator.simulateParticipantJoin(viewer.token());

        ParticipantToken host = ivs.promoteToHostAndDisconnect(arn, viewer.participant(), Duration.ofHours(1));

        assertThat(host.participant().canPublish()).isTrue();
        String session = ivs.getStage(arn).activeSessionId().orElseThrow();
        assertThat(ivs.getParticipant(arn, session, viewer.participant().id()).state())
                .isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(emulator.calls("DisconnectParticipant")).singleElement()
                .satisfies(call -> assertThat(call.input()).contains(viewer.participant().id()));
    }
}
