package io.ivsjava.realtime;

import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * An encoder configuration as listed by {@link IvsRealTime#listEncoderConfigurations()}: without its video
 * settings; use {@link IvsRealTime#getEncoderConfiguration} for those.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn its ARN
 * @param name its name; may be empty
 * @param tags its AWS tags
 */
public record EncoderConfigurationSummary(EncoderConfigurationArn arn, String name, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public EncoderConfigurationSummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
