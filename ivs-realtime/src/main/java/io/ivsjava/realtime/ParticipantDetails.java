package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything IVS knows about a participant of a stage session, as {@link IvsRealTime#getParticipant} reads it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param id the participant id
 * @param userId the application's user id, if the token carried one
 * @param state whether the participant is connected now
 * @param firstJoinTime when the participant first joined the session
 * @param published whether the participant published during the session
 * @param attributes the participant's attributes
 * @param client what the participant connected with
 * @param protocol how the participant publishes
 * @param recordingState where the automatic recording of the participant is
 * @param recordingLocation where the participant's recording is written, if it is recorded
 * @param replication the participant's part in replication
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code protocol}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record ParticipantDetails(String id, Optional<String> userId, ParticipantState state,
                                 Optional<Instant> firstJoinTime, boolean published, Map<String, String> attributes,
                                 Client client, Protocol protocol, RecordingState recordingState,
                                 Optional<RecordingLocation> recordingLocation, Replication replication,
                                 Map<String, String> unknownValues) {

    /** How a participant publishes. Immutable; safe to share between threads. */
    public enum Protocol {
        /** IVS reported no protocol (the participant has not published), or one this library does not know. */
        UNKNOWN,
        /** WebRTC, through the stage's WHIP endpoint (the IVS broadcast SDKs). */
        WHIP,
        /** RTMP, with an ingest configuration. */
        RTMP,
        /** RTMPS, with an ingest configuration. */
        RTMPS
    }

    /**
     * What a participant connected with, as IVS reports it; each part may be unknown.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param ispName the participant's internet service provider
     * @param osName the operating system
     * @param osVersion its version
     * @param browserName the browser
     * @param browserVersion its version
     * @param sdkVersion the IVS broadcast SDK's version
     */
    public record Client(Optional<String> ispName, Optional<String> osName, Optional<String> osVersion,
                         Optional<String> browserName, Optional<String> browserVersion, Optional<String> sdkVersion) {
        /** Checks that no component is null. */
        public Client {
            Check.notNull("ispName", ispName);
            Check.notNull("osName", osName);
            Check.notNull("osVersion", osVersion);
            Check.notNull("browserName", browserName);
            Check.notNull("browserVersion", browserVersion);
            Check.notNull("sdkVersion", sdkVersion);
        }
    }

    /**
     * Where a participant's recording is written.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param bucketName the S3 bucket
     * @param prefix the key prefix of the participant's recording
     */
    public record RecordingLocation(String bucketName, String prefix) {
        /** Checks that no component is null. */
        public RecordingLocation {
            Check.notNull("bucketName", bucketName);
            Check.notNull("prefix", prefix);
        }
    }

    /** Checks that no component is null and freezes the maps. */
    public ParticipantDetails {
        Check.notNull("id", id);
        Check.notNull("userId", userId);
        Check.notNull("state", state);
        Check.notNull("firstJoinTime", firstJoinTime);
        attributes = Map.copyOf(Check.notNull("attributes", attributes));
        Check.notNull("client", client);
        Check.notNull("protocol", protocol);
        Check.notNull("recordingState", recordingState);
        Check.notNull("recordingLocation", recordingLocation);
        Check.notNull("replication", replication);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
