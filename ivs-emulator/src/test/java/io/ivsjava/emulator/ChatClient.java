package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A chat client on the JDK's own {@code java.net.http.WebSocket}, as an app without IVS's SDK would write one: the
 * chat token as the subprotocol, JSON actions out, JSON entities in. Waits are on conditions with generous timeouts.
 */
final class ChatClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long WAIT_SECONDS = 20;

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> received;
    private final CompletableFuture<Integer> closed;
    private final CompletableFuture<ByteBuffer> pong;

    private ChatClient(WebSocket socket, BlockingQueue<JsonNode> received, CompletableFuture<Integer> closed,
                       CompletableFuture<ByteBuffer> pong) {
        this.socket = socket;
        this.received = received;
        this.closed = closed;
        this.pong = pong;
    }

    /** Connects to the emulator's messaging endpoint with a chat token; fails the test if refused. */
    static ChatClient connect(IvsEmulator emulator, String token) {
        return connect(emulator.chatMessagingEndpoint(), token);
    }

    /** Connects to a messaging endpoint with a chat token; fails the test if refused. */
    static ChatClient connect(URI endpoint, String token) {
        try {
            return open(endpoint, token).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the chat connection was refused: " + e, e);
        }
    }

    /**
     * Tries to connect and expects a refusal.
     *
     * @return the HTTP status of the refusal
     */
    static int refusal(IvsEmulator emulator, String token) throws InterruptedException, TimeoutException {
        try {
            ChatClient client = open(emulator.chatMessagingEndpoint(), token).get(WAIT_SECONDS, TimeUnit.SECONDS);
            client.close();
            throw new AssertionError("the chat connection was accepted");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    private static CompletableFuture<ChatClient> open(URI endpoint, String token) {
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        CompletableFuture<ByteBuffer> pong = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    try {
                        received.add(JSON.readTree(text.toString()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    text.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
                pong.complete(message);
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.completeExceptionally(error);
            }
        };
        return HTTP.newWebSocketBuilder().subprotocols(token).connectTimeout(Duration.ofSeconds(WAIT_SECONDS))
                .buildAsync(endpoint, listener)
                .thenApply(ws -> {
                    assertThat(ws.getSubprotocol()).as("the server names the token as the subprotocol").isEqualTo(token);
                    return new ChatClient(ws, received, closed, pong);
                });
    }

    /** Sends an action of the messaging API. */
    void send(ObjectNode action) {
        socket.sendText(action.toString(), true).join();
    }

    /** Sends a {@code SEND_MESSAGE} with a request id. */
    void say(String requestId, String content) {
        send(JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", requestId).put("Content", content));
    }

    /** Sends raw text. */
    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends a binary message. */
    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** Pings, and waits for the pong's payload. */
    ByteBuffer ping(byte[] payload) throws Exception {
        socket.sendPing(ByteBuffer.wrap(payload)).join();
        return pong.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The next entity received, whatever its type. */
    JsonNode next() throws InterruptedException {
        JsonNode entity = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (entity == null) {
            throw new AssertionError("nothing received within " + WAIT_SECONDS + " s");
        }
        return entity;
    }

    /** The next entity received, which must be of this type. */
    JsonNode next(String type) throws InterruptedException {
        JsonNode entity = next();
        assertThat(entity.path("Type").asText()).as("the next entity: %s", entity).isEqualTo(type);
        return entity;
    }

    /** The next error, which must carry this code. */
    JsonNode error(int code) throws InterruptedException {
        JsonNode error = next("ERROR");
        assertThat(error.path("ErrorCode").asInt()).as("the error: %s", error).isEqualTo(code);
        return error;
    }

    /** Everything received so far, without waiting. */
    List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        received.drainTo(out);
        return out;
    }

    /** Waits for the server to close the connection, and returns its close code. */
    int closeCode() throws Exception {
        return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the connection is gone already
            }
        }
        socket.abort();
    }
}
