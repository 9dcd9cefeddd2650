package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat client on the JDK's own WebSocket, connected with a {@link ChatAdmission} as the IVS Chat messaging SDKs
 * connect: the token as the subprotocol, JSON actions out, JSON entities in. Waits are on arrivals with generous
 * timeouts. Thread-safe: entities arrive on the JDK's threads into a blocking queue.
 */
final class ChatSocket implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long WAIT_SECONDS = 30;

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    ChatSocket(ChatAdmission admission) {
        socket = HTTP.newWebSocketBuilder().subprotocols(admission.token().token())
                .connectTimeout(Duration.ofSeconds(WAIT_SECONDS))
                .buildAsync(admission.messagingEndpoint(), new Listener())
                .orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** Sends a message. */
    void say(String requestId, String content) {
        send(JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", requestId)
                .put("Content", content));
    }

    /** Deletes a message, as a moderator's client does. */
    void delete(String requestId, String messageId, String reason) {
        send(JSON.createObjectNode().put("Action", "DELETE_MESSAGE").put("RequestId", requestId)
                .put("Id", messageId).put("Reason", reason));
    }

    private void send(ObjectNode action) {
        socket.sendText(action.toString(), true).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** The next entity received, which must be of this type ({@code MESSAGE}, {@code EVENT}, {@code ERROR}). */
    JsonNode next(String type) throws InterruptedException {
        JsonNode entity = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(entity).as("an entity within %s s", WAIT_SECONDS).isNotNull();
        assertThat(entity.path("Type").asText()).as("the entity %s", entity).isEqualTo(type);
        return entity;
    }

    /** Waits for the server to close the connection; its close code. */
    int closeCode() {
        return closed.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
