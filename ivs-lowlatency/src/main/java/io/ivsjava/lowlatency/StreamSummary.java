package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;

/**
 * A live stream as listed by {@link IvsLowLatency#listStreams()}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel that is live
 * @param streamId the stream's id, {@code st-...}
 * @param state whether it is on air
 * @param health how well the input arrives
 * @param viewerCount viewers watching, as IVS last counted
 * @param startTime when the broadcast started
 * @param unknownValues names IVS sent that this version does not know, by field; usually empty
 */
public record StreamSummary(ChannelArn channel, String streamId, StreamState state, StreamHealth health,
                            long viewerCount, Instant startTime, Map<String, String> unknownValues) {
    /** Checks that no component is null. */
    public StreamSummary {
        Check.notNull("channel", channel);
        Check.notNull("streamId", streamId);
        Check.notNull("state", state);
        Check.notNull("health", health);
        Check.notNull("startTime", startTime);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
