package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of an encoder configuration, the video settings a composition encodes with: {@code arn:aws:ivs:<region>:<account>:encoder-configuration/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#ENCODER_CONFIGURATION}
 */
public record EncoderConfigurationArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names an encoder configuration. */
    public EncoderConfigurationArn {
        Check.notNull("encoderConfigurationArn", arn).requireType("encoderConfigurationArn", ResourceType.ENCODER_CONFIGURATION);
    }

    /**
     * Parses an encoder configuration ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code encoderConfigurationArn} if the text is not an encoder configuration ARN
     */
    public static EncoderConfigurationArn parse(String arn) {
        return new EncoderConfigurationArn(IvsArn.parse("encoderConfigurationArn", arn, ResourceType.ENCODER_CONFIGURATION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
