package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A channel: the low-latency path of IVS. A broadcaster sends RTMPS or SRT to its {@link #ingest()} endpoint with
 * the channel's stream key, and viewers play its {@link #playbackUrl()} over HLS.
 *
 * <p>A value IVS introduces after this version of ivs-java (a new channel type, say) never makes reading a channel
 * fail: the field reads {@code UNKNOWN} and {@link #unknownValues()} keeps the name IVS sent.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} shows no secret.
 *
 * @param arn the channel's ARN
 * @param name the channel's name; may be empty
 * @param type what the channel does with the video it receives
 * @param latencyMode how far behind live viewers are
 * @param authorized whether playback needs a signed playback token (a private channel)
 * @param insecureIngest whether the channel also takes unencrypted RTMP and SRT without a passphrase
 * @param preset the transcode preset of an advanced channel; empty for other types
 * @param containerFormat how HLS segments are packaged
 * @param multitrackInput the multitrack input setting; empty when multitrack input is off
 * @param recordingConfiguration where the channel records to; empty when it does not record
 * @param playbackRestrictionPolicy the countries and origins allowed to play; empty when unrestricted
 * @param ingest where the broadcaster sends video
 * @param playbackUrl where viewers play it
 * @param tags the channel's AWS tags
 * @param unknownValues names IVS sent that this version does not know, by field ({@code type},
 *     {@code multitrackInput.policy}...); usually empty
 */
public record Channel(ChannelArn arn, String name, ChannelType type, LatencyMode latencyMode, boolean authorized,
                      boolean insecureIngest, Optional<TranscodePreset> preset, ContainerFormat containerFormat,
                      Optional<MultitrackInput> multitrackInput,
                      Optional<RecordingConfigurationArn> recordingConfiguration,
                      Optional<PlaybackRestrictionPolicyArn> playbackRestrictionPolicy, IngestEndpoint ingest,
                      PlaybackUrl playbackUrl, Map<String, String> tags, Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public Channel {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("type", type);
        Check.notNull("latencyMode", latencyMode);
        Check.notNull("preset", preset);
        Check.notNull("containerFormat", containerFormat);
        Check.notNull("multitrackInput", multitrackInput);
        Check.notNull("recordingConfiguration", recordingConfiguration);
        Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy);
        Check.notNull("ingest", ingest);
        Check.notNull("playbackUrl", playbackUrl);
        tags = Map.copyOf(Check.notNull("tags", tags));
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
