package io.ivsjava.lowlatency;

import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.Map;

/**
 * A playback restriction policy: the countries and web origins from which the channels that name it play.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the policy's ARN
 * @param name its name; may be empty
 * @param allowedCountries ISO 3166-1 alpha-2 codes of the countries that may play; empty for all
 * @param allowedOrigins the web origins that may play; empty for all
 * @param strictOriginEnforcement whether every request of a playback must come from an allowed origin, not only
 *     the first
 * @param tags its AWS tags
 */
public record PlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn, String name, List<String> allowedCountries,
                                        List<String> allowedOrigins, boolean strictOriginEnforcement,
                                        Map<String, String> tags) {
    /** Checks that no component is null and freezes the collections. */
    public PlaybackRestrictionPolicy {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        allowedCountries = List.copyOf(Check.notNull("allowedCountries", allowedCountries));
        allowedOrigins = List.copyOf(Check.notNull("allowedOrigins", allowedOrigins));
        tags = Map.copyOf(Check.notNull("tags", tags));
    }
}
