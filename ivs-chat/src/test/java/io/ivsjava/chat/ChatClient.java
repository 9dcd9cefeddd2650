package io.ivsjava.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A chat client as IVS Chat's messaging SDKs are one, on the JDK's own WebSocket: the chat token as the subprotocol,
 * {@code SEND_MESSAGE} actions out, messages, events and errors in, as JSON. Waits are on arrivals with generous
 * timeouts, never fixed sleeps. Thread-safe: frames arrive on the JDK's threads into a blocking queue.
 */
final class ChatClient implements AutoCloseable {
    /** Long enough for a loaded 2-core machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatClient(URI endpoint, String token) {
        socket = HTTP.newWebSocketBuilder().subprotocols(token).connectTimeout(PATIENCE)
                .buildAsync(endpoint, new Listener()).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Connects with a chat token; fails the test if the server refuses. */
    static ChatClient connect(URI endpoint, ChatToken token) {
        return new ChatClient(endpoint, token.token());
    }

    /** Tries to connect, expecting a refusal, and returns the refusal's HTTP status. */
    static int refusal(URI endpoint, ChatToken token) {
        ChatClient accepted;
        try {
            accepted = new ChatClient(endpoint, token.token());
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
        accepted.close();
        throw new AssertionError("the chat connection was accepted");
    }

    /** Sends a message, as the messaging SDKs' {@code sendMessage} does. */
    void send(String requestId, String content) {
        ObjectNode action = Scripted.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", requestId)
                .put("Content", content);
        socket.sendText(action.toString(), true).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The next frame received, which must be of this type ({@code MESSAGE}, {@code EVENT}, {@code ERROR}). */
    JsonNode next(String type) throws InterruptedException {
        JsonNode frame = received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(frame).as("a frame within " + PATIENCE).isNotNull();
        assertThat(frame.path("Type").asText()).as("the frame %s", frame).isEqualTo(type);
        return frame;
    }

    /** The close code the server ended the connection with. */
    int closeCode() {
        return closed.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
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
                received.add(Scripted.tree(text.toString()));
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
