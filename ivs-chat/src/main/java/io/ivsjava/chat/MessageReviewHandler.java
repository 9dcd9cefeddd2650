package io.ivsjava.chat;

import io.ivsjava.chat.internal.Limits;
import io.ivsjava.core.internal.Check;

/**
 * The Lambda function a room has review every message before delivery, and what happens to a message when the
 * function fails to answer (an error, a timeout, or an answer IVS cannot read). The function gets a
 * {@link MessageReviewRequest} and answers a {@link MessageReviewResponse}; {@link MessageReviewer} writes one in
 * Java. It must be in the room's account and region, and allow IVS Chat to invoke it.
 *
 * <pre>{@code
 * MessageReviewHandler.lambda("arn:aws:lambda:us-west-2:123456789012:function:moderate")   // fallback ALLOW
 *         .withFallbackResult(ReviewResult.DENY)                                           // fail closed
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param uri the ARN of the Lambda function: {@code arn:aws:lambda:<region>:<account>:function:<name>}, at most
 *     170 characters
 * @param fallbackResult what happens to a message the function fails to review: delivered ({@code ALLOW}, IVS's
 *     default) or dropped ({@code DENY}); {@code UNKNOWN} only when read from IVS
 */
public record MessageReviewHandler(String uri, ReviewResult fallbackResult) {
    /** Validates the function's ARN. */
    public MessageReviewHandler {
        Limits.lambdaArn("messageReviewHandler.uri", uri);
        Check.notNull("messageReviewHandler.fallbackResult", fallbackResult);
    }

    /**
     * Review by this Lambda function, delivering what it fails to review ({@code ALLOW}, IVS's default).
     *
     * @param functionArn {@code arn:aws:lambda:<region>:<account>:function:<name>}
     * @return the handler
     */
    public static MessageReviewHandler lambda(String functionArn) {
        return new MessageReviewHandler(functionArn, ReviewResult.ALLOW);
    }

    /**
     * This handler with another fallback.
     *
     * @param fallbackResult {@code ALLOW} or {@code DENY}
     * @return a new handler
     */
    public MessageReviewHandler withFallbackResult(ReviewResult fallbackResult) {
        return new MessageReviewHandler(uri, Check.known("messageReviewHandler.fallbackResult", fallbackResult));
    }
}
