package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.emulator.IvsEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StreamCat's chat over HTTP and the emulator's messaging WebSocket: a room per user from sign-up, chat tokens by role
 * on the viewer page, bans that disconnect and refuse, the stream-ending event, and the room going with the account.
 */
class StreamCatChatTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private IvsEmulator emulator;
    private StreamCatBackend backend;
    private StreamCatClient api;
    private IvsChat chat;

    @BeforeEach
    void start() {
        emulator = IvsEmulator.start();
        chat = IvsChat.connect(IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build());
        restart();
    }

    private void restart() {
        if (backend != null) {
            backend.close();
        }
        backend = StreamCatBackend.start(IvsTarget.embedded(emulator), DatabaseConfig.embedded(data),
                new InetSocketAddress("127.0.0.1", 0));
        api = new StreamCatClient(backend.endpoint());
    }

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.close();
        }
        chat.close();
        emulator.close();
    }

    @Test
    void signUpMakesARoomAndThePageHandsOutChatTokensByRole() throws Exception {
        String kit = api.signUp("kit", "HYBRID");
        String bob = api.signUp("bob", "REAL_TIME");
        String room = api.call("GET", "/api/me", kit, null, 200).path("broadcast").path("chatRoom").asText();
        assertThat(room).startsWith("arn:aws:ivschat:us-east-1:123456789012:room/");
        assertThat(chat.getRoom(RoomArn.parse(room)).tags()).containsEntry("ivs-java:user", "kit");

        JsonNode anonymous = api.call("GET", "/api/channels/kit", null, null, 200).path("chat");
        JsonNode viewer = api.call("GET", "/api/channels/kit", bob, null, 200).path("chat");
        JsonNode owner = api.call("GET", "/api/channels/kit", kit, null, 200).path("chat");
        JsonNode studio = api.call("GET", "/api/studio", kit, null, 200).path("chat");
        assertThat(anonymous.path("role").asText()).isEqualTo("READ_ONLY");
        assertThat(anonymous.path("capabilities")).isEmpty();
        assertThat(anonymous.path("userId").asText()).startsWith("anonymous-");
        assertThat(viewer.path("role").asText()).isEqualTo("VIEWER");
        assertThat(viewer.path("userId").asText()).isEqualTo("bob");
        assertThat(viewer.path("capabilities").toString()).isEqualTo("[\"SEND_MESSAGE\"]");
        assertThat(owner.path("role").asText()).isEqualTo("HOST");
        assertThat(studio.path("capabilities").toString())
                .isEqualTo("[\"DELETE_MESSAGE\",\"DISCONNECT_USER\",\"SEND_MESSAGE\"]");
        for (JsonNode c : new JsonNode[] {anonymous, viewer, owner, studio}) {
            assertThat(c.path("room").asText()).isEqualTo(room);
            assertThat(c.path("messagingEndpoint").asText()).isEqualTo(emulator.chatMessagingEndpoint().toString());
            assertThat(Instant.parse(c.path("sessionExpiresAt").asText())).isAfter(Instant.now().plusSeconds(3000));
        }

        // The tokens work on the messaging WebSocket: bob talks, the anonymous viewer hears and cannot talk.
        try (ChatClient guest = connect("guest", anonymous); ChatClient bobClient = connect("bob", viewer)) {
            bobClient.send("r-1", "hi kit");
            JsonNode heard = guest.next(ChatClient.entity("MESSAGE", null), WAIT).orElseThrow();
            assertThat(heard.path("Content").asText()).isEqualTo("hi kit");
            assertThat(heard.path("Sender").path("UserId").asText()).isEqualTo("bob");
            guest.send("r-2", "me too");
            assertThat(guest.next(ChatClient.entity("ERROR", null), WAIT).orElseThrow().path("ErrorCode").asInt())
                    .isEqualTo(403);
        }
    }

    @Test
    void aBanDisconnectsNowRefusesNewTokensSurvivesARestartAndIsLifted() throws Exception {
        String kit = api.signUp("kit", "LOW_LATENCY");
        String troll = api.signUp("troll", "REAL_TIME");
        api.signUp("bob", "REAL_TIME");

        try (ChatClient trollClient = connect("troll", api.call("GET", "/api/channels/kit", troll, null, 200)
                .path("chat"));
             ChatClient guest = connect("guest", api.call("GET", "/api/channels/kit", null, null, 200).path("chat"))) {
            JsonNode ban = api.call("POST", "/api/studio/bans/troll", kit, StreamCatClient.json("reason", "spam"),
                    201);
            assertThat(ban.path("banned").asText()).isEqualTo("troll");
            assertThat(trollClient.awaitClosed(WAIT)).as("disconnected now").hasValueSatisfying(
                    closed -> assertThat(closed).startsWith("1000"));
            JsonNode notice = guest.next(ChatClient.entity("EVENT", "aws:DISCONNECT_USER"), WAIT).orElseThrow();
            assertThat(notice.path("Attributes").path("Reason").asText()).isEqualTo("spam");
        }
        long tokens = emulator.requestCount("CreateChatToken");
        JsonNode refused = api.call("GET", "/api/channels/kit", troll, null, 200).path("chat");
        assertThat(refused.path("banned").asBoolean()).isTrue();
        assertThat(refused.path("reason").asText()).isEqualTo("spam");
        assertThat(refused.has("chatToken")).isFalse();
        assertThat(emulator.requestCount("CreateChatToken")).as("no token made for a banned user").isEqualTo(tokens);
        assertThat(api.call("GET", "/api/me", kit, null, 200).path("chatBans").get(0).path("username").asText())
                .isEqualTo("troll");

        // The ban is in the database: a restarted backend refuses the same user.
        restart();
        assertThat(api.call("GET", "/api/channels/kit", troll, null, 200).path("chat").path("banned").asBoolean())
                .isTrue();
        assertThat(api.call("GET", "/api/channels/kit", null, null, 200).path("chat").path("role").asText())
                .as("anyone may read").isEqualTo("READ_ONLY");

        assertThat(api.call("DELETE", "/api/studio/bans/troll", kit, null, 200).path("unbanned").asBoolean())
                .isTrue();
        assertThat(api.call("DELETE", "/api/studio/bans/troll", kit, null, 200).path("unbanned").asBoolean())
                .isFalse();
        assertThat(api.call("GET", "/api/channels/kit", troll, null, 200).path("chat").path("role").asText())
                .isEqualTo("VIEWER");

        // Refusals: nobody, oneself, without signing in.
        assertThat(api.call("POST", "/api/studio/bans/nobody", kit, null, 404).path("message").asText())
                .contains("no user nobody");
        assertThat(api.call("POST", "/api/studio/bans/kit", kit, null, 400).path("message").asText())
                .contains("own room");
        api.call("POST", "/api/studio/bans/bob", null, null, 401);
    }

    @Test
    void endingTheStreamTellsTheChatAndDeletingTheAccountDeletesTheRoom() throws Exception {
        String kit = api.signUp("kit", "REAL_TIME");
        String room = api.call("GET", "/api/me", kit, null, 200).path("broadcast").path("chatRoom").asText();
        try (ChatClient guest = connect("guest", api.call("GET", "/api/channels/kit", null, null, 200)
                .path("chat"))) {
            api.call("POST", "/api/studio/live", kit, null, 200);
            JsonNode ended = api.call("POST", "/api/studio/end", kit, null, 200);
            assertThat(ended.path("summary").asText()).contains("stream-ending event sent to the chat");
            JsonNode event = guest.next(ChatClient.entity("EVENT", "stream-ending"), WAIT).orElseThrow();
            assertThat(event.path("Id").asText()).isNotEmpty();

            JsonNode deleted = api.call("DELETE", "/api/me", kit, null, 200);
            assertThat(deleted.path("removed").path("chatRoomsDeleted").asInt()).isEqualTo(1);
            assertThat(guest.awaitClosed(WAIT)).as("a deleted room's clients are disconnected").isPresent();
        }
        assertThatThrownBy(() -> chat.getRoom(RoomArn.parse(room))).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aRoomGoneBehindTheBackendsBackOrNeverMadeIsProvisionedWhenNeeded() {
        String kit = api.signUp("kit", "HYBRID");
        String room = api.call("GET", "/api/me", kit, null, 200).path("broadcast").path("chatRoom").asText();
        chat.deleteRoom(RoomArn.parse(room));

        JsonNode page = api.call("GET", "/api/channels/kit", null, null, 200).path("chat");
        assertThat(page.path("room").asText()).startsWith("arn:aws:ivschat:").isNotEqualTo(room);
        assertThat(api.call("GET", "/api/me", kit, null, 200).path("broadcast").path("chatRoom").asText())
                .isEqualTo(page.path("room").asText());

        // A user stored before StreamCat had chat (no room in the database) gets one on their next request.
        backend.close();
        backend = null;
        try (Database db = Database.open(DatabaseConfig.embedded(data))) {
            Store store = new Store(db, java.time.Clock.systemUTC());
            Store.Resources r = store.resources("kit").orElseThrow();
            store.saveResources("kit", new Store.Resources(r.stageArn(), r.stageEventsUrl(), r.stageWhipUrl(),
                    r.channelArn(), r.playbackUrl(), r.ingestServer(), r.streamKeyArn(), r.channelPrivate(),
                    r.compositionArn(), Optional.empty()));
        }
        restart();
        assertThat(api.call("GET", "/api/channels/kit", null, null, 200).path("chat").path("room").asText())
                .as("found again by its tags").isEqualTo(page.path("room").asText());
    }

    private static ChatClient connect(String who, JsonNode chat) throws IOException {
        return ChatClient.connect(who, URI.create(chat.path("messagingEndpoint").asText()),
                chat.path("chatToken").asText(), WAIT);
    }
}
