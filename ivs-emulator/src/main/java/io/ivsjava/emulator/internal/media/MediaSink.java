package io.ivsjava.emulator.internal.media;

/**
 * One live stream's media as a publisher sends it, in the form RTMP carries it: the bodies of FLV tags with their
 * timestamps. The ingest side (RTMP) calls it; the playback side (HLS) implements it.
 *
 * <p>Calls for one stream come from one thread, in arrival order. Implementations must not block for long: the
 * publisher's connection waits while they run.
 */
public interface MediaSink {
    /**
     * A video message: an FLV {@code VIDEODATA} body. For H.264 its first byte holds the frame type (1 key frame, 2
     * inter frame) and the codec id (7); then the AVC packet type (0 sequence header: an
     * {@code AVCDecoderConfigurationRecord}; 1 NAL units, each with a 4-byte length; 2 end of sequence), a signed
     * 24-bit composition time offset in milliseconds, and the payload.
     *
     * @param timestampMs the message's decode timestamp, in milliseconds from the stream's start
     * @param body the tag body; the sink may keep it, the caller does not reuse it
     */
    void video(long timestampMs, byte[] body);

    /**
     * An audio message: an FLV {@code AUDIODATA} body. For AAC its first byte holds the sound format (10) and
     * rate, size and type bits; then the AAC packet type (0 sequence header: an {@code AudioSpecificConfig}; 1 a
     * raw AAC frame) and the payload.
     *
     * @param timestampMs the message's timestamp, in milliseconds from the stream's start
     * @param body the tag body; the sink may keep it, the caller does not reuse it
     */
    void audio(long timestampMs, byte[] body);

    /** The publisher is gone, or was cut off: nothing more comes, and the output ends. */
    void end();

    /** A sink that drops everything: what a stream feeds while nothing plays it back. */
    MediaSink NONE = new MediaSink() {
        @Override
        public void video(long timestampMs, byte[] body) {
        }

        @Override
        public void audio(long timestampMs, byte[] body) {
        }

        @Override
        public void end() {
        }
    };
}
