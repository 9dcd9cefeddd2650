package io.ivsjava.chat;

import io.ivsjava.chat.internal.ReviewJson;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A message IVS Chat asks a room's message review handler to review, before anyone receives it: what a
 * {@link MessageReviewer} gets. IVS sends it to the Lambda function as JSON:
 *
 * <pre>{@code
 * {"Content": "hello", "MessageId": "ABC123def456", "RoomArn": "arn:aws:ivschat:...:room/...",
 *  "Attributes": {"k": "v"}, "Sender": {"UserId": "bob", "Ip": "203.0.113.7", "Attributes": {"displayName": "Bob"}}}
 * }</pre>
 *
 * <p>{@link #parse(String)} reads that JSON (unknown fields are ignored), {@link #toJson()} writes it, for tests that
 * feed a handler the way IVS does.
 *
 * <p>Immutable; safe to share between threads. Its content and the sender's details are the user's: do not log
 * them.
 *
 * @param content the message as the user sent it ({@code Content})
 * @param messageId the message's id, made by IVS Chat ({@code MessageId})
 * @param room the room the message was sent to ({@code RoomArn})
 * @param attributes the message's attributes ({@code Attributes}); empty if none
 * @param sender who sent it ({@code Sender})
 */
public record MessageReviewRequest(String content, String messageId, RoomArn room, Map<String, String> attributes,
                                   Sender sender) {
    /** Checks that no component is null and freezes the attributes. */
    public MessageReviewRequest {
        Check.notNull("Content", content);
        Check.length("MessageId", messageId, 1, Integer.MAX_VALUE);
        Check.notNull("RoomArn", room);
        attributes = ReviewJson.attributes("Attributes", attributes);
        Check.notNull("Sender", sender);
    }

    /**
     * Who sent a message under review: the user id and attributes of their chat token, and the address they
     * connect from. Immutable; safe to share between threads.
     *
     * @param userId the user id their chat token was created with ({@code UserId})
     * @param ip the IP address of their client ({@code Ip}), if IVS sent it
     * @param attributes the attributes of their chat token ({@code Attributes}); empty if none
     */
    public record Sender(String userId, Optional<String> ip, Map<String, String> attributes) {
        /** Checks that no component is null and freezes the attributes. */
        public Sender {
            Check.notNull("Sender.UserId", userId);
            Check.notNull("Sender.Ip", ip);
            attributes = ReviewJson.attributes("Sender.Attributes", attributes);
        }
    }

    /**
     * Reads the JSON IVS Chat sends a message review handler.
     *
     * @param json the request body
     * @return the request
     * @throws io.ivsjava.core.IvsValidationException naming the JSON field ({@code MessageId}, {@code Sender.UserId}
     *     ...) that is missing or of the wrong type, or {@code request} if the text is not a JSON object; the
     *     message never repeats the user's content
     */
    public static MessageReviewRequest parse(String json) {
        return ReviewJson.request(ReviewJson.tree(Check.notNull("request", json)));
    }

    /**
     * Reads the JSON IVS Chat sends a message review handler, from bytes (UTF-8, or another encoding JSON allows,
     * detected).
     *
     * @param json the request body
     * @return the request
     * @throws io.ivsjava.core.IvsValidationException as {@link #parse(String)} does
     */
    public static MessageReviewRequest parse(byte[] json) {
        return ReviewJson.request(ReviewJson.tree(Check.notNull("request", json)));
    }

    /**
     * The request as IVS Chat sends it, for tests.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReviewJson.write(this);
    }

    /** {@return the room, message id and sender's user id; the content and attributes are left out} */
    @Override
    public String toString() {
        return "MessageReviewRequest[room=" + room + ", messageId=" + messageId + ", sender=" + sender.userId() + "]";
    }
}
