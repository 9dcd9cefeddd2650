package io.ivsjava.realtime;

import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * An encoder configuration: the video settings a composition encodes its destinations with.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn its ARN
 * @param name its name; may be empty
 * @param video resolution, frame rate and bitrate
 * @param tags its AWS tags
 */
public record EncoderConfiguration(EncoderConfigurationArn arn, String name, Video video, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public EncoderConfiguration {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("video", video);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
