package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.testing.Sdk;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.EventName;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantProtocol;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;

/** simulateParticipantJoin checks each token as IVS does when a participant joins. */
class ParticipantJoinTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);
    private static final KeyPair pair = SelfSigned.p384();
    private static final String keyArn =
            client.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(pair))).publicKey().arn();

    private static Stage stage() {
        return client.createStage(b -> b.name("join")).stage();
    }

    private static Participant participant(Stage stage, String participantId) {
        String session = client.getStage(b -> b.arn(stage.arn())).stage().activeSessionId();
        return client.getParticipant(b -> b.stageArn(stage.arn()).sessionId(session).participantId(participantId))
                .participant();
    }

    @Test
    void anEmulatorIssuedTokenJoinsAsItsParticipant() {
        Stage stage = stage();
        var token = client.createParticipantToken(b -> b.stageArn(stage.arn()).userId("alice")
                .attributes(java.util.Map.of("seat", "front"))).participantToken();

        String participantId = emulator.simulateParticipantJoin(token.token());

        assertThat(participantId).isEqualTo(token.participantId());
        Stage joined = client.getStage(b -> b.arn(stage.arn())).stage();
        assertThat(joined.activeSessionId()).matches("st-[a-zA-Z0-9]{13}");
        Participant p = participant(stage, participantId);
        assertThat(p.userId()).isEqualTo("alice");
        assertThat(p.attributes()).containsEntry("seat", "front");
        assertThat(p.state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(p.published()).isFalse();
        assertThat(p.protocol()).isEqualTo(ParticipantProtocol.WHIP);
        assertThat(p.firstJoinTime()).isNotNull();
    }

    @Test
    void aSelfSignedTokenJoinsWhenItsKidNamesAnImportedKey() {
        Stage stage = stage();
        String jti = SelfSigned.participantId();
        String token = SelfSigned.sign(pair.getPrivate(), keyArn,
                SelfSigned.claims(stage.arn(), jti, Instant.now(), Duration.ofMinutes(30)));

        assertThat(emulator.simulateParticipantJoin(token)).isEqualTo(jti);
        Participant p = participant(stage, jti);
        assertThat(p.userId()).isEqualTo("self-" + jti);
        assertThat(p.attributes()).containsEntry("role", "host");
    }

    @Test
    void aTokenIsOneParticipantWhichReconnects() {
        Stage stage = stage();
        String token = client.createParticipantToken(b -> b.stageArn(stage.arn())).participantToken().token();
        String first = emulator.simulateParticipantJoin(token);
        String again = emulator.simulateParticipantJoin(token);
        assertThat(again).isEqualTo(first);
        Instant firstJoin = participant(stage, first).firstJoinTime();

        emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stage.arn()))
                .participantToken().token());
        emulator.simulateParticipantLeave(stage.arn(), first);
        assertThat(participant(stage, first).state()).isEqualTo(ParticipantState.DISCONNECTED);
        emulator.simulateParticipantJoin(token);

        Participant back = participant(stage, first);
        assertThat(back.state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(back.firstJoinTime()).isEqualTo(firstJoin);
        String session = client.getStage(b -> b.arn(stage.arn())).stage().activeSessionId();
        assertThat(client.listParticipants(b -> b.stageArn(stage.arn()).sessionId(session)).participants())
                .hasSize(2);
        assertThat(client.listParticipantEvents(b -> b.stageArn(stage.arn()).sessionId(session).participantId(first))
                .events()).extracting(e -> e.name())
                .containsExactly(EventName.JOINED, EventName.LEFT, EventName.JOINED);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Stage stage = stage();
        String token = SelfSigned.sign(pair.getPrivate(), keyArn, SelfSigned.claims(stage.arn(),
                SelfSigned.participantId(), Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expired");
        assertThat(client.getStage(b -> b.arn(stage.arn())).stage().activeSessionId()).isNull();
    }

    @Test
    void aTamperedTokenIsRefused() {
        Stage stage = stage();
        String token = client.createParticipantToken(b -> b.stageArn(stage.arn()).userId("mallory"))
                .participantToken().token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"allow_publish\":false", "\"allow_publish\":true").replace("mallory", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(forged))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature does not verify");
    }

    @Test
    void aTokenSignedWithAnotherKeyThanItsKidIsRefused() {
        Stage stage = stage();
        KeyPair other = SelfSigned.p384();
        String token = SelfSigned.sign(other.getPrivate(), keyArn,
                SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(), Duration.ofHours(1)));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyArn);
    }

    @Test
    void aTokenOfAnotherEmulatorIsRefused() {
        try (IvsEmulator other = IvsEmulator.start(); IvsRealTimeClient otherClient = Sdk.realTime(other)) {
            Stage stage = otherClient.createStage(b -> b.name("elsewhere")).stage();
            String token = otherClient.createParticipantToken(b -> b.stageArn(stage.arn())).participantToken().token();
            assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature does not verify");
        }
    }

    @Test
    void aKidNamingNoImportedKeyIsRefused() {
        Stage stage = stage();
        String unknown = keyArn.substring(0, keyArn.lastIndexOf('/') + 1) + "NeverImported";
        String token = SelfSigned.sign(pair.getPrivate(), unknown,
                SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(), Duration.ofHours(1)));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no public key imported").hasMessageContaining(unknown);
    }

    @Test
    void deletingThePublicKeyInvalidatesItsTokens() {
        Stage stage = stage();
        KeyPair doomed = SelfSigned.p384();
        String arn = client.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(doomed))).publicKey().arn();
        String token = SelfSigned.sign(doomed.getPrivate(), arn,
                SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(), Duration.ofHours(1)));

        client.deletePublicKey(b -> b.arn(arn));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no public key imported");
    }

    @Test
    void aKeyOfAnotherRegionDoesNotVerifyTokensForThisRegionsStages() {
        try (IvsRealTimeClient oregon = Sdk.realTime(emulator, "us-west-2")) {
            KeyPair westPair = SelfSigned.p384();
            String westKey = oregon.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(westPair))).publicKey().arn();
            Stage stage = stage();
            String token = SelfSigned.sign(westPair.getPrivate(), westKey,
                    SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(), Duration.ofHours(1)));

            assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another account or region");
        }
    }

    @Test
    void aTokenForADeletedStageIsRefused() {
        Stage stage = stage();
        String token = client.createParticipantToken(b -> b.stageArn(stage.arn())).participantToken().token();
        client.deleteStage(b -> b.arn(stage.arn()));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aSelfSignedLifetimeOfFourteenDaysIsTheLongest() {
        Stage stage = stage();
        Instant now = Instant.now();
        String longest = SelfSigned.sign(pair.getPrivate(), keyArn,
                SelfSigned.claims(stage.arn(), SelfSigned.participantId(), now, Duration.ofMinutes(20_160)));
        String tooLong = SelfSigned.sign(pair.getPrivate(), keyArn,
                SelfSigned.claims(stage.arn(), SelfSigned.participantId(), now, Duration.ofMinutes(20_161)));

        assertThat(emulator.simulateParticipantJoin(longest)).isNotBlank();
        assertThatThrownBy(() -> emulator.simulateParticipantJoin(tooLong))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20160");
    }

    @Test
    void malformedTokensAndClaimsAreRefusedSayingWhy() {
        Stage stage = stage();
        assertThatThrownBy(() -> emulator.simulateParticipantJoin("not-a-jwt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JWT");
        assertThatThrownBy(() -> emulator.simulateParticipantJoin(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        ObjectNode channelResource = SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(),
                Duration.ofHours(1));
        channelResource.put("resource", "arn:aws:ivs:us-east-1:123456789012:channel/abc");
        assertThatThrownBy(() -> emulator.simulateParticipantJoin(
                SelfSigned.sign(pair.getPrivate(), keyArn, channelResource)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a stage ARN");
        ObjectNode badJti = SelfSigned.claims(stage.arn(), "has space", Instant.now(), Duration.ofHours(1));
        assertThatThrownBy(() -> emulator.simulateParticipantJoin(SelfSigned.sign(pair.getPrivate(), keyArn, badJti)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jti");
    }

    @Test
    void aDisconnectedParticipantsTokenIsRevoked() {
        Stage stage = stage();
        var token = client.createParticipantToken(b -> b.stageArn(stage.arn())).participantToken();
        emulator.simulateParticipantJoin(token.token());
        emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stage.arn()))
                .participantToken().token());

        client.disconnectParticipant(b -> b.stageArn(stage.arn()).participantId(token.participantId())
                .reason("spam"));

        assertThatThrownBy(() -> emulator.simulateParticipantJoin(token.token()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revokes");
    }
}
