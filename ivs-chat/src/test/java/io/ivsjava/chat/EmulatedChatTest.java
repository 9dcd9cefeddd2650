package io.ivsjava.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat tokens by role, used as a chat client uses them: tokens from the wrapper (through the real AWS SDK), clients
 * on the emulator's messaging WebSocket, and the backend's events, deletions and disconnects from the wrapper
 * reaching them. The StreamCat room: the owner moderates, a signed-in viewer chats, an anonymous viewer reads.
 */
class EmulatedChatTest {
    /** One emulator for the class, reset (connections closed) before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsChat chat;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        chat = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        chat.close();
    }

    private static ChatClient join(ChatToken token) {
        return ChatClient.connect(emulator.chatMessagingEndpoint(), token);
    }

    @Test
    void theOwnerModeratesASignedInViewerChatsAndAnAnonymousViewerReads() throws Exception {
        RoomArn room = chat.createRoom(RoomSpec.builder().name("cat-42-chat").build()).arn();
        ChatToken owner = chat.createChatToken(room, ChatRole.host("kit", Map.of("displayName", "Kit")));
        ChatToken viewer = chat.createChatToken(room, ChatRole.viewer("bob", Map.of("displayName", "Bob")));
        ChatToken anonymous = chat.createChatToken(room, ChatRole.anonymous());

        try (ChatClient kit = join(owner); ChatClient bob = join(viewer); ChatClient guest = join(anonymous)) {
            bob.send("r-1", "hello 🐱");
            JsonNode seen = guest.next("MESSAGE");
            assertThat(seen.path("Content").asText()).isEqualTo("hello 🐱");
            assertThat(seen.path("Sender").path("UserId").asText()).isEqualTo("bob");
            assertThat(seen.path("Sender").path("Attributes").path("displayName").asText()).isEqualTo("Bob");
            String messageId = seen.path("Id").asText();
            assertThat(kit.next("MESSAGE").path("Id").asText()).isEqualTo(messageId);
            assertThat(bob.next("MESSAGE").path("RequestId").asText()).isEqualTo("r-1");

            guest.send("r-2", "may I?");
            assertThat(guest.next("ERROR").path("ErrorCode").asInt()).as("a read-only token cannot send")
                    .isEqualTo(403);

            String deletion = chat.deleteMessage(room, messageId, "spoiler");
            for (ChatClient client : new ChatClient[] {kit, bob, guest}) {
                JsonNode deleted = client.next("EVENT");
                assertThat(deleted.path("Id").asText()).isEqualTo(deletion);
                assertThat(deleted.path("EventName").asText()).isEqualTo("aws:DELETE_MESSAGE");
                assertThat(deleted.path("Attributes").path("MessageId").asText()).isEqualTo(messageId);
                assertThat(deleted.path("Attributes").path("Reason").asText()).isEqualTo("spoiler");
            }

            String ending = chat.sendEvent(room, "stream-ending", Map.of("inSeconds", "60"));
            for (ChatClient client : new ChatClient[] {kit, bob, guest}) {
                JsonNode event = client.next("EVENT");
                assertThat(event.path("Id").asText()).isEqualTo(ending);
                assertThat(event.path("EventName").asText()).isEqualTo("stream-ending");
                assertThat(event.path("Attributes").path("inSeconds").asText()).isEqualTo("60");
            }

            chat.disconnectUser(room, viewer.userId(), "banned");
            assertThat(bob.next("EVENT").path("Attributes").path("Reason").asText()).isEqualTo("banned");
            assertThat(bob.closeCode()).isEqualTo(1000);
            JsonNode kicked = kit.next("EVENT");
            assertThat(kicked.path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
            assertThat(kicked.path("Attributes").path("UserId").asText()).isEqualTo("bob");

            kit.send("r-3", "the others stay");
            assertThat(guest.next("EVENT").path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
            assertThat(guest.next("MESSAGE").path("Content").asText()).isEqualTo("the others stay");
        }
    }

    @Test
    void aTokensTimesFollowTheEmulatorsClockAndTheSessionAskedFor() throws Exception {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        emulator.setClock(now);
        RoomArn room = chat.createRoom(RoomSpec.builder().build()).arn();

        ChatToken token = chat.createChatToken(room, ChatRole.viewer("bob"), Duration.ofMinutes(30));

        assertThat(token.room()).isEqualTo(room);
        assertThat(token.role()).isEqualTo(ChatRole.viewer("bob"));
        assertThat(token.sessionDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(token.sessionExpirationTime()).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(token.tokenExpirationTime()).isAfter(now).isBeforeOrEqualTo(token.sessionExpirationTime());
        Clock atNow = Clock.fixed(now, ZoneOffset.UTC);
        assertThat(token.expiresWithin(Duration.ZERO, atNow)).isFalse();
        assertThat(token.sessionEndsWithin(Duration.ofMinutes(29), atNow)).isFalse();
        assertThat(token.sessionEndsWithin(Duration.ofMinutes(30), atNow)).isTrue();

        emulator.advanceClock(Duration.between(now, token.tokenExpirationTime()).plusSeconds(1));
        assertThat(token.expiresWithin(Duration.ZERO, Clock.fixed(emulator.now(), ZoneOffset.UTC))).isTrue();
        assertThat(ChatClient.refusal(emulator.chatMessagingEndpoint(), token)).as("past its expiry").isEqualTo(401);
    }

    @Test
    void aSessionEndsWhenItsDurationHasPassed() throws Exception {
        emulator.setClock(Instant.parse("2030-01-01T00:00:00Z"));
        RoomArn room = chat.createRoom(RoomSpec.builder().build()).arn();
        ChatToken token = chat.createChatToken(room, ChatRole.viewer("bob"), ChatToken.MIN_SESSION_DURATION);

        try (ChatClient bob = join(token)) {
            emulator.advanceClock(Duration.ofSeconds(61));
            assertThat(bob.next("ERROR").path("ErrorCode").asInt()).isEqualTo(401);
            assertThat(bob.closeCode()).isEqualTo(1000);
        }
    }

    @Test
    void tokensForAMissingOrDeletedRoomAreRefused() {
        RoomArn room = chat.createRoom(RoomSpec.builder().build()).arn();
        ChatToken orphan = chat.createChatToken(room, ChatRole.host("kit"));
        chat.deleteRoom(room);

        assertThatThrownBy(() -> chat.createChatToken(room, ChatRole.viewer("bob")))
                .isInstanceOfSatisfying(IvsNotFoundException.class,
                        e -> assertThat(e.getMessage()).startsWith("CreateChatToken failed"));
        assertThat(ChatClient.refusal(emulator.chatMessagingEndpoint(), orphan)).isEqualTo(404);
    }
}
