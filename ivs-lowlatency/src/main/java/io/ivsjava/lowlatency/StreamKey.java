package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * A channel's stream key: the secret that lets an encoder broadcast to the channel. Anyone who has it can go live
 * on the channel, so it never appears in {@link #toString()} or in the library's logs.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the key's ARN
 * @param channel the channel it broadcasts to
 * @param value the secret value, {@code sk_<region>_...}
 * @param tags the key's AWS tags
 */
public record StreamKey(StreamKeyArn arn, ChannelArn channel, String value, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public StreamKey {
        Check.notNull("arn", arn);
        Check.notNull("channel", channel);
        Check.notNull("value", value);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }

    /** {@return the key's ARN and channel; the value is redacted} */
    @Override
    public String toString() {
        return "StreamKey[arn=" + arn + ", channel=" + channel + ", value=<redacted>, tags=" + tags + "]";
    }
}
