package io.ivsjava.live;

import io.ivsjava.live.internal.InMemoryChatBanStore;
import java.util.List;
import java.util.Optional;

/**
 * Where chat bans are kept: in memory by default ({@link #inMemory()}), or in the application's database so that
 * several backend instances and restarts refuse the same users. {@link LiveChat} reads and writes bans only through
 * this interface, and never keeps a copy.
 *
 * <p>Implementations must be thread-safe: {@link LiveChat} calls them from any thread. Exceptions they throw reach
 * the caller of {@link LiveChat} unchanged. Arguments are never null.
 */
public interface ChatBanStore {
    /**
     * Stores a ban, replacing any of the same host and user.
     *
     * @param ban the ban
     */
    void save(ChatBan ban);

    /**
     * The ban of one user from one host's chat.
     *
     * @param hostUserId the owner of the broadcast
     * @param userId the user
     * @return the ban, if one is stored
     */
    Optional<ChatBan> find(String hostUserId, String userId);

    /**
     * Every ban from one host's chat.
     *
     * @param hostUserId the owner of the broadcast
     * @return the bans, in no particular order; empty if none
     */
    List<ChatBan> list(String hostUserId);

    /**
     * Lifts one ban.
     *
     * @param hostUserId the owner of the broadcast
     * @param userId the banned user
     * @return true if a ban was stored and is now removed
     */
    boolean remove(String hostUserId, String userId);

    /**
     * Lifts every ban from one host's chat.
     *
     * @param hostUserId the owner of the broadcast
     * @return how many were removed
     */
    int removeAll(String hostUserId);

    /**
     * A store in this process's memory: bans are lost when it stops, and other processes do not see them.
     *
     * @return a new, empty, thread-safe store
     */
    static ChatBanStore inMemory() {
        return new InMemoryChatBanStore();
    }
}
