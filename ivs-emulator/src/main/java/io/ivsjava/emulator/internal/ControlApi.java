package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.internal.HttpTransport.Request;
import io.ivsjava.emulator.internal.HttpTransport.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The emulator's own HTTP API, under {@code /_emulator/} (a path no IVS operation uses), so that tests in any
 * language can drive a standalone emulator as the embedded API drives an embedded one. JSON in and out:
 *
 * <pre>
 * GET    /_emulator/info                         endpoint, region, account, journal capacity
 * POST   /_emulator/reset                        forget all resources, streams, sessions, calls and faults
 * GET    /_emulator/calls[?operation=GetStage]   {"total": n, "calls": [call...]} (oldest first)
 * POST   /_emulator/calls/take?timeout=PT5S[&amp;operation=GetStage]   the next untaken call, or 204 after the timeout
 * GET    /_emulator/faults                       the injected faults, described
 * POST   /_emulator/faults                       {"operation": "GetStage", "times": 2, "fault": {...}}
 *                                                or {"share": 0.25, "fault": {...}}
 * DELETE /_emulator/faults                       remove every fault
 * GET    /_emulator/clock                        {"now": "...", "mode": "system|offset|stopped"}
 * POST   /_emulator/clock                        {"advance": "PT1H"} | {"set": "2030-01-01T00:00:00Z"} | {"system": true}
 * POST   /_emulator/simulate/{name}              a media-plane simulation, such as stream-start {"channelArn": ...}
 * GET    /_emulator/events                       the emulator's events as server-sent events (see EventOutlets)
 * </pre>
 *
 * <p>A fault is {@code {"type": "error", "errorCode": "ThrottlingException", "message": "..."}},
 * {@code {"type": "delay", "latency": "PT0.5S"}}, {@code {"type": "connectionReset"}},
 * {@code {"type": "truncatedResponse"}}, {@code {"type": "errorAfterApplying", "errorCode": "..."}} or
 * {@code {"type": "oneOf", "faults": [{...}, ...]}}. Durations and instants are ISO-8601. Mistakes are answered
 * {@code 400 ValidationException} with a message naming the field.
 *
 * <p>Thread-safe; the simulations are registered once, at start-up.
 */
final class ControlApi {
    /** One simulation: reads its members from the request body and returns the result members. */
    @FunctionalInterface
    interface Simulation {
        /**
         * Runs the simulation.
         *
         * @param body the request body
         * @return the response body
         */
        ObjectNode run(ObjectNode body);
    }

    private final EmulatorServer server;
    private final Map<String, Simulation> simulations = new LinkedHashMap<>();

    ControlApi(EmulatorServer server) {
        this.server = server;
    }

    /**
     * Registers a simulation under {@code POST /_emulator/simulate/{name}}. Register at start-up only.
     *
     * @param name the path segment, such as {@code stream-start}
     * @param simulation what it does
     */
    void simulation(String name, Simulation simulation) {
        simulations.put(name, simulation);
    }

    /**
     * A simulation that takes one text member and returns nothing, the common shape.
     *
     * @param member the member to read, such as {@code channelArn}
     * @param action what to do with it
     * @return the simulation
     */
    static Simulation taking(String member, java.util.function.Consumer<String> action) {
        return body -> {
            action.accept(required(body, member));
            return Json.object();
        };
    }

    /**
     * A simulation that takes several text members, in order, and returns nothing.
     *
     * @param action what to do with their values, in the order named
     * @param members the members to read, such as {@code stageArn} and {@code participantId}
     * @return the simulation
     */
    static Simulation takingAll(java.util.function.Consumer<java.util.List<String>> action, String... members) {
        return body -> {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (String member : members) {
                values.add(required(body, member));
            }
            action.accept(values);
            return Json.object();
        };
    }

    /**
     * A simulation that takes one text member and returns one text member.
     *
     * @param member the member to read
     * @param result the member to answer with
     * @param action what to do with the value
     * @return the simulation
     */
    static Simulation returning(String member, String result, Function<String, String> action) {
        return body -> {
            ObjectNode out = Json.object();
            out.put(result, action.apply(required(body, member)));
            return out;
        };
    }

    Response handle(Request request, String requestId) {
        try {
            String path = request.rawPath().substring("/_emulator/".length());
            String method = request.method();
            ObjectNode body = request.body().length == 0 ? Json.object() : object(request.body());
            Map<String, String> query = query(request.rawQuery().orElse(""));
            if (path.startsWith("simulate/") && method.equals("POST")) {
                Simulation simulation = simulations.get(path.substring("simulate/".length()));
                if (simulation == null) {
                    return error(404, "ResourceNotFoundException", "No simulation " + path.substring(9)
                            + "; the emulator has " + simulations.keySet() + ".", requestId);
                }
                try {
                    return ok(simulation.run(body), requestId);
                } catch (IllegalArgumentException e) {
                    return error(404, "ResourceNotFoundException", e.getMessage(), requestId);
                }
            }
            switch (method + " " + path) {
                case "GET info":
                    return ok(server.info(), requestId);
                case "GET events":
                    return server.outlets().stream(request);
                case "POST reset":
                    server.reset();
                    return ok(Json.object(), requestId);
                case "GET calls": {
                    ObjectNode out = Json.object();
                    Optional<String> operation = Optional.ofNullable(query.get("operation"));
                    out.put("total", operation.map(server.journal()::count).orElseGet(server.journal()::count));
                    ArrayNode calls = out.putArray("calls");
                    server.journal().calls(operation).forEach(call -> calls.add(json(call)));
                    return ok(out, requestId);
                }
                case "POST calls/take": {
                    Duration timeout = duration("timeout", query.getOrDefault("timeout", "PT0S"));
                    Optional<RecordedCall> call = server.journal().take(Optional.ofNullable(query.get("operation")),
                            timeout);
                    if (call.isEmpty()) {
                        return Response.of(204, Map.of("x-amzn-RequestId", requestId), new byte[0]);
                    }
                    ObjectNode out = Json.object();
                    out.set("call", json(call.get()));
                    return ok(out, requestId);
                }
                case "GET faults": {
                    ObjectNode out = Json.object();
                    ArrayNode faults = out.putArray("faults");
                    server.faults().describe().forEach(faults::add);
                    return ok(out, requestId);
                }
                case "POST faults":
                    addFault(body);
                    return ok(Json.object(), requestId);
                case "DELETE faults":
                    server.faults().clear();
                    return ok(Json.object(), requestId);
                case "GET clock":
                    return ok(clock(), requestId);
                case "POST clock":
                    setClock(body);
                    return ok(clock(), requestId);
                default:
                    return error(404, "UnknownOperationException", "The emulator's control API has no " + method
                            + " /_emulator/" + path + ".", requestId);
            }
        } catch (ApiException e) {
            return error(400, e.errorCode(), e.getMessage(), requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "ServiceUnavailableException", "interrupted", requestId);
        }
    }

    private void addFault(ObjectNode body) {
        Fault fault = fault(body.path("fault"));
        try {
            if (body.has("share")) {
                server.injectFault(body.path("share").asDouble(-1), fault);
            } else {
                server.injectFault(required(body, "operation"), body.path("times").asInt(1), fault);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(e.getMessage());
        }
    }

    private static Fault fault(JsonNode node) {
        if (!node.isObject()) {
            throw ApiException.validation("fault: is missing; expected an object with a type");
        }
        String type = node.path("type").asText("");
        try {
            switch (type) {
                case "error":
                    return node.hasNonNull("message") ? Fault.error(required(node, "errorCode"), node.get("message").asText())
                            : Fault.error(required(node, "errorCode"));
                case "delay":
                    return Fault.delay(duration("fault.latency", required(node, "latency")));
                case "connectionReset":
                    return Fault.connectionReset();
                case "truncatedResponse":
                    return Fault.truncatedResponse();
                case "errorAfterApplying":
                    return Fault.errorAfterApplying(required(node, "errorCode"));
                case "oneOf":
                    List<Fault> faults = new ArrayList<>();
                    for (JsonNode each : node.path("faults")) {
                        faults.add(fault(each));
                    }
                    return Fault.oneOf(faults.toArray(new Fault[0]));
                default:
                    throw ApiException.validation("fault.type: \"" + type + "\" is not one of error, delay, "
                            + "connectionReset, truncatedResponse, errorAfterApplying, oneOf");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("fault." + e.getMessage());
        }
    }

    private void setClock(ObjectNode body) {
        if (body.has("advance")) {
            server.clock().advance(duration("advance", body.get("advance").asText()));
        } else if (body.has("set")) {
            try {
                server.clock().set(Instant.parse(body.get("set").asText()));
            } catch (DateTimeParseException e) {
                throw ApiException.validation("set: \"" + body.get("set").asText() + "\" is not an ISO-8601 instant "
                        + "such as 2030-01-01T00:00:00Z");
            }
        } else if (body.path("system").asBoolean(false)) {
            server.clock().useSystemTime();
        } else {
            throw ApiException.validation("expected one of advance, set or system");
        }
    }

    private ObjectNode clock() {
        ObjectNode out = Json.object();
        out.put("now", server.clock().instant().toString());
        out.put("mode", server.clock().mode());
        return out;
    }

    static ObjectNode json(RecordedCall call) {
        ObjectNode out = Json.object();
        out.put("operation", call.operation());
        out.put("service", call.service());
        out.put("region", call.region());
        out.put("accountId", call.accountId());
        out.put("method", call.method());
        out.put("path", call.path());
        try {
            out.set("input", Json.parse(call.input().getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            out.put("input", call.input());
        }
        ObjectNode headers = out.putObject("headers");
        call.headers().forEach(headers::put);
        out.put("status", call.status());
        call.errorCode().ifPresent(code -> out.put("errorCode", code));
        call.fault().ifPresent(fault -> out.put("fault", fault.toString()));
        out.put("time", call.time().toString());
        out.put("requestId", call.requestId());
        return out;
    }

    private static String required(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiException.validation(member + ": is missing");
        }
        return value.asText();
    }

    private static Duration duration(String field, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.validation(field + ": \"" + text + "\" is not an ISO-8601 duration such as PT0.5S");
        }
    }

    private static ObjectNode object(byte[] bytes) {
        try {
            JsonNode node = Json.parse(bytes);
            if (node.isObject()) {
                return (ObjectNode) node;
            }
        } catch (java.io.IOException e) {
            // answered below
        }
        throw new ApiException("SerializationException", "The request body must be a JSON object.");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Response ok(ObjectNode body, String requestId) {
        return Response.of(200, Map.of("x-amzn-RequestId", requestId, "Content-Type", "application/json"),
                Json.write(body));
    }

    private static Response error(int status, String code, String message, String requestId) {
        ObjectNode body = Json.object();
        body.put("message", message);
        return Response.of(status, Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", code,
                "Content-Type", "application/json"), Json.write(body));
    }
}
