package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values IVS may add later read as UNKNOWN, keeping what was sent by field path; IVS's own UNKNOWN is not new. */
class UnknownsTest {
    private enum State { IDLE, ACTIVE, UNKNOWN }

    @Test
    void knownValuesReadAsTheirConstantsAndNewOnesAsUnknownKeepingTheRawText() {
        Unknowns u = new Unknowns();

        assertThat(u.read(State.class, "ACTIVE", State.IDLE, "state")).isEqualTo(State.ACTIVE);
        assertThat(u.read(State.class, "PAUSED", State.IDLE, "next")).isEqualTo(State.UNKNOWN);
        assertThat(u.read(State.class, "UNKNOWN", State.IDLE, "own")).isEqualTo(State.UNKNOWN);
        assertThat(u.read(State.class, null, State.IDLE, "absent")).isEqualTo(State.IDLE);
        assertThat(u.read(State.class, "", State.IDLE, "empty")).isEqualTo(State.IDLE);
        assertThat(u.optional(State.class, "", "none")).isEmpty();
        assertThat(u.optional(State.class, "ASLEEP", "maybe")).hasValue(State.UNKNOWN);

        assertThat(u.values()).containsOnly(Map.entry("next", "PAUSED"), Map.entry("maybe", "ASLEEP"));
    }

    @Test
    void listsKeepOrderAndSetsLeaveAbsentValuesOut() {
        Unknowns u = new Unknowns();

        assertThat(u.list(State.class, List.of("ACTIVE", "NEW", "ACTIVE"), "list"))
                .containsExactly(State.ACTIVE, State.UNKNOWN, State.ACTIVE);
        assertThat(u.set(State.class, Arrays.asList("IDLE", "", null, "OTHER"), "set"))
                .containsExactlyInAnyOrder(State.IDLE, State.UNKNOWN);
        assertThat(u.set(State.class, null, "none")).isEmpty();
        u.unknown("mode", "SOMETIMES");

        assertThat(u.values()).containsOnly(Map.entry("list[1]", "NEW"), Map.entry("set[3]", "OTHER"),
                Map.entry("mode", "SOMETIMES"));
    }
}
