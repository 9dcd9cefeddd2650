package io.ivsjava.realtime;

import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * An ingest configuration: the credentials with which an RTMP(S) encoder, such as OBS, publishes into a stage as
 * a participant. The encoder sends to the stage's {@link StageEndpoints#rtmps() rtmps} (or {@code rtmp}) endpoint
 * with {@link #streamKey()}.
 *
 * <p>Immutable; safe to share between threads. The stream key is a secret: {@link #toString()} never shows it.
 *
 * @param arn its ARN
 * @param name its name; may be empty
 * @param protocol the protocol the encoder uses
 * @param streamKey the secret stream key
 * @param stage the stage it publishes into; empty if detached
 * @param participantId the participant the encoder appears as
 * @param state whether an encoder is publishing with it now
 * @param userId the participant's user id, if given
 * @param attributes the participant's attributes
 * @param tags its AWS tags
 * @param unknownValues values IVS sent that this version of the library does not know, by field path; those
 *     fields read {@code UNKNOWN}. Usually empty.
 */
public record IngestConfiguration(IngestConfigurationArn arn, String name, Protocol protocol, String streamKey,
                                  Optional<StageArn> stage, String participantId, State state,
                                  Optional<String> userId, Map<String, String> attributes,
                                  Map<String, String> tags, Map<String, String> unknownValues) {

    /** The protocol an encoder publishes with. Immutable; safe to share between threads. */
    public enum Protocol {
        /** RTMP, unencrypted. */
        RTMP,
        /** RTMP over TLS. */
        RTMPS,
        /** A protocol this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** Whether an encoder publishes with the configuration. Immutable; safe to share between threads. */
    public enum State {
        /** An encoder is publishing. */
        ACTIVE,
        /** No encoder is publishing. */
        INACTIVE,
        /** A state this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** Checks that no component is null and freezes the collections. */
    public IngestConfiguration {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("protocol", protocol);
        Check.notNull("streamKey", streamKey);
        Check.notNull("stage", stage);
        Check.notNull("participantId", participantId);
        Check.notNull("state", state);
        Check.notNull("userId", userId);
        attributes = Map.copyOf(Check.notNull("attributes", attributes));
        tags = Map.copyOf(Check.notNull("tags", tags));
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }

    /** {@return every field but the stream key, which is redacted} */
    @Override
    public String toString() {
        return "IngestConfiguration[arn=" + arn + ", name=" + name + ", protocol=" + protocol
                + ", streamKey=<redacted>, stage=" + stage + ", participantId=" + participantId + ", state=" + state
                + ", userId=" + userId + ", attributes=" + attributes + ", tags=" + tags + ", unknownValues="
                + unknownValues + "]";
    }
}
