package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.MultitrackInput;
import io.ivsjava.lowlatency.Resolution;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The low-latency API's input checks, on top of ivs-core's {@link Check}: limits and patterns from the IVS model,
 * and the rules its documentation states between fields. Not part of the public API.
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
     * A value of one of the library's enums that IVS accepts as input: present and not {@code UNKNOWN}.
     *
     * @param field the field name
     * @param value the value
     * @param <E> the enum
     * @return the value
     */
    public static <E extends Enum<E>> E known(String field, E value) {
        Check.notNull(field, value);
        if (value.name().equals("UNKNOWN")) {
            throw IvsValidationException.invalid(field, "UNKNOWN only reports values newer than this library; "
                    + "allowed " + Arrays.stream(value.getDeclaringClass().getEnumConstants())
                    .filter(e -> !e.name().equals("UNKNOWN")).map(Enum::name).collect(Collectors.joining(", ")));
        }
        return value;
    }

    /**
     * The number of items in a collection.
     *
     * @param field the field name
     * @param items the collection
     * @param min the fewest allowed
     * @param max the most allowed
     * @param noun what the items are, plural ("ARNs")
     * @param <C> the collection type
     * @return the collection
     */
    public static <C extends Collection<?>> C size(String field, C items, int min, int max, String noun) {
        Check.notNull(field, items);
        if (items.size() < min || items.size() > max) {
            throw IvsValidationException.invalid(field, "has " + items.size() + " " + noun + "; allowed " + min + ".."
                    + max);
        }
        int i = 0;
        for (Object item : items) {
            Check.notNull(field + "[" + i++ + "]", item);
        }
        return items;
    }

    /**
     * A duration that IVS takes in whole seconds.
     *
     * @param field the field name
     * @param duration the value
     * @param min the shortest allowed, in seconds
     * @param max the longest allowed, in seconds
     * @return the number of seconds
     */
    public static int seconds(String field, Duration duration, int min, int max) {
        Check.notNull(field, duration);
        String allowed = "allowed " + min + ".." + max + " whole seconds";
        if (duration.isNegative() || duration.getNano() != 0) {
            throw IvsValidationException.invalid(field, duration + " is not a whole number of seconds; " + allowed);
        }
        long seconds = duration.getSeconds();
        if (seconds < min || seconds > max) {
            throw IvsValidationException.invalid(field, seconds + " seconds is "
                    + (seconds < min ? "too short" : "too long") + "; " + allowed);
        }
        return (int) seconds;
    }

    /**
     * A string that must match a pattern in full.
     *
     * @param field the field name
     * @param value the value
     * @param pattern the pattern
     * @param allowed what is allowed, in words
     * @return the value
     */
    public static String matches(String field, String value, Pattern pattern, String allowed) {
        Check.notNull(field, value);
        if (!pattern.matcher(value).matches()) {
            throw IvsValidationException.invalid(field, "\"" + value + "\" is malformed; allowed " + allowed);
        }
        return value;
    }

    /**
     * A multitrack input setting, and the channel type and container format it needs, where they are known.
     *
     * @param multitrack the setting
     * @param type the channel type, or {@code null} if the input leaves it unchanged
     * @return the setting
     */
    public static MultitrackInput multitrack(MultitrackInput multitrack, ChannelType type) {
        known("multitrackInput.policy", multitrack.policy());
        Resolution max = known("multitrackInput.maximumResolution", multitrack.maximumResolution());
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
