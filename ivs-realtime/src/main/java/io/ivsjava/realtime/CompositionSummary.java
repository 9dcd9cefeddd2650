package io.ivsjava.realtime;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A composition as listed by {@link IvsRealTime#listCompositions()}: without layout and destination settings; use
 * {@link IvsRealTime#getComposition} for those.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the composition's ARN
 * @param stage the stage it composes
 * @param state where it is in its life
 * @param destinations its destinations' ids and states (their {@code configuration} is empty)
 * @param tags the composition's AWS tags
 * @param startTime when it started
 * @param endTime when it ended
 * @param unknownValues values IVS sent that this version of the library does not know, by field path; those
 *     fields read {@code UNKNOWN}. Usually empty.
 */
public record CompositionSummary(CompositionArn arn, StageArn stage, Composition.State state,
                                 List<Composition.Destination> destinations, Map<String, String> tags,
                                 Optional<Instant> startTime, Optional<Instant> endTime,
                                 Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the collections. */
    public CompositionSummary {
        Check.notNull("arn", arn);
        Check.notNull("stage", stage);
        Check.notNull("state", state);
        destinations = List.copyOf(Check.notNull("destinations", destinations));
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("startTime", startTime);
        Check.notNull("endTime", endTime);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
