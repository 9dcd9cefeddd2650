package io.ivsjava.live;

import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.UserIds;
import java.time.Instant;

/**
 * A user banned from the chat of another user's broadcasts: while it is stored, {@link LiveChat#admit} refuses them
 * a chat token ({@link BannedFromChatException}); {@link LiveChat#unban} removes it. IVS Chat itself keeps no list
 * of who may join a room: a ban is this record, and the disconnect that came with it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param hostUserId the owner of the broadcast, whose room the ban is from
 * @param userId the banned user
 * @param reason why, as the disconnected client was told: at most {@value LiveChat#MAX_REASON_LENGTH} characters;
 *     may be empty
 * @param bannedAt when, by the {@link IvsLive}'s clock
 */
public record ChatBan(String hostUserId, String userId, String reason, Instant bannedAt) {
    /**
     * Checks both user ids, the reason and the time.
     *
     * @throws io.ivsjava.core.IvsValidationException naming the field at fault
     */
    public ChatBan {
        UserIds.check("hostUserId", hostUserId);
        UserIds.check("userId", userId);
        Check.length("reason", reason, 0, LiveChat.MAX_REASON_LENGTH);
        Check.notNull("bannedAt", bannedAt);
    }
}
