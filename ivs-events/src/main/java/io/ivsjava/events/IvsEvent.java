package io.ivsjava.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event IVS sent through Amazon EventBridge (source {@code aws.ivs}), read by {@link IvsEvents#parse(String)}.
 *
 * <p>There is one record per documented detail-type, each with its event name as an enum and the documented
 * detail fields typed; any other detail-type (one IVS adds later, or the CloudTrail events EventBridge also
 * delivers under {@code aws.ivs}) is an {@link UnknownEvent}. Switch on the type:
 *
 * <pre>{@code
 * switch (event) {
 *     case StreamStateChange s -> ...   // Java 21; on 17 use instanceof
 *     case StageUpdate s -> ...
 *     default -> { }
 * }
 * }</pre>
 *
 * <p>Every event keeps its whole detail as delivered ({@link #detail()}), so a field this version does not type is
 * still at hand.
 *
 * <p>Implementations are immutable records, safe to share between threads.
 */
public sealed interface IvsEvent permits StreamStateChange, StreamHealthChange, LimitBreach, RecordingStateChange,
        StageUpdate, CompositionStateChange, ParticipantRecordingStateChange, UnknownEvent {
    /**
     * The EventBridge envelope: id, detail-type, time, region, account and resources.
     *
     * @return the envelope
     */
    EventEnvelope envelope();

    /**
     * The event's detail as delivered: JSON objects as unmodifiable {@code Map<String, Object>}s (in the order
     * received), arrays as unmodifiable {@code List<Object>}s, strings, {@code Boolean}s, whole numbers as
     * {@code Long} and other numbers as {@code Double}; JSON {@code null}s are left out.
     *
     * @return the detail, never null
     */
    Map<String, Object> detail();

    /**
     * The event's id, from the envelope; a redelivered event has the same id.
     *
     * @return the id
     */
    default String id() {
        return envelope().id();
    }

    /**
     * When the event happened, from the envelope.
     *
     * @return the time
     */
    default Instant time() {
        return envelope().time();
    }
}
