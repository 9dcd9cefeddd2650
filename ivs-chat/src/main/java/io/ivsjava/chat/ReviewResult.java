package io.ivsjava.chat;

/**
 * What happens to a message under review: delivered or dropped. A {@link MessageReviewResponse} carries one, and a
 * room's {@link MessageReviewHandler#fallbackResult()} says which applies when the handler fails to answer.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ReviewResult {
    /** The message is delivered to the room. */
    ALLOW,
    /** The message is not delivered; its sender is told, with the reason if one was given. */
    DENY,
    /** A value IVS reported that this version of the library does not know. Never sent to IVS. */
    UNKNOWN
}
