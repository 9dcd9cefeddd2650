package io.ivsjava.live;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.Set;

/**
 * What a teardown ({@link IvsLive#teardown(String)}) or a janitor's sweep ({@link Janitor#sweep()}) removed. A
 * repeat that finds nothing left to remove reports nothing.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param users the users whose resources were removed: an application that stored their broadcasts should forget
 *     them (or take the users live again, which provisions anew)
 * @param stoppedCompositions the compositions stopped
 * @param deletedStages the stages deleted
 * @param deletedChannels the channels deleted, with their stream keys
 * @param revokedInvites how many co-host invitations were revoked
 */
public record CleanupReport(Set<String> users, List<CompositionArn> stoppedCompositions, List<StageArn> deletedStages,
                            List<ChannelArn> deletedChannels, int revokedInvites) {
    /** Checks that no component is null and freezes the collections. */
    public CleanupReport {
        users = Set.copyOf(Check.notNull("users", users));
        stoppedCompositions = List.copyOf(Check.notNull("stoppedCompositions", stoppedCompositions));
        deletedStages = List.copyOf(Check.notNull("deletedStages", deletedStages));
        deletedChannels = List.copyOf(Check.notNull("deletedChannels", deletedChannels));
    }

    /**
     * Whether anything was removed.
     *
     * @return false for a repeat that found nothing left
     */
    public boolean removedAnything() {
        return !stoppedCompositions.isEmpty() || !deletedStages.isEmpty() || !deletedChannels.isEmpty()
                || revokedInvites > 0;
    }
}
