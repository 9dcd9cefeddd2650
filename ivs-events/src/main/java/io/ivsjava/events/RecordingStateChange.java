package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Recording State Change}: recording a low-latency channel's broadcast to S3 started, ended or failed.
 *
 * <p>AWS advises processing a recording only after {@link Name#RECORDING_END}: objects are written to the bucket a
 * little after {@code Recording Start}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param channel the channel, from the envelope's {@code resources}; empty if they name none
 * @param name what happened ({@code recording_status}); {@link Name#UNKNOWN} for a status this version does not
 *     know
 * @param rawName {@code recording_status} as IVS sent it
 * @param statusReason why a recording failed ({@code recording_status_reason}), such as
 *     {@code ValidationException}; empty otherwise
 * @param channelName the channel's name ({@code channel_name}); empty when the channel has none
 * @param streamId the broadcast's id ({@code stream_id})
 * @param s3BucketName the bucket recorded to ({@code recording_s3_bucket_name})
 * @param s3KeyPrefix where every object of this recording is stored ({@code recording_s3_key_prefix})
 * @param duration how long the recording is ({@code recording_duration_ms}); zero until it ends
 * @param recordingSessionId the recording session ({@code recording_session_id}), which can span several streams
 *     when the recording configuration merges reconnects
 * @param recordingSessionStreamIds the streams recorded in this session ({@code recording_session_stream_ids}, on
 *     {@code Recording End}); may be empty
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record RecordingStateChange(EventEnvelope envelope, Optional<ChannelArn> channel, Name name, String rawName,
                                   Optional<String> statusReason, Optional<String> channelName,
                                   Optional<String> streamId, Optional<String> s3BucketName,
                                   Optional<String> s3KeyPrefix, Optional<Duration> duration,
                                   Optional<String> recordingSessionId, List<String> recordingSessionStreamIds,
                                   Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Recording State Change";

    /** Checks that no component is null and freezes the collections. */
    public RecordingStateChange {
        Check.notNull("envelope", envelope);
        Check.notNull("channel", channel);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("statusReason", statusReason);
        Check.notNull("channelName", channelName);
        Check.notNull("streamId", streamId);
        Check.notNull("s3BucketName", s3BucketName);
        Check.notNull("s3KeyPrefix", s3KeyPrefix);
        Check.notNull("duration", duration);
        Check.notNull("recordingSessionId", recordingSessionId);
        recordingSessionStreamIds = List.copyOf(Check.notNull("recordingSessionStreamIds", recordingSessionStreamIds));
        detail = Json.freeze("detail", detail);
    }

    /**
     * The recording states IVS documents.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** A stream started and its recording prefix was created; objects follow. */
        RECORDING_START("Recording Start"),
        /** The stream ended and recording stopped; the recording is complete. */
        RECORDING_END("Recording End"),
        /** The stream started but recording could not (a missing bucket, a bucket in another region...). */
        RECORDING_START_FAILURE("Recording Start Failure"),
        /** Recording ended with a failure; some objects may have been written. */
        RECORDING_END_FAILURE("Recording End Failure"),
        /** A status IVS added after this version of ivs-java; {@link RecordingStateChange#rawName()} has it. */
        UNKNOWN("");

        private static final Name[] VALUES = values();
        private final String wireName;

        Name(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name as IVS writes it in {@code recording_status}; empty for {@link #UNKNOWN}.
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
