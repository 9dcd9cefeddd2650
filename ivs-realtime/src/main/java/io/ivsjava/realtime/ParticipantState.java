package io.ivsjava.realtime;

/**
 * Whether a participant of a stage session is connected now.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ParticipantState {
    /** On the stage now. */
    CONNECTED,
    /** Left, or was disconnected. */
    DISCONNECTED,
    /** A state this version of the library does not know; see the record's {@code unknownValues}. Never sent. */
    UNKNOWN
}
