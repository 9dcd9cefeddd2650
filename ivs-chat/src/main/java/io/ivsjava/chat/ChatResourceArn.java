package io.ivsjava.chat;

/**
 * An ARN known to name one kind of IVS Chat resource: a {@link RoomArn} or a {@link LoggingConfigurationArn}. The
 * tag operations take either.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface ChatResourceArn permits RoomArn, LoggingConfigurationArn {
    /**
     * The parts of the ARN.
     *
     * @return the ARN
     */
    ChatArn arn();

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
     * @return the ARN as IVS Chat writes it
     */
    default String value() {
        return arn().toString();
    }
}
