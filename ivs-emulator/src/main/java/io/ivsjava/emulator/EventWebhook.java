package io.ivsjava.emulator;

import static io.ivsjava.emulator.Checks.notNull;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an emulator posts every event it emits, as an Amazon EventBridge API destination posts an event to an HTTP
 * endpoint: {@code POST} of the event's JSON, unchanged, with the headers EventBridge sends ({@code User-Agent:
 * Amazon/EventBridge/ApiDestinations}, {@code Content-Type: application/json; charset=utf-8}, {@code Range},
 * {@code Accept-Encoding}, {@code Connection: close}) and the credential of the destination's <em>connection</em>,
 * if one is set: an API key header or basic auth.
 *
 * <pre>{@code
 * IvsEmulator.builder()
 *         .eventWebhook(EventWebhook.to(URI.create("http://127.0.0.1:8080/events")).withApiKey("x-api-key", secret))
 *         .start();
 * }</pre>
 *
 * <p>Events go out one at a time, in the order the emulator emitted them, from a thread of the webhook's own; the
 * API request that caused an event never waits for its delivery. An answer of 429 or 5xx, a connection that fails
 * and a receiver silent for 5 seconds are retried, as EventBridge retries them, with exponential backoff and jitter
 * (a delay drawn between half and all of {@code firstRetryDelay * 2^(attempt - 1)}, capped at {@code maxRetryDelay},
 * and never shorter than a {@code Retry-After} the receiver asked for, within that cap), up to {@code maxAttempts}
 * attempts; later events wait meanwhile. Any other answer ends the event's delivery: a 2xx is delivered, the rest
 * (401 among them) is logged and not retried, as EventBridge does not retry them. The events waiting are held in a
 * queue of {@code queueCapacity}; when it is full (a receiver down for long), new events are dropped and counted,
 * so memory stays bounded and what is delivered keeps its order. {@code GET /_emulator/info} shows the counts.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the credential's secret.
 *
 * @param url where events are posted, {@code http} or {@code https}
 * @param credential what the connection adds to each request, if anything
 * @param queueCapacity how many events may wait for delivery; default {@value #DEFAULT_QUEUE_CAPACITY}
 * @param maxAttempts attempts per event, the first included; default {@value #DEFAULT_MAX_ATTEMPTS}
 * @param firstRetryDelay the base delay before the first retry; default 100 ms
 * @param maxRetryDelay the longest delay between attempts; default 10 s
 */
public record EventWebhook(URI url, Optional<Credential> credential, int queueCapacity, int maxAttempts,
                           Duration firstRetryDelay, Duration maxRetryDelay) {
    /** How many events may wait for delivery unless told otherwise. */
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    /** Attempts per event unless told otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    /** An HTTP header name: RFC 9110's token characters. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Checks each field; a missing one is refused as everywhere in the API ({@code "url: is missing"}). */
    public EventWebhook {
        notNull("url", url);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("url: \"" + shown(url) + "\" is not an absolute http or https URL "
                    + "such as http://127.0.0.1:8080/events");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url: must not carry user info; use withBasicAuth(user, password)");
        }
        notNull("credential", credential);
        if (queueCapacity < 1 || queueCapacity > 1_000_000) {
            throw new IllegalArgumentException("queueCapacity: " + queueCapacity
                    + " is out of range; allowed 1..1000000");
        }
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " is out of range; allowed 1..1000");
        }
        notNull("firstRetryDelay", firstRetryDelay);
        notNull("maxRetryDelay", maxRetryDelay);
        if (firstRetryDelay.isNegative() || firstRetryDelay.isZero()) {
            throw new IllegalArgumentException("firstRetryDelay: " + firstRetryDelay + " is not positive");
        }
        if (maxRetryDelay.compareTo(firstRetryDelay) < 0 || maxRetryDelay.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("maxRetryDelay: " + maxRetryDelay + " is out of range; allowed "
                    + firstRetryDelay + " (firstRetryDelay) to PT1H");
        }
    }

    /**
     * A webhook to this URL with the defaults: no credential, a queue of {@value #DEFAULT_QUEUE_CAPACITY} events,
     * {@value #DEFAULT_MAX_ATTEMPTS} attempts per event, retries after 100 ms doubling up to 10 s.
     *
     * @param url such as {@code http://127.0.0.1:8080/events}
     * @return the webhook
     * @throws IllegalArgumentException if the URL is not an absolute http or https URL
     */
    public static EventWebhook to(URI url) {
        return new EventWebhook(url, Optional.empty(), DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_ATTEMPTS,
                Duration.ofMillis(100), Duration.ofSeconds(10));
    }

    /**
     * This webhook with an API-key connection: each request carries the header {@code headerName: value}.
     *
     * @param headerName such as {@code x-api-key}
     * @param value the key
     * @return the changed webhook
     */
    public EventWebhook withApiKey(String headerName, String value) {
        return withCredential(new ApiKey(headerName, value));
    }

    /**
     * This webhook with a basic-auth connection: each request carries {@code Authorization: Basic ...}.
     *
     * @param username the user, without {@code :}
     * @param password the password
     * @return the changed webhook
     */
    public EventWebhook withBasicAuth(String username, String password) {
        return withCredential(new BasicAuth(username, password));
    }

    /**
     * This webhook with another queue capacity.
     *
     * @param queueCapacity 1..1,000,000 events
     * @return the changed webhook
     */
    public EventWebhook withQueueCapacity(int queueCapacity) {
        return new EventWebhook(url, credential, queueCapacity, maxAttempts, firstRetryDelay, maxRetryDelay);
    }

    /**
     * This webhook with another retry policy.
     *
     * @param maxAttempts attempts per event, the first included, 1..1000 (1: never retry)
     * @param firstRetryDelay the base delay before the first retry, positive
     * @param maxRetryDelay the longest delay between two attempts, from {@code firstRetryDelay} to one hour
     * @return the changed webhook
     */
    public EventWebhook withRetries(int maxAttempts, Duration firstRetryDelay, Duration maxRetryDelay) {
        return new EventWebhook(url, credential, queueCapacity, maxAttempts, firstRetryDelay, maxRetryDelay);
    }

    private EventWebhook withCredential(Credential credential) {
        return new EventWebhook(url, Optional.of(credential), queueCapacity, maxAttempts, firstRetryDelay,
                maxRetryDelay);
    }

    /** {@return the webhook with its URL's query left out and the credential's secret redacted} */
    @Override
    public String toString() {
        return "EventWebhook[url=" + shown(url) + ", credential=" + credential.map(Object::toString).orElse("none")
                + ", queueCapacity=" + queueCapacity + ", maxAttempts=" + maxAttempts + ", firstRetryDelay="
                + firstRetryDelay + ", maxRetryDelay=" + maxRetryDelay + "]";
    }

    /**
     * A URL as logs and descriptions show it: without user info, query or fragment, which may carry secrets.
     *
     * @param url the URL
     * @return scheme, host, port and path
     */
    static String shown(URI url) {
        if (url.getHost() == null) {
            return url.getScheme() == null ? "(not a URL)" : url.getScheme() + ":...";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?...");
    }

    /**
     * What an EventBridge connection adds to each request: {@link ApiKey} or {@link BasicAuth}.
     *
     * <p>Implementations are immutable and thread-safe; their {@code toString} never shows the secret.
     */
    public sealed interface Credential permits ApiKey, BasicAuth {
    }

    /**
     * An API-key connection: one header carrying the key.
     *
     * <p>Immutable; thread-safe.
     *
     * @param headerName the header, such as {@code x-api-key}
     * @param value the key
     */
    public record ApiKey(String headerName, String value) implements Credential {
        /** Checks the header's name and value. */
        public ApiKey {
            if (!TOKEN.matcher(notNull("headerName", headerName)).matches()) {
                throw new IllegalArgumentException("headerName: \"" + headerName + "\" is not an HTTP header name");
            }
            switch (headerName.toLowerCase(Locale.ROOT)) {
                case "host":
                case "content-length":
                case "content-type":
                case "connection":
                case "transfer-encoding":
                case "user-agent":
                    throw new IllegalArgumentException("headerName: " + headerName + " is a header the request sets "
                            + "itself; choose another, such as x-api-key");
                default:
                    break;
            }
            checkHeaderValue("value", notNull("value", value));
        }

        /** {@return the header's name, the key redacted} */
        @Override
        public String toString() {
            return "ApiKey[headerName=" + headerName + ", value=(redacted)]";
        }
    }

    /**
     * A basic-auth connection: {@code Authorization: Basic base64(username:password)}.
     *
     * <p>Immutable; thread-safe.
     *
     * @param username the user
     * @param password the password
     */
    public record BasicAuth(String username, String password) implements Credential {
        /** Checks the user and password. */
        public BasicAuth {
            if (notNull("username", username).isEmpty() || username.indexOf(':') >= 0) {
                throw new IllegalArgumentException("username: must not be empty nor contain ':'");
            }
            checkHeaderValue("username", username);
            checkHeaderValue("password", notNull("password", password));
        }

        /** {@return the user, the password redacted} */
        @Override
        public String toString() {
            return "BasicAuth[username=" + username + ", password=(redacted)]";
        }
    }

    private static void checkHeaderValue(String field, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new IllegalArgumentException(field + ": must not contain control characters (such as a line "
                        + "break)");
            }
        }
    }
}
