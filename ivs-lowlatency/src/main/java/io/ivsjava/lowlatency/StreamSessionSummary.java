package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * One broadcast of a channel, live or past, as listed by {@link IvsLowLatency#listStreamSessions}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param streamId the stream's id, {@code st-...}; read the details with
 *     {@link IvsLowLatency#getStreamSession(io.ivsjava.core.ChannelArn, String)}
 * @param startTime when it started
 * @param endTime when it ended; empty while it is live
 * @param hasErrorEvent whether IVS recorded an error event during it (such as a recording failure)
 */
public record StreamSessionSummary(String streamId, Instant startTime, Optional<Instant> endTime,
                                   boolean hasErrorEvent) {
    /** Checks that no component is null. */
    public StreamSessionSummary {
        Check.notNull("streamId", streamId);
        Check.notNull("startTime", startTime);
        Check.notNull("endTime", endTime);
    }
}
