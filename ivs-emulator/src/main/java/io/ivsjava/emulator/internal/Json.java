package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON helpers on Jackson's tree model. Only API present since early Jackson 2.x is used, so the emulator runs
 * beside whichever Jackson 2 a user's test classpath already has.
 */
public final class Json {
    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /**
     * A new empty object.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * A new empty array.
     *
     * @return the array
     */
    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * An object's fields as a list of entries, in order.
     *
     * @param node an object node (anything else has no fields)
     * @return the fields
     */
    public static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(name -> out.add(new AbstractMap.SimpleImmutableEntry<>(name, node.get(name))));
        return out;
    }

    /**
     * A string map as a JSON object.
     *
     * @param map the map
     * @return the object
     */
    public static ObjectNode object(Map<String, String> map) {
        ObjectNode out = object();
        map.forEach(out::put);
        return out;
    }
}
