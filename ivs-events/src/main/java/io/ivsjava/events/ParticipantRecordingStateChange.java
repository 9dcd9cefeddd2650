package io.ivsjava.events;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Participant Recording State Change}: individual participant recording of a stage publisher to S3
 * started, ended or failed.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param stage the stage, from the envelope's {@code resources}; empty if they name none
 * @param name what happened ({@code event_name}); {@link Name#UNKNOWN} for a name this version does not know
 * @param rawName {@code event_name} as IVS sent it
 * @param sessionId the stage session ({@code session_id})
 * @param participantId the publisher recorded ({@code participant_id})
 * @param s3BucketName the bucket recorded to ({@code recording_s3_bucket_name})
 * @param s3KeyPrefix where this participant's recording is stored ({@code recording_s3_key_prefix})
 * @param duration how long the recording is ({@code recording_duration_ms}), once it ended
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record ParticipantRecordingStateChange(EventEnvelope envelope, Optional<StageArn> stage, Name name,
                                              String rawName, Optional<String> sessionId,
                                              Optional<String> participantId, Optional<String> s3BucketName,
                                              Optional<String> s3KeyPrefix, Optional<Duration> duration,
                                              Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Participant Recording State Change";

    /** Checks that no component is null. */
    public ParticipantRecordingStateChange {
        Check.notNull("envelope", envelope);
        Check.notNull("stage", stage);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("sessionId", sessionId);
        Check.notNull("participantId", participantId);
        Check.notNull("s3BucketName", s3BucketName);
        Check.notNull("s3KeyPrefix", s3KeyPrefix);
        Check.notNull("duration", duration);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The participant recording events this version knows.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** The publisher is connected and being recorded to S3. */
        RECORDING_START("Recording Start"),
        /** The publisher disconnected and every remaining file was written to S3. */
        RECORDING_END("Recording End"),
        /** The publisher connected but recording could not start (a missing bucket, a wrong region...). */
        RECORDING_START_FAILURE("Recording Start Failure"),
        /** Recording ended with a failure. */
        RECORDING_END_FAILURE("Recording End Failure"),
        /** A name this version of ivs-java does not know; {@link ParticipantRecordingStateChange#rawName()} has it. */
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
