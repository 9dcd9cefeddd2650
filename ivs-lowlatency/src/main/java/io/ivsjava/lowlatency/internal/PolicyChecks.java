package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of playback restriction policy fields, shared by the spec and the update. Not part of the public API.
 * Stateless; thread-safe.
 */
public final class PolicyChecks {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private PolicyChecks() {
    }

    /**
     * Country codes: two upper-case letters each (ISO 3166-1 alpha-2).
     *
     * @param countries the codes
     * @return the codes, frozen
     */
    public static List<String> countries(List<String> countries) {
        Check.size("allowedCountries", countries, 0, Integer.MAX_VALUE, "countries");
        for (int i = 0; i < countries.size(); i++) {
            Check.matches("allowedCountries[" + i + "]", countries.get(i), COUNTRY,
                    "an ISO 3166-1 alpha-2 country code such as US (two upper-case letters)");
        }
        return List.copyOf(countries);
    }

    /**
     * Web origins: at most 128 characters each, as the model allows.
     *
     * @param origins the origins
     * @return the origins, frozen
     */
    public static List<String> origins(List<String> origins) {
        Check.size("allowedOrigins", origins, 0, Integer.MAX_VALUE, "origins");
        for (int i = 0; i < origins.size(); i++) {
            Check.length("allowedOrigins[" + i + "]", origins.get(i), 0, 128);
        }
        return List.copyOf(origins);
    }
}
