package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.testing.Sdk;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;

/**
 * The messaging plane through the JDK's own WebSocket client: tokens as IVS checks them, messages and their
 * limits, moderation from clients and from the API, the room's updates and deletion, session expiry.
 */
class ChatMessagingTest {
    private static final IvsEmulator EMULATOR = IvsEmulator.start();
    private static final IvschatClient CHAT = Sdk.chatWithoutRetries(EMULATOR);
    private static final ChatTokenCapability SEND = ChatTokenCapability.SEND_MESSAGE;
    private static final ChatTokenCapability DELETE = ChatTokenCapability.DELETE_MESSAGE;
    private static final ChatTokenCapability DISCONNECT = ChatTokenCapability.DISCONNECT_USER;

    @BeforeEach
    void reset() {
        EMULATOR.reset();
    }

    @AfterAll
    static void close() {
        CHAT.close();
        EMULATOR.close();
    }

    static String room(IvschatClient chat) {
        return chat.createRoom(b -> b.name("room")).arn();
    }

    static String token(IvschatClient chat, String room, String userId, ChatTokenCapability... capabilities) {
        return chat.createChatToken(b -> b.roomIdentifier(room).userId(userId).capabilities(capabilities)
                .attributes(Map.of("displayName", userId.toUpperCase(java.util.Locale.ROOT)))).token();
    }

    @Test
    void aMessageReachesEveryClientOfTheRoomWithItsSenderAndNoOtherRoom() throws Exception {
        String room = room(CHAT);
        String otherRoom = room(CHAT);
        try (ChatClient kit = ChatClient.connect(EMULATOR, token(CHAT, room, "kit", SEND));
             ChatClient bob = ChatClient.connect(EMULATOR, token(CHAT, room, "bob"));
             ChatClient elsewhere = ChatClient.connect(EMULATOR, token(CHAT, otherRoom, "eve", SEND))) {
            kit.send(ChatClient.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", "r-1")
                    .put("Content", "hello 🐱").set("Attributes", ChatClient.JSON.createObjectNode().put("lang", "en")));

            JsonNode atKit = kit.next("MESSAGE");
            JsonNode atBob = bob.next("MESSAGE");
            assertThat(atBob.path("Id").asText()).matches("[a-zA-Z0-9]{12}").isEqualTo(atKit.path("Id").asText());
            assertThat(atKit.path("RequestId").asText()).isEqualTo("r-1");
            assertThat(atBob.path("Content").asText()).isEqualTo("hello 🐱");
            assertThat(atBob.path("Attributes").path("lang").asText()).isEqualTo("en");
            assertThat(atBob.path("Sender").path("UserId").asText()).isEqualTo("kit");
            assertThat(atBob.path("Sender").path("Attributes").path("displayName").asText()).isEqualTo("KIT");
            assertThat(Instant.parse(atBob.path("SendTime").asText())).isBetween(Instant.now().minusSeconds(60),
                    Instant.now().plusSeconds(60));

            elsewhere.say("r-2", "other room");
            assertThat(elsewhere.next("MESSAGE").path("Content").asText()).isEqualTo("other room");
            kit.say("r-3", "still here");
            assertThat(bob.next("MESSAGE").path("Content").asText()).as("nothing of the other room came first")
                    .isEqualTo("still here");
        }
    }

    @Test
    void eachActionNeedsItsCapabilityAndBadRequestsAreErrors400() throws Exception {
        String room = room(CHAT);
        try (ChatClient viewer = ChatClient.connect(EMULATOR, token(CHAT, room, "viewer"))) {
            viewer.say("r-1", "hi");
            assertThat(viewer.error(403).path("RequestId").asText()).isEqualTo("r-1");
            viewer.send(ChatClient.JSON.createObjectNode().put("Action", "DELETE_MESSAGE").put("Id", "abcdefABCDEF"));
            assertThat(viewer.error(403).path("ErrorMessage").asText()).contains("DELETE_MESSAGE");
            viewer.send(ChatClient.JSON.createObjectNode().put("Action", "DISCONNECT_USER").put("UserId", "kit"));
            assertThat(viewer.error(403).path("ErrorMessage").asText()).contains("DISCONNECT_USER");
            viewer.sendRaw("not json");
            assertThat(viewer.error(400).path("Id").asText()).hasSize(12);
            viewer.send(ChatClient.JSON.createObjectNode().put("Action", "FLY").put("RequestId", "r-2"));
            assertThat(viewer.error(400).path("RequestId").asText()).isEqualTo("r-2");
        }
        try (ChatClient kit = ChatClient.connect(EMULATOR, token(CHAT, room, "kit", SEND, DELETE, DISCONNECT))) {
            kit.send(ChatClient.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", "no-content"));
            kit.error(400);
            kit.send(ChatClient.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("Content", "x")
                    .put("Attributes", "not a map"));
            kit.error(400);
            kit.send(ChatClient.JSON.createObjectNode().put("Action", "DELETE_MESSAGE").put("Id", "short"));
            kit.error(400);
            kit.send(ChatClient.JSON.createObjectNode().put("Action", "DISCONNECT_USER"));
            kit.error(400);
            kit.say("ok", "the connection survives bad requests");
            assertThat(kit.next("MESSAGE").path("RequestId").asText()).isEqualTo("ok");
        }
    }

    @Test
    void theRoomsLengthAndRateLimitsApplyAndAnUpdateAppliesAtOnce() throws Exception {
        String room = CHAT.createRoom(b -> b.maximumMessageLength(5).maximumMessageRatePerSecond(2)).arn();
        EMULATOR.setClock(Instant.parse("2030-01-01T00:00:00Z"));
        try (ChatClient kit = ChatClient.connect(EMULATOR, token(CHAT, room, "kit", SEND))) {
            kit.say("long", "123456");
            assertThat(kit.error(400).path("ErrorMessage").asText()).contains("maximumMessageLength is 5");
            kit.say("emoji", "🐱🐱🐱🐱🐱");
            assertThat(kit.next("MESSAGE").path("RequestId").asText()).as("code points, not UTF-16 units or bytes")
                    .isEqualTo("emoji");
            kit.say("two", "two");
            kit.next("MESSAGE");
            kit.say("three", "three");
            assertThat(kit.error(429).path("RequestId").asText()).isEqualTo("three");
            EMULATOR.advanceClock(Duration.ofSeconds(1));
            kit.say("next-second", "ok");
            assertThat(kit.next("MESSAGE").path("RequestId").asText()).isEqualTo("next-second");

            CHAT.updateRoom(b -> b.identifier(room).maximumMessageLength(2));
            kit.say("after-update", "abc");
            assertThat(kit.error(400).path("ErrorMessage").asText()).contains("maximumMessageLength is 2");
        }
    }

    @Test
    void moderatorsDeleteMessagesAndDisconnectUsersForTheWholeRoom() throws Exception {
        String room = room(CHAT);
        try (ChatClient mod = ChatClient.connect(EMULATOR, token(CHAT, room, "mod", SEND, DELETE, DISCONNECT));
             ChatClient troll = ChatClient.connect(EMULATOR, token(CHAT, room, "troll", SEND));
             ChatClient trollAgain = ChatClient.connect(EMULATOR, token(CHAT, room, "troll"));
             ChatClient viewer = ChatClient.connect(EMULATOR, token(CHAT, room, "viewer"))) {
            troll.say("spam", "buy now");
            String spam = viewer.next("MESSAGE").path("Id").asText();

            mod.send(ChatClient.JSON.createObjectNode().put("Action", "DELETE_MESSAGE").put("RequestId", "del")
                    .put("Id", spam).put("Reason", "spam"));
            JsonNode deletion = viewer.next("EVENT");
            assertThat(deletion.path("EventName").asText()).isEqualTo("aws:DELETE_MESSAGE");
            assertThat(deletion.path("RequestId").asText()).isEqualTo("del");
            assertThat(deletion.path("Attributes").path("MessageId").asText()).isEqualTo(spam);
            assertThat(deletion.path("Attributes").path("MessageID").asText()).as("the deprecated spelling, which the "
                    + "JavaScript SDK reads").isEqualTo(spam);
            assertThat(deletion.path("Attributes").path("Reason").asText()).isEqualTo("spam");

            mod.send(ChatClient.JSON.createObjectNode().put("Action", "DISCONNECT_USER").put("RequestId", "kick")
                    .put("UserId", "troll").put("Reason", "spam"));
            JsonNode kick = viewer.next("EVENT");
            assertThat(kick.path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
            assertThat(kick.path("Attributes").path("UserId").asText()).isEqualTo("troll");
            assertThat(troll.closeCode()).as("every connection of the user").isEqualTo(1000);
            assertThat(trollAgain.closeCode()).isEqualTo(1000);
            mod.say("still", "the others stay");
            assertThat(viewer.next("MESSAGE").path("Content").asText()).isEqualTo("the others stay");
        }
    }

    @Test
    void theApisMessagingOperationsReachConnectedClients() throws Exception {
        String room = room(CHAT);
        try (ChatClient viewer = ChatClient.connect(EMULATOR, token(CHAT, room, "viewer"));
             ChatClient guest = ChatClient.connect(EMULATOR, token(CHAT, room, "guest"))) {
            String eventId = CHAT.sendEvent(b -> b.roomIdentifier(room).eventName("stream-ending")
                    .attributes(Map.of("in", "60s"))).id();
            JsonNode event = viewer.next("EVENT");
            assertThat(event.path("Id").asText()).isEqualTo(eventId);
            assertThat(event.path("EventName").asText()).isEqualTo("stream-ending");
            assertThat(event.path("Attributes").path("in").asText()).isEqualTo("60s");
            assertThat(event.has("RequestId")).isFalse();
            assertThat(guest.next("EVENT").path("Id").asText()).isEqualTo(eventId);

            String deletion = CHAT.deleteMessage(b -> b.roomIdentifier(room).id("abcdefABCDEF")).id();
            JsonNode deleted = viewer.next("EVENT");
            assertThat(deleted.path("Id").asText()).isEqualTo(deletion);
            assertThat(deleted.path("Attributes").path("MessageId").asText()).isEqualTo("abcdefABCDEF");
            assertThat(deleted.path("Attributes").has("Reason")).isFalse();
            assertThat(guest.next("EVENT").path("Id").asText()).isEqualTo(deletion);

            CHAT.disconnectUser(b -> b.roomIdentifier(room).userId("guest").reason("bye"));
            assertThat(guest.next("EVENT").path("Attributes").path("Reason").asText()).isEqualTo("bye");
            assertThat(guest.closeCode()).isEqualTo(1000);
            assertThat(viewer.next("EVENT").path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
        }
    }

    @Test
    void tokensAreRefusedAsIvsRefusesThem() throws Exception {
        String room = room(CHAT);
        assertThat(ChatClient.refusal(EMULATOR, "AAAA")).as("not one of ours").isEqualTo(401);
        String reused = token(CHAT, room, "kit");
        try (ChatClient first = ChatClient.connect(EMULATOR, reused)) {
            assertThat(ChatClient.refusal(EMULATOR, reused)).as("used once already, even while connected")
                    .isEqualTo(401);
            first.say("r", "the first connection is not disturbed");
            first.error(403);
        }
        String expiring = token(CHAT, room, "kit");
        EMULATOR.advanceClock(Duration.ofSeconds(61));
        assertThat(ChatClient.refusal(EMULATOR, expiring)).as("past tokenExpirationTime").isEqualTo(401);

        String orphan = token(CHAT, room, "kit");
        CHAT.deleteRoom(b -> b.identifier(room));
        assertThat(ChatClient.refusal(EMULATOR, orphan)).as("its room was deleted").isEqualTo(404);

        String beforeReset = token(CHAT, room(CHAT), "kit");
        EMULATOR.reset();
        assertThat(ChatClient.refusal(EMULATOR, beforeReset)).as("its room was forgotten").isEqualTo(404);
    }

    @Test
    void aSessionEndsWithError401WhenItsDurationHasPassed() throws Exception {
        String room = room(CHAT);
        String token = CHAT.createChatToken(b -> b.roomIdentifier(room).userId("kit").sessionDurationInMinutes(1))
                .token();
        try (ChatClient kit = ChatClient.connect(EMULATOR, token)) {
            EMULATOR.advanceClock(Duration.ofSeconds(30));
            kit.sendRaw("{\"Action\":\"SEND_MESSAGE\",\"Content\":\"x\"}");
            kit.error(403);
            EMULATOR.advanceClock(Duration.ofSeconds(31));
            assertThat(kit.error(401).path("ErrorMessage").asText()).contains("session expired");
            assertThat(kit.closeCode()).isEqualTo(1000);
        }
    }

    @Test
    void deletingARoomClosesItsClientsAndResetGoesAway() throws Exception {
        String room = room(CHAT);
        String kept = room(CHAT);
        try (ChatClient kit = ChatClient.connect(EMULATOR, token(CHAT, room, "kit"));
             ChatClient other = ChatClient.connect(EMULATOR, token(CHAT, kept, "bob", SEND))) {
            CHAT.deleteRoom(b -> b.identifier(room));
            assertThat(kit.closeCode()).isEqualTo(1000);
            other.say("r", "unaffected");
            assertThat(other.next("MESSAGE").path("Content").asText()).isEqualTo("unaffected");
            EMULATOR.reset();
            assertThat(other.closeCode()).isEqualTo(1001);
        }
    }

    @Test
    void pingsArePongedAndBinaryMessagesRefused() throws Exception {
        String room = room(CHAT);
        try (ChatClient kit = ChatClient.connect(EMULATOR, token(CHAT, room, "kit"))) {
            ByteBuffer pong = kit.ping("are you there".getBytes(StandardCharsets.UTF_8));
            assertThat(StandardCharsets.UTF_8.decode(pong).toString()).isEqualTo("are you there");
            kit.sendBinary(new byte[] {1, 2, 3});
            assertThat(kit.closeCode()).isEqualTo(1003);
        }
    }

    @Test
    void theConcurrentConnectionsQuotaRefusesTheHandshake() throws Exception {
        try (IvsEmulator limited = IvsEmulator.builder().quota(Quota.CHAT_CONNECTIONS, 1).start();
             IvschatClient chat = Sdk.chat(limited)) {
            String room = room(chat);
            try (ChatClient first = ChatClient.connect(limited, token(chat, room, "a"))) {
                assertThat(ChatClient.refusal(limited, token(chat, room, "b"))).isEqualTo(429);
                first.say("r", "connected");
                first.error(403);
            }
            // The first client's close reaches the server on its own thread: wait until its place is free.
            ChatClient again = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (again == null) {
                String next = token(chat, room, "c");
                try {
                    again = ChatClient.connect(limited, next);
                } catch (AssertionError refused) {
                    assertThat(System.nanoTime()).as("a place frees up once the client closed").isLessThan(deadline);
                    Thread.onSpinWait();
                }
            }
            try (IvschatClient elsewhere = Sdk.chat(limited, "eu-west-1", "111122223333");
                 ChatClient first = again;
                 ChatClient otherAccount = ChatClient.connect(limited, token(elsewhere, room(elsewhere), "d"))) {
                assertThat(List.of(first, otherAccount)).as("the quota is per account and region").hasSize(2);
            }
        }
    }
}
