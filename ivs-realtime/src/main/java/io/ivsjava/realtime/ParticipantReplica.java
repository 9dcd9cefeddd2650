package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * A copy of a publisher in another stage, as {@link IvsRealTime#listParticipantReplicas} lists it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param sourceStage the stage the participant publishes on
 * @param participantId the participant
 * @param sourceSessionId the session of the source stage
 * @param destinationStage the stage the participant is replicated into
 * @param destinationSessionId the session of the destination stage
 * @param state whether the replication runs
 * @param unknownValues values IVS sent that this version of the library does not know, by field path; those
 *     fields read {@code UNKNOWN}. Usually empty.
 */
public record ParticipantReplica(StageArn sourceStage, String participantId, String sourceSessionId,
                                 StageArn destinationStage, String destinationSessionId, Replication.State state,
                                 Map<String, String> unknownValues) {
    /** Checks that no component is null. */
    public ParticipantReplica {
        Check.notNull("sourceStage", sourceStage);
        Check.notNull("participantId", participantId);
        Check.notNull("sourceSessionId", sourceSessionId);
        Check.notNull("destinationStage", destinationStage);
        Check.notNull("destinationSessionId", destinationSessionId);
        Check.notNull("state", state);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
