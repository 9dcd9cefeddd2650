package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events the emulator's simulations imply, shaped as Amazon EventBridge delivers IVS's events (source
 * {@code aws.ivs}), for in-process listeners: what a backend's EventBridge rule would receive.
 *
 * <p>Code that changes state emits under its partition's lock; the events wait in a per-thread queue and reach the
 * listeners once the thread holds no partition lock any more, in the order emitted, on the thread that caused them.
 * A listener may therefore call the emulator (even through an SDK client) without deadlocking it. A listener that
 * throws is logged and does not stop the others.
 *
 * <p>Thread-safe.
 */
final class EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<String>> pending = ThreadLocal.withInitial(ArrayList::new);

    void add(Consumer<String> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /**
     * Queues an event for delivery when the current thread releases its last partition lock.
     *
     * @param p the partition the event happened in (its account and region go into the envelope)
     * @param detailType such as {@code IVS Stream State Change}
     * @param resource the ARN the event is about
     * @param detail the event's detail
     */
    void emit(Partition p, String detailType, String resource, ObjectNode detail) {
        if (listeners.isEmpty()) {
            return;
        }
        ObjectNode event = Json.object();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", detailType);
        event.put("source", "aws.ivs");
        event.put("account", p.accountId());
        event.put("time", Operations.iso(p.now()));
        event.put("region", p.region());
        event.putArray("resources").add(resource);
        event.set("detail", detail);
        pending.get().add(new String(Json.write(event), StandardCharsets.UTF_8));
    }

    /** Delivers what the current thread queued; called when it no longer holds any partition lock. */
    void flush() {
        List<String> queued = pending.get();
        if (queued.isEmpty()) {
            return;
        }
        List<String> events = new ArrayList<>(queued);
        queued.clear();
        for (String event : events) {
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("an emulator event listener failed", e);
                }
            }
        }
    }

    /** Drops what the current thread queued, as when the action that emitted it failed. */
    void discard() {
        pending.get().clear();
    }
}
