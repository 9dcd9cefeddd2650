package io.ivsjava.realtime;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a composition sends its video: a low-latency {@link Channel} that viewers watch over HLS (the hybrid mode),
 * or an {@link S3} recording. A composition has one or two destinations.
 *
 * <pre>{@code
 * CompositionDestination.channel(channelArn)                       // IVS's default encoding
 * CompositionDestination.channel(channelArn, encoder.arn())
 * CompositionDestination.s3(storage.arn(), encoder.arn())
 * }</pre>
 *
 * <p>Checked against the IVS limits when sent, with field paths such as {@code destinations[1].s3.thumbnails}.
 * Implementations are immutable and safe to share between threads.
 */
public sealed interface CompositionDestination permits CompositionDestination.Channel, CompositionDestination.S3 {

    /**
     * A name to tell the destination apart in the composition's state.
     *
     * @return letters, digits, {@code -} and {@code _}, at most 128 characters; empty by default
     */
    Optional<String> name();

    /**
     * Broadcasts the composition to a channel, encoded with IVS's default video.
     *
     * @param channel the channel; it must be offline, in the stage's account and region
     * @return the destination
     */
    static Channel channel(ChannelArn channel) {
        return new Channel(Optional.empty(), channel, Optional.empty());
    }

    /**
     * Broadcasts the composition to a channel.
     *
     * @param channel the channel; it must be offline, in the stage's account and region
     * @param encoderConfiguration how to encode the video
     * @return the destination
     */
    static Channel channel(ChannelArn channel, EncoderConfigurationArn encoderConfiguration) {
        return new Channel(Optional.empty(), channel, Optional.of(Check.notNull("encoderConfiguration",
                encoderConfiguration)));
    }

    /**
     * Records the composition to S3 as HLS.
     *
     * @param storageConfiguration the bucket
     * @param encoderConfiguration how to encode the video
     * @return the destination
     */
    static S3 s3(StorageConfigurationArn storageConfiguration, EncoderConfigurationArn encoderConfiguration) {
        return new S3(Optional.empty(), storageConfiguration, encoderConfiguration, Optional.empty(), Optional.empty());
    }

    /**
     * A channel destination.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param name a name for the destination
     * @param channel the channel to broadcast to
     * @param encoderConfiguration how to encode; empty for IVS's default
     */
    record Channel(Optional<String> name, ChannelArn channel, Optional<EncoderConfigurationArn> encoderConfiguration)
            implements CompositionDestination {
        /** Checks that no component is null. */
        public Channel {
            Check.notNull("name", name);
            Check.notNull("channel", channel);
            Check.notNull("encoderConfiguration", encoderConfiguration);
        }

        /**
         * This destination with a name.
         *
         * @param name the name
         * @return a new destination
         */
        public Channel withName(String name) {
            return new Channel(Optional.of(Check.notNull("name", name)), channel, encoderConfiguration);
        }
    }

    /**
     * An S3 recording destination, written as HLS.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param name a name for the destination
     * @param storageConfiguration the bucket
     * @param encoderConfiguration how to encode
     * @param hlsSegmentDuration the target length of HLS segments, 2 to 10 whole seconds; empty for IVS's default
     * @param thumbnails thumbnails to take; none by default
     */
    record S3(Optional<String> name, StorageConfigurationArn storageConfiguration,
              EncoderConfigurationArn encoderConfiguration, Optional<Duration> hlsSegmentDuration,
              Optional<Thumbnails> thumbnails) implements CompositionDestination {
        /** Checks that no component is null. */
        public S3 {
            Check.notNull("name", name);
            Check.notNull("storageConfiguration", storageConfiguration);
            Check.notNull("encoderConfiguration", encoderConfiguration);
            Check.notNull("hlsSegmentDuration", hlsSegmentDuration);
            Check.notNull("thumbnails", thumbnails);
        }

        /**
         * This destination with a name.
         *
         * @param name the name
         * @return a new destination
         */
        public S3 withName(String name) {
            return new S3(Optional.of(Check.notNull("name", name)), storageConfiguration, encoderConfiguration,
                    hlsSegmentDuration, thumbnails);
        }

        /**
         * This destination with another HLS segment length.
         *
         * @param segmentDuration 2 to 10 whole seconds
         * @return a new destination
         */
        public S3 withHlsSegmentDuration(Duration segmentDuration) {
            return new S3(name, storageConfiguration, encoderConfiguration,
                    Optional.of(Check.notNull("hlsSegmentDuration", segmentDuration)), thumbnails);
        }

        /**
         * This destination, taking thumbnails.
         *
         * @param thumbnails the thumbnail settings
         * @return a new destination
         */
        public S3 withThumbnails(Thumbnails thumbnails) {
            return new S3(name, storageConfiguration, encoderConfiguration, hlsSegmentDuration,
                    Optional.of(Check.notNull("thumbnails", thumbnails)));
        }
    }
}
