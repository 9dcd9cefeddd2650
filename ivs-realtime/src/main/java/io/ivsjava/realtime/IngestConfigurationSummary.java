package io.ivsjava.realtime;

import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * An ingest configuration as listed by {@link IvsRealTime#listIngestConfigurations()}: without stream key,
 * attributes and tags; use {@link IvsRealTime#getIngestConfiguration} for those.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn its ARN
 * @param name its name; may be empty
 * @param protocol the protocol the encoder uses
 * @param stage the stage it publishes into; empty if detached
 * @param participantId the participant the encoder appears as
 * @param state whether an encoder is publishing with it now
 * @param userId the participant's user id, if given
 * @param unknownValues values IVS sent that this version of the library does not know, by field path; those
 *     fields read {@code UNKNOWN}. Usually empty.
 */
public record IngestConfigurationSummary(IngestConfigurationArn arn, String name, IngestConfiguration.Protocol protocol,
                                         Optional<StageArn> stage, String participantId,
                                         IngestConfiguration.State state, Optional<String> userId,
                                         Map<String, String> unknownValues) {
    /** Checks that no component is null. */
    public IngestConfigurationSummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("protocol", protocol);
        Check.notNull("stage", stage);
        Check.notNull("participantId", participantId);
        Check.notNull("state", state);
        Check.notNull("userId", userId);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
