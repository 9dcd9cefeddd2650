package io.ivsjava.realtime.internal;

import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.ParticipantTokenSigner;
import io.ivsjava.realtime.Role;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The IVS limits on a participant and its token, checked before any call. Not part of the public API. */
public final class ParticipantChecks {
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
        Objects.requireNonNull(userId, "userId");
        userId.ifPresent(id -> Check.length("userId", id, 0, Role.MAX_USER_ID_LENGTH));
        Check.totalBytes("attributes", Check.notNull("attributes", attributes), Role.MAX_ATTRIBUTE_BYTES);
        return java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * Checks a token lifetime: whole minutes, {@value ParticipantTokenSigner#MIN_MINUTES} to
     * {@value ParticipantTokenSigner#MAX_MINUTES}, the same for API and self-signed tokens.
     *
     * @param duration the lifetime
     * @return the lifetime in minutes
     */
    public static int tokenMinutes(Duration duration) {
        return Check.minutes("duration", duration, ParticipantTokenSigner.MIN_MINUTES, ParticipantTokenSigner.MAX_MINUTES);
    }
}
