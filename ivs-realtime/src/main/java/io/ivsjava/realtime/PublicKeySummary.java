package io.ivsjava.realtime;

import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;

/**
 * An imported public key as {@link IvsRealTime#listPublicKeys()} lists it: without its material; use
 * {@link IvsRealTime#getPublicKey} for that.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the key's ARN
 * @param name the key's name; may be empty
 * @param tags the key's AWS tags
 */
public record PublicKeySummary(PublicKeyArn arn, String name, Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public PublicKeySummary {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
