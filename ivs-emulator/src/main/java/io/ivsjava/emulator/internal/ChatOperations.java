package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ResourceTable.ResourceType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The IVS Chat operations with behaviour of their own; the rest (Get, List, Create and Update of logging
 * configurations, tags) come from {@link GenericOperations} and the {@link ResourceTable}'s two chat rows:
 * <ul>
 *   <li>a room's logging configurations must exist (404) and one a room names cannot be deleted (409); a message
 *       review handler gets {@code fallbackResult} {@code ALLOW} unless it says otherwise;</li>
 *   <li>{@code ListRooms} filters by name, review handler and logging configuration;</li>
 *   <li>{@code CreateChatToken} needs the room and mints an encrypted, single-use token (see
 *       {@link ChatMessaging#mint}), attributes limited to 1 KB;</li>
 *   <li>{@code SendEvent}, {@code DeleteMessage} and {@code DisconnectUser} reach the room's connected clients,
 *       and {@code DeleteRoom} closes them.</li>
 * </ul>
 */
final class ChatOperations extends Operations {
    /** The most bytes of keys and values together in token and event attributes, from the API reference. */
    static final int MAX_ATTRIBUTE_BYTES = 1024;

    private final GenericOperations generic;
    private final ChatMessaging messaging;

    ChatOperations(EmulatorState state, ServiceModel model, GenericOperations generic, ChatMessaging messaging) {
        super(state, model);
        this.generic = generic;
        this.messaging = messaging;
    }

    @Override
    void register(Handlers handlers) {
        ResourceType room = type("room");
        ResourceType logging = type("logging-configuration");
        write(handlers, "CreateRoom", (p, in) -> {
            checkRoom(p, in, Json.object());
            return generic.create(p, room, in);
        });
        write(handlers, "UpdateRoom", (p, in) -> {
            ObjectNode current = p.require(in.path("identifier").asText(), "room");
            checkRoom(p, in, current.path("messageReviewHandler"));
            return generic.update(p, room, in);
        });
        read(handlers, "ListRooms", (p, in) -> generic.list(p, room, in, roomFilter(in)));
        unlocked(handlers, "DeleteRoom", this::deleteRoom);
        write(handlers, "DeleteLoggingConfiguration", (p, in) -> {
            String arn = in.path("identifier").asText();
            p.require(arn, "logging configuration");
            Optional<ObjectNode> user = p.all("room").stream()
                    .filter(r -> contains(r.path("loggingConfigurationIdentifiers"), arn)).findFirst();
            if (user.isPresent()) {
                throw ApiException.conflict("The logging configuration " + arn + " is used by the room "
                        + user.get().path("arn").asText() + "; remove it from the room first.")
                        .with("resourceId", IvsArns.id(arn)).with("resourceType", "LOGGING_CONFIGURATION");
            }
            GenericOperations.delete(p, logging, arn);
            return Json.object();
        });
        read(handlers, "CreateChatToken", this::createChatToken);
        read(handlers, "SendEvent", (p, in) -> {
            checkAttributes(in, "Event");
            String roomArn = existingRoom(p, in);
            String id = p.randomId(12);
            messaging.sendEvent(roomArn, id, in.path("eventName").asText(), in.path("attributes"));
            return Json.object().put("id", id);
        });
        read(handlers, "DeleteMessage", (p, in) -> {
            String roomArn = existingRoom(p, in);
            String id = p.randomId(12);
            messaging.deleteMessage(roomArn, id, in.path("id").asText(), text(in, "reason"), Optional.empty());
            return Json.object().put("id", id);
        });
        read(handlers, "DisconnectUser", (p, in) -> {
            String roomArn = existingRoom(p, in);
            messaging.disconnectUser(roomArn, p.randomId(12), in.path("userId").asText(), text(in, "reason"),
                    Optional.empty());
            return Json.object();
        });
    }

    /**
     * What CreateRoom and UpdateRoom check before the generic operation copies the members: the logging
     * configurations exist, and a review handler given without one of its members keeps the room's (on update) or
     * gets the default: no URI, {@code fallbackResult} {@code ALLOW}.
     *
     * @param p the partition
     * @param in the request, whose handler is completed in place
     * @param current the room's handler so far; an empty object on create
     */
    private static void checkRoom(Partition p, ObjectNode in, JsonNode current) {
        for (JsonNode arn : in.path("loggingConfigurationIdentifiers")) {
            p.require(arn.asText(), "logging configuration");
        }
        JsonNode handler = in.get("messageReviewHandler");
        if (handler != null && handler.isObject()) {
            ObjectNode completed = (ObjectNode) handler;
            if (!completed.hasNonNull("uri")) {
                completed.put("uri", current.path("uri").asText(""));
            }
            if (!completed.hasNonNull("fallbackResult")) {
                completed.put("fallbackResult", current.path("fallbackResult").asText("ALLOW"));
            }
        }
    }

    /** ListRooms' filters: the name, the review handler's URI, a logging configuration the room names. */
    private static Predicate<ObjectNode> roomFilter(ObjectNode in) {
        Predicate<ObjectNode> filter = room -> true;
        Optional<String> name = nonEmpty(in, "name");
        if (name.isPresent()) {
            filter = filter.and(room -> room.path("name").asText().equals(name.get()));
        }
        Optional<String> handler = nonEmpty(in, "messageReviewHandlerUri");
        if (handler.isPresent()) {
            filter = filter.and(room -> room.path("messageReviewHandler").path("uri").asText().equals(handler.get()));
        }
        Optional<String> logging = nonEmpty(in, "loggingConfigurationIdentifier");
        if (logging.isPresent()) {
            filter = filter.and(room -> contains(room.path("loggingConfigurationIdentifiers"), logging.get()));
        }
        return filter;
    }

    /** DeleteRoom: the room goes, then its clients are closed (outside the lock: closing queues their frames). */
    private ObjectNode deleteRoom(Partition p, ObjectNode in) {
        String arn = in.path("identifier").asText();
        List<ChatConnection> connected = p.write(() -> {
            GenericOperations.delete(p, type("room"), arn);
            return messaging.detach(arn);
        });
        messaging.closeDeleted(connected);
        return Json.object();
    }

    private ObjectNode createChatToken(Partition p, ObjectNode in) {
        checkAttributes(in, "Chat token");
        String roomArn = existingRoom(p, in);
        Instant now = p.now();
        ChatMessaging.Minted minted = messaging.mint(roomArn, in.path("userId").asText(), in.path("capabilities"),
                in.path("attributes"), in.path("sessionDurationInMinutes").asInt(ChatMessaging.DEFAULT_SESSION_MINUTES),
                now);
        ObjectNode out = Json.object();
        out.put("token", minted.token());
        out.put("tokenExpirationTime", iso(minted.tokenExpires()));
        out.put("sessionExpirationTime", iso(minted.sessionExpires()));
        return out;
    }

    /** The room a messaging operation names; it must exist. */
    private static String existingRoom(Partition p, ObjectNode in) {
        String arn = in.path("roomIdentifier").asText();
        p.require(arn, "room");
        return arn;
    }

    /** Refuses attributes over 1 KB of keys and values together. */
    private static void checkAttributes(ObjectNode in, String what) {
        JsonNode attributes = in.get("attributes");
        if (attributes != null && attributes.isObject() && totalBytes(attributes) > MAX_ATTRIBUTE_BYTES) {
            throw ApiException.validation(what + " attributes total " + totalBytes(attributes) + " bytes; the maximum "
                    + "is 1 KB (1024 bytes) of keys and values.").with("reason", "FIELD_VALIDATION_FAILED");
        }
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
