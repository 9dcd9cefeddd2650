package io.ivsjava.live;

import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.Set;

/**
 * What a teardown ({@link IvsLive#teardown(String)}) or a janitor's sweep ({@link Janitor#sweep()}) removed,
 * chat rooms included. A repeat that finds nothing left to remove reports nothing.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param users the users whose resources were removed: an application that stored their broadcasts should forget
 *     them (or take the users live again, which provisions anew)
 * @param stoppedCompositions the compositions stopped
 * @param deletedStages the stages deleted
 * @param deletedChannels the channels deleted, with their stream keys
 * @param revokedInvites how many co-host invitations were revoked
 * @param deletedRooms the chat rooms deleted
 */
public record CleanupReport(Set<String> users, List<CompositionArn> stoppedCompositions, List<StageArn> deletedStages,
                            List<ChannelArn> deletedChannels, int revokedInvites, List<RoomArn> deletedRooms) {
    /** Checks that no component is null and freezes the collections. */
    public CleanupReport {
        users = Set.copyOf(Check.notNull("users", users));
        stoppedCompositions = List.copyOf(Check.notNull("stoppedCompositions", stoppedCompositions));
        deletedStages = List.copyOf(Check.notNull("deletedStages", deletedStages));
        deletedChannels = List.copyOf(Check.notNull("deletedChannels", deletedChannels));
        deletedRooms = List.copyOf(Check.notNull("deletedRooms", deletedRooms));
    }

    /**
     * A report that deleted no chat room.
     *
     * @param users the users whose resources were removed
     * @param stoppedCompositions the compositions stopped
     * @param deletedStages the stages deleted
     * @param deletedChannels the channels deleted
     * @param revokedInvites how many co-host invitations were revoked
     */
    public CleanupReport(Set<String> users, List<CompositionArn> stoppedCompositions, List<StageArn> deletedStages,
                         List<ChannelArn> deletedChannels, int revokedInvites) {
        this(users, stoppedCompositions, deletedStages, deletedChannels, revokedInvites, List.of());
    }

    /**
     * Whether anything was removed.
     *
     * @return false for a repeat that found nothing left
     */
    public boolean removedAnything() {
        return !stoppedCompositions.isEmpty() || !deletedStages.isEmpty() || !deletedChannels.isEmpty()
                || revokedInvites > 0 || !deletedRooms.isEmpty();
    }
}
