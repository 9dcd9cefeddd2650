package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A viewer: watches the stage in real time without publishing (capability SUBSCRIBE only).
 * A stage holds thousands of subscribers.
 *
 * <pre>{@code
 * Viewer.of("bob")   // a user id
 * Viewer.of("bob", Map.of("displayName", "Bob"))   // and attributes the stage sees
 * Viewer.anonymous()
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param userId the application's user id, at most {@value Role#MAX_USER_ID_LENGTH} characters
 * @param attributes attributes shown to every participant, at most {@value Role#MAX_ATTRIBUTE_BYTES} bytes in total
 */
public record Viewer(Optional<String> userId, Map<String, String> attributes) implements Role {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.SUBSCRIBE));

    /**
     * Validates the user id and attributes against the IVS limits.
     *
     * @throws io.ivsjava.core.IvsValidationException naming {@code userId} or {@code attributes}
     */
    public Viewer {
        attributes = ParticipantChecks.role(userId, attributes);
    }

    /**
     * A viewer identified by the application's user id.
     *
     * @param userId the user id
     * @return the viewer
     */
    public static Viewer of(String userId) {
        return new Viewer(Optional.of(Check.notNull("userId", userId)), Map.of());
    }

    /**
     * A viewer with a user id and attributes.
     *
     * @param userId the user id
     * @param attributes attributes shown to every participant
     * @return the viewer
     */
    public static Viewer of(String userId, Map<String, String> attributes) {
        return new Viewer(Optional.of(Check.notNull("userId", userId)), attributes);
    }

    /**
     * A viewer without user id or attributes.
     *
     * @return the viewer
     */
    public static Viewer anonymous() {
        return new Viewer(Optional.empty(), Map.of());
    }

    /** {@return SUBSCRIBE} */
    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }
}
