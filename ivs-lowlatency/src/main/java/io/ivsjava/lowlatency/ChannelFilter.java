package io.ivsjava.lowlatency;

import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;

/**
 * Narrows {@link IvsLowLatency#listChannels(ChannelFilter)} to the channels with one name, one recording
 * configuration or one playback restriction policy. IVS applies one filter per list.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface ChannelFilter {
    /**
     * Channels with exactly this name.
     *
     * @param name a channel name
     * @return the filter
     */
    static ChannelFilter byName(String name) {
        return new ByName(name);
    }

    /**
     * Channels that record with this configuration.
     *
     * @param arn the recording configuration
     * @return the filter
     */
    static ChannelFilter byRecordingConfiguration(RecordingConfigurationArn arn) {
        return new ByRecordingConfiguration(arn);
    }

    /**
     * Channels restricted by this policy.
     *
     * @param arn the playback restriction policy
     * @return the filter
     */
    static ChannelFilter byPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn) {
        return new ByPlaybackRestrictionPolicy(arn);
    }

    /**
     * Channels with exactly this name. Immutable; safe to share between threads.
     *
     * @param name the name: letters, digits, {@code -} and {@code _}, at most 128 characters
     */
    record ByName(String name) implements ChannelFilter {
        /** Checks the name. */
        public ByName {
            Check.name("filter.name", name);
        }
    }

    /**
     * Channels that record with a configuration. Immutable; safe to share between threads.
     *
     * @param arn the configuration
     */
    record ByRecordingConfiguration(RecordingConfigurationArn arn) implements ChannelFilter {
        /** Checks that the ARN is present. */
        public ByRecordingConfiguration {
            Check.notNull("filter.recordingConfiguration", arn);
        }
    }

    /**
     * Channels restricted by a policy. Immutable; safe to share between threads.
     *
     * @param arn the policy
     */
    record ByPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn) implements ChannelFilter {
        /** Checks that the ARN is present. */
        public ByPlaybackRestrictionPolicy {
            Check.notNull("filter.playbackRestrictionPolicy", arn);
        }
    }
}
