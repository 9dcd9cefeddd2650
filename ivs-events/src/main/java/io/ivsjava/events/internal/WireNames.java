package io.ivsjava.events.internal;

import io.ivsjava.core.internal.Check;
import java.util.function.Function;

/**
 * The lookup every event's {@code Name} enum makes from a name as IVS writes it. Not part of the public API.
 * Stateless; thread-safe.
 */
public final class WireNames {
    private WireNames() {
    }

    /**
     * The constant whose wire name is {@code wireName}.
     *
     * @param wireName the name as IVS writes it
     * @param values the enum's constants
     * @param wireNameOf each constant's wire name
     * @param unknown the constant for a name this version does not know
     * @param <E> the enum
     * @return the constant, or {@code unknown}
     */
    public static <E extends Enum<E>> E find(String wireName, E[] values, Function<? super E, String> wireNameOf,
                                             E unknown) {
        Check.notNull("wireName", wireName);
        for (E e : values) {
            if (e != unknown && wireNameOf.apply(e).equals(wireName)) {
                return e;
            }
        }
        return unknown;
    }
}
