package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * Which participants of a session {@link IvsRealTime#listParticipants} lists: all of them, or those matching one
 * filter. IVS applies at most one filter per list.
 *
 * <pre>{@code
 * ivs.listParticipants(stage, sessionId, ParticipantFilter.byState(ParticipantState.CONNECTED))
 * ivs.listParticipants(stage, sessionId, ParticipantFilter.byUserId("kit"))
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param userId only participants with this user id
 * @param published only participants who published during the session (true), or who did not (false)
 * @param state only participants in this state
 * @param recordingState only participants whose recording is in this state
 */
public record ParticipantFilter(Optional<String> userId, Optional<Boolean> published,
                                Optional<ParticipantState> state, Optional<RecordingState> recordingState) {
    /** Every participant of the session. */
    public static final ParticipantFilter ALL =
            new ParticipantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks that at most one filter is set, and that it is one IVS accepts.
     *
     * @throws IvsValidationException naming the filter at fault
     */
    public ParticipantFilter {
        Check.notNull("filterByUserId", userId).ifPresent(id -> Check.length("filterByUserId", id, 0, 128));
        Check.notNull("filterByPublished", published);
        Check.notNull("filterByState", state).ifPresent(s -> Check.known("filterByState", s));
        Check.notNull("filterByRecordingState", recordingState).ifPresent(s -> {
            Check.known("filterByRecordingState", s);
            if (s == RecordingState.DISABLED) {
                throw IvsValidationException.invalid("filterByRecordingState", "DISABLED is not a state IVS filters "
                        + "by; allowed STARTING, ACTIVE, STOPPING, STOPPED, FAILED");
            }
        });
        int set = (userId.isPresent() ? 1 : 0) + (published.isPresent() ? 1 : 0) + (state.isPresent() ? 1 : 0)
                + (recordingState.isPresent() ? 1 : 0);
        if (set > 1) {
            throw IvsValidationException.invalid("filter", set + " filters given; IVS applies at most one of "
                    + "userId, published, state and recordingState per list");
        }
    }

    /**
     * Participants with this user id.
     *
     * @param userId the user id
     * @return the filter
     */
    public static ParticipantFilter byUserId(String userId) {
        return new ParticipantFilter(Optional.of(Check.notNull("filterByUserId", userId)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Participants who published during the session, or who did not.
     *
     * @param published true for publishers
     * @return the filter
     */
    public static ParticipantFilter byPublished(boolean published) {
        return new ParticipantFilter(Optional.empty(), Optional.of(published), Optional.empty(), Optional.empty());
    }

    /**
     * Participants in this state.
     *
     * @param state connected or disconnected
     * @return the filter
     */
    public static ParticipantFilter byState(ParticipantState state) {
        return new ParticipantFilter(Optional.empty(), Optional.empty(), Optional.of(Check.notNull("filterByState",
                state)), Optional.empty());
    }

    /**
     * Participants whose recording is in this state.
     *
     * @param state any state but {@link RecordingState#DISABLED}
     * @return the filter
     */
    public static ParticipantFilter byRecordingState(RecordingState state) {
        return new ParticipantFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Check.notNull("filterByRecordingState", state)));
    }
}
