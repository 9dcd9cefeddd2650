package io.ivsjava.chat;

import io.ivsjava.core.internal.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a chat client needs to join a room: the token, which the IVS Chat messaging SDKs present when they connect,
 * and what was asked for it. Hand {@link #token()} to exactly one client; it is a secret until it expires, and
 * {@link #toString()} never shows it.
 *
 * <p>A chat token has two deadlines. The client must connect with it before {@link #tokenExpirationTime()}; the
 * connection it opens then lasts until {@link #sessionExpirationTime()}, the session duration asked for
 * ({@link #MIN_SESSION_DURATION} to {@link #MAX_SESSION_DURATION}, {@link #DEFAULT_SESSION_DURATION} when none is
 * given), after which the client needs a new token to stay. {@link #expiresWithin(Duration)} tests the first, for
 * reusing a kept token; {@link #sessionEndsWithin(Duration)} the second.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param room the room the token admits to
 * @param role who the token is for: the user id, capabilities and attributes asked for
 * @param sessionDuration the session duration asked for
 * @param token the token to give the client
 * @param tokenExpirationTime when the token stops letting anyone connect
 * @param sessionExpirationTime when the session it opens ends
 */
public record ChatToken(RoomArn room, ChatRole role, Duration sessionDuration, String token,
                        Instant tokenExpirationTime, Instant sessionExpirationTime) {
    /** The shortest chat session: 1 minute. */
    public static final Duration MIN_SESSION_DURATION = Duration.ofMinutes(1);
    /** The longest chat session: 180 minutes. */
    public static final Duration MAX_SESSION_DURATION = Duration.ofMinutes(180);
    /** The session IVS gives a token when none is asked for: 60 minutes. */
    public static final Duration DEFAULT_SESSION_DURATION = Duration.ofMinutes(60);

    /** Checks that no component is null. */
    public ChatToken {
        Check.notNull("room", room);
        Check.notNull("role", role);
        Check.notNull("sessionDuration", sessionDuration);
        Check.notNull("token", token);
        Check.notNull("tokenExpirationTime", tokenExpirationTime);
        Check.notNull("sessionExpirationTime", sessionExpirationTime);
    }

    /**
     * The user the token is for.
     *
     * @return the role's user id
     */
    public String userId() {
        return role.userId();
    }

    /**
     * Whether the token stops letting a client connect within the given time from now, by the system clock: the
     * test for replacing a kept token before handing it out again.
     *
     * @param window how long the token must still be usable
     * @return true if the token expires at or before now plus {@code window} (an expired token too)
     */
    public boolean expiresWithin(Duration window) {
        return expiresWithin(window, Clock.systemUTC());
    }

    /**
     * Whether the token stops letting a client connect within the given time from the clock's now.
     *
     * @param window how long the token must still be usable
     * @param clock the clock that says what time it is
     * @return true if the token expires at or before now plus {@code window} (an expired token too)
     */
    public boolean expiresWithin(Duration window, Clock clock) {
        return within(tokenExpirationTime, window, clock);
    }

    /**
     * Whether the session the token opens ends within the given time from now, by the system clock.
     *
     * @param window how long the session must still last
     * @return true if the session ends at or before now plus {@code window} (an ended one too)
     */
    public boolean sessionEndsWithin(Duration window) {
        return sessionEndsWithin(window, Clock.systemUTC());
    }

    /**
     * Whether the session the token opens ends within the given time from the clock's now.
     *
     * @param window how long the session must still last
     * @param clock the clock that says what time it is
     * @return true if the session ends at or before now plus {@code window} (an ended one too)
     */
    public boolean sessionEndsWithin(Duration window, Clock clock) {
        return within(sessionExpirationTime, window, clock);
    }

    private static boolean within(Instant deadline, Duration window, Clock clock) {
        Check.notNull("window", window);
        Check.notNull("clock", clock);
        return !deadline.isAfter(clock.instant().plus(window));
    }

    /** {@return the room, role and times; the token itself is redacted} */
    @Override
    public String toString() {
        return "ChatToken[room=" + room + ", role=" + role + ", sessionDuration=" + sessionDuration
                + ", tokenExpirationTime=" + tokenExpirationTime + ", sessionExpirationTime=" + sessionExpirationTime
                + ", token=<redacted>]";
    }
}
