package io.ivsjava.core;

import io.ivsjava.core.internal.Check;

/**
 * The ARN of a playback restriction policy (the countries and origins allowed to play a channel):
 * {@code arn:aws:ivs:<region>:<account>:playback-restriction-policy/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ResourceType#PLAYBACK_RESTRICTION_POLICY}
 */
public record PlaybackRestrictionPolicyArn(IvsArn arn) implements ResourceArn {
    /** Checks that the ARN names a playback restriction policy. */
    public PlaybackRestrictionPolicyArn {
        Check.notNull("playbackRestrictionPolicyArn", arn)
                .requireType("playbackRestrictionPolicyArn", ResourceType.PLAYBACK_RESTRICTION_POLICY);
    }

    /**
     * Parses a playback restriction policy ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code playbackRestrictionPolicyArn} if the text is not a playback restriction policy ARN
     */
    public static PlaybackRestrictionPolicyArn parse(String arn) {
        return new PlaybackRestrictionPolicyArn(IvsArn.parse("playbackRestrictionPolicyArn", arn, ResourceType.PLAYBACK_RESTRICTION_POLICY));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
