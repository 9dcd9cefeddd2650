package io.ivsjava.live;

import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.UserIds;
import java.time.Instant;

/**
 * A standing invitation for a user to co-host another user's broadcast: while it is stored, the co-host is admitted
 * as a host ({@link IvsLive#admitHost(Broadcast, String)}); removing the co-host revokes it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param hostUserId the owner of the broadcast
 * @param coHostUserId the invited user
 * @param invitedAt when the invitation was made, by the {@link IvsLive}'s clock
 */
public record Invite(String hostUserId, String coHostUserId, Instant invitedAt) {
    /**
     * Checks both user ids and the time.
     *
     * @throws io.ivsjava.core.IvsValidationException naming the field at fault
     */
    public Invite {
        UserIds.check("hostUserId", hostUserId);
        UserIds.check("coHostUserId", coHostUserId);
        Check.notNull("invitedAt", invitedAt);
    }
}
