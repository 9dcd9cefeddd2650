package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a client needs to join a stage: the token, a JWT that the IVS client SDKs present when joining, and the
 * participant it admits. Hand {@link #token()} to exactly one client; it is a secret until it expires, and
 * {@link #toString()} never shows it.
 *
 * <p>The lifetime limits of every participant token, from the API or signed locally, live here:
 * {@link #MIN_DURATION} to {@link #MAX_DURATION} in whole minutes, {@link #DEFAULT_DURATION} when none is given.
 *
 * <p>To reuse a token rather than mint a new one each time a client asks (a host reopening the studio, say), keep
 * it and check {@link #expiresWithin(Duration)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param stage the stage the token admits to
 * @param participant who the token admits, with what capabilities
 * @param token the JWT to give the client
 * @param expiresAt when the token stops admitting anyone
 * @param selfSigned whether the token was signed locally ({@link ParticipantTokenSigner}) rather than issued by
 *     the CreateParticipantToken API
 */
public record ParticipantToken(StageArn stage, Participant participant, String token, Instant expiresAt,
                               boolean selfSigned) {
    /** The shortest lifetime of a participant token: 1 minute. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(1);
    /** The longest lifetime of a participant token: 14 days (20,160 minutes). */
    public static final Duration MAX_DURATION = Duration.ofMinutes(20_160);
    /** The lifetime IVS gives a token when none is asked for: 12 hours (720 minutes). */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(720);

    /** Checks that no component is null. */
    public ParticipantToken {
        Check.notNull("stage", stage);
        Check.notNull("participant", participant);
        Check.notNull("token", token);
        Check.notNull("expiresAt", expiresAt);
    }

    /**
     * Whether the token stops admitting within the given time from now, by the system clock: the test for
     * replacing a kept token before handing it out again.
     *
     * @param window how long the token must still be valid, such as the longest session you expect
     * @return true if the token expires at or before now plus {@code window} (an expired token too)
     */
    public boolean expiresWithin(Duration window) {
        return expiresWithin(window, Clock.systemUTC());
    }

    /**
     * Whether the token stops admitting within the given time from the clock's now.
     *
     * @param window how long the token must still be valid
     * @param clock the clock that says what time it is
     * @return true if the token expires at or before now plus {@code window} (an expired token too)
     */
    public boolean expiresWithin(Duration window, Clock clock) {
        Check.notNull("window", window);
        Check.notNull("clock", clock);
        return !expiresAt.isAfter(clock.instant().plus(window));
    }

    /** {@return the stage, participant and expiry; the token itself is redacted} */
    @Override
    public String toString() {
        return "ParticipantToken[stage=" + stage + ", participant=" + participant + ", expiresAt=" + expiresAt
                + ", selfSigned=" + selfSigned + ", token=<redacted>]";
    }
}
