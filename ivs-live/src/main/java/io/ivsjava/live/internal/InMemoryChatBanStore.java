package io.ivsjava.live.internal;

import io.ivsjava.live.ChatBan;
import io.ivsjava.live.ChatBanStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The bans of {@link ChatBanStore#inMemory()}: a map per host. Thread-safe. Not public API. */
public final class InMemoryChatBanStore implements ChatBanStore {
    private final Map<String, Map<String, ChatBan>> byHost = new ConcurrentHashMap<>();

    @Override
    public void save(ChatBan ban) {
        byHost.computeIfAbsent(ban.hostUserId(), h -> new ConcurrentHashMap<>()).put(ban.userId(), ban);
    }

    @Override
    public Optional<ChatBan> find(String hostUserId, String userId) {
        return Optional.ofNullable(byHost.getOrDefault(hostUserId, Map.of()).get(userId));
    }

    @Override
    public List<ChatBan> list(String hostUserId) {
        return List.copyOf(byHost.getOrDefault(hostUserId, Map.of()).values());
    }

    @Override
    public boolean remove(String hostUserId, String userId) {
        Map<String, ChatBan> bans = byHost.get(hostUserId);
        return bans != null && bans.remove(userId) != null;
    }

    @Override
    public int removeAll(String hostUserId) {
        Map<String, ChatBan> bans = byHost.remove(hostUserId);
        return bans == null ? 0 : bans.size();
    }

    @Override
    public String toString() {
        return "ChatBanStore[in memory, " + byHost.size() + " hosts]";
    }
}
