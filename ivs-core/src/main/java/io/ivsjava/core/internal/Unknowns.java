package io.ivsjava.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads enum values from IVS so that a value this library does not know yet never breaks reading: it becomes the
 * enum's {@code UNKNOWN} constant and its raw text is kept by field path, for the record's {@code unknownValues}.
 * One instance per record read; not thread-safe. Not part of the public API.
 */
public final class Unknowns {
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * Reads one value.
     *
     * @param type the enum, which has an {@code UNKNOWN} constant
     * @param raw the value as IVS sent it; null or empty if absent
     * @param absent what an absent value reads as
     * @param path the field path, for the record's {@code unknownValues}
     * @param <E> the enum
     * @return the constant
     */
    public <E extends Enum<E>> E read(Class<E> type, String raw, E absent, String path) {
        return raw == null || raw.isEmpty() ? absent : present(type, raw, path);
    }

    /**
     * Reads an optional value.
     *
     * @param type the enum
     * @param raw the value as IVS sent it; null or empty if absent
     * @param path the field path
     * @param <E> the enum
     * @return the constant, if a value was sent
     */
    public <E extends Enum<E>> Optional<E> optional(Class<E> type, String raw, String path) {
        return Optional.ofNullable(read(type, raw, null, path));
    }

    /**
     * Reads a list of values, in order.
     *
     * @param type the enum
     * @param raw the values as IVS sent them
     * @param path the field path; each element's is {@code path[i]}
     * @param <E> the enum
     * @return the constants
     */
    public <E extends Enum<E>> List<E> list(Class<E> type, List<String> raw, String path) {
        List<E> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(present(type, raw.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /**
     * Reads a list of values into a set, leaving absent ones out.
     *
     * @param type the enum
     * @param raw the values as IVS sent them; null for none
     * @param path the field path; each element's is {@code path[i]}
     * @param <E> the enum
     * @return the constants
     */
    public <E extends Enum<E>> Set<E> set(Class<E> type, List<String> raw, String path) {
        Set<E> out = EnumSet.noneOf(type);
        List<String> list = raw == null ? List.of() : new ArrayList<>(raw);
        for (int i = 0; i < list.size(); i++) {
            E e = read(type, list.get(i), null, path + "[" + i + "]");
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Keeps a value read outside any enum as unknown.
     *
     * @param path the field path
     * @param raw the value as IVS sent it
     */
    public void unknown(String path, String raw) {
        values.put(path, raw);
    }

    /**
     * The unknown values read so far.
     *
     * @return field paths to raw values
     */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** A value that was sent: its constant, or {@code UNKNOWN} (IVS's own {@code UNKNOWN} is not a new value). */
    private <E extends Enum<E>> E present(Class<E> type, String raw, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw)) {
                return e;
            }
        }
        values.put(path, raw);
        return Enum.valueOf(type, "UNKNOWN");
    }
}
