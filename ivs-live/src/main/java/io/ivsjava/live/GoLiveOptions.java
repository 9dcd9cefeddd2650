package io.ivsjava.live;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.VideoLimits;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.Video;
import java.util.Optional;

/**
 * How to take a user live, beyond the mode: private playback, the channel type, the video and the composition's
 * layout. Every option has a default that suits its mode; an option the mode cannot use is refused by
 * {@link IvsLive#goLive(String, io.ivsjava.core.StreamingMode, GoLiveOptions)} before any call (a layout in
 * {@code REAL_TIME}, say), rather than ignored.
 *
 * <pre>{@code
 * GoLiveOptions options = GoLiveOptions.builder()
 *         .privatePlayback(true)                         // LOW_LATENCY, HYBRID: viewers need a playback token
 *         .channelType(ChannelType.STANDARD)             // LOW_LATENCY, HYBRID
 *         .video(new Video(1920, 1080, 30, 6_000_000))   // HYBRID: what the composition encodes
 *         .layout(Layout.grid())                         // HYBRID: how hosts are arranged
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Limits that hold whatever the mode (the video's size, frame rate and
 * bitrate, and what the channel type takes) are checked when the options are built.
 *
 * @param privatePlayback whether the channel is private, so that every viewer needs a signed playback token;
 *     default false. Needs a playback token key on the {@link IvsLive}.
 * @param channelType the channel's type; default {@link ChannelType#STANDARD}
 * @param video in {@code HYBRID}, what the composition encodes (default {@link #DEFAULT_HYBRID_VIDEO}, or
 *     {@link #DEFAULT_BASIC_VIDEO} on a {@code BASIC} channel); in {@code LOW_LATENCY} and {@code REAL_TIME}, the
 *     video the broadcast is meant to carry, checked against what the mode delivers (at most 720p over WebRTC,
 *     1080p over HLS); default none
 * @param layout in {@code HYBRID}, how the composition arranges the hosts; default {@link Layout#grid()}
 */
public record GoLiveOptions(boolean privatePlayback, Optional<ChannelType> channelType, Optional<Video> video,
                            Optional<Layout> layout) {
    /** No option set: each takes its mode's default. */
    public static final GoLiveOptions DEFAULTS =
            new GoLiveOptions(false, Optional.empty(), Optional.empty(), Optional.empty());
    /** What a {@code HYBRID} composition encodes by default: 1920x1080 at 30 frames per second and 6 Mbps. */
    public static final Video DEFAULT_HYBRID_VIDEO = new Video(1920, 1080, 30, 6_000_000);
    /** What a {@code HYBRID} composition encodes by default onto a {@code BASIC} channel: 854x480, 30 fps, 1.5 Mbps. */
    public static final Video DEFAULT_BASIC_VIDEO = new Video(854, 480, 30, 1_500_000);

    /**
     * Checks the channel type and the video against IVS's limits.
     *
     * @throws IvsValidationException naming {@code channelType} or the video's field, such as {@code video.bitrate}
     */
    public GoLiveOptions {
        Check.notNull("channelType", channelType).ifPresent(type -> Check.known("channelType", type));
        Check.notNull("video", video).ifPresent(v -> VideoLimits.check("video", v,
                channelType.orElse(ChannelType.STANDARD)));
        Check.notNull("layout", layout);
    }

    /**
     * The channel type to create: the one set, else {@link ChannelType#STANDARD}.
     *
     * @return the type
     */
    public ChannelType effectiveChannelType() {
        return channelType.orElse(ChannelType.STANDARD);
    }

    /**
     * A builder with nothing set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects {@link GoLiveOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean privatePlayback;
        private ChannelType channelType;
        private Video video;
        private Layout layout;

        private Builder() {
        }

        /**
         * Makes the channel private: viewers need a signed playback token; default false.
         *
         * @param privatePlayback true for a private channel
         * @return this builder
         */
        public Builder privatePlayback(boolean privatePlayback) {
            this.privatePlayback = privatePlayback;
            return this;
        }

        /**
         * The channel's type; default {@link ChannelType#STANDARD}.
         *
         * @param channelType the type
         * @return this builder
         */
        public Builder channelType(ChannelType channelType) {
            this.channelType = Check.notNull("channelType", channelType);
            return this;
        }

        /**
         * The video: what a {@code HYBRID} composition encodes, or what the broadcast is meant to carry.
         *
         * @param video width, height, frame rate and bitrate
         * @return this builder
         */
        public Builder video(Video video) {
            this.video = Check.notNull("video", video);
            return this;
        }

        /**
         * How a {@code HYBRID} composition arranges the hosts; default {@link Layout#grid()}.
         *
         * @param layout a grid or picture-in-picture
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Check.notNull("layout", layout);
            return this;
        }

        /**
         * Checks the limits that hold in every mode and builds the options.
         *
         * @return the options
         * @throws IvsValidationException naming the first field out of bounds
         */
        public GoLiveOptions build() {
            return new GoLiveOptions(privatePlayback, Optional.ofNullable(channelType), Optional.ofNullable(video),
                    Optional.ofNullable(layout));
        }
    }
}
