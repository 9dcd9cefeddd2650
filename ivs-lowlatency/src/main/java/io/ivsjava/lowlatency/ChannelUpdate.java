package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.internal.Checks;
import java.util.Optional;

/**
 * Changes to a channel's settings: what is set changes, the rest stays as it is.
 *
 * <pre>{@code
 * Channel updated = ivs.updateChannel(channel, ChannelUpdate.builder()
 *         .latencyMode(LatencyMode.NORMAL)
 *         .stopRecording()
 *         .build());
 * }</pre>
 *
 * <p>A live channel cannot be updated ({@link io.ivsjava.core.IvsConflictException}): stop its stream first.
 *
 * <p>Immutable; safe to share between threads. Every limit is checked when the update is built, before any call.
 *
 * @param name the new name; empty to keep it
 * @param type the new type; empty to keep it
 * @param latencyMode the new latency mode; empty to keep it
 * @param authorized whether playback needs a token from now on; empty to keep it
 * @param insecureIngest whether insecure ingest is allowed from now on; empty to keep it
 * @param preset the new transcode preset; empty to keep it
 * @param containerFormat the new container format; empty to keep it
 * @param multitrackInput empty to keep the setting; an empty value inside to turn multitrack input off
 * @param recordingConfiguration empty to keep it; an empty value inside to stop recording
 * @param playbackRestrictionPolicy empty to keep it; an empty value inside to remove the restriction
 */
public record ChannelUpdate(Optional<String> name, Optional<ChannelType> type, Optional<LatencyMode> latencyMode,
                            Optional<Boolean> authorized, Optional<Boolean> insecureIngest,
                            Optional<TranscodePreset> preset, Optional<ContainerFormat> containerFormat,
                            Optional<Optional<MultitrackInput>> multitrackInput,
                            Optional<Optional<RecordingConfigurationArn>> recordingConfiguration,
                            Optional<Optional<PlaybackRestrictionPolicyArn>> playbackRestrictionPolicy) {
    /**
     * Validates every field that is set, and the rules between fields that are set together.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public ChannelUpdate {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        Check.notNull("type", type).ifPresent(t -> Check.known("type", t));
        Check.notNull("latencyMode", latencyMode).ifPresent(m -> Check.known("latencyMode", m));
        Check.notNull("authorized", authorized);
        Check.notNull("insecureIngest", insecureIngest);
        Check.notNull("preset", preset).ifPresent(p -> {
            Check.known("preset", p);
            type.filter(t -> t != ChannelType.ADVANCED_SD && t != ChannelType.ADVANCED_HD).ifPresent(t -> {
                throw IvsValidationException.invalid("preset", "is set for a " + t + " channel; only ADVANCED_SD "
                        + "and ADVANCED_HD channels take a preset");
            });
        });
        Check.notNull("containerFormat", containerFormat).ifPresent(f -> Check.known("containerFormat", f));
        Check.notNull("multitrackInput", multitrackInput).ifPresent(change -> Check.notNull("multitrackInput", change)
                .ifPresent(m -> {
                    Checks.multitrack(m, type.orElse(null));
                    if (containerFormat.filter(f -> f != ContainerFormat.FRAGMENTED_MP4).isPresent()) {
                        throw IvsValidationException.invalid("containerFormat", "is " + containerFormat.get()
                                + "; multitrack input needs FRAGMENTED_MP4");
                    }
                }));
        Check.notNull("recordingConfiguration", recordingConfiguration)
                .ifPresent(change -> Check.notNull("recordingConfiguration", change));
        Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy)
                .ifPresent(change -> Check.notNull("playbackRestrictionPolicy", change));
    }

    /**
     * A builder that changes nothing yet.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link ChannelUpdate}. Not thread-safe. */
    public static final class Builder {
        private Optional<String> name = Optional.empty();
        private Optional<ChannelType> type = Optional.empty();
        private Optional<LatencyMode> latencyMode = Optional.empty();
        private Optional<Boolean> authorized = Optional.empty();
        private Optional<Boolean> insecureIngest = Optional.empty();
        private Optional<TranscodePreset> preset = Optional.empty();
        private Optional<ContainerFormat> containerFormat = Optional.empty();
        private Optional<Optional<MultitrackInput>> multitrackInput = Optional.empty();
        private Optional<Optional<RecordingConfigurationArn>> recordingConfiguration = Optional.empty();
        private Optional<Optional<PlaybackRestrictionPolicyArn>> playbackRestrictionPolicy = Optional.empty();

        private Builder() {
        }

        /**
         * Renames the channel.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; empty for no name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Optional.of(Check.notNull("name", name));
            return this;
        }

        /**
         * Changes the channel type.
         *
         * @param type the type
         * @return this builder
         */
        public Builder type(ChannelType type) {
            this.type = Optional.of(Check.notNull("type", type));
            return this;
        }

        /**
         * Changes the latency mode.
         *
         * @param latencyMode the mode
         * @return this builder
         */
        public Builder latencyMode(LatencyMode latencyMode) {
            this.latencyMode = Optional.of(Check.notNull("latencyMode", latencyMode));
            return this;
        }

        /**
         * Makes the channel private (playback needs a token) or public.
         *
         * @param authorized true for private
         * @return this builder
         */
        public Builder authorized(boolean authorized) {
            this.authorized = Optional.of(authorized);
            return this;
        }

        /**
         * Allows or forbids unencrypted ingest.
         *
         * @param insecureIngest true to allow it
         * @return this builder
         */
        public Builder insecureIngest(boolean insecureIngest) {
            this.insecureIngest = Optional.of(insecureIngest);
            return this;
        }

        /**
         * Changes the transcode preset of an advanced channel.
         *
         * @param preset the preset
         * @return this builder
         */
        public Builder preset(TranscodePreset preset) {
            this.preset = Optional.of(Check.notNull("preset", preset));
            return this;
        }

        /**
         * Changes the container format.
         *
         * @param containerFormat the format
         * @return this builder
         */
        public Builder containerFormat(ContainerFormat containerFormat) {
            this.containerFormat = Optional.of(Check.notNull("containerFormat", containerFormat));
            return this;
        }

        /**
         * Turns multitrack input on, or changes its setting.
         *
         * @param multitrackInput the setting
         * @return this builder
         */
        public Builder multitrackInput(MultitrackInput multitrackInput) {
            this.multitrackInput = Optional.of(Optional.of(Check.notNull("multitrackInput", multitrackInput)));
            return this;
        }

        /**
         * Turns multitrack input off.
         *
         * @return this builder
         */
        public Builder disableMultitrackInput() {
            this.multitrackInput = Optional.of(Optional.empty());
            return this;
        }

        /**
         * Records every broadcast with this configuration from now on.
         *
         * @param recordingConfiguration an active recording configuration
         * @return this builder
         */
        public Builder recordingConfiguration(RecordingConfigurationArn recordingConfiguration) {
            this.recordingConfiguration = Optional.of(Optional.of(
                    Check.notNull("recordingConfiguration", recordingConfiguration)));
            return this;
        }

        /**
         * Stops recording: detaches the recording configuration, which can then be deleted.
         *
         * @return this builder
         */
        public Builder stopRecording() {
            this.recordingConfiguration = Optional.of(Optional.empty());
            return this;
        }

        /**
         * Restricts playback with this policy from now on.
         *
         * @param playbackRestrictionPolicy the policy
         * @return this builder
         */
        public Builder playbackRestrictionPolicy(PlaybackRestrictionPolicyArn playbackRestrictionPolicy) {
            this.playbackRestrictionPolicy = Optional.of(Optional.of(
                    Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy)));
            return this;
        }

        /**
         * Removes the playback restriction: the channel plays everywhere again.
         *
         * @return this builder
         */
        public Builder removePlaybackRestrictionPolicy() {
            this.playbackRestrictionPolicy = Optional.of(Optional.empty());
            return this;
        }

        /**
         * Checks every limit and builds the update.
         *
         * @return the update
         * @throws IvsValidationException naming the first field out of bounds
         */
        public ChannelUpdate build() {
            return new ChannelUpdate(name, type, latencyMode, authorized, insecureIngest, preset, containerFormat,
                    multitrackInput, recordingConfiguration, playbackRestrictionPolicy);
        }
    }
}
