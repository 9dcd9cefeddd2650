package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;

/**
 * A newly created channel and the stream key IVS created with it.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} shows no secret.
 *
 * @param channel the channel
 * @param streamKey its stream key, a secret
 */
public record CreatedChannel(Channel channel, StreamKey streamKey) {
    /** Checks that no component is null. */
    public CreatedChannel {
        Check.notNull("channel", channel);
        Check.notNull("streamKey", streamKey);
    }
}
