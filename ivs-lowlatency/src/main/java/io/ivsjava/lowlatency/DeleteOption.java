package io.ivsjava.lowlatency;

/**
 * How a delete behaves when the resource is already gone or, for a channel, still live. Without options a delete is
 * strict: a missing resource is an {@link io.ivsjava.core.IvsNotFoundException} and a live channel an
 * {@link io.ivsjava.core.IvsConflictException}.
 *
 * <pre>{@code
 * // a teardown that can run again after failing halfway
 * ivs.deleteChannel(channel, DeleteOption.STOP_STREAM_FIRST, DeleteOption.IF_EXISTS);
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 */
public enum DeleteOption {
    /** A resource that is already gone counts as deleted: the delete returns {@code false} instead of failing. */
    IF_EXISTS,
    /**
     * Channels only: if the channel is live, stop its stream ({@code StopStream}) and delete it once IVS no longer
     * counts it live, retrying the delete for up to 30 seconds. Without it, deleting a live channel fails with
     * {@link io.ivsjava.core.IvsConflictException}. Stopping disconnects the broadcaster; an encoder set to
     * reconnect may go live again unless its stream key is deleted first.
     */
    STOP_STREAM_FIRST
}
