package io.ivsjava.emulator;

import static io.ivsjava.emulator.Checks.notNull;

import java.util.Map;

/**
 * A message to review: the event IVS Chat sends a room's review Lambda ({@code Content}, {@code MessageId},
 * {@code RoomArn}, {@code Attributes}, {@code Sender}), plus the handler the room names. A standalone emulator
 * POSTs the same event as JSON to {@code --chat-review-url}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param handlerUri the room's {@code messageReviewHandler.uri}, the Lambda ARN IVS would invoke (not part of the
 *     Lambda's event; the HTTP reviewer gets it in the {@code X-Ivs-Review-Handler} header)
 * @param content {@code Content}: the message as sent
 * @param messageId {@code MessageId}: the id IVS Chat gave the message
 * @param roomArn {@code RoomArn}: the room it was sent to
 * @param attributes {@code Attributes}: the message's attributes; empty if it has none
 * @param sender {@code Sender}: who sent it
 */
public record ChatMessageReviewRequest(String handlerUri, String content, String messageId, String roomArn,
                                       Map<String, String> attributes, Sender sender) {
    /** Checks and copies the members. */
    public ChatMessageReviewRequest {
        notNull("handlerUri", handlerUri);
        notNull("content", content);
        notNull("messageId", messageId);
        notNull("roomArn", roomArn);
        attributes = Map.copyOf(notNull("attributes", attributes));
        notNull("sender", sender);
    }

    /**
     * The sender of a message under review: the Lambda event's {@code Sender}.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param userId {@code UserId}: the user id of the sender's chat token
     * @param ip {@code Ip}: the address the sender connected from
     * @param attributes {@code Attributes}: the attributes of the sender's chat token; empty if it has none
     */
    public record Sender(String userId, String ip, Map<String, String> attributes) {
        /** Checks and copies the members. */
        public Sender {
            notNull("userId", userId);
            notNull("ip", ip);
            attributes = Map.copyOf(notNull("attributes", attributes));
        }
    }
}
