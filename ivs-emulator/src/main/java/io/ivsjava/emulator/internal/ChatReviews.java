package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.ChatMessageReview;
import io.ivsjava.emulator.ChatMessageReviewRequest;
import io.ivsjava.emulator.ChatMessageReviewer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message review of rooms that name a review handler, in place of the Lambda IVS Chat invokes: a
 * {@link ChatMessageReviewer} set on the emulator, else an HTTP endpoint ({@code --chat-review-url}) that gets the
 * Lambda's event as JSON and answers as the Lambda does. A review that fails, answers something that is not a
 * verdict, or takes longer than the time limit (IVS's 200 ms by default) gives way to the room's
 * {@code fallbackResult}; so does a room whose handler has nobody to run it, as a Lambda IVS cannot invoke.
 *
 * <p>Thread-safe: each review runs on a thread of its own, or as an HTTP request of a shared client.
 */
final class ChatReviews {
    private static final Logger LOG = LoggerFactory.getLogger(ChatReviews.class);

    private final Optional<URI> url;
    /** The review URL as logs show it: without its query, which may hold a secret. */
    private final String shownUrl;
    private final Duration timeout;
    private final ThreadFactory threads;
    private volatile Optional<ChatMessageReviewer> reviewer = Optional.empty();
    private volatile HttpClient http;

    ChatReviews(Optional<URI> url, Duration timeout, ThreadFactory threads) {
        this.url = url;
        this.shownUrl = url.map(ChatReviews::shown).orElse("");
        this.timeout = timeout;
        this.threads = threads;
    }

    /**
     * Sets or removes the Java reviewer, which takes precedence over the HTTP endpoint.
     *
     * @param reviewer the reviewer, or empty
     */
    void reviewer(Optional<ChatMessageReviewer> reviewer) {
        this.reviewer = reviewer;
    }

    /**
     * What becomes of a reviewed message.
     *
     * @param allowed whether it is delivered
     * @param content what is delivered
     * @param attributes the attributes delivered
     * @param reason for a denial, the {@code Reason} the reviewer gave, if any
     * @param fellBack whether the room's {@code fallbackResult} decided, the review having failed
     */
    record Verdict(boolean allowed, String content, Map<String, String> attributes, Optional<String> reason,
                   boolean fellBack) {
    }

    /**
     * Reviews a message.
     *
     * @param request the message
     * @param fallbackResult the room's {@code fallbackResult}: {@code ALLOW} or {@code DENY}
     * @return the verdict
     */
    Verdict review(ChatMessageReviewRequest request, String fallbackResult) {
        Optional<ChatMessageReview> review = ask(request);
        if (review.isEmpty()) {
            return new Verdict(!fallbackResult.equals("DENY"), request.content(), request.attributes(),
                    Optional.empty(), true);
        }
        ChatMessageReview r = review.get();
        if (r.reviewResult() == ChatMessageReview.Result.DENY) {
            return new Verdict(false, request.content(), request.attributes(), r.reason(), false);
        }
        return new Verdict(true, r.content().orElse(request.content()), r.attributes().orElse(request.attributes()),
                Optional.empty(), false);
    }

    private Optional<ChatMessageReview> ask(ChatMessageReviewRequest request) {
        Optional<ChatMessageReviewer> local = reviewer;
        if (local.isPresent()) {
            return callJava(local.get(), request);
        }
        if (url.isPresent()) {
            return callHttp(url.get(), request);
        }
        LOG.debug("room {} names the review handler {}, but no reviewer is set on the emulator: its fallbackResult "
                + "applies", request.roomArn(), request.handlerUri());
        return Optional.empty();
    }

    private Optional<ChatMessageReview> callJava(ChatMessageReviewer reviewer, ChatMessageReviewRequest request) {
        FutureTask<ChatMessageReview> task = new FutureTask<>(() -> reviewer.review(request));
        Thread thread = threads.newThread(task);
        thread.start();
        try {
            return Optional.ofNullable(task.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            thread.interrupt();
            LOG.warn("the chat message reviewer took longer than {} for message {} of room {}: the room's "
                    + "fallbackResult applies", timeout, request.messageId(), request.roomArn());
        } catch (ExecutionException e) {
            LOG.warn("the chat message reviewer failed for message {} of room {}: the room's fallbackResult applies",
                    request.messageId(), request.roomArn(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private Optional<ChatMessageReview> callHttp(URI target, ChatMessageReviewRequest request) {
        HttpRequest post = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Ivs-Review-Handler", request.handlerUri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(event(request))))
                .build();
        try {
            HttpResponse<byte[]> response = client().sendAsync(post, HttpResponse.BodyHandlers.ofByteArray())
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (response.statusCode() / 100 != 2) {
                LOG.warn("the chat review endpoint {} answered status {}: the room's fallbackResult applies", shownUrl,
                        response.statusCode());
                return Optional.empty();
            }
            Optional<ChatMessageReview> review = verdict(Json.parse(response.body()));
            if (review.isEmpty()) {
                LOG.warn("the chat review endpoint {} answered no valid ReviewResult: the room's fallbackResult "
                        + "applies", shownUrl);
            }
            return review;
        } catch (TimeoutException e) {
            LOG.warn("the chat review endpoint {} took longer than {}: the room's fallbackResult applies", shownUrl,
                    timeout);
        } catch (ExecutionException | IOException e) {
            LOG.warn("the chat review endpoint {} could not be asked: {}; the room's fallbackResult applies", shownUrl,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /**
     * A review URL as logs and the console show it: scheme, host, port and path, without the user information or
     * the query, which may hold a secret.
     *
     * @param url the URL
     * @return what to show
     */
    static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?...");
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout).build();
                    http = client;
                }
            }
        }
        return client;
    }

    /**
     * The review Lambda's event for a message.
     *
     * @param request the message
     * @return {@code {"Content", "MessageId", "RoomArn", "Attributes", "Sender": {"Attributes", "UserId", "Ip"}}}
     */
    static ObjectNode event(ChatMessageReviewRequest request) {
        ObjectNode event = Json.object();
        event.put("Content", request.content());
        event.put("MessageId", request.messageId());
        event.put("RoomArn", request.roomArn());
        ObjectNode attributes = event.putObject("Attributes");
        request.attributes().forEach(attributes::put);
        ObjectNode sender = event.putObject("Sender");
        ObjectNode senderAttributes = sender.putObject("Attributes");
        request.sender().attributes().forEach(senderAttributes::put);
        sender.put("UserId", request.sender().userId());
        sender.put("Ip", request.sender().ip());
        return event;
    }

    /**
     * Reads a review Lambda's answer.
     *
     * @param answer {@code {"ReviewResult": "ALLOW"|"DENY", "Content": ..., "Attributes": {...}}}
     * @return the verdict, or empty if the answer is not one
     */
    static Optional<ChatMessageReview> verdict(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            return Optional.empty();
        }
        String result = answer.path("ReviewResult").asText("");
        if (!result.equals("ALLOW") && !result.equals("DENY")) {
            return Optional.empty();
        }
        JsonNode content = answer.get("Content");
        if (content != null && !content.isNull() && !content.isTextual()) {
            return Optional.empty();
        }
        JsonNode attributes = answer.get("Attributes");
        Optional<Map<String, String>> attributeMap = Optional.empty();
        if (attributes != null && !attributes.isNull()) {
            if (!attributes.isObject()) {
                return Optional.empty();
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : Json.fields(attributes)) {
                if (!e.getValue().isTextual()) {
                    return Optional.empty();
                }
                map.put(e.getKey(), e.getValue().asText());
            }
            attributeMap = Optional.of(map);
        }
        Optional<String> text = content == null || content.isNull() ? Optional.empty() : Optional.of(content.asText());
        return Optional.of(new ChatMessageReview(ChatMessageReview.Result.valueOf(result), text, attributeMap));
    }
}
