package io.ivsjava.chat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;

/**
 * The ARN of a chat room: {@code arn:aws:ivschat:<region>:<account>:room/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ChatArn.Type#ROOM}
 */
public record RoomArn(ChatArn arn) implements ChatResourceArn {
    /** Checks that the ARN names a room. */
    public RoomArn {
        Check.notNull("roomArn", arn).requireType("roomArn", ChatArn.Type.ROOM);
    }

    /**
     * Parses a room ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code roomArn} if the text is not a room ARN
     */
    public static RoomArn parse(String arn) {
        return new RoomArn(ChatArn.parse("roomArn", arn, ChatArn.Type.ROOM));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
