package io.ivsjava.emulator.internal.rtmp;

import java.util.Optional;

/**
 * What a publisher sends, as IVS reports it in a stream session's ingest configuration: read from the stream's
 * {@code onMetaData}, its H.264 sequence parameter set and its AAC {@code AudioSpecificConfig}, and measured from
 * the media where the encoder announces no target.
 *
 * <p>Immutable.
 *
 * @param video the video track, if the stream has one
 * @param audio the audio track, if the stream has one
 */
public record IngestParameters(Optional<Video> video, Optional<Audio> audio) {
    /**
     * A video track.
     *
     * @param codec such as {@code avc1.64001F}
     * @param profile such as {@code High}; empty if unknown
     * @param level such as {@code 3.1}; empty if unknown
     * @param width pixels, after cropping; 0 if unknown
     * @param height pixels, after cropping; 0 if unknown
     * @param framerate frames per second, as the encoder announces it or as measured
     * @param bitrate bits per second, as the encoder announces it or as measured so far
     * @param encoder the encoder's name, such as {@code Lavf59.27.100}; empty if it sent none
     */
    public record Video(String codec, String profile, String level, int width, int height, long framerate,
                        long bitrate, String encoder) {
    }

    /**
     * An audio track.
     *
     * @param codec such as {@code mp4a.40.2}
     * @param sampleRate samples per second
     * @param channels the channel count
     * @param bitrate bits per second, as the encoder announces it or as measured so far
     */
    public record Audio(String codec, int sampleRate, int channels, long bitrate) {
    }
}
