package io.ivsjava.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.ivsjava.emulator.IvsEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message review handler written in Java with {@link MessageReviewer}, reviewing the messages of a room the
 * wrapper made, as IVS would have its Lambda function do: the emulator POSTs each message as the Lambda's event to
 * a URL ({@code chatReviewUrl}), here the JDK's HTTP server running the reviewer's {@code handle}, and applies the
 * answer. So the request this module reads and the response it writes are checked against an independent
 * implementation of the contract.
 */
class EmulatedReviewTest {
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:moderate";
    /** The emulator's review timeout, IVS's 200 ms by default, raised for a loaded machine. */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    /** Every request the handler reviewed, as it read them. */
    private static final List<MessageReviewRequest> REVIEWED = new CopyOnWriteArrayList<>();
    private static final MessageReviewer REVIEWER = request -> {
        REVIEWED.add(request);
        if (request.content().contains("http")) {
            return MessageReviewResponse.deny("no links please");
        }
        if (request.content().contains("darn")) {
            return MessageReviewResponse.allow(request.content().replace("darn", "d**n"));
        }
        return MessageReviewResponse.allow();
    };

    private static HttpServer handler;
    private static IvsEmulator emulator;
    private static IvsChat chat;

    @BeforeAll
    static void start() throws IOException {
        handler = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handler.createContext("/review", exchange -> {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int status = 200;
            try {
                REVIEWER.handle(exchange.getRequestBody(), answer);
            } catch (RuntimeException e) {
                status = 500;
            }
            byte[] body = answer.toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        handler.start();
        emulator = IvsEmulator.builder().chatReviewTimeout(PATIENT)
                .chatReviewUrl(URI.create("http://127.0.0.1:" + handler.getAddress().getPort() + "/review")).start();
        chat = Emulated.connect(emulator);
    }

    @AfterAll
    static void stop() {
        chat.close();
        emulator.close();
        handler.stop(0);
    }

    @BeforeEach
    void reset() {
        emulator.reset();
        REVIEWED.clear();
    }

    private static ChatClient join(ChatToken token) {
        return ChatClient.connect(emulator.chatMessagingEndpoint(), token);
    }

    @Test
    void theHandlerDeniesRewritesAndAllowsAndTheRoomSeesOnlyWhatItAllowed() throws Exception {
        Room room = chat.createRoom(RoomSpec.builder()
                .messageReviewHandler(MessageReviewHandler.lambda(LAMBDA).withFallbackResult(ReviewResult.DENY))
                .build());
        ChatToken bobToken = chat.createChatToken(room.arn(), ChatRole.viewer("bob", Map.of("displayName", "Bob")));
        ChatToken guestToken = chat.createChatToken(room.arn(), ChatRole.anonymous());

        try (ChatClient bob = join(bobToken); ChatClient guest = join(guestToken)) {
            bob.send("link", "see http://spam.example");
            JsonNode denied = bob.next("ERROR");
            assertThat(denied.path("ErrorCode").asInt()).isEqualTo(406);
            assertThat(denied.path("ErrorMessage").asText()).contains("no links please");

            bob.send("mild", "darn it");
            assertThat(guest.next("MESSAGE").path("Content").asText()).as("the denied message never came")
                    .isEqualTo("d**n it");
            assertThat(bob.next("MESSAGE").path("RequestId").asText()).isEqualTo("mild");

            bob.send("fine", "hello");
            assertThat(guest.next("MESSAGE").path("Content").asText()).isEqualTo("hello");
        }

        assertThat(REVIEWED).hasSize(3).allSatisfy(request -> {
            assertThat(request.room()).isEqualTo(room.arn());
            assertThat(request.messageId()).isNotBlank();
            assertThat(request.sender().userId()).isEqualTo("bob");
            assertThat(request.sender().attributes()).containsExactly(Map.entry("displayName", "Bob"));
        });
        assertThat(REVIEWED).extracting(MessageReviewRequest::content)
                .containsExactly("see http://spam.example", "darn it", "hello");
    }

    @Test
    void aRoomWithoutAHandlerIsNotReviewed() throws Exception {
        Room room = chat.createRoom(RoomSpec.builder().build());

        try (ChatClient bob = join(chat.createChatToken(room.arn(), ChatRole.viewer("bob")))) {
            bob.send("link", "see http://anything.example");
            assertThat(bob.next("MESSAGE").path("Content").asText()).isEqualTo("see http://anything.example");
        }
        assertThat(REVIEWED).isEmpty();
    }
}
