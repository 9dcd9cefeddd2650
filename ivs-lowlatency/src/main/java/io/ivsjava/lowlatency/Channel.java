package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import java.util.Map;
import java.util.Objects;

/**
 * A channel: the low-latency path of IVS. A broadcaster sends RTMPS or SRT to its {@link #ingest()} endpoint with
 * the channel's stream key, and viewers play its {@link #playbackUrl()} over HLS.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the channel's ARN
 * @param name the channel's name; may be empty
 * @param latencyMode how far behind live viewers are
 * @param type what the channel does with the video it receives
 * @param authorized whether playback needs a signed playback token (a private channel)
 * @param ingest where the broadcaster sends video
 * @param playbackUrl where viewers play it
 * @param tags the channel's AWS tags
 */
public record Channel(ChannelArn arn, String name, LatencyMode latencyMode, ChannelType type, boolean authorized,
                      IngestEndpoint ingest, PlaybackUrl playbackUrl, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public Channel {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latencyMode, "latencyMode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(playbackUrl, "playbackUrl");
        tags = Map.copyOf(tags);
    }
}
