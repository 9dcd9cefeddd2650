package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.ChatMessageReviewRequest;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.internal.HttpTransport.Request;
import io.ivsjava.emulator.internal.HttpTransport.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * IVS Chat's messaging plane: the WebSocket a chat client opens with its chat token, served on the API's port under
 * {@value #PATH}, and the rooms' traffic. As IVS Chat's messaging API does:
 * <ul>
 *   <li>the token travels as the WebSocket subprotocol ({@code Sec-WebSocket-Protocol}), which the answer repeats;
 *       a missing, unknown, expired or already used token is refused (401), as is one whose room no longer exists
 *       (404) and one past the account's concurrent connections (429), all before the upgrade;</li>
 *   <li>clients send {@code SEND_MESSAGE}, {@code DELETE_MESSAGE} and {@code DISCONNECT_USER} actions as JSON, each
 *       needing its capability (403 otherwise), and receive {@code MESSAGE}, {@code EVENT} and {@code ERROR}
 *       entities with {@code Id}, {@code RequestId}, {@code SendTime} and the rest;</li>
 *   <li>a message is checked against the room's {@code maximumMessageLength} (400) and
 *       {@code maximumMessageRatePerSecond} (429), reviewed when the room names a review handler (406 when
 *       denied), and delivered to every client of the room, its sender included;</li>
 *   <li>{@code SendEvent}, {@code DeleteMessage} and {@code DisconnectUser} of the API reach the room's clients; a
 *       disconnected user's connections, and every connection of a deleted room, are closed; a session ends, with
 *       error 401, when its duration has passed by the emulator's clock.</li>
 * </ul>
 *
 * <p>Thread-safe: each connection has its reading thread and its writer; the rooms' connections are in concurrent
 * sets, registered under their partition's lock so that a room's deletion and a client's arrival are ordered.
 */
final class ChatMessaging {
    /** The path of the messaging endpoint on the API's port. */
    static final String PATH = "/chat";
    /**
     * How long a chat token may wait before it connects: one minute, the only figure IVS has published (the earlier
     * CreateChatToken reference and the AWS CLI's example).
     */
    static final Duration TOKEN_VALIDITY = Duration.ofMinutes(1);
    /** The default session, from the API reference. */
    static final int DEFAULT_SESSION_MINUTES = 60;
    /** How often the watchdog looks at the connections. */
    private static final long TICK_MILLIS = 250;
    private static final Pattern MESSAGE_ID = Pattern.compile("[a-zA-Z0-9]{12}");

    private final EmulatorState state;
    private final ChatTokens tokens = new ChatTokens();
    private final ChatReviews reviews;
    private final ThreadFactory threads = ConnectionThreads.named("ivs-emulator-chat-");
    private final Map<String, Set<ChatConnection>> rooms = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perPartition = new ConcurrentHashMap<>();
    private final Set<ChatConnection> all = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Instant>> recentMessages = new ConcurrentHashMap<>();
    private ScheduledExecutorService watchdog;
    private boolean closed;

    ChatMessaging(EmulatorState state, ChatReviews reviews) {
        this.state = state;
        this.reviews = reviews;
    }

    /** {@return the reviews of the rooms' messages} */
    ChatReviews reviews() {
        return reviews;
    }

    /** {@return the mount that serves the messaging endpoint on the API's port} */
    ApiHandler.Mount mount() {
        return new ApiHandler.Mount(r -> r.rawPath().equals(PATH) || r.rawPath().startsWith(PATH + "/"),
                this::handshake);
    }

    /** A minted token and its times. */
    record Minted(String token, Instant tokenExpires, Instant sessionExpires) {
    }

    /**
     * Mints a chat token.
     *
     * @param roomArn the room
     * @param userId the user
     * @param capabilities what the user may do
     * @param attributes the user's attributes
     * @param sessionMinutes how long a session it opens lasts
     * @param now the emulator's time
     * @return the token
     */
    Minted mint(String roomArn, String userId, JsonNode capabilities, JsonNode attributes, int sessionMinutes,
                Instant now) {
        Instant expires = now.plus(TOKEN_VALIDITY);
        ObjectNode claims = Json.object();
        claims.put("jti", state.randomId(16));
        claims.put("room", roomArn);
        claims.put("uid", userId);
        ArrayNode caps = claims.putArray("cap");
        capabilities.forEach(c -> caps.add(c.asText()));
        claims.set("attr", attributes.isObject() ? attributes.deepCopy() : Json.object());
        claims.put("sd", sessionMinutes);
        claims.put("exp", expires.getEpochSecond());
        return new Minted(tokens.mint(claims), expires, now.plus(Duration.ofMinutes(sessionMinutes)));
    }

    /** A handshake refused before the upgrade. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private Response handshake(Request request, String requestId) {
        try {
            return upgrade(request);
        } catch (Refusal e) {
            ObjectNode body = Json.object();
            body.put("ErrorCode", e.status);
            body.put("ErrorMessage", e.getMessage());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("x-amzn-RequestId", requestId);
            headers.put("Content-Type", "application/json");
            if (e.status == 426) {
                headers.put("Upgrade", "websocket");
                headers.put("Sec-WebSocket-Version", "13");
            }
            return Response.of(e.status, headers, Json.write(body));
        }
    }

    private Response upgrade(Request request) {
        if (!request.method().equals("GET") || !WebSocket.hasToken(request.headers().get("upgrade"), "websocket")
                || !WebSocket.hasToken(request.headers().get("connection"), "upgrade")) {
            throw new Refusal(426, "The chat messaging endpoint takes WebSocket connections only (a GET with "
                    + "Upgrade: websocket).");
        }
        if (!"13".equals(request.headers().get("sec-websocket-version"))) {
            throw new Refusal(426, "Sec-WebSocket-Version must be 13.");
        }
        String accept = WebSocket.accept(request.headers().get("sec-websocket-key")).orElseThrow(() ->
                new Refusal(400, "Sec-WebSocket-Key must be the base64 of 16 bytes."));
        String token = firstProtocol(request.headers().get("sec-websocket-protocol")).orElseThrow(() ->
                new Refusal(401, "The chat token is missing: send it as the WebSocket subprotocol "
                        + "(Sec-WebSocket-Protocol)."));
        ObjectNode claims = tokens.open(token).orElseThrow(() ->
                new Refusal(401, "The chat token is not valid: it was not issued by CreateChatToken of this emulator."));
        Instant now = state.instant();
        Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong());
        if (!now.isBefore(expires)) {
            throw new Refusal(401, "The chat token expired at " + expires + "; create a new one.");
        }
        String roomArn = claims.path("room").asText();
        Partition p = state.partitionOf(roomArn);
        ChatConnection connection = p.read(() -> {
            if (!p.exists(roomArn)) {
                throw new Refusal(404, "The room " + roomArn + " does not exist.");
            }
            String key = p.accountId() + "/" + p.region();
            int limit = state.limit(Quota.CHAT_CONNECTIONS);
            if (perPartition.computeIfAbsent(key, k -> new AtomicInteger()).get() >= limit) {
                throw new Refusal(429, "The account has reached its quota of " + limit + " concurrent chat "
                        + "connections in " + p.region() + ".");
            }
            if (!tokens.use(claims.path("jti").asText(), expires, now)) {
                throw new Refusal(401, "The chat token was already used to connect; each token connects once.");
            }
            Set<String> capabilities = new LinkedHashSet<>();
            claims.path("cap").forEach(c -> capabilities.add(c.asText()));
            ChatConnection c = new ChatConnection(this, roomArn, key, claims.path("uid").asText(), capabilities,
                    (ObjectNode) claims.path("attr"), request.remoteAddress(),
                    now.plus(Duration.ofMinutes(claims.path("sd").asInt(DEFAULT_SESSION_MINUTES))), threads);
            register(c);
            return c;
        });
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Accept", accept);
        headers.put("Sec-WebSocket-Protocol", token);
        return Response.takeover(101, headers, connection);
    }

    private static Optional<String> firstProtocol(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String first = header.split(",", 2)[0].trim();
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    private void register(ChatConnection c) {
        rooms.compute(c.roomArn(), (k, set) -> {
            Set<ChatConnection> out = set == null ? ConcurrentHashMap.newKeySet() : set;
            out.add(c);
            return out;
        });
        perPartition.computeIfAbsent(c.partitionKey(), k -> new AtomicInteger()).incrementAndGet();
        all.add(c);
        startWatchdog();
    }

    /**
     * Forgets a connection that ended; does nothing the second time.
     *
     * @param c the connection
     */
    void unregister(ChatConnection c) {
        if (all.remove(c)) {
            rooms.computeIfPresent(c.roomArn(), (k, set) -> {
                set.remove(c);
                return set.isEmpty() ? null : set;
            });
            perPartition.get(c.partitionKey()).decrementAndGet();
        }
    }

    private synchronized void startWatchdog() {
        if (watchdog == null && !closed) {
            watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "ivs-emulator-chat-watchdog");
                t.setDaemon(true);
                return t;
            });
            watchdog.scheduleWithFixedDelay(this::checkDeadlines, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void checkDeadlines() {
        Instant now = state.instant();
        for (ChatConnection c : all) {
            try {
                c.checkDeadlines(now);
            } catch (RuntimeException e) {
                c.abort();
            }
        }
    }

    /**
     * A client's session has passed its end: error 401, as IVS sends when a connection expires, then the close.
     *
     * @param c the connection
     */
    void sessionExpired(ChatConnection c) {
        c.send(error(Optional.empty(), 401, "The chat session expired at " + c.sessionExpires()
                + "; connect again with a new chat token."));
        c.close(WebSocket.NORMAL, "The chat session expired.");
    }

    /**
     * A text message from a client: one action of the messaging API.
     *
     * @param c the client
     * @param text the message
     */
    void received(ChatConnection c, String text) {
        JsonNode parsed;
        try {
            parsed = Json.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            parsed = null;
        }
        JsonNode request = parsed;
        if (request == null || !request.isObject()) {
            c.send(error(Optional.empty(), 400, "The request is not a JSON object."));
            return;
        }
        JsonNode rid = request.get("RequestId");
        if (rid != null && !rid.isNull() && !rid.isTextual()) {
            c.send(error(Optional.empty(), 400, "RequestId must be a string."));
            return;
        }
        Optional<String> requestId = rid == null || rid.isNull() ? Optional.empty() : Optional.of(rid.asText());
        if (!state.instant().isBefore(c.sessionExpires())) {
            sessionExpired(c);
            return;
        }
        Partition p = state.partitionOf(c.roomArn());
        Optional<ObjectNode> room = p.read(() -> p.find(c.roomArn()));
        if (room.isEmpty()) {
            c.send(error(requestId, 404, "The room " + c.roomArn() + " does not exist."));
            return;
        }
        String action = request.path("Action").asText("");
        switch (action) {
            case "SEND_MESSAGE":
                sendMessage(c, room.get(), request, requestId);
                break;
            case "DELETE_MESSAGE":
                moderate(c, "DELETE_MESSAGE", requestId, () -> {
                    String messageId = request.path("Id").asText("");
                    if (!MESSAGE_ID.matcher(messageId).matches()) {
                        return Optional.of("Id must be the 12-character id of a message.");
                    }
                    Optional<String> reason = reason(request);
                    deleteMessage(c.roomArn(), state.randomId(12), messageId, reason, requestId);
                    return Optional.empty();
                });
                break;
            case "DISCONNECT_USER":
                moderate(c, "DISCONNECT_USER", requestId, () -> {
                    JsonNode userId = request.get("UserId");
                    if (userId == null || !userId.isTextual() || userId.asText().isEmpty()) {
                        return Optional.of("UserId is required and must be a string.");
                    }
                    disconnectUser(c.roomArn(), state.randomId(12), userId.asText(), reason(request), requestId);
                    return Optional.empty();
                });
                break;
            default:
                c.send(error(requestId, 400, "Action \"" + action + "\" is not SEND_MESSAGE, DELETE_MESSAGE or "
                        + "DISCONNECT_USER."));
        }
    }

    /** A moderation action: its capability, then the action, which answers a bad-request message or nothing. */
    private void moderate(ChatConnection c, String capability, Optional<String> requestId,
                          Supplier<Optional<String>> action) {
        if (!c.can(capability)) {
            c.send(error(requestId, 403, "The chat token does not have the " + capability + " capability."));
            return;
        }
        action.get().ifPresent(problem -> c.send(error(requestId, 400, problem)));
    }

    private static Optional<String> reason(JsonNode request) {
        JsonNode reason = request.get("Reason");
        return reason != null && reason.isTextual() ? Optional.of(reason.asText()) : Optional.empty();
    }

    private void sendMessage(ChatConnection c, ObjectNode room, JsonNode request, Optional<String> requestId) {
        if (!c.can("SEND_MESSAGE")) {
            c.send(error(requestId, 403, "The chat token does not have the SEND_MESSAGE capability."));
            return;
        }
        JsonNode content = request.get("Content");
        if (content == null || !content.isTextual()) {
            c.send(error(requestId, 400, "Content is required and must be a string."));
            return;
        }
        String text = content.asText();
        int length = text.codePointCount(0, text.length());
        int maxLength = room.path("maximumMessageLength").asInt(500);
        if (length > maxLength) {
            c.send(error(requestId, 400, "Content is " + length + " characters; the room's maximumMessageLength is "
                    + maxLength + "."));
            return;
        }
        Optional<Map<String, String>> attributes = strings(request.get("Attributes"));
        if (attributes.isEmpty()) {
            c.send(error(requestId, 400, "Attributes must be an object of string values."));
            return;
        }
        int rate = room.path("maximumMessageRatePerSecond").asInt(10);
        if (!withinRate(c.roomArn(), rate)) {
            c.send(error(requestId, 429, "The room's maximumMessageRatePerSecond (" + rate + ") is exceeded."));
            return;
        }
        String id = state.randomId(12);
        Map<String, String> deliveredAttributes = attributes.get();
        String delivered = text;
        JsonNode handler = room.path("messageReviewHandler");
        String uri = handler.path("uri").asText("");
        if (!uri.isEmpty()) {
            Map<String, String> senderAttributes = strings(c.attributes()).orElse(Map.of());
            ChatReviews.Verdict verdict = reviews.review(new ChatMessageReviewRequest(uri, text, id, c.roomArn(),
                    attributes.get(), new ChatMessageReviewRequest.Sender(c.userId(), c.ip(), senderAttributes)),
                    handler.path("fallbackResult").asText("ALLOW"));
            if (!verdict.allowed()) {
                c.send(error(requestId, 406, verdict.fellBack()
                        ? "The message review handler failed and the room's fallbackResult is DENY."
                        : "The message was denied by the room's message review handler"
                                + verdict.reason().map(r -> ": " + r).orElse(".")));
                return;
            }
            delivered = verdict.content();
            deliveredAttributes = verdict.attributes();
        }
        ObjectNode message = Json.object();
        message.put("Type", "MESSAGE");
        message.put("Id", id);
        requestId.ifPresent(r -> message.put("RequestId", r));
        ObjectNode messageAttributes = message.putObject("Attributes");
        deliveredAttributes.forEach(messageAttributes::put);
        message.put("Content", delivered);
        message.put("SendTime", sendTime());
        ObjectNode sender = message.putObject("Sender");
        sender.put("UserId", c.userId());
        sender.set("Attributes", c.attributes());
        broadcast(c.roomArn(), message);
    }

    /** A string map, or empty if the value is not one; null and absent are the empty map. */
    private static Optional<Map<String, String>> strings(JsonNode value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return Optional.of(out);
        }
        if (!value.isObject()) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> e : Json.fields(value)) {
            if (!e.getValue().isTextual()) {
                return Optional.empty();
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return Optional.of(out);
    }

    /** Counts a message against the room's rate, by the emulator's clock; false if a second holds too many. */
    private boolean withinRate(String roomArn, int perSecond) {
        Instant now = state.instant();
        Deque<Instant> times = recentMessages.computeIfAbsent(roomArn, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minusSeconds(1))) {
                times.pollFirst();
            }
            if (times.size() >= perSecond) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /**
     * An event of the application ({@code SendEvent}) to every client of a room.
     *
     * @param roomArn the room
     * @param id the event's id
     * @param eventName its name
     * @param attributes its attributes
     */
    void sendEvent(String roomArn, String id, String eventName, JsonNode attributes) {
        broadcast(roomArn, event(id, eventName, attributes.isObject() ? (ObjectNode) attributes.deepCopy()
                : Json.object(), Optional.empty()));
    }

    /**
     * The {@code aws:DELETE_MESSAGE} event to every client of a room.
     *
     * @param roomArn the room
     * @param id the event's id
     * @param messageId the message to delete
     * @param reason why, if given
     * @param requestId the client's request id, for a messaging-API request
     */
    void deleteMessage(String roomArn, String id, String messageId, Optional<String> reason,
                       Optional<String> requestId) {
        ObjectNode attributes = Json.object();
        attributes.put("MessageId", messageId);
        attributes.put("MessageID", messageId);
        reason.ifPresent(r -> attributes.put("Reason", r));
        broadcast(roomArn, event(id, "aws:DELETE_MESSAGE", attributes, requestId));
    }

    /**
     * The {@code aws:DISCONNECT_USER} event to every client of a room, then the user's connections closed.
     *
     * @param roomArn the room
     * @param id the event's id
     * @param userId the user
     * @param reason why, if given
     * @param requestId the client's request id, for a messaging-API request
     */
    void disconnectUser(String roomArn, String id, String userId, Optional<String> reason,
                        Optional<String> requestId) {
        ObjectNode attributes = Json.object();
        attributes.put("UserId", userId);
        reason.ifPresent(r -> attributes.put("Reason", r));
        broadcast(roomArn, event(id, "aws:DISCONNECT_USER", attributes, requestId));
        for (ChatConnection c : rooms.getOrDefault(roomArn, Set.of())) {
            if (c.userId().equals(userId)) {
                c.close(WebSocket.NORMAL, "Disconnected by a moderator" + reason.map(r -> ": " + r).orElse("."));
            }
        }
    }

    /**
     * Takes a deleted room's connections out of the room, under its partition's write lock: no client joins it
     * after that.
     *
     * @param roomArn the room
     * @return its connections, to {@link #closeDeleted close} after the lock
     */
    List<ChatConnection> detach(String roomArn) {
        Set<ChatConnection> connections = rooms.remove(roomArn);
        recentMessages.remove(roomArn);
        return connections == null ? List.of() : new ArrayList<>(connections);
    }

    /**
     * Closes the connections of a deleted room.
     *
     * @param connections what {@link #detach} returned
     */
    void closeDeleted(List<ChatConnection> connections) {
        connections.forEach(c -> c.close(WebSocket.NORMAL, "The room was deleted."));
    }

    /**
     * How many clients a room has.
     *
     * @param roomArn the room
     * @return the connected clients
     */
    int connections(String roomArn) {
        return rooms.getOrDefault(roomArn, Set.of()).size();
    }

    /** Closes every connection (going away) and forgets which tokens connected. */
    void reset() {
        for (ChatConnection c : all) {
            c.close(WebSocket.GOING_AWAY, "The emulator was reset.");
        }
        tokens.reset();
        recentMessages.clear();
    }

    /** Ends every connection at once and stops the watchdog; for the emulator's close. */
    void close() {
        synchronized (this) {
            closed = true;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
        }
        all.forEach(ChatConnection::abort);
    }

    private void broadcast(String roomArn, ObjectNode entity) {
        byte[] frame = WebSocket.text(new String(Json.write(entity), StandardCharsets.UTF_8));
        for (ChatConnection c : rooms.getOrDefault(roomArn, Set.of())) {
            c.send(frame);
        }
    }

    private ObjectNode event(String id, String eventName, ObjectNode attributes, Optional<String> requestId) {
        ObjectNode event = Json.object();
        event.put("Type", "EVENT");
        event.put("Id", id);
        requestId.ifPresent(r -> event.put("RequestId", r));
        event.put("EventName", eventName);
        event.set("Attributes", attributes);
        event.put("SendTime", sendTime());
        return event;
    }

    private byte[] error(Optional<String> requestId, int code, String message) {
        ObjectNode error = Json.object();
        error.put("Type", "ERROR");
        error.put("Id", state.randomId(12));
        requestId.ifPresent(r -> error.put("RequestId", r));
        error.put("ErrorCode", code);
        error.put("ErrorMessage", message);
        return WebSocket.text(new String(Json.write(error), StandardCharsets.UTF_8));
    }

    private String sendTime() {
        return DateTimeFormatter.ISO_INSTANT.format(state.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
