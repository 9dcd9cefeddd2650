package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to create an ingest configuration with: the stage an RTMP(S) encoder publishes into, the participant it
 * appears as, and the protocol. With {@link IngestConfiguration.Protocol#RTMP}, the library also tells IVS to
 * allow the unencrypted ingest that protocol needs.
 *
 * <pre>{@code
 * IngestConfigurationSpec spec = IngestConfigurationSpec.builder()
 *         .stage(stage.arn())
 *         .userId("obs-studio")
 *         .build();                     // RTMPS by default
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked by {@link Builder#build()}, before any call.
 *
 * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param stage the stage to publish into; empty to attach it later with
 *     {@link IvsRealTime#updateIngestConfiguration}
 * @param protocol the protocol the encoder uses; default {@link IngestConfiguration.Protocol#RTMPS}
 * @param userId the participant's user id, at most 128 characters
 * @param attributes the participant's attributes, at most 1 KB in total
 * @param tags AWS tags, at most 50
 */
public record IngestConfigurationSpec(String name, Optional<StageArn> stage, IngestConfiguration.Protocol protocol,
                                      Optional<String> userId, Map<String, String> attributes,
                                      Map<String, String> tags) {
    /**
     * Validates every field against the IVS limits.
     *
     * @throws IvsValidationException naming the field at fault
     */
    public IngestConfigurationSpec {
        Check.name("name", name);
        Check.notNull("stageArn", stage);
        Check.known("ingestProtocol", Check.notNull("ingestProtocol", protocol));
        attributes = ParticipantChecks.role(userId, attributes);
        tags = Map.copyOf(Check.tags("tags", tags));
    }

    /**
     * A builder starting from an unnamed RTMPS configuration with no stage.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects an {@link IngestConfigurationSpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private StageArn stage;
        private IngestConfiguration.Protocol protocol = IngestConfiguration.Protocol.RTMPS;
        private String userId;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The configuration's name.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The stage to publish into.
         *
         * @param stage the stage's ARN
         * @return this builder
         */
        public Builder stage(StageArn stage) {
            this.stage = Check.notNull("stageArn", stage);
            return this;
        }

        /**
         * The protocol the encoder uses.
         *
         * @param protocol RTMPS (encrypted) or RTMP
         * @return this builder
         */
        public Builder protocol(IngestConfiguration.Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * The participant's user id.
         *
         * @param userId at most 128 characters
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = Check.notNull("userId", userId);
            return this;
        }

        /**
         * Adds an attribute of the participant, shown to every participant of the stage.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            attributes.put(key, value);
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
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public IngestConfigurationSpec build() {
            return new IngestConfigurationSpec(name, Optional.ofNullable(stage), protocol, Optional.ofNullable(userId),
                    attributes, tags);
        }
    }
}
