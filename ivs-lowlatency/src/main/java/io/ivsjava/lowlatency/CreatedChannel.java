package io.ivsjava.lowlatency;

import java.util.Objects;

/**
 * A newly created channel and the stream key IVS created with it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel
 * @param streamKey its stream key, a secret
 */
public record CreatedChannel(Channel channel, StreamKey streamKey) {
    /** Checks that no component is null. */
    public CreatedChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(streamKey, "streamKey");
    }
}
