package io.ivsjava.realtime;

/**
 * Where the automatic recording of a participant is (see {@link ParticipantRecording}).
 *
 * <p>Immutable; safe to share between threads.
 */
public enum RecordingState {
    /** Starting. */
    STARTING,
    /** Recording. */
    ACTIVE,
    /** Stopping. */
    STOPPING,
    /** Stopped. */
    STOPPED,
    /** Failed. */
    FAILED,
    /** The stage does not record its participants. Not a filter IVS accepts. */
    DISABLED,
    /** A state this version of the library does not know; see the record's {@code unknownValues}. Never sent. */
    UNKNOWN
}
