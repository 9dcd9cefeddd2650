package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a low-latency channel: {@code arn:aws:ivs:<region>:<account>:channel/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#CHANNEL}
 */
public record ChannelArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a low-latency channel. */
    public ChannelArn {
        Check.notNull("channelArn", arn).requireType("channelArn", ResourceType.CHANNEL);
    }

    /**
     * Parses a channel ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code channelArn} if the text is not a channel ARN
     */
    public static ChannelArn parse(String arn) {
        return new ChannelArn(IvsArn.parse("channelArn", arn, ResourceType.CHANNEL));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
