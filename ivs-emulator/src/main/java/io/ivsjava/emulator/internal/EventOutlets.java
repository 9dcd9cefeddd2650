package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EventWebhook;
import io.ivsjava.emulator.internal.HttpTransport.Request;
import io.ivsjava.emulator.internal.HttpTransport.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where the emulator's events leave the process: a stream of server-sent events on the control API
 * ({@code GET /_emulator/events}) and, if configured, an {@link EventWebhook}.
 *
 * <p>It listens to the {@link EventFeed} like any in-process listener, so it sees each event after the emulator's
 * locks are released, on the thread that caused it. There it only numbers the event and hands it to queues, without
 * blocking: writing to subscribers and posting to the webhook happen on their own threads. Every outlet sees the
 * events in the one order they are numbered in.
 *
 * <p>The stream: {@code Content-Type: text/event-stream}, each event as {@code id: <n>} and one {@code data:} line of
 * its JSON (EventBridge's envelope, as the listeners receive it), a comment line every 15 seconds while idle. A client
 * that reconnects with {@code Last-Event-ID} first gets the events after that id that are still among the last
 * {@value #REPLAYED}. A subscriber more than {@value #SUBSCRIBER_BACKLOG} events behind is disconnected (with a
 * comment saying so), so that a stalled client never holds memory; it can reconnect with {@code Last-Event-ID}.
 * Closing the emulator ends every stream.
 *
 * <p>Thread-safe.
 */
final class EventOutlets implements Consumer<String>, AutoCloseable {
    /** How many recent events a reconnecting subscriber can be given again. */
    static final int REPLAYED = 1_000;
    /** How many events may wait for one subscriber before it is disconnected. */
    static final int SUBSCRIBER_BACKLOG = 10_000;
    /** How long a stream stays silent before a comment line checks that its client is still there. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final Numbered END = new Numbered(-1, "");

    private final ArrayDeque<Numbered> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new ArrayList<>();
    private final Optional<EventWebhookSender> webhook;
    private long lastId;
    private boolean closed;

    EventOutlets(Optional<EventWebhook> webhook) {
        this.webhook = webhook.map(EventWebhookSender::new);
    }

    /** Starts the webhook's delivery thread, if there is a webhook. */
    void start() {
        webhook.ifPresent(EventWebhookSender::start);
    }

    /** Numbers one event and hands it to every outlet; never blocks. */
    @Override
    public synchronized void accept(String json) {
        if (closed) {
            return;
        }
        Numbered event = new Numbered(++lastId, json);
        recent.addLast(event);
        if (recent.size() > REPLAYED) {
            recent.removeFirst();
        }
        subscribers.removeIf(s -> !s.offer(event));
        webhook.ifPresent(w -> w.offer(json));
    }

    /**
     * Answers {@code GET /_emulator/events}: the subscription is made before the answer's head is written, so a
     * client that has the head sees every event emitted after it.
     *
     * @param request the request, with an optional {@code Last-Event-ID}
     * @return the answer, which takes the connection over
     */
    Response stream(Request request) {
        OptionalLong after = OptionalLong.empty();
        Optional<String> last = request.header("last-event-id");
        if (last.isPresent()) {
            try {
                after = OptionalLong.of(Long.parseLong(last.get().trim()));
            } catch (NumberFormatException e) {
                // not one of ours: a fresh subscription
            }
        }
        Subscriber subscriber = subscribe(after);
        return Response.takeover(200, Map.of("Content-Type", "text/event-stream", "Cache-Control", "no-cache"),
                (in, out) -> subscriber.run(out));
    }

    private synchronized Subscriber subscribe(OptionalLong after) {
        Subscriber subscriber = new Subscriber();
        if (closed) {
            subscriber.end();
            return subscriber;
        }
        if (after.isPresent()) {
            long from = after.getAsLong();
            long oldest = recent.isEmpty() ? lastId + 1 : recent.peekFirst().id;
            if (from + 1 < oldest && from < lastId) {
                subscriber.gap = "events " + (from + 1) + " to " + (oldest - 1) + " are no longer kept";
            }
            recent.stream().filter(e -> e.id > from).forEach(subscriber::offer);
        }
        subscribers.add(subscriber);
        return subscriber;
    }

    private synchronized void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** {@return the outlets as the control API's info shows them} */
    synchronized ObjectNode describe() {
        ObjectNode out = Json.object();
        out.put("lastEventId", lastId);
        out.put("streamSubscribers", subscribers.size());
        webhook.ifPresent(w -> out.set("webhook", w.describe()));
        return out;
    }

    /** Ends every stream and stops the webhook (events not yet delivered are dropped). Idempotent. */
    @Override
    public void close() {
        List<Subscriber> ending;
        synchronized (this) {
            closed = true;
            ending = new ArrayList<>(subscribers);
            subscribers.clear();
        }
        ending.forEach(Subscriber::end);
        webhook.ifPresent(EventWebhookSender::close);
    }

    /** An event and its number in this emulator. */
    private static final class Numbered {
        final long id;
        final String json;

        Numbered(long id, String json) {
            this.id = id;
            this.json = json;
        }
    }

    /** One stream's client: a bounded queue filled by {@link #accept}, drained by the connection's thread. */
    private final class Subscriber {
        private final BlockingQueue<Numbered> queue = new LinkedBlockingQueue<>(SUBSCRIBER_BACKLOG + 1);
        private volatile String gap = "";
        private volatile String overflow = "";

        /** False if the client is too far behind, and so is ended. */
        boolean offer(Numbered event) {
            if (queue.size() < SUBSCRIBER_BACKLOG && queue.offer(event)) {
                return true;
            }
            overflow = "more than " + SUBSCRIBER_BACKLOG + " events were waiting for this client; reconnect with "
                    + "Last-Event-ID";
            queue.clear();
            queue.offer(END);
            return false;
        }

        void end() {
            queue.offer(END);
        }

        void run(OutputStream out) throws IOException {
            try {
                write(out, ": events of the IVS emulator, EventBridge envelopes\n\n");
                if (!gap.isEmpty()) {
                    write(out, ": " + gap + "\n\n");
                }
                StringBuilder batch = new StringBuilder();
                while (true) {
                    Numbered event = queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    if (event == null) {
                        write(out, ":\n\n");
                        continue;
                    }
                    batch.setLength(0);
                    for (; event != null; event = queue.poll()) {
                        if (event == END) {
                            if (!overflow.isEmpty()) {
                                batch.append(": ").append(overflow).append("\n\n");
                            }
                            write(out, batch.toString());
                            return;
                        }
                        batch.append("id: ").append(event.id).append("\ndata: ").append(event.json).append("\n\n");
                    }
                    write(out, batch.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                unsubscribe(this);
            }
        }

        private void write(OutputStream out, String text) throws IOException {
            if (!text.isEmpty()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }
}
