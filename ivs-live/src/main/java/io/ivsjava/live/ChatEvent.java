package io.ivsjava.live;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An event the backend sends to everyone connected to a broadcast's chat room ({@link LiveChat#sendEvent}): IVS
 * Chat's {@code SendEvent}, typed. Clients receive it as an {@code EVENT} with this name and these attributes, next
 * to the messages, and decide how to show it.
 *
 * <pre>{@code
 * chat.sendEvent(broadcast, ChatEvent.streamEnding(Duration.ofMinutes(1)));   // "stream-ending", inSeconds=60
 * chat.sendEvent(broadcast, ChatEvent.poll("Next game?", List.of("Chess", "Go")));
 * chat.sendEvent(broadcast, ChatEvent.of("raid", Map.of("to", "user-9")));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Everyone in the room sees an event: put nothing personal or secret
 * in it.
 *
 * @param name what clients receive as the event's name: 1 to {@value #MAX_NAME_LENGTH} characters, not starting
 *     with {@code aws:} (IVS Chat's own events, such as {@code aws:DELETE_MESSAGE}, are named so)
 * @param attributes what clients receive with it: keys and values of at most {@value #MAX_ATTRIBUTE_BYTES} bytes in
 *     total (UTF-8)
 */
public record ChatEvent(String name, Map<String, String> attributes) {
    /** The name of {@link #streamEnding()} events. */
    public static final String STREAM_ENDING = "stream-ending";
    /** The name of {@link #poll(String, List)} events. */
    public static final String POLL = "poll";
    /** The longest event name IVS Chat accepts. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The most UTF-8 bytes an event's attribute keys and values may hold together ("1 KB"). */
    public static final int MAX_ATTRIBUTE_BYTES = 1024;
    /** The most options a poll offers. */
    public static final int MAX_POLL_OPTIONS = 10;

    /**
     * Checks the name and the attributes against IVS Chat's limits, and freezes the attributes (in key order).
     *
     * @throws IvsValidationException naming {@code name} or {@code attributes}
     */
    public ChatEvent {
        Check.length("name", name, 1, MAX_NAME_LENGTH);
        if (name.startsWith("aws:")) {
            throw IvsValidationException.invalid("name", "\"" + name + "\" starts with aws:, which names IVS Chat's "
                    + "own events (aws:DELETE_MESSAGE, aws:DISCONNECT_USER); choose another name");
        }
        Check.totalBytes("attributes", Check.notNull("attributes", attributes), MAX_ATTRIBUTE_BYTES);
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * An event without attributes.
     *
     * @param name the event's name
     * @return the event
     */
    public static ChatEvent of(String name) {
        return new ChatEvent(name, Map.of());
    }

    /**
     * An event with attributes.
     *
     * @param name the event's name
     * @param attributes its attributes
     * @return the event
     */
    public static ChatEvent of(String name, Map<String, String> attributes) {
        return new ChatEvent(name, attributes);
    }

    /**
     * The stream is about to end: {@value #STREAM_ENDING}, without attributes.
     *
     * @return the event
     */
    public static ChatEvent streamEnding() {
        return of(STREAM_ENDING);
    }

    /**
     * The stream ends in a while: {@value #STREAM_ENDING} with the attribute {@code inSeconds}.
     *
     * @param in how long until it ends: 0 seconds to 24 hours, in whole seconds
     * @return the event
     * @throws IvsValidationException naming {@code in} if it is out of range or not whole seconds
     */
    public static ChatEvent streamEnding(Duration in) {
        int seconds = Check.seconds("in", in, 0, 86_400);
        return of(STREAM_ENDING, Map.of("inSeconds", Integer.toString(seconds)));
    }

    /**
     * A poll: {@value #POLL} with the attributes {@code question}, {@code options} (how many) and {@code option1},
     * {@code option2}... in order.
     *
     * @param question what is asked: 1 character or more
     * @param options the answers to choose from: 2 to {@value #MAX_POLL_OPTIONS}, each 1 character or more
     * @return the event
     * @throws IvsValidationException naming {@code question} or {@code options} (or the whole, as
     *     {@code attributes}, past 1 KB)
     */
    public static ChatEvent poll(String question, List<String> options) {
        Check.length("question", question, 1, MAX_ATTRIBUTE_BYTES);
        Check.size("options", Check.notNull("options", options), 2, MAX_POLL_OPTIONS, "options");
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("question", question);
        attributes.put("options", Integer.toString(options.size()));
        for (int i = 0; i < options.size(); i++) {
            attributes.put("option" + (i + 1), Check.length("options[" + i + "]", options.get(i), 1,
                    MAX_ATTRIBUTE_BYTES));
        }
        return of(POLL, attributes);
    }
}
