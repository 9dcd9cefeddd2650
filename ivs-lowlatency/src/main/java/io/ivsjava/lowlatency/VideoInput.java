package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * A video track an encoder sent during a stream session, as IVS measured it. Text fields IVS did not report are
 * empty strings, numbers it did not report are 0.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param track the track name with multitrack input ({@code Track0}...); empty for single-track input
 * @param codec the codec, such as {@code avc1.640028}
 * @param encoder the encoder's name, as it announced itself
 * @param profile the codec profile, such as {@code High}
 * @param level the codec level, such as {@code 4.0}
 * @param width the width in pixels
 * @param height the height in pixels
 * @param targetBitrate the bitrate the encoder aimed at, in bits per second
 * @param targetFramerate the frame rate the encoder aimed at, in frames per second
 */
public record VideoInput(Optional<String> track, String codec, String encoder, String profile, String level,
                         long width, long height, long targetBitrate, long targetFramerate) {
    /** Checks that no component is null. */
    public VideoInput {
        Check.notNull("track", track);
        Check.notNull("codec", codec);
        Check.notNull("encoder", encoder);
        Check.notNull("profile", profile);
        Check.notNull("level", level);
    }
}
