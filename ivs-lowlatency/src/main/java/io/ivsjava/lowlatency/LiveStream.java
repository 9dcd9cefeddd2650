package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import java.time.Instant;
import java.util.Objects;

/**
 * A channel's current broadcast.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel
 * @param streamId the stream's id, {@code st-...}
 * @param startTime when the broadcast started
 * @param health how well the input arrives
 * @param viewerCount viewers watching now, as IVS last counted
 * @param playbackUrl where viewers play it
 */
public record LiveStream(ChannelArn channel, String streamId, Instant startTime, StreamHealth health,
                         long viewerCount, PlaybackUrl playbackUrl) {
    /** Checks that no component is null. */
    public LiveStream {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(playbackUrl, "playbackUrl");
    }
}
