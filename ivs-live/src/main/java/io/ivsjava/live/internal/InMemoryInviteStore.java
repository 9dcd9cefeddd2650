package io.ivsjava.live.internal;

import io.ivsjava.live.Invite;
import io.ivsjava.live.InviteStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The invitations of {@link InviteStore#inMemory()}: a map per host. Thread-safe. Not public API. */
public final class InMemoryInviteStore implements InviteStore {
    private final Map<String, Map<String, Invite>> byHost = new ConcurrentHashMap<>();

    @Override
    public void save(Invite invite) {
        byHost.computeIfAbsent(invite.hostUserId(), h -> new ConcurrentHashMap<>())
                .put(invite.coHostUserId(), invite);
    }

    @Override
    public Optional<Invite> find(String hostUserId, String coHostUserId) {
        return Optional.ofNullable(byHost.getOrDefault(hostUserId, Map.of()).get(coHostUserId));
    }

    @Override
    public List<Invite> list(String hostUserId) {
        return List.copyOf(byHost.getOrDefault(hostUserId, Map.of()).values());
    }

    @Override
    public boolean revoke(String hostUserId, String coHostUserId) {
        Map<String, Invite> invites = byHost.get(hostUserId);
        return invites != null && invites.remove(coHostUserId) != null;
    }

    @Override
    public int revokeAll(String hostUserId) {
        Map<String, Invite> invites = byHost.remove(hostUserId);
        return invites == null ? 0 : invites.size();
    }

    @Override
    public String toString() {
        return "InviteStore[in memory, " + byHost.size() + " hosts]";
    }
}
