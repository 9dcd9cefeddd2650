package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;

/**
 * A channel's current broadcast, as {@link IvsLowLatency#getStream(ChannelArn)} reads it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel
 * @param streamId the stream's id, {@code st-...}; it names the stream session too
 * @param state whether it is on air
 * @param health how well the input arrives
 * @param viewerCount viewers watching now, as IVS last counted (IVS updates the count about once a minute)
 * @param startTime when the broadcast started
 * @param playbackUrl where viewers play it
 * @param unknownValues names IVS sent that this version does not know, by field ({@code state}, {@code health});
 *     usually empty
 */
public record LiveStream(ChannelArn channel, String streamId, StreamState state, StreamHealth health,
                         long viewerCount, Instant startTime, PlaybackUrl playbackUrl,
                         Map<String, String> unknownValues) {
    /** Checks that no component is null. */
    public LiveStream {
        Check.notNull("channel", channel);
        Check.notNull("streamId", streamId);
        Check.notNull("state", state);
        Check.notNull("health", health);
        Check.notNull("startTime", startTime);
        Check.notNull("playbackUrl", playbackUrl);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
