package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.util.List;

/**
 * A newly created stage and the participant tokens requested with it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param stage the stage
 * @param tokens one token per participant given to {@link StageSpec.Builder#withToken(Role)}, in that order
 */
public record CreatedStage(Stage stage, List<ParticipantToken> tokens) {
    /** Checks that no component is null and freezes the list. */
    public CreatedStage {
        Check.notNull("stage", stage);
        tokens = List.copyOf(Check.notNull("tokens", tokens));
    }
}
