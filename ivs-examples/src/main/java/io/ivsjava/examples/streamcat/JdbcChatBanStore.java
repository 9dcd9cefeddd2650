package io.ivsjava.examples.streamcat;

import io.ivsjava.live.ChatBan;
import io.ivsjava.live.ChatBanStore;
import java.util.List;
import java.util.Optional;

/**
 * Chat bans in StreamCat's database, so that every backend instance, and a restarted one, refuses the same users a
 * chat token.
 *
 * <p>Thread-safe: each call is one transaction.
 */
final class JdbcChatBanStore implements ChatBanStore {
    private final Store store;

    JdbcChatBanStore(Store store) {
        this.store = store;
    }

    @Override
    public void save(ChatBan ban) {
        store.saveBan(new Store.StoredBan(ban.hostUserId(), ban.userId(), ban.reason(), ban.bannedAt()));
    }

    @Override
    public Optional<ChatBan> find(String hostUserId, String userId) {
        return store.bans(hostUserId, Optional.of(userId)).stream().map(JdbcChatBanStore::ban).findFirst();
    }

    @Override
    public List<ChatBan> list(String hostUserId) {
        return store.bans(hostUserId, Optional.empty()).stream().map(JdbcChatBanStore::ban).toList();
    }

    @Override
    public boolean remove(String hostUserId, String userId) {
        return store.deleteBans(hostUserId, Optional.of(userId)) > 0;
    }

    @Override
    public int removeAll(String hostUserId) {
        return store.deleteBans(hostUserId, Optional.empty());
    }

    private static ChatBan ban(Store.StoredBan stored) {
        return new ChatBan(stored.host(), stored.banned(), stored.reason(), stored.bannedAt());
    }
}
