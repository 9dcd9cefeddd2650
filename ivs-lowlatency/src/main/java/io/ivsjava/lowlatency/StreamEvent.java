package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened during a stream session, such as {@code Session Created}, {@code Stream Start},
 * {@code Recording Start} or {@code Stream End}, with the same names as IVS's EventBridge events.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param name the event name, such as {@code Stream Start}
 * @param type the event type, such as {@code IVS Stream State Change}
 * @param time when it happened, if IVS says
 * @param code an error code, for failure events
 */
public record StreamEvent(String name, String type, Optional<Instant> time, Optional<String> code) {
    /** Checks that no component is null. */
    public StreamEvent {
        Check.notNull("name", name);
        Check.notNull("type", type);
        Check.notNull("time", time);
        Check.notNull("code", code);
    }
}
