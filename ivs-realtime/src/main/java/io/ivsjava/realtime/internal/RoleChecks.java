package io.ivsjava.realtime.internal;

import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.Role;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The IVS limits on a participant's user id and attributes. Not part of the public API. */
public final class RoleChecks {
    private RoleChecks() {
    }

    /**
     * Checks a role's user id and attributes.
     *
     * @param userId the user id
     * @param attributes the attributes
     * @return an unmodifiable, key-ordered copy of the attributes
     */
    public static Map<String, String> check(Optional<String> userId, Map<String, String> attributes) {
        Objects.requireNonNull(userId, "userId");
        userId.ifPresent(id -> Check.length("userId", id, 0, Role.MAX_USER_ID_LENGTH));
        Check.totalBytes("attributes", Check.notNull("attributes", attributes), Role.MAX_ATTRIBUTE_BYTES);
        return java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
