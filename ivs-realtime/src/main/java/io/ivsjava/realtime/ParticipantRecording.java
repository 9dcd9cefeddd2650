package io.ivsjava.realtime;

import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * Automatic recording of each publisher of a stage, one recording per participant, into the S3 bucket of a
 * storage configuration. Set it when creating a stage ({@link StageSpec.Builder#autoParticipantRecording}) or
 * later ({@link StageUpdate}); a stage returned by IVS carries it when it records.
 *
 * <pre>{@code
 * ParticipantRecording.to(storage.arn())                       // IVS's defaults
 * ParticipantRecording.builder(storage.arn())
 *         .mediaType(ParticipantRecording.MediaType.AUDIO_ONLY)
 *         .reconnectWindow(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 *
 * <p>Checked against the IVS limits when sent, with the field path of each value. Immutable; safe to share between
 * threads.
 *
 * @param storageConfiguration where recordings go
 * @param mediaType what is recorded; default {@link MediaType#AUDIO_VIDEO}
 * @param thumbnails thumbnails to take from each recording; default none
 * @param reconnectWindow a publisher reconnecting within this time continues the same recording; 0 to 300 whole
 *     seconds, default 0 (every reconnection starts a new recording)
 * @param hlsSegmentDuration the target length of the recordings' HLS segments, 2 to 10 whole seconds; default
 *     IVS's (6 seconds)
 * @param recordReplicas whether participants replicated into the stage from another are recorded too; default true
 */
public record ParticipantRecording(StorageConfigurationArn storageConfiguration, MediaType mediaType,
                                   Optional<Thumbnails> thumbnails, Duration reconnectWindow,
                                   Optional<Duration> hlsSegmentDuration, boolean recordReplicas) {

    /** What a participant recording holds. Immutable; safe to share between threads. */
    public enum MediaType {
        /** Audio and video. */
        AUDIO_VIDEO,
        /** Audio only. */
        AUDIO_ONLY,
        /** Nothing but thumbnails, if configured. */
        NONE,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** Checks that no component is null. */
    public ParticipantRecording {
        Check.notNull("storageConfiguration", storageConfiguration);
        Check.notNull("mediaType", mediaType);
        Check.notNull("thumbnails", thumbnails);
        Check.notNull("reconnectWindow", reconnectWindow);
        Check.notNull("hlsSegmentDuration", hlsSegmentDuration);
    }

    /**
     * Recording with IVS's defaults: audio and video, no thumbnails, no reconnect window, replicas recorded.
     *
     * @param storageConfiguration where recordings go
     * @return the recording settings
     */
    public static ParticipantRecording to(StorageConfigurationArn storageConfiguration) {
        return builder(storageConfiguration).build();
    }

    /**
     * A builder starting from IVS's defaults.
     *
     * @param storageConfiguration where recordings go
     * @return the builder
     */
    public static Builder builder(StorageConfigurationArn storageConfiguration) {
        return new Builder(Check.notNull("storageConfiguration", storageConfiguration));
    }

    /** Collects a {@link ParticipantRecording}. Not thread-safe. */
    public static final class Builder {
        private final StorageConfigurationArn storageConfiguration;
        private MediaType mediaType = MediaType.AUDIO_VIDEO;
        private Thumbnails thumbnails;
        private Duration reconnectWindow = Duration.ZERO;
        private Duration hlsSegmentDuration;
        private boolean recordReplicas = true;

        private Builder(StorageConfigurationArn storageConfiguration) {
            this.storageConfiguration = storageConfiguration;
        }

        /**
         * What is recorded.
         *
         * @param mediaType audio and video, audio only, or none
         * @return this builder
         */
        public Builder mediaType(MediaType mediaType) {
            this.mediaType = Check.notNull("mediaType", mediaType);
            return this;
        }

        /**
         * Thumbnails to take from each recording.
         *
         * @param thumbnails the thumbnail settings
         * @return this builder
         */
        public Builder thumbnails(Thumbnails thumbnails) {
            this.thumbnails = Check.notNull("thumbnails", thumbnails);
            return this;
        }

        /**
         * How long a publisher may be away and still continue the same recording.
         *
         * @param reconnectWindow 0 to 300 whole seconds
         * @return this builder
         */
        public Builder reconnectWindow(Duration reconnectWindow) {
            this.reconnectWindow = Check.notNull("reconnectWindow", reconnectWindow);
            return this;
        }

        /**
         * The target length of the HLS segments.
         *
         * @param hlsSegmentDuration 2 to 10 whole seconds
         * @return this builder
         */
        public Builder hlsSegmentDuration(Duration hlsSegmentDuration) {
            this.hlsSegmentDuration = Check.notNull("hlsSegmentDuration", hlsSegmentDuration);
            return this;
        }

        /**
         * Whether participants replicated into the stage are recorded too.
         *
         * @param recordReplicas false to leave replicas out
         * @return this builder
         */
        public Builder recordReplicas(boolean recordReplicas) {
            this.recordReplicas = recordReplicas;
            return this;
        }

        /**
         * Builds the settings; the limits are checked when they are sent.
         *
         * @return the settings
         */
        public ParticipantRecording build() {
            return new ParticipantRecording(storageConfiguration, mediaType, Optional.ofNullable(thumbnails),
                    reconnectWindow, Optional.ofNullable(hlsSegmentDuration), recordReplicas);
        }
    }
}
