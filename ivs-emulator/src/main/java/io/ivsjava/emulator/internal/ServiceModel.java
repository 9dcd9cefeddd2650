package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One AWS API model (botocore's {@code service-2.json} format, documentation stripped), read once and kept as
 * immutable Java values: operations with their HTTP bindings, and shapes with their constraints.
 *
 * <p>Immutable and thread-safe; the three IVS models are parsed once per class loader and shared by every emulator.
 */
public final class ServiceModel {
    /** The real-time (stages) service. */
    public static final String REALTIME = "ivs-realtime";
    /** The low-latency (channels) service. */
    public static final String LOW_LATENCY = "ivs";
    /** The chat (rooms) service. */
    public static final String CHAT = "ivschat";

    private static final class Holder {
        static final List<ServiceModel> ALL = loadAll();
    }

    /**
     * Reads the three models. They are independent: the real-time and chat ones are read on other threads, which
     * takes a third off start-up on two cores. Outside {@code Holder}, so the reader threads do not wait for its
     * initialization.
     */
    private static List<ServiceModel> loadAll() {
        java.util.concurrent.FutureTask<ServiceModel> realtime =
                new java.util.concurrent.FutureTask<>(() -> load(REALTIME));
        java.util.concurrent.FutureTask<ServiceModel> chat = new java.util.concurrent.FutureTask<>(() -> load(CHAT));
        for (Runnable task : List.<Runnable>of(realtime, chat)) {
            Thread reader = new Thread(task, "ivs-emulator-model-reader");
            reader.setDaemon(true);
            reader.start();
        }
        ServiceModel lowLatency = load(LOW_LATENCY);
        try {
            return List.of(lowLatency, realtime.get(), chat.get());
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new IllegalStateException("cannot read the IVS models", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the IVS models", e);
        }
    }

    private final String service;
    private final Map<String, Operation> operations;
    private final Map<String, Shape> shapes;

    private ServiceModel(String service, Map<String, Operation> operations, Map<String, Shape> shapes) {
        this.service = service;
        this.operations = operations;
        this.shapes = shapes;
    }

    /**
     * The IVS models the emulator serves.
     *
     * @return the low-latency, the real-time and the chat model, in that order
     */
    public static List<ServiceModel> ivs() {
        return Holder.ALL;
    }

    /**
     * The service's name: {@link #LOW_LATENCY}, {@link #REALTIME} or {@link #CHAT}.
     *
     * @return the name
     */
    public String service() {
        return service;
    }

    /**
     * Every operation of the service, by name.
     *
     * @return the operations
     */
    public Map<String, Operation> operations() {
        return operations;
    }

    /**
     * A shape by name.
     *
     * @param name the shape name
     * @return the shape
     * @throws IllegalArgumentException if the model has no such shape
     */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException(service + " has no shape " + name);
        }
        return shape;
    }

    /**
     * Every shape, by name.
     *
     * @return the shapes
     */
    public Map<String, Shape> shapes() {
        return shapes;
    }

    /**
     * An operation and its HTTP binding.
     *
     * @param service the service name
     * @param name such as {@code CreateStage}
     * @param method the HTTP method
     * @param requestUri the path template, such as {@code /tags/{resourceArn}}
     * @param responseCode the status of a successful response
     * @param input the input shape's name, if any
     * @param output the output shape's name, if any
     * @param errors the names of the modeled error shapes
     */
    public record Operation(String service, String name, String method, String requestUri, int responseCode,
                            Optional<String> input, Optional<String> output, List<String> errors) {
    }

    /**
     * A member of a structure.
     *
     * @param name the member name, also its JSON key
     * @param shape the member's shape name
     * @param location where the member travels: {@code uri}, {@code querystring}, {@code header}, or empty for
     *     the JSON body
     * @param locationName the name at that location (URI label, query parameter or header)
     */
    public record Member(String name, String shape, Optional<String> location, Optional<String> locationName) {
        /**
         * Whether the member travels in the JSON body.
         *
         * @return true for body members
         */
        public boolean inBody() {
            return location.isEmpty();
        }
    }

    /**
     * A shape and its constraints.
     *
     * @param name the shape name
     * @param type {@code structure}, {@code string}, {@code integer}, {@code long}, {@code float},
     *     {@code boolean}, {@code timestamp}, {@code list} or {@code map}
     * @param members a structure's members, in model order
     * @param required a structure's required member names
     * @param min the least length, size or value
     * @param max the greatest length, size or value
     * @param pattern the regular expression a string must match, as the emulator applies it
     * @param enumValues the values an enum string may take; empty if unconstrained
     * @param member a list's element shape
     * @param key a map's key shape
     * @param value a map's value shape
     * @param sensitive whether values must not be echoed in messages
     * @param httpStatus an error shape's HTTP status
     * @param union whether the structure is a union: exactly one of its members must be set
     */
    public record Shape(String name, String type, Map<String, Member> members, Set<String> required,
                        Optional<Long> min, Optional<Long> max, Optional<Pattern> pattern, List<String> enumValues,
                        Optional<String> member, Optional<String> key, Optional<String> value, boolean sensitive,
                        Optional<Integer> httpStatus, boolean union) {
    }

    private static ServiceModel load(String service) {
        JsonNode model = read(service + ".json");

        Map<String, Shape> shapes = new LinkedHashMap<>();
        Json.fields(model.path("shapes")).forEach(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));

        Map<String, Operation> operations = new LinkedHashMap<>();
        Json.fields(model.path("operations")).forEach(e -> {
            JsonNode op = e.getValue();
            JsonNode http = op.path("http");
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(err -> errors.add(err.path("shape").asText()));
            operations.put(e.getKey(), new Operation(service, e.getKey(), http.path("method").asText(),
                    http.path("requestUri").asText(), http.path("responseCode").asInt(200),
                    text(op.path("input").path("shape")), text(op.path("output").path("shape")),
                    List.copyOf(errors)));
        });
        return new ServiceModel(service, Collections.unmodifiableMap(operations), Collections.unmodifiableMap(shapes));
    }

    private static Shape shape(String name, JsonNode node) {
        Map<String, Member> members = new LinkedHashMap<>();
        Json.fields(node.path("members")).forEach(e -> members.put(e.getKey(), new Member(e.getKey(),
                e.getValue().path("shape").asText(), text(e.getValue().path("location")),
                text(e.getValue().path("locationName")))));
        Set<String> required = new LinkedHashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        List<String> enumValues = new ArrayList<>();
        node.path("enum").forEach(v -> enumValues.add(v.asText()));
        return new Shape(name, node.path("type").asText(), Collections.unmodifiableMap(members),
                Collections.unmodifiableSet(required),
                node.has("min") ? Optional.of(node.get("min").asLong()) : Optional.empty(),
                node.has("max") ? Optional.of(node.get("max").asLong()) : Optional.empty(),
                text(node.path("pattern")).map(p -> Patterns.compile(name, p)),
                List.copyOf(enumValues),
                text(node.path("member").path("shape")), text(node.path("key").path("shape")),
                text(node.path("value").path("shape")), node.path("sensitive").asBoolean(false),
                node.path("error").has("httpStatusCode")
                        ? Optional.of(node.path("error").path("httpStatusCode").asInt()) : Optional.empty(),
                node.path("union").asBoolean(false));
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static JsonNode read(String file) {
        String path = "/io/ivsjava/emulator/models/" + file;
        try (InputStream in = ServiceModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing model resource " + path);
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + path, e);
        }
    }
}
