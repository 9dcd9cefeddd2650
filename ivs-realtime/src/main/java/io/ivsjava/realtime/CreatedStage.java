package io.ivsjava.realtime;

import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(stage, "stage");
        tokens = List.copyOf(tokens);
    }
}
