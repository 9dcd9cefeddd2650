package io.ivsjava.live.internal;

import io.ivsjava.core.internal.Check;
import java.util.regex.Pattern;

/**
 * Checks of the application's user ids, which ivs-live writes into tags, names and tokens. Not public API.
 * Stateless; thread-safe.
 */
public final class UserIds {
    /** The longest user id: IVS's limit for a participant's user id. */
    public static final int MAX_LENGTH = 128;
    /** What AWS tag values allow, less spaces: letters, digits and {@code _ . : / = + - @}. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.:/=+\\-@]+");

    private UserIds() {
    }

    /**
     * A user id: 1 to 128 letters, digits and {@code _ . : / = + - @}.
     *
     * @param field the field name
     * @param userId the value
     * @return the value
     */
    public static String check(String field, String userId) {
        Check.length(field, userId, 1, MAX_LENGTH);
        return Check.matches(field, userId, ALLOWED, "1.." + MAX_LENGTH + " letters, digits and _ . : / = + - @ "
                + "(it is written into AWS tags)");
    }

    /**
     * A resource name made from a namespace and a user id: IVS names allow only letters, digits, {@code -} and
     * {@code _}, at most 128 characters, so other characters become {@code -}.
     *
     * @param namespace the namespace
     * @param userId the user id
     * @return the name
     */
    public static String resourceName(String namespace, String userId) {
        String name = (namespace + "-" + userId).replaceAll("[^a-zA-Z0-9_-]", "-");
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
