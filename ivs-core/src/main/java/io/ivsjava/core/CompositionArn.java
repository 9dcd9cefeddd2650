package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a server-side composition of a stage: {@code arn:aws:ivs:<region>:<account>:composition/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#COMPOSITION}
 */
public record CompositionArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a composition. */
    public CompositionArn {
        Check.notNull("compositionArn", arn).requireType("compositionArn", ResourceType.COMPOSITION);
    }

    /**
     * Parses a composition ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code compositionArn} if the text is not a composition ARN
     */
    public static CompositionArn parse(String arn) {
        return new CompositionArn(IvsArn.parse("compositionArn", arn, ResourceType.COMPOSITION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
