package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * One session of a stage: it opens when the first participant joins an empty stage and closes when the last one
 * leaves. Participants and their events are listed per session.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param id the session id, such as {@code st-a1B2c3D4e5F6g}
 * @param startTime when the first participant joined
 * @param endTime when the last participant left; empty while the session runs
 */
public record StageSession(String id, Optional<Instant> startTime, Optional<Instant> endTime) {
    /** Checks that no component is null. */
    public StageSession {
        Check.notNull("id", id);
        Check.notNull("startTime", startTime);
        Check.notNull("endTime", endTime);
    }

    /**
     * Whether the session is still running.
     *
     * @return true while it has no end time
     */
    public boolean isActive() {
        return endTime.isEmpty();
    }
}
