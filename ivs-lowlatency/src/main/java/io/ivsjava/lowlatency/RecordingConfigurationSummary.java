package io.ivsjava.lowlatency;

import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * A recording configuration as listed by {@link IvsLowLatency#listRecordingConfigurations()}: without thumbnail,
 * rendition and reconnect settings; read those with
 * {@link IvsLowLatency#getRecordingConfiguration(RecordingConfigurationArn)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the configuration's ARN
 * @param name its name; may be empty
 * @param s3Bucket the bucket recordings go to
 * @param state whether channels can record with it yet
 * @param tags its AWS tags
 * @param unknownValues names IVS sent that this version does not know, by field; usually empty
 */
public record RecordingConfigurationSummary(RecordingConfigurationArn arn, String name, String s3Bucket,
                                            RecordingState state, Map<String, String> tags,
                                            Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public RecordingConfigurationSummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("s3Bucket", s3Bucket);
        Check.notNull("state", state);
        tags = Map.copyOf(Check.notNull("tags", tags));
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
