package io.ivsjava.realtime;

/**
 * What a participant may do on a stage.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Capability {
    /** Send audio and video to the stage. */
    PUBLISH,
    /** Receive the other participants' audio and video. */
    SUBSCRIBE
}
