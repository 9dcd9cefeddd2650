package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Stream State Change}: a broadcast on a low-latency channel began, went live, ended or failed.
 *
 * <p>IVS sends these on a best-effort basis: one can be missing, hours late, duplicated or out of order (a
 * {@code Stream End} before its {@code Stream Start}). {@link LiveStatusTracker} turns them into a live flag that
 * copes with all of that. Each broadcast has its own {@link #streamId()}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param channel the channel, from the envelope's {@code resources}; empty if they name none
 * @param name what happened ({@code event_name}); {@link Name#UNKNOWN} for a name this version does not know
 * @param rawName {@code event_name} as IVS sent it
 * @param channelName the channel's name ({@code channel_name}); empty when the channel has none
 * @param streamId the broadcast's id ({@code stream_id}, {@code st-...}), new each time the channel goes live
 * @param code why, for {@code Session Ended} (multitrack) and {@code Stream Takeover Failure} ({@code code})
 * @param reason why, for {@code Stream Failure} ({@code reason})
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record StreamStateChange(EventEnvelope envelope, Optional<ChannelArn> channel, Name name, String rawName,
                                Optional<String> channelName, Optional<String> streamId, Optional<String> code,
                                Optional<String> reason, Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Stream State Change";

    /** Checks that no component is null. */
    public StreamStateChange {
        Check.notNull("envelope", envelope);
        Check.notNull("channel", channel);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("channelName", channelName);
        Check.notNull("streamId", streamId);
        Check.notNull("code", code);
        Check.notNull("reason", reason);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The stream state events IVS documents.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** The stream key was accepted and a stream session created; video is not yet delivered. */
        SESSION_CREATED("Session Created"),
        /** The encoder disconnected; may come before {@link #STREAM_END}. */
        SESSION_ENDED("Session Ended"),
        /** Video is being processed and viewers can watch: the channel is live. */
        STREAM_START("Stream Start"),
        /** The stream stopped producing video for viewers. */
        STREAM_END("Stream End"),
        /** The stream is not processed because capacity was exceeded ({@link StreamStateChange#reason()}). */
        STREAM_FAILURE("Stream Failure"),
        /** An existing stream was taken over by another broadcast. */
        STREAM_TAKEOVER("Stream Takeover"),
        /** An attempt to take over a stream was rejected ({@link StreamStateChange#code()}). */
        STREAM_TAKEOVER_FAILURE("Stream Takeover Failure"),
        /** A name IVS added after this version of ivs-java; {@link StreamStateChange#rawName()} has it. */
        UNKNOWN("");

        private static final Name[] VALUES = values();
        private final String wireName;

        Name(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name as IVS writes it in {@code event_name}, such as {@code Stream Start}; empty for {@link #UNKNOWN}.
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
