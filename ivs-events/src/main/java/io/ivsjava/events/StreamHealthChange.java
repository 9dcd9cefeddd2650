package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Stream Health Change}: a live stream stopped receiving data from the broadcaster, or recovered.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param channel the channel, from the envelope's {@code resources}; empty if they name none
 * @param name what happened ({@code event_name}); {@link Name#UNKNOWN} for a name this version does not know
 * @param rawName {@code event_name} as IVS sent it
 * @param channelName the channel's name ({@code channel_name}); empty when the channel has none
 * @param streamId the broadcast's id ({@code stream_id})
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record StreamHealthChange(EventEnvelope envelope, Optional<ChannelArn> channel, Name name, String rawName,
                                 Optional<String> channelName, Optional<String> streamId,
                                 Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Stream Health Change";

    /** Checks that no component is null. */
    public StreamHealthChange {
        Check.notNull("envelope", envelope);
        Check.notNull("channel", channel);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("channelName", channelName);
        Check.notNull("streamId", streamId);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The stream health events IVS documents.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** The stream receives no data from the broadcaster ("starvation"). */
        STARVATION_START("Starvation Start"),
        /** A starving stream receives data again. */
        STARVATION_END("Starvation End"),
        /** A name IVS added after this version of ivs-java; {@link StreamHealthChange#rawName()} has it. */
        UNKNOWN("");

        private static final Name[] VALUES = values();
        private final String wireName;

        Name(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name as IVS writes it in {@code event_name}; empty for {@link #UNKNOWN}.
         *
         * @return the wire name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * The constant IVS means by a name.
         *
         * @param wireName the name as IVS writes it
         * @return the constant, or {@link #UNKNOWN} for a name this version does not know
         */
        public static Name fromWireName(String wireName) {
            return WireNames.find(wireName, VALUES, Name::wireName, UNKNOWN);
        }
    }
}
