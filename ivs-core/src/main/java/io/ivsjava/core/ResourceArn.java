package io.ivsjava.core;

/**
 * An ARN known to name one kind of IVS resource. Each implementation guarantees its type at construction, so a
 * method that takes a {@link StageArn} can never be handed a channel.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface ResourceArn permits StageArn, ChannelArn, StreamKeyArn, PublicKeyArn, PlaybackKeyPairArn,
        RecordingConfigurationArn, PlaybackRestrictionPolicyArn {
    /**
     * The parts of the ARN.
     *
     * @return the ARN
     */
    IvsArn arn();

    /**
     * The resource's id, the last part of the ARN.
     *
     * @return the id
     */
    default String id() {
        return arn().resourceId();
    }

    /**
     * The ARN text.
     *
     * @return the ARN as IVS writes it
     */
    default String value() {
        return arn().toString();
    }
}
