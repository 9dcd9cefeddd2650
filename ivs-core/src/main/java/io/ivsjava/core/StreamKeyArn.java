package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a channel's stream key: {@code arn:aws:ivs:<region>:<account>:stream-key/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#STREAM_KEY}
 */
public record StreamKeyArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a channel's stream key. */
    public StreamKeyArn {
        Check.notNull("streamKeyArn", arn).requireType("streamKeyArn", ResourceType.STREAM_KEY);
    }

    /**
     * Parses a stream key ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code streamKeyArn} if the text is not a stream key ARN
     */
    public static StreamKeyArn parse(String arn) {
        return new StreamKeyArn(IvsArn.parse("streamKeyArn", arn, ResourceType.STREAM_KEY));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
