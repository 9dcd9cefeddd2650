package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A stage: the virtual room where participants meet in real time over WebRTC.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the stage's ARN
 * @param name the stage's name; may be empty
 * @param tags the stage's AWS tags
 * @param activeSessionId the id of the session running now, if participants are connected
 * @param endpoints where clients connect
 * @param autoParticipantRecording how each publisher is recorded, if the stage records them
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code autoParticipantRecording.mediaType}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record Stage(StageArn arn, String name, Map<String, String> tags, Optional<String> activeSessionId,
                    StageEndpoints endpoints, Optional<ParticipantRecording> autoParticipantRecording,
                    Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public Stage {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("activeSessionId", activeSessionId);
        Check.notNull("endpoints", endpoints);
        Check.notNull("autoParticipantRecording", autoParticipantRecording);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
