package io.ivsjava.chat;

import io.ivsjava.chat.internal.ReviewJson;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * What a message review handler answers IVS Chat: deliver the message (as it is, or rewritten) or drop it, with a
 * reason the sender is told. The JSON IVS reads:
 *
 * <pre>{@code
 * {"ReviewResult": "ALLOW", "Content": "hello", "Attributes": {"k": "v"}}
 * {"ReviewResult": "DENY", "Attributes": {"Reason": "no links please"}}
 * }</pre>
 *
 * <p>A denied message reaches nobody; its sender's client gets an error (406) carrying the reason, which IVS takes
 * from the {@code Reason} attribute. When the answer is not one IVS can use (not this JSON, or over the room's
 * limits), or the handler fails or times out, IVS applies the room's {@link MessageReviewHandler#fallbackResult()}.
 *
 * <pre>{@code
 * MessageReviewResponse.allow()                        // deliver unchanged
 * MessageReviewResponse.allow("hello ****")            // deliver rewritten
 * MessageReviewResponse.deny("no links please")        // drop; the sender sees the reason
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param result deliver or drop ({@code ReviewResult}); {@code UNKNOWN} is refused
 * @param content the content to deliver instead of the original ({@code Content}); empty to deliver it unchanged
 * @param attributes the attributes to deliver instead of the original ({@code Attributes}); for a denial, where
 *     the {@code Reason} goes; empty to leave them unchanged
 */
public record MessageReviewResponse(ReviewResult result, Optional<String> content,
                                    Optional<Map<String, String>> attributes) {
    /** The attribute that carries the reason for a denial to the sender. */
    public static final String REASON = "Reason";

    /**
     * Checks the result and freezes the attributes.
     *
     * @throws IvsValidationException naming {@code ReviewResult}, {@code Content} or {@code Attributes}
     */
    public MessageReviewResponse {
        Check.known("ReviewResult", result);
        Check.notNull("Content", content);
        attributes = Check.notNull("Attributes", attributes).map(a -> ReviewJson.attributes("Attributes", a));
    }

    /**
     * Delivers the message unchanged.
     *
     * @return the response
     */
    public static MessageReviewResponse allow() {
        return new MessageReviewResponse(ReviewResult.ALLOW, Optional.empty(), Optional.empty());
    }

    /**
     * Delivers the message with other content, such as with words masked; its attributes stay.
     *
     * @param content what to deliver instead; within the room's {@link Room#maximumMessageLength()}
     * @return the response
     */
    public static MessageReviewResponse allow(String content) {
        return new MessageReviewResponse(ReviewResult.ALLOW, Optional.of(Check.notNull("Content", content)),
                Optional.empty());
    }

    /**
     * Delivers the message with other content and attributes.
     *
     * @param content what to deliver instead
     * @param attributes the attributes to deliver instead
     * @return the response
     */
    public static MessageReviewResponse allow(String content, Map<String, String> attributes) {
        return new MessageReviewResponse(ReviewResult.ALLOW, Optional.of(Check.notNull("Content", content)),
                Optional.of(Check.notNull("Attributes", attributes)));
    }

    /**
     * Drops the message without saying why.
     *
     * @return the response
     */
    public static MessageReviewResponse deny() {
        return new MessageReviewResponse(ReviewResult.DENY, Optional.empty(), Optional.empty());
    }

    /**
     * Drops the message; its sender is told why.
     *
     * @param reason what the sender's client shows
     * @return the response
     */
    public static MessageReviewResponse deny(String reason) {
        return new MessageReviewResponse(ReviewResult.DENY, Optional.empty(),
                Optional.of(Map.of(REASON, Check.notNull("reason", reason))));
    }

    /**
     * Whether the message is delivered.
     *
     * @return true for {@code ALLOW}
     */
    public boolean allowed() {
        return result == ReviewResult.ALLOW;
    }

    /**
     * Why the message is dropped, as its sender is told.
     *
     * @return the {@code Reason} attribute, if any
     */
    public Optional<String> reason() {
        return attributes.map(a -> a.get(REASON));
    }

    /**
     * This response with every member IVS delivers spelled out: for {@code ALLOW}, the original content and
     * attributes of the request where this response leaves them unchanged. {@link MessageReviewer#handle} answers
     * IVS with it, so a message is never delivered empty for want of a member.
     *
     * @param request the request this responds to
     * @return the completed response; a denial as it is
     */
    public MessageReviewResponse completedFor(MessageReviewRequest request) {
        Check.notNull("request", request);
        if (result != ReviewResult.ALLOW) {
            return this;
        }
        return new MessageReviewResponse(result, Optional.of(content.orElse(request.content())),
                Optional.of(attributes.orElse(request.attributes())));
    }

    /**
     * Reads a handler's answer, as IVS Chat would: for tests of a handler that answers JSON.
     *
     * @param json the response body
     * @return the response
     * @throws IvsValidationException naming the JSON field that is missing or of the wrong type, or
     *     {@code ReviewResult} if it is neither {@code ALLOW} nor {@code DENY}
     */
    public static MessageReviewResponse parse(String json) {
        return ReviewJson.response(ReviewJson.tree(Check.notNull("response", json)));
    }

    /**
     * The JSON IVS Chat reads; members left unchanged are left out.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReviewJson.write(this);
    }

    /** {@return the result and the reason; rewritten content and attributes are left out} */
    @Override
    public String toString() {
        return "MessageReviewResponse[result=" + result + reason().map(r -> ", reason=" + r).orElse("")
                + (content.isPresent() ? ", content rewritten" : "") + "]";
    }
}
