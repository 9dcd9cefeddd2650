package io.ivsjava.core;

import java.time.Duration;

/**
 * How live video reaches a person watching it.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Delivery {
    /**
     * WebRTC from an IVS <em>stage</em>: about 300 ms from camera to screen, up to 720p, for hosts and for
     * thousands of viewers. The client joins with a participant token.
     */
    WEBRTC(720, Duration.ofMillis(300)),

    /**
     * HLS from an IVS <em>channel</em>: two to five seconds behind live with a low-latency channel, up to 1080p,
     * for audiences of any size. The client plays the channel's playback URL (with a playback token when the
     * channel is private).
     */
    HLS(1080, Duration.ofSeconds(3));

    private final int maxVideoHeight;
    private final Duration typicalLatency;

    Delivery(int maxVideoHeight, Duration typicalLatency) {
        this.maxVideoHeight = maxVideoHeight;
        this.typicalLatency = typicalLatency;
    }

    /**
     * The tallest video this delivery carries, in pixels: 720 for WebRTC, 1080 for HLS.
     *
     * @return the maximum video height
     */
    public int maxVideoHeight() {
        return maxVideoHeight;
    }

    /**
     * The usual delay between camera and viewer: about 300 ms for WebRTC, about 3 s (2 to 5 s) for HLS.
     *
     * @return the typical latency
     */
    public Duration typicalLatency() {
        return typicalLatency;
    }
}
