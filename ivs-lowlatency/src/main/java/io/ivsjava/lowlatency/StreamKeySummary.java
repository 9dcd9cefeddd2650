package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * A stream key as listed by {@link IvsLowLatency#listStreamKeys(ChannelArn)}: without its secret value; read that
 * with {@link IvsLowLatency#getStreamKey(StreamKeyArn)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the key's ARN
 * @param channel the channel it broadcasts to
 * @param tags the key's AWS tags
 */
public record StreamKeySummary(StreamKeyArn arn, ChannelArn channel, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public StreamKeySummary {
        Check.notNull("arn", arn);
        Check.notNull("channel", channel);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
