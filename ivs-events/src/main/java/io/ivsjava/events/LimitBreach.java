package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code IVS Limit Breach}: a stream, or the account, went past an IVS limit.
 *
 * <p>The ingest limits concern one stream (the event names its channel and stream); the concurrency limits concern
 * the whole account, and then {@link #channel()}, {@link #channelName()} and {@link #streamId()} are empty.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param channel the channel, from the envelope's {@code resources}; empty for an account-wide limit
 * @param name which limit ({@code limit_name}); {@link Name#UNKNOWN} for a limit this version does not know
 * @param rawName {@code limit_name} as IVS sent it
 * @param limitValue the limit ({@code limit_value}), in {@link #limitUnit()}
 * @param exceededBy how far past the limit the value went ({@code exceeded_by}: the value minus the limit)
 * @param limitUnit the unit, such as {@code bits per second} or {@code total pixels} ({@code limit_unit})
 * @param channelName the channel's name ({@code channel_name}), for a stream's limit
 * @param streamId the broadcast's id ({@code stream_id}), for a stream's limit
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record LimitBreach(EventEnvelope envelope, Optional<ChannelArn> channel, Name name, String rawName,
                          OptionalLong limitValue, OptionalLong exceededBy, Optional<String> limitUnit,
                          Optional<String> channelName, Optional<String> streamId,
                          Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Limit Breach";

    /** Checks that no component is null. */
    public LimitBreach {
        Check.notNull("envelope", envelope);
        Check.notNull("channel", channel);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("limitValue", limitValue);
        Check.notNull("exceededBy", exceededBy);
        Check.notNull("limitUnit", limitUnit);
        Check.notNull("channelName", channelName);
        Check.notNull("streamId", streamId);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The limits IVS documents breach events for.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** The incoming stream's bitrate exceeds the limit. */
        INGEST_BITRATE("Ingest Bitrate"),
        /** The incoming stream's resolution (total pixels or pixels per edge) exceeds the limit. */
        INGEST_RESOLUTION("Ingest Resolution"),
        /** Too many of the account's channels stream at the same time. */
        CONCURRENT_BROADCASTS("Concurrent Broadcasts"),
        /** Too many viewers watch the account's channels at the same time. */
        CONCURRENT_VIEWERS("Concurrent Viewers"),
        /** A limit IVS added after this version of ivs-java; {@link LimitBreach#rawName()} has it. */
        UNKNOWN("");

        private static final Name[] VALUES = values();
        private final String wireName;

        Name(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name as IVS writes it in {@code limit_name}; empty for {@link #UNKNOWN}.
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
