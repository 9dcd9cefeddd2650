package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
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
 * JSON reading and writing on Jackson's tree model, through Jackson's streaming parser and generator; the flat
 * object most requests send ({@code {"arn":"..."}}) is read without a parser, into the same tree.
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
        ObjectNode flat = flatObject(bytes);
        return flat != null ? flat : parseWithParser(bytes);
    }

    /** {@link #parse} without the shortcut for flat objects: Jackson's parser reads every input. */
    static JsonNode parseWithParser(byte[] bytes) throws IOException {
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
     * The common request body read without a parser: one object whose members are printable-ASCII strings without
     * escapes, {@code true}, {@code false} or {@code null}, such as {@code {"arn":"arn:aws:ivs:..."}}. It builds the
     * tree the general path builds (the last of repeated names wins there too); anything else, numbers and every
     * error included, is left to the general path, which decides it as before.
     *
     * @return the object, or null if the input is not of that form
     */
    static ObjectNode flatObject(byte[] b) {
        int i = skipSpace(b, 0);
        if (i == b.length || b[i] != '{') {
            return null;
        }
        ObjectNode object = NODES.objectNode();
        i = skipSpace(b, i + 1);
        if (i < b.length && b[i] == '}') {
            return skipSpace(b, i + 1) == b.length ? object : null;
        }
        while (true) {
            int nameEnd = plainStringEnd(b, i);
            if (nameEnd < 0) {
                return null;
            }
            String name = new String(b, i + 1, nameEnd - i - 1, StandardCharsets.ISO_8859_1);
            i = skipSpace(b, nameEnd + 1);
            if (i == b.length || b[i] != ':') {
                return null;
            }
            i = skipSpace(b, i + 1);
            if (i == b.length) {
                return null;
            }
            JsonNode value;
            if (b[i] == '"') {
                int valueEnd = plainStringEnd(b, i);
                if (valueEnd < 0) {
                    return null;
                }
                value = NODES.textNode(new String(b, i + 1, valueEnd - i - 1, StandardCharsets.ISO_8859_1));
                i = valueEnd + 1;
            } else if (word(b, i, TRUE)) {
                value = NODES.booleanNode(true);
                i += TRUE.length;
            } else if (word(b, i, FALSE)) {
                value = NODES.booleanNode(false);
                i += FALSE.length;
            } else if (word(b, i, NULL)) {
                value = NODES.nullNode();
                i += NULL.length;
            } else {
                return null;
            }
            object.set(name, value);
            i = skipSpace(b, i);
            if (i == b.length) {
                return null;
            }
            if (b[i] == '}') {
                return skipSpace(b, i + 1) == b.length ? object : null;
            }
            if (b[i] != ',') {
                return null;
            }
            i = skipSpace(b, i + 1);
        }
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Finds the end of a string without escapes.
     *
     * @return the index of the closing quote of the string that opens at {@code i}, or -1 if there is none there or
     *     it holds an escape or a character outside printable ASCII
     */
    private static int plainStringEnd(byte[] b, int i) {
        if (i >= b.length || b[i] != '"') {
            return -1;
        }
        for (int j = i + 1; j < b.length; j++) {
            byte c = b[j];
            if (c == '"') {
                return j;
            }
            if (c < 0x20 || c == '\\' || c > 0x7E) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a literal starts at {@code i}. What follows it is the caller's to check: only space, a comma or the
     * closing brace may, as after any value.
     */
    private static boolean word(byte[] b, int i, byte[] literal) {
        if (i + literal.length > b.length) {
            return false;
        }
        for (int k = 0; k < literal.length; k++) {
            if (b[i + k] != literal[k]) {
                return false;
            }
        }
        return true;
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
        byte[] oneRaw = oneRawMember(node);
        if (oneRaw != null) {
            return oneRaw;
        }
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
     * A value that is already compact JSON, such as a stored document, for an answer: {@link #write} writes it as it
     * is. Only {@link #write} and {@link #materialize} understand it: it is for a tree that is written and nothing
     * else.
     *
     * @param json one compact JSON value, as {@link #write} writes it (UTF-8); not copied, never changed
     * @return the node
     */
    public static JsonNode raw(byte[] json) {
        return NODES.pojoNode(new RawJson(json));
    }

    /**
     * A tree with every {@linkplain #raw raw} value in it parsed, for code that reads the tree (checking an answer
     * against its model).
     *
     * @param node a tree
     * @return the same tree if it holds no raw value, else a copy where each is parsed
     */
    public static JsonNode materialize(JsonNode node) {
        if (node.isPojo() && ((POJONode) node).getPojo() instanceof RawJson) {
            try {
                return parse(((RawJson) ((POJONode) node).getPojo()).json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (node.isObject()) {
            ObjectNode out = null;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode value = node.get(name);
                JsonNode parsed = materialize(value);
                if (parsed != value && out == null) {
                    out = ((ObjectNode) node).deepCopy();
                }
                if (out != null) {
                    out.set(name, parsed);
                }
            }
            return out == null ? node : out;
        }
        if (node.isArray()) {
            ArrayNode out = null;
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = node.get(i);
                JsonNode parsed = materialize(value);
                if (parsed != value && out == null) {
                    out = ((ArrayNode) node).deepCopy();
                }
                if (out != null) {
                    out.set(i, parsed);
                }
            }
            return out == null ? node : out;
        }
        return node;
    }

    /** Compact JSON kept as UTF-8. */
    private static final class RawJson {
        final byte[] json;

        RawJson(byte[] json) {
            this.json = json;
        }

        @Override
        public String toString() {
            return new String(json, StandardCharsets.UTF_8);
        }
    }

    /**
     * An object of one {@linkplain #raw raw} member, the shape of a Get answer, as the generator would write it,
     * without one: {@code {"name":} and the raw bytes and {@code }}, when the name needs no escaping.
     *
     * @return the bytes, or null if the node is not of that shape
     */
    private static byte[] oneRawMember(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return null;
        }
        String name = node.fieldNames().next();
        JsonNode value = node.get(name);
        if (!value.isPojo() || !(((POJONode) value).getPojo() instanceof RawJson)) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return null;
            }
        }
        byte[] json = ((RawJson) ((POJONode) value).getPojo()).json;
        byte[] out = new byte[name.length() + json.length + 5];
        out[0] = '{';
        out[1] = '"';
        for (int i = 0; i < name.length(); i++) {
            out[2 + i] = (byte) name.charAt(i);
        }
        int n = 2 + name.length();
        out[n++] = '"';
        out[n++] = ':';
        System.arraycopy(json, 0, out, n, json.length);
        out[n + json.length] = '}';
        return out;
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
        } else if (node.isPojo() && ((POJONode) node).getPojo() instanceof RawJson) {
            g.writeRawValue(new String(((RawJson) ((POJONode) node).getPojo()).json, StandardCharsets.UTF_8));
        } else {
            g.writeNull();
        }
    }
}
