package io.ivsjava.lowlatency;

import io.ivsjava.core.PlaybackKeyPairArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;

/**
 * A playback key pair imported into IVS: IVS keeps its public key and accepts playback tokens of private channels
 * signed with the matching private key, which stays with you. Any imported pair verifies tokens for every private
 * channel of the account in the region.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the key pair's ARN
 * @param name its name; may be empty
 * @param fingerprint the public key's fingerprint as IVS computed it; empty in list results, which omit it
 * @param tags its AWS tags
 */
public record PlaybackKeyPair(PlaybackKeyPairArn arn, String name, Optional<String> fingerprint,
                              Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public PlaybackKeyPair {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("fingerprint", fingerprint);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
