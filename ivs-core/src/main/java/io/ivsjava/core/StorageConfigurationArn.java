package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a storage configuration, the S3 bucket compositions and participant recordings write to: {@code arn:aws:ivs:<region>:<account>:storage-configuration/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#STORAGE_CONFIGURATION}
 */
public record StorageConfigurationArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a storage configuration. */
    public StorageConfigurationArn {
        Check.notNull("storageConfigurationArn", arn).requireType("storageConfigurationArn", ResourceType.STORAGE_CONFIGURATION);
    }

    /**
     * Parses a storage configuration ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code storageConfigurationArn} if the text is not a storage configuration ARN
     */
    public static StorageConfigurationArn parse(String arn) {
        return new StorageConfigurationArn(IvsArn.parse("storageConfigurationArn", arn, ResourceType.STORAGE_CONFIGURATION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
