package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ApiHandler.OperationHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * What the operations of one service share: the state, the model, and the helpers that keep answers in the
 * model's shapes.
 */
abstract class Operations {
    /** The most tags a resource may carry. */
    static final int MAX_TAGS = 50;

    final EmulatorState state;
    final ServiceModel model;

    Operations(EmulatorState state, ServiceModel model) {
        this.state = state;
        this.model = model;
    }

    /**
     * Adds this service's handlers to the registry, keyed {@code service:Operation}.
     *
     * @param registry the handlers by key
     */
    abstract void register(Map<String, OperationHandler> registry);

    final void add(Map<String, OperationHandler> registry, String operation, OperationHandler handler) {
        if (!model.operations().containsKey(operation)) {
            throw new IllegalStateException(model.service() + " has no operation " + operation);
        }
        registry.put(model.service() + ":" + operation, handler);
    }

    /**
     * Keeps only the members of a shape: how a full resource document becomes a list's summary.
     *
     * @param doc the resource document
     * @param shapeName the summary shape, such as {@code StageSummary}
     * @return a new object with the shape's members only
     */
    final ObjectNode project(ObjectNode doc, String shapeName) {
        ObjectNode out = Json.object();
        for (String member : model.shape(shapeName).members().keySet()) {
            JsonNode value = doc.get(member);
            if (value != null) {
                out.set(member, value.deepCopy());
            }
        }
        return out;
    }

    /**
     * A one-member response, such as {@code {"stage": {...}}}.
     *
     * @param name the member
     * @param value its value, copied
     * @return the response
     */
    static ObjectNode wrap(String name, JsonNode value) {
        ObjectNode out = Json.object();
        out.set(name, value.deepCopy());
        return out;
    }

    /** The requested page size, or the operation's default. */
    static int maxResults(ObjectNode input, int defaultSize) {
        return input.path("maxResults").asInt(defaultSize);
    }

    static Optional<String> text(ObjectNode input, String member) {
        JsonNode node = input.get(member);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    /** The request's tags, or an empty map. */
    static ObjectNode tags(ObjectNode input) {
        JsonNode tags = input.get("tags");
        return tags != null && tags.isObject() ? (ObjectNode) tags.deepCopy() : Json.object();
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Keys and values together, in UTF-8 bytes: how IVS counts "1 KB total" for attribute maps. */
    static int totalBytes(JsonNode map) {
        int total = 0;
        for (Map.Entry<String, JsonNode> e : Json.fields(map)) {
            total += e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + e.getValue().asText().getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }
}
