package io.ivsjava.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP endpoint on the JDK's own server that records what is posted to it, as a backend's webhook would receive
 * it, and answers each request with the next scripted status (204 once the script is used up). Requests may be held
 * until {@link #release()}, as a receiver that stopped answering.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived: method, headers (names in lower case, first value) and body. */
    record Received(String method, String path, Map<String, String> headers, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final Map<Integer, String> retryAfter = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The next requests are answered with these statuses, in order. */
    WebhookReceiver answer(int... statuses) {
        for (int status : statuses) {
            script.add(status);
        }
        return this;
    }

    /** Answers with this status carry {@code Retry-After: value}. */
    WebhookReceiver retryAfter(int status, String value) {
        retryAfter.put(status, value);
        return this;
    }

    /** Holds every request unanswered until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /** Waits for the next request. */
    Received take() throws InterruptedException {
        Received next = received.poll(30, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no request reached the webhook within 30 s");
        }
        return next;
    }

    /** Waits for the next n requests. */
    List<Received> take(int n) throws InterruptedException {
        List<Received> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(take());
        }
        return all;
    }

    /** Whatever arrived within the given time (for checking that nothing more came). */
    List<Received> drain(Duration wait) throws InterruptedException {
        List<Received> all = new ArrayList<>();
        Received next;
        while ((next = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            all.add(next);
        }
        return all;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer scripted = script.poll();
            int status = scripted == null ? 204 : scripted;
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    new String(body, StandardCharsets.UTF_8), status));
            String after = retryAfter.get(status);
            if (after != null) {
                exchange.getResponseHeaders().set("Retry-After", after);
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
