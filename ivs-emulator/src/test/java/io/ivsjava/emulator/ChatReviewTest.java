package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.ivsjava.emulator.testing.Sdk;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;
import software.amazon.awssdk.services.ivschat.model.FallbackResult;

/**
 * A room's message review handler: a Java reviewer on the embedded emulator, an HTTP endpoint for the standalone
 * one (the review Lambda's JSON both ways), and the room's {@code fallbackResult} when the review fails, answers
 * nonsense or takes too long.
 */
class ChatReviewTest {
    private static final String HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:review";
    /** Generous: these tests are about the verdicts, not the time limit, on a machine that may be busy. */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    private static String room(IvschatClient chat, FallbackResult fallback) {
        return chat.createRoom(b -> b.messageReviewHandler(h -> h.uri(HANDLER).fallbackResult(fallback))).arn();
    }

    private static String token(IvschatClient chat, String room, String userId) {
        return chat.createChatToken(b -> b.roomIdentifier(room).userId(userId)
                .capabilities(ChatTokenCapability.SEND_MESSAGE).attributes(Map.of("badge", "gold"))).token();
    }

    private static void say(ChatClient client, String requestId, String content, Map<String, String> attributes) {
        var action = ChatClient.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", requestId)
                .put("Content", content);
        var map = action.putObject("Attributes");
        attributes.forEach(map::put);
        client.send(action);
    }

    @Test
    void aJavaReviewerAllowsRewritesAndDeniesWithTheLambdasContract() throws Exception {
        BlockingQueue<ChatMessageReviewRequest> seen = new LinkedBlockingQueue<>();
        ChatMessageReviewer reviewer = request -> {
            seen.add(request);
            if (request.content().contains("spam")) {
                return ChatMessageReview.deny("no spam here");
            }
            if (request.content().contains("cat")) {
                return ChatMessageReview.allow(request.content().replace("cat", "kitty"), Map.of("edited", "yes"));
            }
            return ChatMessageReview.allow();
        };
        try (IvsEmulator emulator = IvsEmulator.builder().chatReviewTimeout(PATIENT).chatMessageReviewer(reviewer)
                .start();
             IvschatClient chat = Sdk.chat(emulator)) {
            String room = room(chat, FallbackResult.ALLOW);
            try (ChatClient kit = ChatClient.connect(emulator, token(chat, room, "kit"));
                 ChatClient bob = ChatClient.connect(emulator, token(chat, room, "bob"))) {
                say(kit, "plain", "hello", Map.of("lang", "en"));
                JsonNode plain = bob.next("MESSAGE");
                assertThat(kit.next("MESSAGE").path("Id").asText()).isEqualTo(plain.path("Id").asText());
                assertThat(plain.path("Content").asText()).isEqualTo("hello");
                assertThat(plain.path("Attributes").path("lang").asText()).isEqualTo("en");
                ChatMessageReviewRequest request = seen.poll(20, TimeUnit.SECONDS);
                assertThat(request).isNotNull();
                assertThat(request.handlerUri()).isEqualTo(HANDLER);
                assertThat(request.roomArn()).isEqualTo(room);
                assertThat(request.messageId()).isEqualTo(plain.path("Id").asText());
                assertThat(request.attributes()).containsExactly(Map.entry("lang", "en"));
                assertThat(request.sender().userId()).isEqualTo("kit");
                assertThat(request.sender().attributes()).containsExactly(Map.entry("badge", "gold"));
                assertThat(InetAddress.getByName(request.sender().ip()).isLoopbackAddress()).isTrue();

                say(kit, "cat", "my cat", Map.of("lang", "en"));
                JsonNode rewritten = bob.next("MESSAGE");
                assertThat(kit.next("MESSAGE").path("Content").asText()).isEqualTo("my kitty");
                assertThat(rewritten.path("Content").asText()).isEqualTo("my kitty");
                assertThat(rewritten.path("Attributes").path("edited").asText()).isEqualTo("yes");
                assertThat(rewritten.path("Attributes").has("lang")).as("the returned attributes replace the sent")
                        .isFalse();

                say(kit, "spam", "spam spam", Map.of());
                assertThat(kit.error(406).path("ErrorMessage").asText()).contains("no spam here");
                say(kit, "after", "after", Map.of());
                assertThat(kit.next("MESSAGE").path("RequestId").asText()).isEqualTo("after");
                assertThat(bob.next("MESSAGE").path("RequestId").asText()).as("the denied one reached nobody")
                        .isEqualTo("after");

                String unreviewed = chat.createRoom(b -> b.name("plain")).arn();
                seen.clear();
                try (ChatClient free = ChatClient.connect(emulator, token(chat, unreviewed, "free"))) {
                    say(free, "free", "spam without a handler", Map.of());
                    assertThat(free.next("MESSAGE").path("Content").asText()).isEqualTo("spam without a handler");
                }
                assertThat(seen).as("rooms without a handler are not reviewed").isEmpty();
            }
        }
    }

    @Test
    void aFailingReviewGivesWayToTheRoomsFallbackResult() throws Exception {
        AtomicReference<ChatMessageReviewer> current = new AtomicReference<>(request -> {
            throw new IllegalStateException("the Lambda crashed");
        });
        try (IvsEmulator emulator = IvsEmulator.builder().chatReviewTimeout(PATIENT).start();
             IvschatClient chat = Sdk.chat(emulator)) {
            emulator.setChatMessageReviewer(request -> current.get().review(request));
            String allowing = room(chat, FallbackResult.ALLOW);
            String denying = room(chat, FallbackResult.DENY);
            try (ChatClient a = ChatClient.connect(emulator, token(chat, allowing, "a"));
                 ChatClient d = ChatClient.connect(emulator, token(chat, denying, "d"))) {
                say(a, "thrown", "as sent", Map.of());
                assertThat(a.next("MESSAGE").path("Content").asText()).isEqualTo("as sent");
                say(d, "thrown", "as sent", Map.of());
                assertThat(d.error(406).path("ErrorMessage").asText()).contains("fallbackResult is DENY");

                current.set(request -> null);
                say(d, "null", "x", Map.of());
                d.error(406);

                emulator.clearChatMessageReviewer();
                say(a, "nobody", "no reviewer at all", Map.of());
                assertThat(a.next("MESSAGE").path("Content").asText()).isEqualTo("no reviewer at all");
                say(d, "nobody", "no reviewer at all", Map.of());
                d.error(406);
            }
        }
    }

    @Test
    void aReviewPastTheTimeLimitGivesWayToTheFallbackResult() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        try (IvsEmulator emulator = IvsEmulator.builder().chatMessageReviewer(request -> {
            asked.countDown();
            never.await();
            return ChatMessageReview.deny("too late to matter");
        }).start(); IvschatClient chat = Sdk.chat(emulator)) {
            String room = room(chat, FallbackResult.ALLOW);
            try (ChatClient kit = ChatClient.connect(emulator, token(chat, room, "kit"))) {
                say(kit, "slow", "delivered after IVS's 200 ms", Map.of());
                assertThat(kit.next("MESSAGE").path("Content").asText()).isEqualTo("delivered after IVS's 200 ms");
                assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
            } finally {
                never.countDown();
            }
        }
    }

    @Test
    void anHttpEndpointReviewsWithTheLambdasJson() throws Exception {
        BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
        BlockingQueue<String> handlers = new LinkedBlockingQueue<>();
        AtomicReference<String> answer = new AtomicReference<>(
                "{\"ReviewResult\":\"ALLOW\",\"Content\":\"rewritten\",\"Attributes\":{\"by\":\"http\"}}");
        AtomicReference<Integer> status = new AtomicReference<>(200);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/review", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            handlers.add(exchange.getRequestHeaders().getFirst("X-Ivs-Review-Handler"));
            byte[] out = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/review");
        try (IvsEmulator emulator = IvsEmulator.start(EmulatorOptions.fromArgs("--chat-review-url", url.toString(),
                "--chat-review-timeout", "PT30S"));
             IvschatClient chat = Sdk.chat(emulator)) {
            String room = room(chat, FallbackResult.DENY);
            try (ChatClient kit = ChatClient.connect(emulator, token(chat, room, "kit"))) {
                say(kit, "1", "original", Map.of("k", "v"));
                JsonNode delivered = kit.next("MESSAGE");
                assertThat(delivered.path("Content").asText()).isEqualTo("rewritten");
                assertThat(delivered.path("Attributes").path("by").asText()).isEqualTo("http");
                JsonNode event = ChatClient.JSON.readTree(bodies.poll(20, TimeUnit.SECONDS));
                assertThat(event.path("Content").asText()).isEqualTo("original");
                assertThat(event.path("MessageId").asText()).isEqualTo(delivered.path("Id").asText());
                assertThat(event.path("RoomArn").asText()).isEqualTo(room);
                assertThat(event.path("Attributes").path("k").asText()).isEqualTo("v");
                assertThat(event.path("Sender").path("UserId").asText()).isEqualTo("kit");
                assertThat(event.path("Sender").path("Attributes").path("badge").asText()).isEqualTo("gold");
                assertThat(event.path("Sender").path("Ip").asText()).isNotBlank();
                assertThat(handlers.poll(20, TimeUnit.SECONDS)).isEqualTo(HANDLER);

                answer.set("{\"ReviewResult\":\"DENY\",\"Attributes\":{\"Reason\":\"over HTTP\"}}");
                say(kit, "2", "deny me", Map.of());
                assertThat(kit.error(406).path("ErrorMessage").asText()).contains("over HTTP");

                answer.set("{\"ReviewResult\":\"MAYBE\"}");
                say(kit, "3", "nonsense answer", Map.of());
                assertThat(kit.error(406).path("ErrorMessage").asText()).contains("fallbackResult is DENY");

                answer.set("{\"ReviewResult\":\"ALLOW\"}");
                status.set(500);
                say(kit, "4", "server error", Map.of());
                kit.error(406);
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reviewOptionsAreCheckedAndNamed() {
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--chat-review-url", "ftp://host/review"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chatReviewUrl");
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--chat-review-timeout", "200ms"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0.2S");
        assertThatThrownBy(() -> IvsEmulator.builder().chatReviewTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chatReviewTimeout");
        assertThat(EmulatorOptions.defaults().chatReviewTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(EmulatorOptions.defaults().chatReviewUrl()).isEmpty();
        assertThatThrownBy(() -> ChatMessageReview.deny(null)).hasMessage("reason: is missing");
    }
}
