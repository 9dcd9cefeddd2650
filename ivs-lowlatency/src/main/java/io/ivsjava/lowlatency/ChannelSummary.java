package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import java.util.Map;
import java.util.Objects;

/**
 * A channel as listed by {@link IvsLowLatency#listChannels()}: without ingest and playback; use
 * {@link IvsLowLatency#getChannel(ChannelArn)} for those.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the channel's ARN
 * @param name the channel's name; may be empty
 * @param latencyMode how far behind live viewers are
 * @param type what the channel does with the video it receives
 * @param authorized whether playback needs a signed playback token
 * @param tags the channel's AWS tags
 */
public record ChannelSummary(ChannelArn arn, String name, LatencyMode latencyMode, ChannelType type,
                             boolean authorized, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public ChannelSummary {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latencyMode, "latencyMode");
        Objects.requireNonNull(type, "type");
        tags = Map.copyOf(tags);
    }
}
