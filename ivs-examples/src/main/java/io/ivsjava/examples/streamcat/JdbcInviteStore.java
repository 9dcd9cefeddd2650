package io.ivsjava.examples.streamcat;

import io.ivsjava.live.Invite;
import io.ivsjava.live.InviteStore;
import java.util.List;
import java.util.Optional;

/**
 * Co-host invitations in StreamCat's database, so that every backend instance, and a restarted one, admits the same
 * co-hosts.
 *
 * <p>Thread-safe: each call is one transaction.
 */
final class JdbcInviteStore implements InviteStore {
    private final Store store;

    JdbcInviteStore(Store store) {
        this.store = store;
    }

    @Override
    public void save(Invite invite) {
        store.saveInvite(invite.hostUserId(), invite.coHostUserId(), invite.invitedAt());
    }

    @Override
    public Optional<Invite> find(String hostUserId, String coHostUserId) {
        return list(hostUserId).stream().filter(i -> i.coHostUserId().equals(coHostUserId)).findFirst();
    }

    @Override
    public List<Invite> list(String hostUserId) {
        return store.invites("host", hostUserId).stream()
                .map(i -> new Invite(i.host(), i.coHost(), i.invitedAt())).toList();
    }

    @Override
    public boolean revoke(String hostUserId, String coHostUserId) {
        return store.deleteInvites(hostUserId, Optional.of(coHostUserId)) > 0;
    }

    @Override
    public int revokeAll(String hostUserId) {
        return store.deleteInvites(hostUserId, Optional.empty());
    }
}
