package io.ivsjava.realtime.internal;

import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.Role;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The IVS limits on a participant and its token, checked before any call. Not part of the public API.
 * Stateless; thread-safe.
 */
public final class ParticipantChecks {
    private static final int MIN_MINUTES = (int) ParticipantToken.MIN_DURATION.toMinutes();
    private static final int MAX_MINUTES = (int) ParticipantToken.MAX_DURATION.toMinutes();

    private ParticipantChecks() {
    }

    /**
     * Checks a role's user id and attributes.
     *
     * @param userId the user id
     * @param attributes the attributes
     * @return an unmodifiable, key-ordered copy of the attributes
     */
    public static Map<String, String> role(Optional<String> userId, Map<String, String> attributes) {
        Check.notNull("userId", userId).ifPresent(id -> Check.length("userId", id, 0, Role.MAX_USER_ID_LENGTH));
        return attributes("attributes", attributes);
    }

    /**
     * Checks participant attributes: at most {@value Role#MAX_ATTRIBUTE_BYTES} bytes of keys and values.
     *
     * @param field the field path
     * @param attributes the attributes
     * @return an unmodifiable, key-ordered copy
     */
    public static Map<String, String> attributes(String field, Map<String, String> attributes) {
        Check.totalBytes(field, Check.notNull(field, attributes), Role.MAX_ATTRIBUTE_BYTES);
        return Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * Checks a token lifetime: whole minutes from {@link ParticipantToken#MIN_DURATION} to
     * {@link ParticipantToken#MAX_DURATION}, the same for API and self-signed tokens.
     *
     * @param duration the lifetime
     * @return the lifetime in minutes
     */
    public static int tokenMinutes(Duration duration) {
        return Check.minutes("duration", duration, MIN_MINUTES, MAX_MINUTES);
    }
}
