package io.ivsjava.emulator.internal.media;

/**
 * Where a starting live stream's media goes: the playback side registers one of these with the ingest side.
 * Implementations must be thread-safe: streams of different channels start at once.
 */
@FunctionalInterface
public interface MediaSinks {
    /**
     * Opens the output of a stream that has just started on a channel.
     *
     * @param channelArn the channel's ARN
     * @param streamId the stream's id, as {@code GetStream} reports it
     * @return the sink its media goes to until {@link MediaSink#end()}
     */
    MediaSink open(String channelArn, String streamId);

    /** Nothing plays streams back: every stream's media is dropped. */
    MediaSinks NONE = (channelArn, streamId) -> MediaSink.NONE;
}
