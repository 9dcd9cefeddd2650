package io.ivsjava.emulator;

/**
 * Reviews the messages sent to a chat room that names a message review handler, in place of the AWS Lambda function
 * IVS Chat would invoke: it sees each {@code SEND_MESSAGE} before delivery and allows it (as sent or rewritten) or
 * denies it. Registered with {@link IvsEmulator#setChatMessageReviewer(ChatMessageReviewer)} or the builder's
 * {@link IvsEmulator.Builder#chatMessageReviewer(ChatMessageReviewer)}.
 *
 * <p>As at IVS, the room's {@code fallbackResult} decides when the review fails: when this method throws, returns
 * null, or takes longer than {@link EmulatorOptions#chatReviewTimeout()} (IVS's 200 ms by default).
 *
 * <pre>{@code
 * emulator.setChatMessageReviewer(request -> request.content().contains("spam")
 *         ? ChatMessageReview.deny("no spam")
 *         : ChatMessageReview.allow(request.content().replace("cat", "kitty")));
 * }</pre>
 *
 * <p>Implementations must be thread-safe: messages of several connections are reviewed at once, each on its own
 * thread.
 */
@FunctionalInterface
public interface ChatMessageReviewer {
    /**
     * Reviews one message.
     *
     * @param request the message, its room and its sender, as the review Lambda's event names them
     * @return the verdict
     * @throws Exception for any failure: the room's {@code fallbackResult} then applies
     */
    ChatMessageReview review(ChatMessageReviewRequest request) throws Exception;
}
