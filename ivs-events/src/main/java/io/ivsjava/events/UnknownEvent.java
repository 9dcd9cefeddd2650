package io.ivsjava.events;

import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import java.util.Map;

/**
 * An {@code aws.ivs} event of a detail-type this version of ivs-java does not type: one IVS adds later,
 * {@code IVS Publisher Recording State Change} (listed by EventBridge, its detail not documented), or the
 * {@code AWS API Call via CloudTrail} events EventBridge delivers under the same source.
 *
 * <p>Nothing is lost: {@link EventEnvelope#detailType()} says what it is and {@link #detail()} holds the detail.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record UnknownEvent(EventEnvelope envelope, Map<String, Object> detail) implements IvsEvent {
    /** Checks that no component is null. */
    public UnknownEvent {
        Check.notNull("envelope", envelope);
        detail = Json.freeze("detail", detail);
    }
}
