package io.ivsjava.events.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.core.internal.Check;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event's detail as plain, deeply immutable Java values: objects as maps in the order received, arrays as lists,
 * whole numbers as {@code Long}, other numbers as {@code Double}; JSON nulls are left out. Not part of the public
 * API. Stateless; thread-safe.
 */
public final class Json {
    private Json() {
    }

    /**
     * Converts a JSON object.
     *
     * @param object the object node
     * @return the immutable map
     */
    public static Map<String, Object> fromObject(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Object value = fromNode(object.get(name));
            if (value != null) {
                map.put(name, value);
            }
        }
        return new FrozenMap(map);
    }

    private static Object fromNode(JsonNode node) {
        if (node.isObject()) {
            return fromObject(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                Object value = fromNode(element);
                if (value != null) {
                    list.add(value);
                }
            }
            return new FrozenList(list);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null; // null, and the binary/POJO nodes a parsed document never has
    }

    /**
     * A deeply immutable copy of a detail map given to a record's constructor; a map this class made is returned as
     * it is.
     *
     * @param field the name used in an error message
     * @param map the map
     * @return the immutable map
     */
    public static Map<String, Object> freeze(String field, Map<String, Object> map) {
        Check.notNull(field, map);
        if (map instanceof FrozenMap) {
            return map;
        }
        return freezeMap(field, map);
    }

    private static FrozenMap freezeMap(String field, Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String name = Check.notNull(field + ".key", key).toString();
            copy.put(name, freezeValue(field + "[" + name + "]", value));
        });
        return new FrozenMap(copy);
    }

    private static Object freezeValue(String field, Object value) {
        Check.notNull(field, value);
        if (value instanceof FrozenMap || value instanceof FrozenList) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return freezeMap(field, map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(freezeValue(field + "[" + i + "]", list.get(i)));
            }
            return new FrozenList(copy);
        }
        return value;
    }

    /** An unmodifiable map that only this class creates, so that it is known to be frozen all the way down. */
    private static final class FrozenMap extends AbstractMap<String, Object> {
        private final Map<String, Object> map;

        FrozenMap(Map<String, Object> map) {
            this.map = Collections.unmodifiableMap(map);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return map.entrySet();
        }

        @Override
        public Object get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /** An unmodifiable list that only this class creates. */
    private static final class FrozenList extends AbstractList<Object> {
        private final List<Object> list;

        FrozenList(List<Object> list) {
            this.list = list;
        }

        @Override
        public Object get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
