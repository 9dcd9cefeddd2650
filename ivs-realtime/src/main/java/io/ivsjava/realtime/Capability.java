package io.ivsjava.realtime;

/**
 * What a participant may do on a stage. A {@link Host} has both, a {@link Viewer} only {@link #SUBSCRIBE}; a
 * {@link CustomRole} may carry any non-empty set.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Capability {
    /** Send audio and video to the stage. */
    PUBLISH,
    /** Receive the other participants' audio and video. */
    SUBSCRIBE,
    /**
     * A capability IVS reported that this version of the library does not know, read from an API token's
     * capabilities. Never sent to IVS: roles refuse it.
     */
    UNKNOWN
}
