package io.ivsjava.events;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.EventParser;

/**
 * Reads the IVS events Amazon EventBridge delivers (source {@code aws.ivs}) into typed {@link IvsEvent}s.
 *
 * <p>The input is one event exactly as EventBridge writes it, which is also the body of an SQS message from an
 * EventBridge rule, the event a Lambda receives, and the body an EventBridge API destination posts to a webhook:
 *
 * <pre>{@code
 * IvsEvent event = IvsEvents.parse(body);
 * if (event instanceof StreamStateChange s && s.name() == StreamStateChange.Name.STREAM_START) { ... }
 * }</pre>
 *
 * <p>Reading never breaks on what IVS adds later: an unknown event name reads as {@code UNKNOWN} with the name
 * kept, an unknown detail-type as an {@link UnknownEvent} with its detail, and unknown fields are ignored (and kept
 * in {@link IvsEvent#detail()}). What is not an IVS event at all (not JSON, not an EventBridge envelope, another
 * source) is an {@link IvsValidationException} naming the field at fault ({@code event}, {@code source},
 * {@code time}...); its message never repeats the input beyond the offending field's value.
 *
 * <p>Thread-safe and stateless: call it from any number of threads (one Jackson reader is shared).
 */
public final class IvsEvents {
    private IvsEvents() {
    }

    /**
     * Parses one event.
     *
     * @param json the event as EventBridge delivers it
     * @return the typed event
     * @throws IvsValidationException if the text is not an EventBridge event from {@code aws.ivs}
     */
    public static IvsEvent parse(String json) {
        return EventParser.parse(Check.notNull("json", json));
    }

    /**
     * Parses one event from bytes, such as an HTTP request body (UTF-8, or another encoding JSON allows).
     *
     * @param json the event as EventBridge delivers it
     * @return the typed event
     * @throws IvsValidationException if the bytes are not an EventBridge event from {@code aws.ivs}
     */
    public static IvsEvent parse(byte[] json) {
        return EventParser.parse(Check.notNull("json", json));
    }
}
