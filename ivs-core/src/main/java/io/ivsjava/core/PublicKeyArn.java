package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a public key imported into IVS to verify self-signed participant tokens: {@code arn:aws:ivs:<region>:<account>:public-key/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#PUBLIC_KEY}
 */
public record PublicKeyArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a public key. */
    public PublicKeyArn {
        Check.notNull("publicKeyArn", arn).requireType("publicKeyArn", ResourceType.PUBLIC_KEY);
    }

    /**
     * Parses a public key ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code publicKeyArn} if the text is not a public key ARN
     */
    public static PublicKeyArn parse(String arn) {
        return new PublicKeyArn(IvsArn.parse("publicKeyArn", arn, ResourceType.PUBLIC_KEY));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
