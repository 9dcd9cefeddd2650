package io.ivsjava.live;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * When a {@link Janitor} deletes what ivs-live created: a stage nobody has joined for a while, a channel that has not
 * been live for a while. Only resources that ivs-live tagged for the {@link IvsLive}'s namespace are considered.
 *
 * <pre>{@code
 * CleanupPolicy policy = CleanupPolicy.NONE
 *         .withIdleStages(Duration.ofMinutes(30))       // no session for 30 minutes
 *         .withOfflineChannels(Duration.ofHours(24));   // not live for a day
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param idleStages delete a stage once it has had no session for this long (since its last session ended, or since
 *     it was created if it never had one); empty to keep stages
 * @param offlineChannels delete a channel once it has not been live for this long (since its last stream ended, or
 *     since it was created if it never went live); empty to keep channels
 */
public record CleanupPolicy(Optional<Duration> idleStages, Optional<Duration> offlineChannels) {
    /** Deletes nothing. */
    public static final CleanupPolicy NONE = new CleanupPolicy(Optional.empty(), Optional.empty());

    /**
     * Checks that each timeout is positive.
     *
     * @throws IvsValidationException naming {@code idleStages} or {@code offlineChannels}
     */
    public CleanupPolicy {
        Check.notNull("idleStages", idleStages).ifPresent(d -> positive("idleStages", d));
        Check.notNull("offlineChannels", offlineChannels).ifPresent(d -> positive("offlineChannels", d));
    }

    private static void positive(String field, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw IvsValidationException.invalid(field, d + " is not a positive duration");
        }
    }

    /**
     * This policy, also deleting stages idle for the given time.
     *
     * @param idleFor how long without a session, positive
     * @return a new policy
     */
    public CleanupPolicy withIdleStages(Duration idleFor) {
        return new CleanupPolicy(Optional.of(Check.notNull("idleStages", idleFor)), offlineChannels);
    }

    /**
     * This policy, also deleting channels offline for the given time.
     *
     * @param offlineFor how long without a live stream, positive
     * @return a new policy
     */
    public CleanupPolicy withOfflineChannels(Duration offlineFor) {
        return new CleanupPolicy(idleStages, Optional.of(Check.notNull("offlineChannels", offlineFor)));
    }
}
