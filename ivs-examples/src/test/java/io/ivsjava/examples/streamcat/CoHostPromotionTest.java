package io.ivsjava.examples.streamcat;

import static io.ivsjava.examples.streamcat.StreamCatClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.IvsEmulator;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A viewer on a host's stage promoted to co-host through StreamCat: the backend signs tokens itself, so the viewer's
 * token is exchanged and the viewer stays connected; a participant id that is not the viewer's own gets a new token
 * and disconnects nobody.
 */
class CoHostPromotionTest {
    @TempDir
    Path data;

    private IvsEmulator emulator;
    private StreamCatBackend backend;
    private StreamCatClient api;

    @BeforeEach
    void start() {
        emulator = IvsEmulator.start();
        backend = StreamCatBackend.start(IvsTarget.embedded(emulator), DatabaseConfig.embedded(data),
                new InetSocketAddress("127.0.0.1", 0));
        api = new StreamCatClient(backend.endpoint());
    }

    @AfterEach
    void stop() {
        backend.close();
        emulator.close();
    }

    @Test
    void aViewerIsPromotedByTokenExchangeAndStaysOnTheStage() {
        String kit = api.signUp("kit", "REAL_TIME");
        String bob = api.signUp("bob", "REAL_TIME");
        JsonNode host = api.call("GET", "/api/studio", kit, null, 200).path("admission");
        String stage = host.path("stage").path("arn").asText();
        String kitParticipant = emulator.simulateParticipantJoin(host.path("token").asText());
        JsonNode viewer = api.call("GET", "/api/channels/kit", bob, null, 200).path("admission");
        String bobParticipant = emulator.simulateParticipantJoin(viewer.path("token").asText());
        api.call("POST", "/api/studios/kit/promotion", bob, json("participantId", bobParticipant), 403);
        api.call("POST", "/api/studio/cohosts", kit, json("username", "bob"), 201);

        JsonNode promoted = api.call("POST", "/api/studios/kit/promotion", bob, json("participantId", bobParticipant),
                200);

        assertThat(promoted.path("exchange").asBoolean()).isTrue();
        JsonNode admission = promoted.path("admission");
        assertThat(admission.path("participantId").asText()).isEqualTo(bobParticipant);
        assertThat(admission.path("capabilities").toString()).isEqualTo("[\"PUBLISH\",\"SUBSCRIBE\"]");
        assertThat(admission.path("selfSigned").asBoolean()).isTrue();
        // What the browser does with it: stage.exchangeToken(token), then publish, without leaving.
        JsonNode exchanged = api.call("POST", "/dev/emulator/exchange", null,
                json("token", admission.path("token").asText()), 200);
        assertThat(exchanged.path("participantId").asText()).isEqualTo(bobParticipant);
        api.call("POST", "/dev/emulator/publish", null, json("stageArn", stage).put("participantId", bobParticipant),
                200);
        // bob's studio for kit's stage is the same participant.
        assertThat(api.call("GET", "/api/studios/kit/token", bob, null, 200).path("admission").path("participantId")
                .asText()).isEqualTo(bobParticipant);

        // Naming the host's participant instead gets bob his own (kept) host token; the host stays on.
        JsonNode other = api.call("POST", "/api/studios/kit/promotion", bob, json("participantId", kitParticipant),
                200);
        assertThat(other.path("exchange").asBoolean()).isFalse();
        assertThat(other.path("admission").path("participantId").asText()).isEqualTo(bobParticipant);
        api.call("POST", "/dev/emulator/publish", null, json("stageArn", stage).put("participantId", kitParticipant),
                200);
        assertThat(api.call("POST", "/api/studios/kit/promotion", bob, json("participantId", "not an id!"), 400)
                .path("message").asText()).contains("viewerParticipantId");
    }
}
