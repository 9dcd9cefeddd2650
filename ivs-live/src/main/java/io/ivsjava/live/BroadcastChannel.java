package io.ivsjava.live;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.PlaybackUrl;

/**
 * The channel of a broadcast: its ARN, the HLS URL viewers play, and whether playback needs a signed token.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the channel's ARN
 * @param playbackUrl the HLS playback URL
 * @param privatePlayback whether the channel is private (authorized): viewers need a playback token
 */
public record BroadcastChannel(ChannelArn arn, PlaybackUrl playbackUrl, boolean privatePlayback) {
    /**
     * Checks that no component is null and that the URL plays this channel.
     *
     * @throws IvsValidationException naming {@code channel.playbackUrl} if it plays another channel
     */
    public BroadcastChannel {
        Check.notNull("channel.arn", arn);
        Check.notNull("channel.playbackUrl", playbackUrl);
        playbackUrl.channelId().filter(id -> !id.equals(arn.id())).ifPresent(id -> {
            throw IvsValidationException.invalid("channel.playbackUrl", "plays channel " + id + ", not " + arn.id());
        });
    }
}
