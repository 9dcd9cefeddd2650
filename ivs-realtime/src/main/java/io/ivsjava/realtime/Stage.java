package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import java.util.Map;
import java.util.Objects;
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
 */
public record Stage(StageArn arn, String name, Map<String, String> tags, Optional<String> activeSessionId,
                    StageEndpoints endpoints) {
    /** Checks that no component is null and freezes the tags. */
    public Stage {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        tags = Map.copyOf(tags);
        Objects.requireNonNull(activeSessionId, "activeSessionId");
        Objects.requireNonNull(endpoints, "endpoints");
    }
}
