package io.ivsjava.examples.streamcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A chat client of IVS Chat's messaging WebSocket on the JDK's own {@link java.net.http.WebSocket}, as a viewer's page
 * runs the IVS Chat messaging SDK: it connects to the messaging endpoint with the chat token as the WebSocket
 * subprotocol, sends {@code SEND_MESSAGE} and {@code DELETE_MESSAGE} actions as JSON, and receives {@code MESSAGE},
 * {@code EVENT} and {@code ERROR} entities as JSON.
 *
 * <p>Thread-safe: entities arrive on the JDK's threads into a blocking queue, which one reader takes from. The token
 * is never logged nor shown by {@link #toString()}.
 */
final class ChatClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String who;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatClient(String who, URI endpoint, String token, Duration timeout) throws IOException {
        this.who = who;
        try {
            this.socket = HTTP.newWebSocketBuilder().subprotocols(token).connectTimeout(timeout)
                    .buildAsync(endpoint, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new IOException("the chat messaging endpoint refused " + who + " with HTTP "
                        + refused.getResponse().statusCode(), refused);
            }
            throw new IOException("connecting " + who + " to " + endpoint + " failed: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IOException("connecting " + who + " to " + endpoint + " took over " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting " + who, e);
        }
    }

    /**
     * Connects to a room with a chat token.
     *
     * @param who whose client this is, for messages
     * @param endpoint the messaging endpoint the backend handed out
     * @param token the chat token the backend handed out
     * @param timeout how long the connection may take
     * @return the connected client
     * @throws IOException if the endpoint refuses the token or cannot be reached
     */
    static ChatClient connect(String who, URI endpoint, String token, Duration timeout) throws IOException {
        return new ChatClient(who, endpoint, token, timeout);
    }

    /**
     * Sends a message ({@code SEND_MESSAGE}).
     *
     * @param requestId the request id, which the sender's copy of the message carries back
     * @param content the message
     */
    void send(String requestId, String content) {
        action(Http.JSON.createObjectNode().put("Action", "SEND_MESSAGE").put("RequestId", requestId)
                .put("Content", content));
    }

    /**
     * Deletes a message ({@code DELETE_MESSAGE}): a moderator's token may.
     *
     * @param requestId the request id
     * @param messageId the message's {@code Id}
     * @param reason why, shown to everyone
     */
    void deleteMessage(String requestId, String messageId, String reason) {
        action(Http.JSON.createObjectNode().put("Action", "DELETE_MESSAGE").put("RequestId", requestId)
                .put("Id", messageId).put("Reason", reason));
    }

    private void action(ObjectNode action) {
        socket.sendText(action.toString(), true).orTimeout(30, TimeUnit.SECONDS).join();
    }

    /**
     * The next entity received that matches, skipping others.
     *
     * @param wanted what to wait for
     * @param timeout how long to wait
     * @return the entity, or empty if none came in time
     */
    Optional<JsonNode> next(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                JsonNode entity = received.poll(left, TimeUnit.NANOSECONDS);
                if (entity != null && wanted.test(entity)) {
                    return Optional.of(entity);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /**
     * A predicate for entities of a type, and for an {@code EVENT}, of a name.
     *
     * @param type {@code MESSAGE}, {@code EVENT} or {@code ERROR}
     * @param eventName the event's name, or null for any
     * @return the predicate
     */
    static Predicate<JsonNode> entity(String type, String eventName) {
        return e -> type.equals(e.path("Type").asText())
                && (eventName == null || eventName.equals(e.path("EventName").asText()));
    }

    /**
     * Waits until the server closes the connection.
     *
     * @param timeout how long to wait
     * @return the close code and reason, or empty if the connection stayed open
     */
    Optional<String> awaitClosed(Duration timeout) {
        try {
            return Optional.of(closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException | CompletionException e) {
            return Optional.of("failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    /** {@return whose client this is; never the token} */
    @Override
    public String toString() {
        return "ChatClient[" + who + "]";
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(Http.JSON.readTree(text.toString()));
                } catch (IOException notJson) {
                    received.add(Http.JSON.createObjectNode().put("Type", "UNREADABLE"));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + (reason.isEmpty() ? "" : " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
