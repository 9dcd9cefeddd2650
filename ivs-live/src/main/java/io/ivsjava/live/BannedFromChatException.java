package io.ivsjava.live;

import io.ivsjava.core.IvsAccessDeniedException;

/**
 * A banned user asked for a chat token ({@link LiveChat#admit}): refused before any call to IVS, with the stored
 * {@link ChatBan}. An application answers it as it answers any refusal (HTTP 403, say); the user may still read the
 * chat as an anonymous viewer, as anyone may.
 *
 * <p>Immutable; safe to share between threads.
 */
public class BannedFromChatException extends IvsAccessDeniedException {
    private static final long serialVersionUID = 1L;

    private final ChatBan ban;

    /**
     * Creates the exception.
     *
     * @param ban the ban that refused the token
     */
    public BannedFromChatException(ChatBan ban) {
        super(ban.userId() + " is banned from " + ban.hostUserId() + "'s chat since " + ban.bannedAt()
                + (ban.reason().isEmpty() ? "" : " (" + ban.reason() + ")") + "; unban them to admit them again",
                ErrorDetails.NONE, null);
        this.ban = ban;
    }

    /**
     * The ban.
     *
     * @return the stored ban
     */
    public ChatBan ban() {
        return ban;
    }
}
