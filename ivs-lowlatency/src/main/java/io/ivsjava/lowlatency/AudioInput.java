package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * An audio track an encoder sent during a stream session, as IVS measured it. Text fields IVS did not report are
 * empty strings, numbers it did not report are 0.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param track the track name with multitrack input; empty for single-track input
 * @param codec the codec, such as {@code mp4a.40.2}
 * @param channels the number of audio channels
 * @param sampleRate the sample rate in Hz
 * @param targetBitrate the bitrate the encoder aimed at, in bits per second
 */
public record AudioInput(Optional<String> track, String codec, long channels, long sampleRate, long targetBitrate) {
    /** Checks that no component is null. */
    public AudioInput {
        Check.notNull("track", track);
        Check.notNull("codec", codec);
    }
}
