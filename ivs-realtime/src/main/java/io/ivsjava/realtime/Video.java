package io.ivsjava.realtime;

/**
 * The video a composition encodes: resolution, frame rate and bitrate, the settings of an encoder configuration.
 * IVS's limits, checked when sent: width and height even and 2 to 1920 pixels, at most 2,073,600 pixels in all
 * (1920x1080 or 1080x1920), 1 to 60 frames per second, 1 to 8,500,000 bits per second.
 *
 * <pre>{@code
 * new Video(1920, 1080, 30, 6_000_000)   // 1080p30 at 6 Mbps
 * Video.DEFAULT                          // IVS's default: 1280x720, 30 fps, 2.5 Mbps
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param width the width in pixels
 * @param height the height in pixels
 * @param framerate frames per second
 * @param bitrate bits per second
 */
public record Video(int width, int height, double framerate, int bitrate) {
    /** IVS's default video: 1280x720, 30 frames per second, 2,500,000 bits per second. */
    public static final Video DEFAULT = new Video(1280, 720, 30, 2_500_000);
    /** The most pixels a frame may have: 1920 x 1080. */
    public static final int MAX_PIXELS = 2_073_600;
    /** The highest bitrate IVS composes at, in bits per second. */
    public static final int MAX_BITRATE = 8_500_000;
}
