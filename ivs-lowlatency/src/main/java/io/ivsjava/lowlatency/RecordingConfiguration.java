package io.ivsjava.lowlatency;

import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A recording configuration: channels that name it record every broadcast (video, and thumbnails) to its S3
 * bucket.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the configuration's ARN
 * @param name its name; may be empty
 * @param s3Bucket the bucket recordings go to
 * @param state whether channels can record with it yet
 * @param thumbnails the thumbnail settings, as IVS reports them
 * @param renditions the recorded renditions, as IVS reports them
 * @param reconnectWindow how long a broadcast may drop and still be one recording
 * @param tags its AWS tags
 * @param unknownValues names IVS sent that this version does not know, by field ({@code state},
 *     {@code thumbnails.storage[0]}...); usually empty
 */
public record RecordingConfiguration(RecordingConfigurationArn arn, String name, String s3Bucket,
                                     RecordingState state, Optional<ThumbnailSettings> thumbnails,
                                     Optional<RenditionSettings> renditions, Duration reconnectWindow,
                                     Map<String, String> tags, Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public RecordingConfiguration {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("s3Bucket", s3Bucket);
        Check.notNull("state", state);
        Check.notNull("thumbnails", thumbnails);
        Check.notNull("renditions", renditions);
        Check.notNull("reconnectWindow", reconnectWindow);
        tags = Map.copyOf(Check.notNull("tags", tags));
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
