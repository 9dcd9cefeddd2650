package io.ivsjava.core.internal;

import io.ivsjava.core.IvsValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Input checks made before any network call, with messages that name the field, the problem and the allowed
 * range. Limits come from the IVS API models. Not part of the public API. Stateless; thread-safe.
 */
public final class Check {
    /** Names of IVS resources: {@code [a-zA-Z0-9-_]*}, at most 128 characters. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]*");

    private Check() {
    }

    /**
     * A resource name (stage, channel, public key...).
     *
     * @param field the field name
     * @param name the value
     * @return the value
     */
    public static String name(String field, String name) {
        notNull(field, name);
        length(field, name, 0, 128);
        if (!NAME.matcher(name).matches()) {
            throw IvsValidationException.invalid(field, "\"" + name + "\" has characters IVS does not allow in names; "
                    + "allowed letters, digits, '-' and '_' (pattern [a-zA-Z0-9-_]*)");
        }
        return name;
    }

    /**
     * A string's length in characters (Unicode code points), as IVS counts it.
     *
     * @param field the field name
     * @param value the value
     * @param min the least length allowed
     * @param max the greatest length allowed
     * @return the value
     */
    public static String length(String field, String value, int min, int max) {
        notNull(field, value);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw IvsValidationException.invalid(field, "is " + length + " characters long; allowed "
                    + min + ".." + max + " characters");
        }
        return value;
    }

    /**
     * A duration that IVS takes in whole minutes.
     *
     * @param field the field name
     * @param duration the value
     * @param minMinutes the shortest allowed
     * @param maxMinutes the longest allowed
     * @return the number of minutes
     */
    public static int minutes(String field, Duration duration, int minMinutes, int maxMinutes) {
        notNull(field, duration);
        String allowed = "allowed " + minMinutes + ".." + maxMinutes + " whole minutes";
        if (duration.isNegative() || duration.toSeconds() % 60 != 0 || duration.toNanosPart() != 0) {
            throw IvsValidationException.invalid(field, duration + " is not a positive whole number of minutes; "
                    + allowed);
        }
        long minutes = duration.toMinutes();
        if (minutes < minMinutes || minutes > maxMinutes) {
            throw IvsValidationException.invalid(field, minutes + " minutes is "
                    + (minutes < minMinutes ? "too short" : "too long") + "; " + allowed);
        }
        return (int) minutes;
    }

    /**
     * AWS tags: at most 50, keys 1..128 characters, values 0..256 characters.
     *
     * @param field the field name
     * @param tags the tags
     * @return the tags
     */
    public static Map<String, String> tags(String field, Map<String, String> tags) {
        notNull(field, tags);
        if (tags.size() > 50) {
            throw IvsValidationException.invalid(field, tags.size() + " tags is too many; allowed at most 50");
        }
        tags.forEach((key, value) -> {
            length(field + ".key", key, 1, 128);
            length(field + "[" + key + "]", value, 0, 256);
        });
        return tags;
    }

    /**
     * A string map whose keys and values together may hold at most {@code maxBytes} UTF-8 bytes, as IVS limits
     * participant attributes ("1 KB total").
     *
     * @param field the field name
     * @param map the map
     * @param maxBytes the limit
     * @return the map
     */
    public static Map<String, String> totalBytes(String field, Map<String, String> map, int maxBytes) {
        notNull(field, map);
        long total = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            notNull(field + ".key", e.getKey());
            notNull(field + "[" + e.getKey() + "]", e.getValue());
            total += e.getKey().getBytes(StandardCharsets.UTF_8).length + e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > maxBytes) {
            throw IvsValidationException.invalid(field, "keys and values total " + total + " bytes (UTF-8); "
                    + "allowed at most " + maxBytes + " bytes");
        }
        return map;
    }

    /**
     * A string of bounded UTF-8 size.
     *
     * @param field the field name
     * @param value the value
     * @param minBytes the least allowed size
     * @param maxBytes the greatest allowed size
     * @return the value
     */
    public static String bytes(String field, String value, int minBytes, int maxBytes) {
        notNull(field, value);
        int size = value.getBytes(StandardCharsets.UTF_8).length;
        if (size < minBytes || size > maxBytes) {
            throw IvsValidationException.invalid(field, "is " + size + " bytes (UTF-8); allowed "
                    + minBytes + ".." + maxBytes + " bytes");
        }
        return value;
    }

    /**
     * A duration that IVS takes in whole seconds.
     *
     * @param field the field name
     * @param duration the value
     * @param minSeconds the shortest allowed
     * @param maxSeconds the longest allowed
     * @return the number of seconds
     */
    public static int seconds(String field, Duration duration, int minSeconds, int maxSeconds) {
        notNull(field, duration);
        String allowed = "allowed " + minSeconds + ".." + maxSeconds + " whole seconds";
        if (duration.isNegative() || duration.toNanosPart() != 0) {
            throw IvsValidationException.invalid(field, duration + " is not a whole number of seconds; " + allowed);
        }
        long seconds = duration.toSeconds();
        if (seconds < minSeconds || seconds > maxSeconds) {
            throw IvsValidationException.invalid(field, seconds + " seconds is "
                    + (seconds < minSeconds ? "too short" : "too long") + "; " + allowed);
        }
        return (int) seconds;
    }

    /**
     * A whole number within a range.
     *
     * @param field the field name
     * @param value the value
     * @param min the least allowed
     * @param max the greatest allowed
     * @return the value
     */
    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw IvsValidationException.invalid(field, value + " is out of range; allowed "
                    + (max == Integer.MAX_VALUE ? min + " or more" : min + ".." + max));
        }
        return value;
    }

    /**
     * A number within a range.
     *
     * @param field the field name
     * @param value the value
     * @param min the least allowed
     * @param max the greatest allowed
     * @return the value
     */
    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw IvsValidationException.invalid(field, value + " is out of range; allowed " + plain(min) + ".."
                    + plain(max));
        }
        return value;
    }

    /**
     * A string that must match a pattern as a whole.
     *
     * @param field the field name
     * @param value the value
     * @param pattern the pattern
     * @param allowed what the pattern allows, in words, for the message
     * @return the value
     */
    public static String matches(String field, String value, Pattern pattern, String allowed) {
        notNull(field, value);
        if (!pattern.matcher(value).matches()) {
            throw IvsValidationException.invalid(field, "\"" + value + "\" is malformed; allowed " + allowed);
        }
        return value;
    }

    /**
     * A noun with its indefinite article, for messages.
     *
     * @param noun such as {@code stage} or {@code encoder-configuration}
     * @return such as {@code a stage} or {@code an encoder-configuration}
     */
    public static String withArticle(String noun) {
        return (!noun.isEmpty() && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * A value of one of the library's enums sent to IVS: present, and not the {@code UNKNOWN} constant, which stands
     * for a value read from IVS that this version does not know.
     *
     * @param field the field name
     * @param value the value
     * @param <E> the enum
     * @return the value
     */
    public static <E extends Enum<E>> E known(String field, E value) {
        notNull(field, value);
        if (value.name().equals("UNKNOWN")) {
            StringJoiner allowed = new StringJoiner(", ");
            for (E e : value.getDeclaringClass().getEnumConstants()) {
                if (!e.name().equals("UNKNOWN")) {
                    allowed.add(e.name());
                }
            }
            throw IvsValidationException.invalid(field, "UNKNOWN stands for a value this library could not read "
                    + "and cannot be sent; allowed " + allowed);
        }
        return value;
    }

    /**
     * The number of items in a collection, none of them null.
     *
     * @param field the field name; an item's is {@code field[i]}
     * @param items the collection
     * @param min the fewest allowed
     * @param max the most allowed
     * @param noun what the items are, plural ("ARNs"), for the message
     * @param <C> the collection type
     * @return the collection
     */
    public static <C extends Collection<?>> C size(String field, C items, int min, int max, String noun) {
        notNull(field, items);
        if (items.size() < min || items.size() > max) {
            throw IvsValidationException.invalid(field, "has " + items.size() + " " + noun + "; allowed " + min + ".."
                    + max);
        }
        int i = 0;
        for (Object item : items) {
            notNull(field + "[" + i++ + "]", item);
        }
        return items;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * A required value.
     *
     * @param field the field name
     * @param value the value
     * @param <T> the value type
     * @return the value
     */
    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw IvsValidationException.invalid(field, "is missing");
        }
        return value;
    }
}
