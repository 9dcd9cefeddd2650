package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a low-latency recording configuration (where and how channels record to S3):
 * {@code arn:aws:ivs:<region>:<account>:recording-configuration/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#RECORDING_CONFIGURATION}
 */
public record RecordingConfigurationArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a recording configuration. */
    public RecordingConfigurationArn {
        Check.notNull("recordingConfigurationArn", arn)
                .requireType("recordingConfigurationArn", ResourceType.RECORDING_CONFIGURATION);
    }

    /**
     * Parses a recording configuration ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code recordingConfigurationArn} if the text is not a recording configuration ARN
     */
    public static RecordingConfigurationArn parse(String arn) {
        return new RecordingConfigurationArn(IvsArn.parse("recordingConfigurationArn", arn, ResourceType.RECORDING_CONFIGURATION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
