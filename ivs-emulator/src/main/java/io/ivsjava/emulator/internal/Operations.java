package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.Handlers.Body;
import io.ivsjava.emulator.internal.ResourceTable.ResourceType;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * What the operations of one service share: the emulator's state, the service model, and the helpers that keep
 * answers in the model's shapes.
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
     * Adds this class's handlers to the registry.
     *
     * @param handlers the registry
     */
    abstract void register(Handlers handlers);

    /** Registers a handler that only reads: it runs under its partition's shared read lock. */
    final void read(Handlers handlers, String operation, Body body) {
        handlers.add(model, operation, (p, in) -> p.read(() -> body.handle(p, in)));
    }

    /** Registers a handler that changes state: it runs under its partition's exclusive write lock. */
    final void write(Handlers handlers, String operation, Body body) {
        handlers.add(model, operation, (p, in) -> p.write(() -> body.handle(p, in)));
    }

    /** Registers a handler that locks its partition itself, to do work (signing a token) outside the lock. */
    final void unlocked(Handlers handlers, String operation, Body body) {
        handlers.add(model, operation, body);
    }

    /**
     * The row of a resource type of this service.
     *
     * @param arnType such as {@code stage}
     * @return its row
     */
    static ResourceType type(String arnType) {
        return ResourceTable.byArnType(arnType).orElseThrow(() -> new IllegalStateException("no row for " + arnType));
    }

    /**
     * Stores a new resource, if its quota allows one more.
     *
     * @param partition where
     * @param type its row
     * @param arn its ARN
     * @param document its document
     * @throws ApiException {@code ServiceQuotaExceededException} past the quota
     */
    static void insert(Partition partition, ResourceType type, String arn, ObjectNode document) {
        type.quota().ifPresent(quota -> {
            int limit = partition.emulator().limit(quota);
            if (partition.count(type.arnType()) >= limit) {
                throw ApiException.quota("The account has reached its quota of " + limit + " " + type.noun()
                        + "s in " + partition.region() + ".").with("limit", limit);
            }
        });
        partition.put(arn, document);
    }

    /**
     * Keeps only what a shape describes, recursively: how a resource document becomes a list's summary.
     *
     * @param value the value
     * @param shapeName the shape to keep, such as {@code StageSummary}
     * @return a new value with the shape's members only
     */
    final JsonNode project(JsonNode value, String shapeName) {
        Shape shape = model.shape(shapeName);
        switch (shape.type()) {
            case "structure": {
                ObjectNode out = Json.object();
                for (Member member : shape.members().values()) {
                    JsonNode v = value.get(member.name());
                    if (v != null && !v.isNull()) {
                        out.set(member.name(), project(v, member.shape()));
                    }
                }
                return out;
            }
            case "list": {
                ArrayNode out = Json.array();
                value.forEach(element -> out.add(project(element, shape.member().orElseThrow())));
                return out;
            }
            default:
                return value.deepCopy();
        }
    }

    /**
     * A one-member response, such as {@code {"stage": {...}}}.
     *
     * @param name the member
     * @param value its value (not copied: pass a private copy)
     * @return the response
     */
    static ObjectNode wrap(String name, JsonNode value) {
        ObjectNode out = Json.object();
        out.set(name, value);
        return out;
    }

    /** The requested page size, or the operation's default. */
    static int maxResults(ObjectNode input, int defaultSize) {
        return input.path("maxResults").asInt(defaultSize);
    }

    static Optional<String> text(JsonNode input, String member) {
        JsonNode node = input.get(member);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    /** A non-empty text member, as IVS treats {@code ""} like an absent optional ARN. */
    static Optional<String> nonEmpty(JsonNode input, String member) {
        return text(input, member).filter(s -> !s.isEmpty());
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
