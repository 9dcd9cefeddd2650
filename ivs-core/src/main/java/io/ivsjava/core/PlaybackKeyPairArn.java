package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a playback key pair, whose public key verifies the playback tokens of private channels:
 * {@code arn:aws:ivs:<region>:<account>:playback-key/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#PLAYBACK_KEY}
 */
public record PlaybackKeyPairArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a playback key pair. */
    public PlaybackKeyPairArn {
        Check.notNull("playbackKeyPairArn", arn)
                .requireType("playbackKeyPairArn", ResourceType.PLAYBACK_KEY);
    }

    /**
     * Parses a playback key pair ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code playbackKeyPairArn} if the text is not a playback key pair ARN
     */
    public static PlaybackKeyPairArn parse(String arn) {
        return new PlaybackKeyPairArn(IvsArn.parse("playbackKeyPairArn", arn, ResourceType.PLAYBACK_KEY));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
