package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A host: sends video to the stage and sees the other hosts (capabilities PUBLISH and SUBSCRIBE).
 * A stage holds up to 12 publishers by default.
 *
 * <pre>{@code
 * Host.of("alice")   // a user id
 * Host.of("alice", Map.of("displayName", "Alice"))   // and attributes the stage sees
 * Host.anonymous()
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param userId the application's user id, at most {@value Role#MAX_USER_ID_LENGTH} characters
 * @param attributes attributes shown to every participant, at most {@value Role#MAX_ATTRIBUTE_BYTES} bytes in total
 */
public record Host(Optional<String> userId, Map<String, String> attributes) implements Role {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.PUBLISH, Capability.SUBSCRIBE));

    /**
     * Validates the user id and attributes against the IVS limits.
     *
     * @throws io.ivsjava.core.IvsValidationException naming {@code userId} or {@code attributes}
     */
    public Host {
        attributes = ParticipantChecks.role(userId, attributes);
    }

    /**
     * A host identified by the application's user id.
     *
     * @param userId the user id
     * @return the host
     */
    public static Host of(String userId) {
        return new Host(Optional.of(Check.notNull("userId", userId)), Map.of());
    }

    /**
     * A host with a user id and attributes.
     *
     * @param userId the user id
     * @param attributes attributes shown to every participant
     * @return the host
     */
    public static Host of(String userId, Map<String, String> attributes) {
        return new Host(Optional.of(Check.notNull("userId", userId)), attributes);
    }

    /**
     * A host without user id or attributes.
     *
     * @return the host
     */
    public static Host anonymous() {
        return new Host(Optional.empty(), Map.of());
    }

    /** {@return PUBLISH and SUBSCRIBE} */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }
}
