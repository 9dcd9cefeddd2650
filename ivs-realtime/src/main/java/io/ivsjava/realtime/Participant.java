package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Someone a participant token admits to a stage: IVS maps each token one to one onto a participant, identified by
 * the token's participant id.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param id the participant id (the token's {@code jti})
 * @param userId the application's user id, if given
 * @param attributes the attributes every participant of the stage can see
 * @param capabilities what the participant may do
 */
public record Participant(String id, Optional<String> userId, Map<String, String> attributes,
                          Set<Capability> capabilities) {
    /** Checks that no component is null and freezes the collections. */
    public Participant {
        Check.notNull("id", id);
        Check.notNull("userId", userId);
        attributes = Map.copyOf(Check.notNull("attributes", attributes));
        capabilities = Check.notNull("capabilities", capabilities).isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /**
     * Whether the participant may send video, as a {@link Host} does.
     *
     * @return true with the PUBLISH capability
     */
    public boolean canPublish() {
        return capabilities.contains(Capability.PUBLISH);
    }

    /**
     * Whether the participant may receive the stage's video.
     *
     * @return true with the SUBSCRIBE capability
     */
    public boolean canSubscribe() {
        return capabilities.contains(Capability.SUBSCRIBE);
    }
}
