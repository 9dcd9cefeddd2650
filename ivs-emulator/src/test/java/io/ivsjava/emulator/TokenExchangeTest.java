package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.testing.Sdk;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.Event;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;

/**
 * simulateTokenExchange: a connected participant's client swaps its token (the broadcast SDKs' exchangeToken), and
 * its capabilities, attributes and user id change without it leaving the stage.
 */
class TokenExchangeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);
    private static final KeyPair pair = SelfSigned.p384();
    private static final String keyArn =
            client.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(pair))).publicKey().arn();

    private static Stage stage() {
        return client.createStage(b -> b.name("exchange")).stage();
    }

    private static ObjectNode viewer(String stageArn, String participantId) {
        ObjectNode claims = SelfSigned.claims(stageArn, participantId, Instant.now(), Duration.ofMinutes(30));
        claims.put("user_id", "bob");
        claims.putObject("attributes").put("role", "viewer");
        ((ObjectNode) claims.get("capabilities")).put("allow_publish", false);
        return claims;
    }

    private static ObjectNode coHost(String stageArn, String participantId) {
        ObjectNode claims = SelfSigned.claims(stageArn, participantId, Instant.now(), Duration.ofHours(2));
        claims.put("user_id", "bob");
        claims.putObject("attributes").put("role", "co-host");
        return claims;
    }

    private static String sign(ObjectNode claims) {
        return SelfSigned.sign(pair.getPrivate(), keyArn, claims);
    }

    private static String session(Stage stage) {
        return client.getStage(b -> b.arn(stage.arn())).stage().activeSessionId();
    }

    private static Participant participant(Stage stage, String participantId) {
        return client.getParticipant(b -> b.stageArn(stage.arn()).sessionId(session(stage))
                .participantId(participantId)).participant();
    }

    /** Event names, newest first. */
    private static List<String> events(Stage stage, String participantId) {
        return client.listParticipantEvents(b -> b.stageArn(stage.arn()).sessionId(session(stage))
                .participantId(participantId)).events().stream().map(Event::nameAsString).toList();
    }

    /** The events as JSON: the SDK this project builds on (2.40.2) predates TOKEN_EXCHANGED and its members. */
    private static JsonNode rawEvents(Stage stage, String participantId) throws Exception {
        return JSON.readTree(PlainHttp.send(emulator, "POST", "/ListParticipantEvents", "{\"stageArn\":\""
                + stage.arn() + "\",\"sessionId\":\"" + session(stage) + "\",\"participantId\":\"" + participantId
                + "\"}").body()).path("events");
    }

    @Test
    void aViewerExchangesItsTokenAndPublishesWithoutLeavingTheStage() throws Exception {
        Stage stage = stage();
        String jti = SelfSigned.participantId();
        assertThat(emulator.simulateParticipantJoin(sign(viewer(stage.arn(), jti)))).isEqualTo(jti);
        String session = session(stage);
        assertThatThrownBy(() -> emulator.simulateParticipantPublish(stage.arn(), jti))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks the PUBLISH capability");

        ObjectNode promoted = coHost(stage.arn(), jti);
        assertThat(emulator.simulateTokenExchange(sign(promoted))).isEqualTo(jti);
        emulator.simulateParticipantPublish(stage.arn(), jti);

        assertThat(session(stage)).as("the same session: nobody left").isEqualTo(session);
        Participant p = participant(stage, jti);
        assertThat(p.state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(p.published()).isTrue();
        assertThat(p.userId()).isEqualTo("bob");
        assertThat(p.attributes()).containsExactly(java.util.Map.entry("role", "co-host"));
        assertThat(events(stage, jti)).containsExactly("PUBLISH_STARTED", "TOKEN_EXCHANGED", "PUBLISH_ERROR",
                "JOINED");
        JsonNode events = rawEvents(stage, jti);
        assertThat(events.get(2).path("errorCode").asText()).isEqualTo("INSUFFICIENT_CAPABILITIES");
        JsonNode exchanged = events.get(1);
        assertThat(exchanged.path("previousToken").path("capabilities").toString()).isEqualTo("[\"SUBSCRIBE\"]");
        assertThat(exchanged.path("previousToken").path("attributes").path("role").asText()).isEqualTo("viewer");
        assertThat(exchanged.path("newToken").path("capabilities").toString()).isEqualTo("[\"PUBLISH\",\"SUBSCRIBE\"]");
        assertThat(exchanged.path("newToken").path("attributes").path("role").asText()).isEqualTo("co-host");
        assertThat(exchanged.path("newToken").path("userId").asText()).isEqualTo("bob");
        assertThat(Instant.parse(exchanged.path("newToken").path("expirationTime").asText()))
                .isEqualTo(Instant.ofEpochSecond(promoted.path("exp").asLong()));
    }

    @Test
    void aPublisherExchangedToAViewerStopsPublishingAndOneWithoutSubscribeStopsSubscribing() {
        Stage stage = stage();
        String host = SelfSigned.participantId();
        String guest = SelfSigned.participantId();
        emulator.simulateParticipantJoin(sign(coHost(stage.arn(), host)));
        emulator.simulateParticipantJoin(sign(coHost(stage.arn(), guest)));
        emulator.simulateParticipantPublish(stage.arn(), host);
        emulator.simulateParticipantPublish(stage.arn(), guest);
        emulator.simulateParticipantSubscribe(stage.arn(), guest, host);

        emulator.simulateTokenExchange(sign(viewer(stage.arn(), host)));
        ObjectNode publishOnly = coHost(stage.arn(), guest);
        ((ObjectNode) publishOnly.get("capabilities")).put("allow_subscribe", false);
        emulator.simulateTokenExchange(sign(publishOnly));

        assertThat(events(stage, host)).startsWith("TOKEN_EXCHANGED", "PUBLISH_STOPPED");
        assertThat(events(stage, guest)).startsWith("TOKEN_EXCHANGED", "SUBSCRIBE_STOPPED");
        assertThat(participant(stage, host).state()).isEqualTo(ParticipantState.CONNECTED);
        assertThatThrownBy(() -> emulator.simulateParticipantSubscribe(stage.arn(), guest, host))
                .isInstanceOf(IllegalArgumentException.class);
        emulator.simulateParticipantPublish(stage.arn(), guest);
    }

    @Test
    void anExchangeIsRefusedUnlessItsJtiAndStageNameAConnectedParticipant() {
        Stage stage = stage();
        Stage other = stage();
        String jti = SelfSigned.participantId();
        emulator.simulateParticipantJoin(sign(viewer(stage.arn(), jti)));

        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(coHost(stage.arn(), SelfSigned.participantId()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is connected to " + stage.arn());
        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(coHost(other.arn(), jti))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No participant " + jti + " is connected to " + other.arn());

        ObjectNode movedWhip = coHost(stage.arn(), jti);
        movedWhip.put("whip_url", "https://elsewhere.global-bm.whip.live-video.net");
        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(movedWhip)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changes whip_url or events_url");
        ObjectNode expired = SelfSigned.claims(stage.arn(), jti, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(expired)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expired");
        String forged = SelfSigned.sign(SelfSigned.p384().getPrivate(), keyArn, coHost(stage.arn(), jti));
        assertThatThrownBy(() -> emulator.simulateTokenExchange(forged))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signature does not verify");

        emulator.simulateParticipantLeave(stage.arn(), jti);
        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(coHost(stage.arn(), jti))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is connected to");
        // Nothing of the refused exchanges happened.
        assertThat(client.listStageSessions(b -> b.stageArn(stage.arn())).stageSessions()).hasSize(1);
    }

    @Test
    void aTokenFromCreateParticipantTokenIsNotExchanged() {
        Stage stage = stage();
        String token = client.createParticipantToken(b -> b.stageArn(stage.arn()).userId("bob")
                .capabilities(ParticipantTokenCapability.SUBSCRIBE)).participantToken().token();
        String participant = emulator.simulateParticipantJoin(token);

        assertThatThrownBy(() -> emulator.simulateTokenExchange(sign(coHost(stage.arn(), participant))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("joined with a token from CreateParticipantToken");
        assertThatThrownBy(() -> emulator.simulateTokenExchange(token))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CreateParticipantToken");
    }

    @Test
    void theControlApiExchangesATokenAsWell() throws Exception {
        Stage stage = stage();
        String jti = SelfSigned.participantId();
        emulator.simulateParticipantJoin(sign(viewer(stage.arn(), jti)));

        HttpResponse<String> exchanged = PlainHttp.send(emulator, "POST", "/_emulator/simulate/token-exchange",
                "{\"participantToken\":\"" + sign(coHost(stage.arn(), jti)) + "\"}");
        assertThat(exchanged.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(exchanged.body());
        assertThat(body.path("participantId").asText()).isEqualTo(jti);
        emulator.simulateParticipantPublish(stage.arn(), jti);

        HttpResponse<String> refused = PlainHttp.send(emulator, "POST", "/_emulator/simulate/token-exchange",
                "{\"participantToken\":\"" + sign(coHost(stage.arn(), "nobody")) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("No participant nobody is connected");
    }
}
