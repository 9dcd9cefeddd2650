package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.IngestEndpoint;
import io.ivsjava.lowlatency.LatencyMode;
import io.ivsjava.lowlatency.LiveStream;
import io.ivsjava.lowlatency.PlaybackUrl;
import io.ivsjava.lowlatency.StreamHealth;
import io.ivsjava.lowlatency.StreamKey;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ivs.model.Srt;
import software.amazon.awssdk.services.ivs.model.Stream;

/** Between the SDK's low-latency model and the library's domain types. Not part of the public API. */
public final class Convert {
    private Convert() {
    }

    public static Channel channel(software.amazon.awssdk.services.ivs.model.Channel c) {
        Srt srt = c.srt();
        IngestEndpoint ingest = new IngestEndpoint(c.ingestEndpoint(),
                Optional.ofNullable(srt).map(Srt::endpoint).filter(s -> !s.isEmpty()),
                Optional.ofNullable(srt).map(Srt::passphrase).filter(s -> !s.isEmpty()));
        return new Channel(ChannelArn.parse(c.arn()), nullToEmpty(c.name()), latencyMode(c.latencyModeAsString()),
                type(c.typeAsString()), Boolean.TRUE.equals(c.authorized()), ingest,
                new PlaybackUrl(URI.create(c.playbackUrl())), tags(c.tags()));
    }

    public static ChannelSummary summary(software.amazon.awssdk.services.ivs.model.ChannelSummary c) {
        return new ChannelSummary(ChannelArn.parse(c.arn()), nullToEmpty(c.name()), latencyMode(c.latencyModeAsString()),
                type(c.typeAsString()), Boolean.TRUE.equals(c.authorized()), tags(c.tags()));
    }

    public static StreamKey streamKey(software.amazon.awssdk.services.ivs.model.StreamKey k) {
        return new StreamKey(StreamKeyArn.parse(k.arn()), ChannelArn.parse(k.channelArn()), nullToEmpty(k.value()),
                tags(k.tags()));
    }

    public static LiveStream stream(Stream s) {
        StreamHealth health;
        try {
            health = s.healthAsString() == null ? StreamHealth.UNKNOWN : StreamHealth.valueOf(s.healthAsString());
        } catch (IllegalArgumentException e) {
            health = StreamHealth.UNKNOWN;
        }
        return new LiveStream(ChannelArn.parse(s.channelArn()), nullToEmpty(s.streamId()), s.startTime(), health,
                s.viewerCount() == null ? 0 : s.viewerCount(), new PlaybackUrl(URI.create(s.playbackUrl())));
    }

    private static LatencyMode latencyMode(String value) {
        return parse(LatencyMode.class, value == null ? "LOW" : value, "latencyMode");
    }

    private static ChannelType type(String value) {
        return parse(ChannelType.class, value == null ? "STANDARD" : value, "type");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IvsException("IVS answered a channel " + field + " this version of ivs-java does not know: \""
                    + value + "\"; upgrade ivs-java", IvsException.ErrorDetails.NONE, false, e);
        }
    }

    private static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
