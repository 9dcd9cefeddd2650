package io.ivsjava.emulator.internal.hls;

import io.ivsjava.emulator.internal.media.MediaSink;
import io.ivsjava.emulator.internal.media.MediaSinks;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The HLS output of every channel's stream: what the ingest side opens when a publish starts, and what playback
 * reads. Each channel keeps its newest stream only; an ended stream stays readable for {@link #LINGER_SECONDS}, so
 * that players still fetching its last playlist see {@code #EXT-X-ENDLIST}, and is forgotten after that.
 *
 * <p>Thread-safe.
 */
public final class HlsStreams implements MediaSinks {
    /** How long an ended stream's playlist and segments stay readable. */
    public static final long LINGER_SECONDS = 60;

    private final Clock clock;
    private final ConcurrentMap<String, HlsStream> byChannel = new ConcurrentHashMap<>();

    /**
     * The outputs of one emulator.
     *
     * @param clock the emulator's clock, for program date-times
     */
    public HlsStreams(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MediaSink open(String channelArn, String streamId) {
        forgetLingering();
        HlsStream stream = new HlsStream(channelArn, streamId, clock);
        HlsStream previous = byChannel.put(channelArn, stream);
        if (previous != null) {
            previous.end();
        }
        return stream;
    }

    /**
     * A channel's newest stream, while it is live or lingering.
     *
     * @param channelArn the channel
     * @return its stream
     */
    public Optional<HlsStream> find(String channelArn) {
        HlsStream stream = byChannel.get(channelArn);
        if (stream != null && stream.endedLongerThan(TimeUnit.SECONDS.toNanos(LINGER_SECONDS))) {
            byChannel.remove(channelArn, stream);
            return Optional.empty();
        }
        return Optional.ofNullable(stream);
    }

    /**
     * Inserts timed metadata into a channel's live stream, if it has one that has not ended.
     *
     * @param channelArn the channel
     * @param streamId the stream the API found live
     * @param text the metadata
     */
    public void metadata(String channelArn, String streamId, String text) {
        HlsStream stream = byChannel.get(channelArn);
        if (stream != null && stream.streamId().equals(streamId)) {
            stream.metadata(text);
        }
    }

    /** Ends and forgets every stream (the emulator's reset). */
    public void clear() {
        byChannel.values().forEach(HlsStream::end);
        byChannel.clear();
    }

    private void forgetLingering() {
        long linger = TimeUnit.SECONDS.toNanos(LINGER_SECONDS);
        byChannel.forEach((arn, stream) -> {
            if (stream.endedLongerThan(linger)) {
                byChannel.remove(arn, stream);
            }
        });
    }
}
