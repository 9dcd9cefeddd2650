package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a real-time stage: {@code arn:aws:ivs:<region>:<account>:stage/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#STAGE}
 */
public record StageArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a real-time stage. */
    public StageArn {
        Check.notNull("stageArn", arn).requireType("stageArn", ResourceType.STAGE);
    }

    /**
     * Parses a stage ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code stageArn} if the text is not a stage ARN
     */
    public static StageArn parse(String arn) {
        return new StageArn(IvsArn.parse("stageArn", arn, ResourceType.STAGE));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
