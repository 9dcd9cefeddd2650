package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * A participant's part in replication, which shows a publisher of one stage in another stage as well (see
 * {@link IvsRealTime#startParticipantReplication}).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param type whether the participant is replicated elsewhere, is a replica, or neither
 * @param state whether the replication runs, if the participant takes part in one
 * @param sourceStage for a replica, the stage it is replicated from
 * @param sourceSessionId for a replica, the session of the source stage
 */
public record Replication(Type type, Optional<State> state, Optional<StageArn> sourceStage,
                          Optional<String> sourceSessionId) {
    /** A participant that takes part in no replication. */
    public static final Replication NONE = new Replication(Type.NONE, Optional.empty(), Optional.empty(), Optional.empty());

    /** A participant's part in replication. Immutable; safe to share between threads. */
    public enum Type {
        /** Replicated into another stage. */
        SOURCE,
        /** A copy of a participant of another stage. */
        REPLICA,
        /** Neither. */
        NONE,
        /** A value this version of the library does not know; see the record's {@code unknownValues}. */
        UNKNOWN
    }

    /** Whether a replication runs. Immutable; safe to share between threads. */
    public enum State {
        /** Running. */
        ACTIVE,
        /** Stopped. */
        STOPPED,
        /** A value this version of the library does not know; see the record's {@code unknownValues}. */
        UNKNOWN
    }

    /** Checks that no component is null. */
    public Replication {
        Check.notNull("type", type);
        Check.notNull("state", state);
        Check.notNull("sourceStage", sourceStage);
        Check.notNull("sourceSessionId", sourceSessionId);
    }
}
