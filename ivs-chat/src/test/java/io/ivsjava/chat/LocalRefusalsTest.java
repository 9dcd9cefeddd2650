package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Rejections;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input the IVS Chat model refuses is refused before any request leaves, by both entry points, with the field, the
 * problem and the allowed range; the server (WireMock, which would answer anything) sees nothing.
 */
class LocalRefusalsTest {
    private static final RoomArn ROOM = RoomArn.parse("arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6");

    private static Scripted scripted;

    @BeforeAll
    static void start() {
        scripted = new Scripted(Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        scripted.close();
    }

    @AfterEach
    void nothingWasSent() {
        assertThat(scripted.requests()).isEmpty();
        scripted.reset();
    }

    @Test
    void sessionDurationsOutsideOneTo180WholeMinutes() {
        IvsChat chat = scripted.chat;
        ChatRole bob = ChatRole.viewer("bob");

        assertInvalid(() -> chat.createChatToken(ROOM, bob, Duration.ofMinutes(181)), "sessionDuration",
                "181 minutes is too long; allowed 1..180 whole minutes");
        assertInvalid(() -> chat.createChatToken(ROOM, bob, Duration.ZERO), "sessionDuration",
                "0 minutes is too short");
        assertInvalid(() -> chat.createChatToken(ROOM, bob, Duration.ofSeconds(90)), "sessionDuration",
                "is not a positive whole number of minutes");
        assertInvalid(() -> chat.createChatToken(ROOM, bob, null), "sessionDuration", "is missing");
        assertInvalid(() -> chat.createChatToken(null, bob), "roomIdentifier", "is missing");
        assertInvalid(() -> chat.createChatToken(ROOM, null), "role", "is missing");
    }

    @Test
    void eventsMessagesAndUsersOutOfBounds() {
        IvsChat chat = scripted.chat;
        Map<String, String> tooBig = Map.of("k", "v".repeat(1024));

        assertInvalid(() -> chat.sendEvent(ROOM, ""), "eventName", "allowed 1..100 characters");
        assertInvalid(() -> chat.sendEvent(ROOM, "e".repeat(101)), "eventName", "is 101 characters long");
        assertInvalid(() -> chat.sendEvent(ROOM, "poll", tooBig), "attributes", "1025 bytes (UTF-8); allowed at most 1024");
        assertInvalid(() -> chat.deleteMessage(ROOM, "short"), "id", "\"short\" is malformed; allowed 12 letters or "
                + "digits");
        assertInvalid(() -> chat.deleteMessage(ROOM, "ABC123def456", ""), "reason", "allowed 1..256 characters");
        assertInvalid(() -> chat.deleteMessage(ROOM, "ABC123def456", "r".repeat(257)), "reason",
                "is 257 characters long");
        assertInvalid(() -> chat.deleteMessage(ROOM, "ABC123def456", null), "reason", "is missing");
        assertInvalid(() -> chat.disconnectUser(ROOM, ""), "userId", "allowed 1..128 characters");
        assertInvalid(() -> chat.disconnectUser(ROOM, "u".repeat(129)), "userId", "is 129 characters long");
        assertInvalid(() -> chat.disconnectUser(null, "bob"), "roomIdentifier", "is missing");
    }

    @Test
    void resourcesAndTags() {
        IvsChat chat = scripted.chat;
        Map<String, String> fiftyOne = new HashMap<>();
        List<String> fiftyOneKeys = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.put("k" + i, "v");
            fiftyOneKeys.add("k" + i);
        }

        assertInvalid(() -> chat.getRoom(null), "identifier", "is missing");
        assertInvalid(() -> chat.updateRoom(ROOM, null), "update", "is missing");
        assertInvalid(() -> chat.createRoom(null), "spec", "is missing");
        assertInvalid(() -> chat.listRooms(null), "filter", "is missing");
        assertInvalid(() -> chat.createLoggingConfiguration("a b", LoggingDestination.s3("bucket")), "name",
                "pattern");
        assertInvalid(() -> chat.createLoggingConfiguration("logs", null), "destinationConfiguration", "is missing");
        assertInvalid(() -> chat.createLoggingConfiguration("logs", LoggingDestination.s3("bucket"), fiftyOne),
                "tags", "51 tags is too many; allowed at most 50");
        assertInvalid(() -> chat.tagResource(ROOM, fiftyOne), "tags", "allowed at most 50");
        assertInvalid(() -> chat.tagResource(null, Map.of()), "resourceArn", "is missing");
        assertInvalid(() -> chat.untagResource(ROOM, List.of()), "tagKeys", "has 0 keys; allowed 1..50");
        assertInvalid(() -> chat.untagResource(ROOM, fiftyOneKeys), "tagKeys", "has 51 keys; allowed 1..50");
        assertInvalid(() -> chat.untagResource(ROOM, List.of("ok", "")), "tagKeys[1]", "allowed 1..128 characters");
        assertInvalid(() -> chat.listTagsForResource(null), "resourceArn", "is missing");
    }

    @Test
    void theAsyncEntryPointFailsTheFutureInstead() {
        IvsChatAsync async = scripted.async;

        CompletableFuture<ChatToken> tooLong = async.createChatToken(ROOM, ChatRole.viewer("bob"),
                Duration.ofMinutes(181));

        assertThat(tooLong).isCompletedExceptionally();
        assertInvalid(() -> failureOf(tooLong), "sessionDuration", "181 minutes is too long");
        assertInvalid(() -> failureOf(async.deleteMessage(ROOM, "x", null)), "reason", "is missing");
        assertInvalid(() -> failureOf(async.untagResource(ROOM, List.of())), "tagKeys", "has 0 keys");
    }

    /** Waits for a future that must fail, and throws its failure as the callbacks see it. */
    static void failureOf(CompletableFuture<?> future) throws Throwable {
        try {
            future.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
        throw new AssertionError("the future completed normally");
    }
}
