package io.ivsjava.events;

import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands IVS events to the listeners registered for their type.
 *
 * <pre>{@code
 * IvsEventDispatcher events = IvsEventDispatcher.create();
 * events.on(StageUpdate.class, e -> presence.update(e));
 * events.on(StreamStateChange.class, e -> live.apply(e));
 * events.onAny(e -> audit.record(e.id()));
 * boolean handled = events.dispatch(IvsEvents.parse(body));
 * }</pre>
 *
 * <p>Listeners run on the thread that calls {@link #dispatch}, in the order they were registered. A listener that
 * throws does not stop the others: its exception is logged through SLF4J (at {@code WARN}, with the event's id and
 * detail-type, never its detail) and {@code dispatch} returns {@code false}, so that a queue consumer can leave the
 * message for a retry. {@link Error}s are not caught.
 *
 * <p>The dispatcher does not drop duplicates: IVS may deliver an event twice, so listeners should be idempotent
 * ({@link LiveStatusTracker} is).
 *
 * <p>Thread-safe: listeners can be added and removed while events are dispatched from several threads; a dispatch
 * sees the listeners registered when it began. A listener called from several threads must be thread-safe itself.
 */
public final class IvsEventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(IvsEventDispatcher.class);

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

    private IvsEventDispatcher() {
    }

    /**
     * A dispatcher without listeners.
     *
     * @return the dispatcher
     */
    public static IvsEventDispatcher create() {
        return new IvsEventDispatcher();
    }

    /**
     * Registers a listener for one type of event, such as {@code StageUpdate.class}.
     *
     * @param type the event type; {@code IvsEvent.class} means every event
     * @param listener what to call
     * @param <T> the event type
     * @return the registration, to remove the listener
     */
    public <T extends IvsEvent> Registration on(Class<T> type, Consumer<? super T> listener) {
        Listener<T> entry = new Listener<>(Check.notNull("type", type), Check.notNull("listener", listener));
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /**
     * Registers a listener for every event.
     *
     * @param listener what to call
     * @return the registration, to remove the listener
     */
    public Registration onAny(Consumer<? super IvsEvent> listener) {
        return on(IvsEvent.class, listener);
    }

    /**
     * Calls every listener registered for the event's type.
     *
     * @param event the event
     * @return {@code true} if every listener returned normally (also when none was registered), {@code false} if
     *     one or more threw
     */
    public boolean dispatch(IvsEvent event) {
        Check.notNull("event", event);
        boolean ok = true;
        for (Listener<?> listener : listeners) {
            try {
                listener.offer(event);
            } catch (RuntimeException e) {
                ok = false;
                LOG.warn("An IVS event listener failed on event {} ({}); the other listeners still ran",
                        event.id(), event.envelope().detailType(), e);
            }
        }
        return ok;
    }

    /**
     * A registered listener; {@link #close()} removes it (closing twice is harmless).
     *
     * <p>Thread-safe.
     */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        /** Removes the listener; events dispatched from then on do not reach it. */
        @Override
        void close();
    }

    /** A listener with its type; compared by identity, so that the same lambda can be registered twice. */
    private static final class Listener<T extends IvsEvent> {
        private final Class<T> type;
        private final Consumer<? super T> consumer;

        Listener(Class<T> type, Consumer<? super T> consumer) {
            this.type = type;
            this.consumer = consumer;
        }

        void offer(IvsEvent event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }
}
