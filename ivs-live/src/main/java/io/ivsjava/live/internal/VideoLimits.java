package io.ivsjava.live.internal;

import io.ivsjava.core.Delivery;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.realtime.Video;

/**
 * The limits on a broadcast's video: IVS's encoder-configuration limits, what each channel type takes (as the IVS
 * API reference states them: STANDARD and ADVANCED up to 1080 lines and 8.5 Mbps, BASIC up to 480 lines and
 * 1.5 Mbps), and what each delivery carries (720p over WebRTC, 1080p over HLS). Not public API. Stateless; thread-safe.
 */
public final class VideoLimits {
    /** The tallest video a BASIC channel takes, in lines. */
    public static final int BASIC_MAX_LINES = 480;
    /** The highest bitrate a BASIC channel takes. */
    public static final int BASIC_MAX_BITRATE = 1_500_000;

    private VideoLimits() {
    }

    /**
     * Checks a video against IVS's encoder limits and what the channel type takes.
     *
     * @param field the field name
     * @param video the video
     * @param type the channel type
     */
    public static void check(String field, Video video, ChannelType type) {
        dimension(field + ".width", video.width());
        dimension(field + ".height", video.height());
        long pixels = (long) video.width() * video.height();
        if (pixels > Video.MAX_PIXELS) {
            throw IvsValidationException.invalid(field, video.width() + "x" + video.height() + " is " + pixels
                    + " pixels; allowed at most " + Video.MAX_PIXELS + " (1920x1080 or 1080x1920)");
        }
        Check.range(field + ".framerate", video.framerate(), 1, 60);
        Check.range(field + ".bitrate", video.bitrate(), 1, Video.MAX_BITRATE);
        int lines = Math.min(video.width(), video.height());
        if (type == ChannelType.BASIC) {
            if (lines > BASIC_MAX_LINES) {
                throw IvsValidationException.invalid(field + ".height", video.width() + "x" + video.height()
                        + " is " + lines + "p; a BASIC channel takes at most " + BASIC_MAX_LINES + "p; choose a "
                        + "STANDARD channel for up to 1080p");
            }
            if (video.bitrate() > BASIC_MAX_BITRATE) {
                throw IvsValidationException.invalid(field + ".bitrate", video.bitrate() + " bits per second is too "
                        + "much for a BASIC channel; allowed 1.." + BASIC_MAX_BITRATE);
            }
        }
        delivery(field, video, Delivery.HLS, "a channel");
    }

    /**
     * Checks a video against what a mode delivers to its viewers: at most 720p over WebRTC, 1080p over HLS.
     *
     * @param field the field name
     * @param video the video
     * @param mode the mode
     */
    public static void forMode(String field, Video video, StreamingMode mode) {
        delivery(field, video, mode.viewerDelivery(), mode.toString());
    }

    private static void delivery(String field, Video video, Delivery delivery, String what) {
        int lines = Math.min(video.width(), video.height());
        int longSide = Math.max(video.width(), video.height());
        int maxLines = delivery.maxVideoHeight();
        if (lines > maxLines || longSide > maxLines * 16 / 9) {
            String hint = delivery == Delivery.WEBRTC
                    ? "; choose HYBRID or LOW_LATENCY to deliver up to 1080p over HLS" : "";
            throw IvsValidationException.invalid(field, video.width() + "x" + video.height() + " is more than " + what
                    + " delivers: " + delivery + " carries at most " + maxLines + "p (" + maxLines * 16 / 9 + "x"
                    + maxLines + ")" + hint);
        }
    }

    private static void dimension(String field, int value) {
        Check.range(field, value, 2, 1920);
        if (value % 2 != 0) {
            throw IvsValidationException.invalid(field, value + " is odd; IVS encodes even sizes only, 2..1920");
        }
    }
}
