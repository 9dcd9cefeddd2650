package io.ivsjava.emulator;

import static io.ivsjava.emulator.Checks.notNull;

import java.util.Map;
import java.util.Optional;

/**
 * A review's verdict: what IVS Chat's review Lambda answers ({@code ReviewResult}, {@code Content},
 * {@code Attributes}). An allowed message is delivered with the content and attributes given here, or as it was
 * sent where they are empty; a denied one reaches nobody, and its sender gets error 406 with the {@code Reason}
 * attribute, if any, in the message.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param reviewResult {@code ReviewResult}: {@link Result#ALLOW} or {@link Result#DENY}
 * @param content {@code Content}: the content to deliver instead of the one sent
 * @param attributes {@code Attributes}: the attributes to deliver instead of the ones sent; for a denial, where
 *     the {@code Reason} is
 */
public record ChatMessageReview(Result reviewResult, Optional<String> content,
                                Optional<Map<String, String>> attributes) {
    /** The review Lambda's {@code ReviewResult}. */
    public enum Result {
        /** Deliver the message. */
        ALLOW,
        /** Deliver it to nobody. */
        DENY
    }

    /** Checks and copies the members. */
    public ChatMessageReview {
        notNull("reviewResult", reviewResult);
        notNull("content", content);
        attributes = notNull("attributes", attributes).map(Map::copyOf);
    }

    /**
     * Allows the message as it was sent.
     *
     * @return the verdict
     */
    public static ChatMessageReview allow() {
        return new ChatMessageReview(Result.ALLOW, Optional.empty(), Optional.empty());
    }

    /**
     * Allows the message with other content.
     *
     * @param content the content to deliver
     * @return the verdict
     */
    public static ChatMessageReview allow(String content) {
        return new ChatMessageReview(Result.ALLOW, Optional.of(notNull("content", content)), Optional.empty());
    }

    /**
     * Allows the message with other content and attributes.
     *
     * @param content the content to deliver
     * @param attributes the attributes to deliver
     * @return the verdict
     */
    public static ChatMessageReview allow(String content, Map<String, String> attributes) {
        return new ChatMessageReview(Result.ALLOW, Optional.of(notNull("content", content)),
                Optional.of(notNull("attributes", attributes)));
    }

    /**
     * Denies the message without a reason.
     *
     * @return the verdict
     */
    public static ChatMessageReview deny() {
        return new ChatMessageReview(Result.DENY, Optional.empty(), Optional.empty());
    }

    /**
     * Denies the message, saying why: the {@code Reason} attribute, which the sender's error message carries.
     *
     * @param reason why
     * @return the verdict
     */
    public static ChatMessageReview deny(String reason) {
        return new ChatMessageReview(Result.DENY, Optional.empty(),
                Optional.of(Map.of("Reason", notNull("reason", reason))));
    }

    /** {@return the {@code Reason} attribute of a denial, if it has one} */
    public Optional<String> reason() {
        return attributes.map(a -> a.get("Reason"));
    }
}
