package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A role with any non-empty set of capabilities, for participants that are neither a {@link Host} nor a
 * {@link Viewer}: a publish-only camera, for example, sends video but receives none.
 *
 * <pre>{@code
 * CustomRole camera = CustomRole.of(Set.of(Capability.PUBLISH), "door-camera");
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param capabilities what the participant may do: PUBLISH, SUBSCRIBE or both
 * @param userId the application's user id, at most {@value Role#MAX_USER_ID_LENGTH} characters
 * @param attributes attributes shown to every participant, at most {@value Role#MAX_ATTRIBUTE_BYTES} bytes in total
 */
public record CustomRole(Set<Capability> capabilities, Optional<String> userId, Map<String, String> attributes)
        implements Role {
    /**
     * Validates the capabilities, user id and attributes against the IVS limits.
     *
     * @throws IvsValidationException naming {@code capabilities}, {@code userId} or {@code attributes}
     */
    public CustomRole {
        Check.notNull("capabilities", capabilities);
        if (capabilities.isEmpty()) {
            throw IvsValidationException.invalid("capabilities", "is empty; give PUBLISH, SUBSCRIBE or both");
        }
        int i = 0;
        for (Capability c : capabilities) {
            Check.known("capabilities[" + i++ + "]", c);
        }
        capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        attributes = ParticipantChecks.role(userId, attributes);
    }

    /**
     * A role with these capabilities for the application's user.
     *
     * @param capabilities PUBLISH, SUBSCRIBE or both
     * @param userId the user id
     * @return the role
     */
    public static CustomRole of(Set<Capability> capabilities, String userId) {
        return new CustomRole(capabilities, Optional.of(Check.notNull("userId", userId)), Map.of());
    }

    /**
     * A role with these capabilities, a user id and attributes.
     *
     * @param capabilities PUBLISH, SUBSCRIBE or both
     * @param userId the user id
     * @param attributes attributes shown to every participant
     * @return the role
     */
    public static CustomRole of(Set<Capability> capabilities, String userId, Map<String, String> attributes) {
        return new CustomRole(capabilities, Optional.of(Check.notNull("userId", userId)), attributes);
    }

    /**
     * A role with these capabilities and neither user id nor attributes.
     *
     * @param capabilities PUBLISH, SUBSCRIBE or both
     * @return the role
     */
    public static CustomRole anonymous(Set<Capability> capabilities) {
        return new CustomRole(capabilities, Optional.empty(), Map.of());
    }
}
