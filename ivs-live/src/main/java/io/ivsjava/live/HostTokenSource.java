package io.ivsjava.live;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.UserIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Hands each host the same participant token until it nears its expiry, then a fresh one: a host's studio that
 * asks for its token on every page load keeps one participant on the stage, and never holds a token about to
 * lapse. A token is re-minted when it expires within {@link #refreshAhead()} by the {@link IvsLive}'s clock, or
 * after {@link #forget(Broadcast, String)} (which removing a host, ending and tearing down do).
 *
 * <pre>{@code
 * Admission.WebRtc studio = live.hostTokens().token(broadcast, "user-42");   // same token until it nears expiry
 * }</pre>
 *
 * <p>Only the broadcast's owner and co-hosts with a stored {@link Invite} get a token, as with
 * {@link IvsLive#admitHost(Broadcast, String)}, which uses this source. Tokens are signed locally when the
 * {@link IvsLive} has a participant token key, otherwise created with the {@code CreateParticipantToken} API.
 *
 * <p>Thread-safe: concurrent requests for one host mint one token; requests for different hosts do not wait for
 * each other. Tokens are kept in memory, per {@link IvsLive}.
 */
public final class HostTokenSource {
    private final IvsLive live;
    private final Clock clock;
    private final Duration refreshAhead;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    HostTokenSource(IvsLive live, Clock clock, Duration refreshAhead) {
        this.live = live;
        this.clock = clock;
        this.refreshAhead = refreshAhead;
    }

    /**
     * How long before its expiry a kept token is replaced: a token handed out is valid at least this long.
     *
     * @return the refresh window
     */
    public Duration refreshAhead() {
        return refreshAhead;
    }

    /**
     * The host's token for the broadcast's stage: the kept one while it is valid for longer than
     * {@link #refreshAhead()}, otherwise a new one (PUBLISH and SUBSCRIBE).
     *
     * @param broadcast a {@code REAL_TIME} or {@code HYBRID} broadcast
     * @param userId its owner, or a co-host with a stored invitation
     * @return the admission to the stage
     * @throws io.ivsjava.core.IvsValidationException before any call, if the broadcast has no stage or the user is
     *     neither its owner nor invited
     */
    public Admission.WebRtc token(Broadcast broadcast, String userId) {
        Check.notNull("broadcast", broadcast);
        UserIds.check("userId", userId);
        BroadcastStage stage = live.checkHost(broadcast, userId);
        return slots.computeIfAbsent(key(stage.arn(), userId), k -> new Slot())
                .get(() -> live.mintHostToken(stage, userId));
    }

    /** Keeps a token minted elsewhere (an exchanged one) as the host's, replacing what was kept. */
    void keep(StageArn stage, String userId, Admission.WebRtc admission) {
        slots.computeIfAbsent(key(stage, userId), k -> new Slot()).set(admission);
    }

    /**
     * Drops the kept token of one host, so that the next request mints a new one.
     *
     * @param broadcast the broadcast
     * @param userId the host
     */
    public void forget(Broadcast broadcast, String userId) {
        Check.notNull("broadcast", broadcast);
        Check.notNull("userId", userId);
        broadcast.stage().ifPresent(stage -> slots.remove(key(stage.arn(), userId)));
    }

    /**
     * Drops the kept tokens of every host of a broadcast.
     *
     * @param broadcast the broadcast
     */
    public void forget(Broadcast broadcast) {
        Check.notNull("broadcast", broadcast);
        broadcast.stage().ifPresent(stage -> forget(stage.arn()));
    }

    void forget(StageArn stage) {
        String prefix = stage.value() + "\n";
        slots.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private static String key(StageArn stage, String userId) {
        return stage.value() + "\n" + userId;
    }

    /** One host's kept token. */
    private final class Slot {
        private Admission.WebRtc current;

        synchronized Admission.WebRtc get(Supplier<Admission.WebRtc> mint) {
            if (current == null || current.token().expiresWithin(refreshAhead, clock)) {
                current = mint.get();
            }
            return current;
        }

        synchronized void set(Admission.WebRtc admission) {
            current = admission;
        }
    }

    /** {@return the refresh window and how many hosts' tokens are kept} */
    @Override
    public String toString() {
        return "HostTokenSource[refreshAhead=" + refreshAhead + ", kept=" + slots.size() + "]";
    }
}
