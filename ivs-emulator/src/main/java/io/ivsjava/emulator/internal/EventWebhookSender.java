package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EventWebhook;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts events to an {@link EventWebhook} as an EventBridge API destination posts them: one at a time, in order, from
 * a thread of its own, with retries (see {@link EventWebhook} for the policy).
 *
 * <p>The request is written on a plain socket (or a TLS one for {@code https}), so that it carries exactly the headers
 * EventBridge sends, {@code Connection: close} included, which the JDK's HTTP client refuses to set. Only the answer's
 * status line and headers are read. Nothing it logs shows the credential, nor the URL's query.
 *
 * <p>Thread-safe: {@link #offer} never blocks and may be called from any thread.
 */
final class EventWebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventWebhookSender.class);
    /** How long one attempt may take to connect, and then to answer: EventBridge's 5-second client timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final EventWebhook webhook;
    private final String shownUrl;
    private final byte[] head;
    private final BlockingQueue<byte[]> queue;
    private final Thread thread;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean overflowing = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile String lastFailure = "";
    private volatile Socket inFlight;

    EventWebhookSender(EventWebhook webhook) {
        this.webhook = webhook;
        this.shownUrl = shown(webhook.url());
        this.head = head(webhook);
        this.queue = new ArrayBlockingQueue<>(webhook.queueCapacity());
        this.thread = new Thread(this::run, "ivs-emulator-event-webhook");
        thread.setDaemon(true);
    }

    /** Starts the delivery thread. */
    void start() {
        thread.start();
    }

    /**
     * Queues an event for delivery, without waiting.
     *
     * @param json the event
     * @return false if it was dropped: the queue is full, or the sender closed
     */
    boolean offer(String json) {
        if (closed.getCount() == 0) {
            return false;
        }
        if (queue.offer(json.getBytes(StandardCharsets.UTF_8))) {
            overflowing.set(false);
            return true;
        }
        dropped.incrementAndGet();
        if (overflowing.compareAndSet(false, true)) {
            LOG.warn("event webhook {}: {} events are waiting for delivery, the most it holds; new events are dropped "
                    + "until it catches up (dropped so far: {})", shownUrl, webhook.queueCapacity(), dropped.get());
        }
        return false;
    }

    /** {@return the webhook and its counts, as the control API's info shows them} */
    ObjectNode describe() {
        ObjectNode out = Json.object();
        out.put("url", shownUrl);
        out.put("credential", webhook.credential().map(c -> c instanceof EventWebhook.ApiKey
                ? "API key (" + ((EventWebhook.ApiKey) c).headerName() + ")" : "basic auth").orElse("none"));
        out.put("queued", queue.size());
        out.put("delivered", delivered.get());
        out.put("retries", retries.get());
        out.put("failed", failed.get());
        out.put("dropped", dropped.get());
        if (!lastFailure.isEmpty()) {
            out.put("lastFailure", lastFailure);
        }
        return out;
    }

    /** Stops delivering: the attempt in flight is cut off, and the events still queued are dropped. Idempotent. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        thread.interrupt();
        Socket socket = inFlight;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        int left = queue.size();
        queue.clear();
        if (left > 0) {
            LOG.debug("event webhook {}: closed with {} events not delivered", shownUrl, left);
        }
    }

    private void run() {
        try {
            while (closed.getCount() > 0) {
                deliver(queue.take());
            }
        } catch (InterruptedException e) {
            // closed
        } catch (RuntimeException | Error e) {
            LOG.error("event webhook {}: delivery stopped", shownUrl, e);
        }
    }

    /** Delivers one event, retrying as EventBridge does; returns when it was delivered or given up. */
    private void deliver(byte[] event) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Duration retryAfter = Duration.ZERO;
            String failure;
            boolean retryable;
            try {
                Answer answer = post(event);
                if (answer.status >= 200 && answer.status < 300) {
                    delivered.incrementAndGet();
                    return;
                }
                failure = "HTTP " + answer.status;
                retryable = answer.status == 429 || answer.status >= 500;
                if (answer.retryAfter.isPresent()) {
                    if (answer.retryAfter.get().isNegative()) {
                        retryable = false;
                        failure += " with a negative Retry-After";
                    } else {
                        retryAfter = answer.retryAfter.get();
                    }
                }
            } catch (IOException e) {
                if (closed.getCount() == 0) {
                    return;
                }
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                retryable = true;
            }
            if (!retryable || attempt >= webhook.maxAttempts()) {
                failed.incrementAndGet();
                lastFailure = failure;
                LOG.warn("event webhook {}: gave up on event {} after {} attempt(s): {}{}", shownUrl, describe(event),
                        attempt, failure, retryable ? "" : " (not retried, as EventBridge does not retry it)");
                return;
            }
            retries.incrementAndGet();
            Duration delay = delay(attempt, retryAfter);
            LOG.debug("event webhook {}: attempt {} of event {} failed ({}); retrying in {} ms", shownUrl, attempt,
                    describe(event), failure, delay.toMillis());
            if (closed.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        }
    }

    /**
     * The wait before the next attempt: exponential backoff with jitter, between half and all of
     * {@code firstRetryDelay * 2^(attempt - 1)} capped at {@code maxRetryDelay}, and at least what the receiver
     * asked for with {@code Retry-After}, within the same cap.
     */
    Duration delay(int attempt, Duration retryAfter) {
        long cap = webhook.maxRetryDelay().toNanos();
        long base = webhook.firstRetryDelay().toNanos();
        long ceiling = attempt - 1 >= 62 || base > (cap >> Math.min(62, attempt - 1)) ? cap
                : Math.min(cap, base << (attempt - 1));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        return Duration.ofNanos(Math.min(cap, Math.max(jittered, retryAfter.toNanos())));
    }

    /** One attempt: the request written, the answer's status and {@code Retry-After} read. */
    private Answer post(byte[] event) throws IOException {
        URI url = webhook.url();
        try (Socket socket = connect(url)) {
            inFlight = socket;
            if (closed.getCount() == 0) {
                throw new IOException("closed");
            }
            OutputStream out = socket.getOutputStream();
            byte[] length = ("Content-Length: " + event.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + length.length + event.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            System.arraycopy(event, 0, request, head.length + length.length, event.length);
            out.write(request);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (true) {
                Answer answer = readHead(in);
                if (answer.status >= 200 || answer.status == 101) {
                    return answer;
                }
                // an interim 1xx answer: the final one follows
            }
        } finally {
            inFlight = null;
        }
    }

    private static Socket connect(URI url) throws IOException {
        boolean tls = url.getScheme().equalsIgnoreCase("https");
        String host = bare(url.getHost());
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            plain.setSoTimeout((int) TIMEOUT.toMillis());
            plain.setTcpNoDelay(true);
            if (!tls) {
                return plain;
            }
            SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** The request line and every header but {@code Content-Length}, as an API destination writes them. */
    private static byte[] head(EventWebhook webhook) {
        URI url = webhook.url();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder head = new StringBuilder(512);
        head.append("POST ").append(path).append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                .append(" HTTP/1.1\r\n");
        head.append("Host: ").append(url.getHost()).append(url.getPort() < 0 ? "" : ":" + url.getPort()).append("\r\n");
        head.append("User-Agent: Amazon/EventBridge/ApiDestinations\r\n");
        head.append("Content-Type: application/json; charset=utf-8\r\n");
        head.append("Range: bytes=0-1048575\r\n");
        head.append("Accept-Encoding: gzip,deflate\r\n");
        head.append("Connection: close\r\n");
        webhook.credential().ifPresent(credential -> {
            if (credential instanceof EventWebhook.ApiKey) {
                EventWebhook.ApiKey key = (EventWebhook.ApiKey) credential;
                head.append(key.headerName()).append(": ").append(key.value()).append("\r\n");
            } else {
                EventWebhook.BasicAuth basic = (EventWebhook.BasicAuth) credential;
                head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        (basic.username() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
        });
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Answer readHead(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            status = -1;
        }
        if (status < 100 || status > 599) {
            throw new IOException("the receiver's answer is not HTTP");
        }
        Optional<Duration> retryAfter = Optional.empty();
        int total = statusLine.length();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            total += line.length();
            if (total > MAX_HEAD_BYTES) {
                throw new IOException("the receiver's answer has more than " + MAX_HEAD_BYTES + " bytes of headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("retry-after")) {
                retryAfter = retryAfter(line.substring(colon + 1).trim());
            }
        }
        return new Answer(status, retryAfter);
    }

    /** {@code Retry-After} as delay-seconds (possibly negative, which means: stop retrying) or an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= MAX_HEAD_BYTES) {
                throw new IOException("a line of the receiver's answer is longer than " + MAX_HEAD_BYTES + " bytes");
            }
            line.write(b);
        }
        throw new IOException("the receiver closed the connection before its answer's head ended");
    }

    /** An event named in a log line: its id and detail-type, never its detail. */
    private static String describe(byte[] event) {
        try {
            JsonNode json = Json.parse(event);
            return json.path("id").asText("?") + " (" + json.path("detail-type").asText("?") + ")";
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    /** A URL as logs show it: scheme, host, port and path, never user info or query. */
    static String shown(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort()) + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?...");
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The status of an answer and the delay it asked for. */
    private static final class Answer {
        final int status;
        final Optional<Duration> retryAfter;

        Answer(int status, Optional<Duration> retryAfter) {
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }
}
