package io.ivsjava.chat;

import io.ivsjava.core.internal.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A room's message review handler, written in Java: decides for each message whether it is delivered, rewritten or
 * dropped. Run it in the Lambda function the room's {@link MessageReviewHandler} names, through
 * {@link #handle(InputStream, OutputStream)}, whose signature fits the AWS Lambda Java runtime's
 * {@code RequestStreamHandler}:
 *
 * <pre>{@code
 * public final class ModerateChat implements RequestStreamHandler {
 *     private static final MessageReviewer REVIEWER = request ->
 *             request.content().contains("http") ? MessageReviewResponse.deny("no links please")
 *                     : MessageReviewResponse.allow(request.content().replace("darn", "d**n"));
 *
 *     @Override
 *     public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
 *         REVIEWER.handle(in, out);
 *     }
 * }
 * }</pre>
 *
 * <p>Test it as plain Java: {@code reviewer.review(new MessageReviewRequest(...))}, or through the JSON IVS sends
 * with {@link #handle(String)}.
 *
 * <p>If {@link #review} throws, the handler fails, and IVS applies the room's
 * {@link MessageReviewHandler#fallbackResult()}; IVS also does when the handler takes too long, so keep it quick.
 *
 * <p>Implementations must be thread-safe if one instance serves several requests at once (a Lambda function serves
 * one at a time per instance).
 */
@FunctionalInterface
public interface MessageReviewer {
    /**
     * Reviews one message.
     *
     * @param request the message, its room and its sender
     * @return deliver, rewrite or drop
     */
    MessageReviewResponse review(MessageReviewRequest request);

    /**
     * Reviews the message in a request body as IVS Chat sends it, and answers the JSON IVS reads, with every member
     * spelled out ({@link MessageReviewResponse#completedFor}).
     *
     * @param requestJson the request body
     * @return the response body
     * @throws io.ivsjava.core.IvsValidationException if the request is not one IVS sends, or {@link #review}
     *     returned null
     */
    default String handle(String requestJson) {
        return answer(MessageReviewRequest.parse(requestJson));
    }

    /**
     * Reviews the message in a request body as IVS Chat sends it, and writes the JSON IVS reads (UTF-8). Reads
     * the input to its end and flushes the output; closes neither.
     *
     * @param request the request body, such as a Lambda function's input stream
     * @param response where the response body goes, such as a Lambda function's output stream
     * @throws IOException if a stream fails
     * @throws io.ivsjava.core.IvsValidationException if the request is not one IVS sends, or {@link #review}
     *     returned null
     */
    default void handle(InputStream request, OutputStream response) throws IOException {
        Check.notNull("request", request);
        Check.notNull("response", response);
        response.write(answer(MessageReviewRequest.parse(request.readAllBytes())).getBytes(StandardCharsets.UTF_8));
        response.flush();
    }

    private String answer(MessageReviewRequest request) {
        return Check.notNull("response", review(request)).completedFor(request).toJson();
    }
}
