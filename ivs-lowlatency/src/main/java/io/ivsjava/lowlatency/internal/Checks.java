package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.MultitrackInput;
import io.ivsjava.lowlatency.Resolution;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The low-latency API's own input checks, on top of ivs-core's {@link Check}: the tag patterns of its model and
 * the rules its documentation states between fields. Not part of the public API. Stateless; thread-safe.
 */
public final class Checks {
    /** Tag keys and values, from the model's {@code TagKey} and {@code TagValue} patterns. */
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Set<Resolution> MULTITRACK_RESOLUTIONS = EnumSet.of(Resolution.SD, Resolution.HD,
            Resolution.FULL_HD);

    private Checks() {
    }

    /**
     * AWS tags: ivs-core's counts and lengths, plus the model's character patterns.
     *
     * @param field the field name
     * @param tags the tags
     * @return the tags
     */
    public static Map<String, String> tags(String field, Map<String, String> tags) {
        Check.tags(field, tags);
        tags.forEach((key, value) -> {
            if (!TAG_KEY.matcher(key).matches()) {
                throw IvsValidationException.invalid(field + ".key", "\"" + key + "\" has characters AWS does not "
                        + "allow in tag keys; allowed letters, digits, spaces and _ . : / = + - @");
            }
            if (!TAG_VALUE.matcher(value).matches()) {
                throw IvsValidationException.invalid(field + "[" + key + "]", "\"" + value + "\" has characters AWS "
                        + "does not allow in tag values; allowed letters, digits, spaces and _ . : / = + - @");
            }
        });
        return tags;
    }

    /**
     * A multitrack input setting, and the channel type and container format it needs, where they are known.
     *
     * @param multitrack the setting
     * @param type the channel type, or {@code null} if the input leaves it unchanged
     * @return the setting
     */
    public static MultitrackInput multitrack(MultitrackInput multitrack, ChannelType type) {
        Check.known("multitrackInput.policy", multitrack.policy());
        Resolution max = Check.known("multitrackInput.maximumResolution", multitrack.maximumResolution());
        if (!MULTITRACK_RESOLUTIONS.contains(max)) {
            throw IvsValidationException.invalid("multitrackInput.maximumResolution", max + " is not a maximum IVS "
                    + "takes for multitrack input; allowed SD, HD, FULL_HD");
        }
        if (type != null && type != ChannelType.STANDARD) {
            throw IvsValidationException.invalid("multitrackInput", "is set for a " + type + " channel; only "
                    + "STANDARD channels take multitrack input");
        }
        return multitrack;
    }
}
