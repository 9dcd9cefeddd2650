package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A channel as listed by {@link IvsLowLatency#listChannels()}: without ingest, playback and multitrack details;
 * use {@link IvsLowLatency#getChannel(ChannelArn)} for those.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the channel's ARN
 * @param name the channel's name; may be empty
 * @param type what the channel does with the video it receives
 * @param latencyMode how far behind live viewers are
 * @param authorized whether playback needs a signed playback token
 * @param insecureIngest whether the channel also takes unencrypted ingest
 * @param preset the transcode preset of an advanced channel; empty for other types
 * @param recordingConfiguration where the channel records to; empty when it does not record
 * @param playbackRestrictionPolicy the countries and origins allowed to play; empty when unrestricted
 * @param tags the channel's AWS tags
 * @param unknownValues names IVS sent that this version does not know, by field; usually empty
 */
public record ChannelSummary(ChannelArn arn, String name, ChannelType type, LatencyMode latencyMode,
                             boolean authorized, boolean insecureIngest, Optional<TranscodePreset> preset,
                             Optional<RecordingConfigurationArn> recordingConfiguration,
                             Optional<PlaybackRestrictionPolicyArn> playbackRestrictionPolicy,
                             Map<String, String> tags, Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public ChannelSummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("type", type);
        Check.notNull("latencyMode", latencyMode);
        Check.notNull("preset", preset);
        Check.notNull("recordingConfiguration", recordingConfiguration);
        Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy);
        tags = Map.copyOf(Check.notNull("tags", tags));
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
