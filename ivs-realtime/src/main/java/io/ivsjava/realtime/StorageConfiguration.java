package io.ivsjava.realtime;

import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * A storage configuration: the S3 bucket that compositions and participant recordings write to. The bucket must
 * exist, in the same region, and allow IVS to write.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn its ARN
 * @param name its name; may be empty
 * @param bucketName the S3 bucket
 * @param tags its AWS tags
 */
public record StorageConfiguration(StorageConfigurationArn arn, String name, String bucketName,
                                   Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public StorageConfiguration {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("bucketName", bucketName);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
