package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened to a participant during a stage session, as {@link IvsRealTime#listParticipantEvents}
 * lists it: joining, publishing, subscribing to another participant, leaving, errors, replication and token
 * exchanges.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param kind what happened
 * @param participantId the participant it happened to
 * @param time when it happened
 * @param remoteParticipantId for subscribe events, the publisher subscribed to
 * @param errorCode for error events, what went wrong
 * @param destinationStage for replication events, the stage replicated into
 * @param destinationSessionId for replication events, the session of that stage
 * @param replica whether the participant (for subscribe events: the remote participant) is a replica
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code kind} or {@code errorCode}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record ParticipantEvent(Kind kind, String participantId, Optional<Instant> time,
                               Optional<String> remoteParticipantId, Optional<ErrorCode> errorCode,
                               Optional<StageArn> destinationStage, Optional<String> destinationSessionId,
                               boolean replica, Map<String, String> unknownValues) {

    /** What happened. Immutable; safe to share between threads. */
    public enum Kind {
        /** Joined the stage. */
        JOINED,
        /** Left the stage, or was disconnected. */
        LEFT,
        /** Started publishing. */
        PUBLISH_STARTED,
        /** Stopped publishing. */
        PUBLISH_STOPPED,
        /** Started receiving a publisher ({@code remoteParticipantId}). */
        SUBSCRIBE_STARTED,
        /** Stopped receiving a publisher. */
        SUBSCRIBE_STOPPED,
        /** Publishing failed; see {@code errorCode}. */
        PUBLISH_ERROR,
        /** Subscribing failed; see {@code errorCode}. */
        SUBSCRIBE_ERROR,
        /** Joining failed; see {@code errorCode}. */
        JOIN_ERROR,
        /** Replication into {@code destinationStage} started. */
        REPLICATION_STARTED,
        /** Replication into {@code destinationStage} stopped. */
        REPLICATION_STOPPED,
        /** The participant exchanged its token for another. */
        TOKEN_EXCHANGED,
        /** An event this version of the library does not know; see {@code unknownValues}. */
        UNKNOWN
    }

    /** Why a publish, subscribe or join failed. Immutable; safe to share between threads. */
    public enum ErrorCode {
        /** The token lacks the capability the action needs. */
        INSUFFICIENT_CAPABILITIES,
        /** A stage quota (such as publishers) was reached. */
        QUOTA_EXCEEDED,
        /** The publisher subscribed to is gone. */
        PUBLISHER_NOT_FOUND,
        /** The stream exceeded the maximum bitrate. */
        BITRATE_EXCEEDED,
        /** The stream exceeded the maximum resolution. */
        RESOLUTION_EXCEEDED,
        /** The stream exceeded the maximum duration. */
        STREAM_DURATION_EXCEEDED,
        /** The audio codec is not supported. */
        INVALID_AUDIO_CODEC,
        /** The video codec is not supported. */
        INVALID_VIDEO_CODEC,
        /** The protocol is not supported. */
        INVALID_PROTOCOL,
        /** The stream key is not valid. */
        INVALID_STREAM_KEY,
        /** The stream key is already in use. */
        REUSE_OF_STREAM_KEY,
        /** The stream has B-frames, which RTMP publishing into a stage does not allow. */
        B_FRAME_PRESENT,
        /** The input is not valid. */
        INVALID_INPUT,
        /** IVS failed internally. */
        INTERNAL_SERVER_EXCEPTION,
        /** An error this version of the library does not know; see {@code unknownValues}. */
        UNKNOWN
    }

    /** Checks that no component is null. */
    public ParticipantEvent {
        Check.notNull("kind", kind);
        Check.notNull("participantId", participantId);
        Check.notNull("time", time);
        Check.notNull("remoteParticipantId", remoteParticipantId);
        Check.notNull("errorCode", errorCode);
        Check.notNull("destinationStage", destinationStage);
        Check.notNull("destinationSessionId", destinationSessionId);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
