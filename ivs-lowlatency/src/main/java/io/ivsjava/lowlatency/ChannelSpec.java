package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to create a channel with: every option IVS has, with IVS's defaults.
 *
 * <pre>{@code
 * ChannelSpec spec = ChannelSpec.builder()
 *         .name("cat-42")
 *         .type(ChannelType.STANDARD)
 *         .latencyMode(LatencyMode.LOW)
 *         .authorized(true)                          // private: plays only with a playback token
 *         .recordingConfiguration(recording.arn())   // record every broadcast to S3
 *         .tag("owner", "user-42")
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked when the spec is built, before any call to
 * IVS, including the rules between fields that IVS documents: a preset only for advanced channels, multitrack input
 * only for standard channels with fragmented MP4.
 *
 * @param name the channel name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param type what the channel does with its input; default {@link ChannelType#STANDARD}
 * @param latencyMode how far behind live viewers are; default {@link LatencyMode#LOW}
 * @param authorized whether playback needs a signed playback token; default false
 * @param insecureIngest whether the channel also takes unencrypted RTMP and SRT without a passphrase; default false
 * @param preset the transcode preset, advanced channel types only; default empty (IVS picks
 *     {@link TranscodePreset#HIGHER_BANDWIDTH_DELIVERY} for advanced channels)
 * @param containerFormat how HLS segments are packaged; default empty: {@link ContainerFormat#TS}, or
 *     {@link ContainerFormat#FRAGMENTED_MP4} with multitrack input
 * @param multitrackInput multitrack input, standard channels only; default empty (off)
 * @param recordingConfiguration where to record every broadcast; default empty (no recording)
 * @param playbackRestrictionPolicy the countries and origins allowed to play; default empty (unrestricted)
 * @param tags AWS tags, at most 50
 */
public record ChannelSpec(String name, ChannelType type, LatencyMode latencyMode, boolean authorized,
                          boolean insecureIngest, Optional<TranscodePreset> preset,
                          Optional<ContainerFormat> containerFormat, Optional<MultitrackInput> multitrackInput,
                          Optional<RecordingConfigurationArn> recordingConfiguration,
                          Optional<PlaybackRestrictionPolicyArn> playbackRestrictionPolicy,
                          Map<String, String> tags) {
    /**
     * Validates every field against the IVS limits.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public ChannelSpec {
        Check.name("name", name);
        Check.known("type", type);
        Check.known("latencyMode", latencyMode);
        Check.notNull("preset", preset).ifPresent(p -> {
            Check.known("preset", p);
            if (type != ChannelType.ADVANCED_SD && type != ChannelType.ADVANCED_HD) {
                throw IvsValidationException.invalid("preset", "is set for a " + type + " channel; only ADVANCED_SD "
                        + "and ADVANCED_HD channels take a preset");
            }
        });
        Check.notNull("containerFormat", containerFormat).ifPresent(f -> Check.known("containerFormat", f));
        Check.notNull("multitrackInput", multitrackInput).ifPresent(m -> {
            Checks.multitrack(m, type);
            if (containerFormat.filter(f -> f != ContainerFormat.FRAGMENTED_MP4).isPresent()) {
                throw IvsValidationException.invalid("containerFormat", "is " + containerFormat.get()
                        + "; multitrack input needs FRAGMENTED_MP4");
            }
        });
        Check.notNull("recordingConfiguration", recordingConfiguration);
        Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy);
        tags = Map.copyOf(Checks.tags("tags", tags));
    }

    /**
     * The container format IVS will use: the one set, else fragmented MP4 with multitrack input, else TS.
     *
     * @return the format
     */
    public ContainerFormat effectiveContainerFormat() {
        return containerFormat.orElse(multitrackInput.isPresent() ? ContainerFormat.FRAGMENTED_MP4 : ContainerFormat.TS);
    }

    /**
     * A builder holding the IVS defaults: no name, standard type, low latency, public playback, secure ingest only,
     * no preset, recording, restriction policy, multitrack input or tags.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link ChannelSpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private ChannelType type = ChannelType.STANDARD;
        private LatencyMode latencyMode = LatencyMode.LOW;
        private boolean authorized;
        private boolean insecureIngest;
        private TranscodePreset preset;
        private ContainerFormat containerFormat;
        private MultitrackInput multitrackInput;
        private RecordingConfigurationArn recordingConfiguration;
        private PlaybackRestrictionPolicyArn playbackRestrictionPolicy;
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The channel name; default empty.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Check.notNull("name", name);
            return this;
        }

        /**
         * The channel type; default {@link ChannelType#STANDARD}.
         *
         * @param type basic, standard, advanced SD or advanced HD
         * @return this builder
         */
        public Builder type(ChannelType type) {
            this.type = Check.notNull("type", type);
            return this;
        }

        /**
         * The latency mode; default {@link LatencyMode#LOW}.
         *
         * @param latencyMode low or normal
         * @return this builder
         */
        public Builder latencyMode(LatencyMode latencyMode) {
            this.latencyMode = Check.notNull("latencyMode", latencyMode);
            return this;
        }

        /**
         * Whether playback needs a signed playback token (a private channel); default false.
         *
         * @param authorized true for a private channel
         * @return this builder
         */
        public Builder authorized(boolean authorized) {
            this.authorized = authorized;
            return this;
        }

        /**
         * Whether the channel also takes unencrypted RTMP and SRT without a passphrase; default false.
         *
         * @param insecureIngest true to allow insecure ingest
         * @return this builder
         */
        public Builder insecureIngest(boolean insecureIngest) {
            this.insecureIngest = insecureIngest;
            return this;
        }

        /**
         * The transcode preset of an advanced channel; default none (IVS picks higher-bandwidth delivery).
         *
         * @param preset the preset
         * @return this builder
         */
        public Builder preset(TranscodePreset preset) {
            this.preset = Check.notNull("preset", preset);
            return this;
        }

        /**
         * How HLS segments are packaged; default TS, or fragmented MP4 with multitrack input.
         *
         * @param containerFormat the format
         * @return this builder
         */
        public Builder containerFormat(ContainerFormat containerFormat) {
            this.containerFormat = Check.notNull("containerFormat", containerFormat);
            return this;
        }

        /**
         * Turns multitrack input on; default off.
         *
         * @param multitrackInput the setting, such as {@code MultitrackInput.allowed(Resolution.FULL_HD)}
         * @return this builder
         */
        public Builder multitrackInput(MultitrackInput multitrackInput) {
            this.multitrackInput = Check.notNull("multitrackInput", multitrackInput);
            return this;
        }

        /**
         * Records every broadcast with this configuration; default no recording.
         *
         * @param recordingConfiguration an active recording configuration
         * @return this builder
         */
        public Builder recordingConfiguration(RecordingConfigurationArn recordingConfiguration) {
            this.recordingConfiguration = Check.notNull("recordingConfiguration", recordingConfiguration);
            return this;
        }

        /**
         * Restricts playback to the countries and origins of this policy; default unrestricted.
         *
         * @param playbackRestrictionPolicy the policy
         * @return this builder
         */
        public Builder playbackRestrictionPolicy(PlaybackRestrictionPolicyArn playbackRestrictionPolicy) {
            this.playbackRestrictionPolicy = Check.notNull("playbackRestrictionPolicy", playbackRestrictionPolicy);
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key 1 to 128 characters
         * @param value 0 to 256 characters
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags keys to values
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags.putAll(Check.notNull("tags", tags));
            return this;
        }

        /**
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public ChannelSpec build() {
            return new ChannelSpec(name, type, latencyMode, authorized, insecureIngest, Optional.ofNullable(preset),
                    Optional.ofNullable(containerFormat), Optional.ofNullable(multitrackInput),
                    Optional.ofNullable(recordingConfiguration), Optional.ofNullable(playbackRestrictionPolicy), tags);
        }
    }
}
