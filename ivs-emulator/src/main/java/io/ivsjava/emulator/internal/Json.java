package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON reading and writing on Jackson's tree model, through Jackson's streaming parser and generator.
 *
 * <p>The emulator never builds an {@code ObjectMapper}: creating the first one in a JVM costs about 250 ms of class
 * loading and set-up, which was most of the emulator's start time, and it needs nothing a mapper adds to the tree
 * model. Only API present since early Jackson 2.x is used, so the emulator runs beside whichever Jackson 2 a user's
 * test classpath already has. Thread-safe.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /**
     * Parses one JSON value that must fill the input.
     *
     * @param bytes UTF-8 JSON
     * @return the value; a missing node for blank input
     * @throws IOException if the input is not JSON (a {@link com.fasterxml.jackson.core.JsonProcessingException})
     */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            JsonNode value = read(parser, first);
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "trailing content after the JSON value");
            }
            return value;
        }
    }

    /**
     * Parses a JSON object written in the emulator's code, such as a resource type's defaults.
     *
     * @param json the object, as text
     * @return a new object
     * @throws IllegalStateException if the text is not a JSON object
     */
    public static ObjectNode constant(String json) {
        try {
            return (ObjectNode) parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("not a JSON object: " + json, e);
        }
    }

    /**
     * Writes a tree as compact UTF-8 JSON.
     *
     * @param node the tree
     * @return the bytes
     */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
     * A string value.
     *
     * @param text the text
     * @return the node
     */
    public static JsonNode text(String text) {
        return NODES.textNode(text);
    }

    /**
     * A number value.
     *
     * @param value the number
     * @return the node
     */
    public static JsonNode number(long value) {
        return NODES.numberNode(value);
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

    private static JsonNode read(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    object.set(name, read(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(p, next));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                g.writeFieldName(name);
                write(g, node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isBigInteger()) {
            g.writeNumber(node.bigIntegerValue());
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.longValue());
        } else if (node.isNumber()) {
            g.writeNumber(node.doubleValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else {
            g.writeNull();
        }
    }
}
