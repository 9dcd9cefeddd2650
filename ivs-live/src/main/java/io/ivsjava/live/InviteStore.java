package io.ivsjava.live;

import io.ivsjava.live.internal.InMemoryInviteStore;
import java.util.List;
import java.util.Optional;

/**
 * Where co-host invitations are kept: in memory by default ({@link #inMemory()}), or in the application's database
 * so that several backend instances and restarts share them. {@link IvsLive} reads and writes invitations only
 * through this interface, and never keeps a copy.
 *
 * <p>Implementations must be thread-safe: {@link IvsLive} calls them from any thread. Exceptions they throw reach
 * the caller of {@link IvsLive} unchanged. Arguments are never null.
 */
public interface InviteStore {
    /**
     * Stores an invitation, replacing any for the same host and co-host.
     *
     * @param invite the invitation
     */
    void save(Invite invite);

    /**
     * The invitation of one co-host to one host's broadcast.
     *
     * @param hostUserId the owner of the broadcast
     * @param coHostUserId the invited user
     * @return the invitation, if one is stored
     */
    Optional<Invite> find(String hostUserId, String coHostUserId);

    /**
     * Every invitation to one host's broadcast.
     *
     * @param hostUserId the owner of the broadcast
     * @return the invitations, in no particular order; empty if none
     */
    List<Invite> list(String hostUserId);

    /**
     * Removes one invitation.
     *
     * @param hostUserId the owner of the broadcast
     * @param coHostUserId the invited user
     * @return true if an invitation was stored and is now removed
     */
    boolean revoke(String hostUserId, String coHostUserId);

    /**
     * Removes every invitation to one host's broadcast.
     *
     * @param hostUserId the owner of the broadcast
     * @return how many were removed
     */
    int revokeAll(String hostUserId);

    /**
     * A store in this process's memory: invitations are lost when it stops, and other processes do not see them.
     *
     * @return a new, empty, thread-safe store
     */
    static InviteStore inMemory() {
        return new InMemoryInviteStore();
    }
}
