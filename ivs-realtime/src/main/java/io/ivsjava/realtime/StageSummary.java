package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A stage as listed by {@link IvsRealTime#listStages()}: without endpoints; use
 * {@link IvsRealTime#getStage(StageArn)} for the full stage.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the stage's ARN
 * @param name the stage's name; may be empty
 * @param tags the stage's AWS tags
 * @param activeSessionId the id of the session running now, if any
 */
public record StageSummary(StageArn arn, String name, Map<String, String> tags, Optional<String> activeSessionId) {
    /** Checks that no component is null and freezes the tags. */
    public StageSummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("activeSessionId", activeSessionId);
    }
}
