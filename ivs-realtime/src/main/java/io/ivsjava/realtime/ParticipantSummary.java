package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A participant of a stage session as {@link IvsRealTime#listParticipants} lists it; use
 * {@link IvsRealTime#getParticipant} for attributes, client and recording details.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param id the participant id
 * @param userId the application's user id, if the token carried one
 * @param state whether the participant is connected now
 * @param firstJoinTime when the participant first joined the session
 * @param published whether the participant published during the session
 * @param recordingState where the automatic recording of the participant is
 * @param replication the participant's part in replication
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code state}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record ParticipantSummary(String id, Optional<String> userId, ParticipantState state,
                                 Optional<Instant> firstJoinTime, boolean published, RecordingState recordingState,
                                 Replication replication, Map<String, String> unknownValues) {
    /** Checks that no component is null. */
    public ParticipantSummary {
        Check.notNull("id", id);
        Check.notNull("userId", userId);
        Check.notNull("state", state);
        Check.notNull("firstJoinTime", firstJoinTime);
        Check.notNull("recordingState", recordingState);
        Check.notNull("replication", replication);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
