package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of an ingest configuration, an RTMP(S) publisher's credentials for a stage: {@code arn:aws:ivs:<region>:<account>:ingest-configuration/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#INGEST_CONFIGURATION}
 */
public record IngestConfigurationArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names an ingest configuration. */
    public IngestConfigurationArn {
        Check.notNull("ingestConfigurationArn", arn).requireType("ingestConfigurationArn", ResourceType.INGEST_CONFIGURATION);
    }

    /**
     * Parses an ingest configuration ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code ingestConfigurationArn} if the text is not an ingest configuration ARN
     */
    public static IngestConfigurationArn parse(String arn) {
        return new IngestConfigurationArn(IvsArn.parse("ingestConfigurationArn", arn, ResourceType.INGEST_CONFIGURATION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
