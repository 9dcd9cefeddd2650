package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ivsjava.emulator.internal.Router.Route;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's request path: route, read, validate against the model, find the account and region the request
 * acts in, run the operation under the lock it declares, answer as IVS does.
 *
 * <p>Every answer carries {@code x-amzn-RequestId}. Errors carry their code in {@code x-amzn-ErrorType}, their
 * modeled HTTP status, and their text in the body's {@code exceptionMessage} (where the models put it) and
 * {@code message} (where most SDKs look). A request that matches no operation, or whose body is not JSON, gets a
 * 4xx; a failure inside the emulator gets a 500 {@code InternalServerException}, never a hang.
 *
 * <p>Thread-safe: the state is partitioned by account and region, and each handler locks only its partition.
 */
public final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final Router router;
    private final Handlers handlers;
    private final EmulatorState state;
    private final boolean checkResponses;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /**
     * Creates the handler.
     *
     * @param models the service models
     * @param handlers the operation handlers
     * @param state the emulator's state
     * @param checkResponses whether to check every response against the model (for the emulator's own tests)
     */
    ApiHandler(List<ServiceModel> models, Handlers handlers, EmulatorState state, boolean checkResponses) {
        this.router = new Router(models);
        this.handlers = handlers;
        this.state = state;
        this.checkResponses = checkResponses;
    }

    /**
     * Requests answered so far, all operations together (unknown paths included).
     *
     * @return the count
     */
    long requestCount() {
        return total.sum();
    }

    /**
     * Requests answered so far for one operation, whatever their outcome.
     *
     * @param operation such as {@code CreateStage}
     * @return the count
     */
    long requestCount(String operation) {
        LongAdder adder = counts.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        total.increment();
        Optional<ServiceModel> answering = Optional.empty();
        try {
            Answer answer;
            try {
                Optional<Route> route = router.route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
                answering = route.map(Route::model);
                answer = answer(exchange, route);
            } catch (ApiException e) {
                answer = Answer.error(e, answering);
            } catch (RuntimeException | Error e) {
                LOG.error("request {} {} failed inside the emulator (request id {})",
                        exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), requestId, e);
                answer = Answer.error(new ApiException("InternalServerException",
                        "The IVS emulator failed: " + e + ". Please report this with request id " + requestId + "."),
                        answering);
            }
            send(exchange, requestId, answer);
        } finally {
            exchange.close();
        }
    }

    private Answer answer(HttpExchange exchange, Optional<Route> resolved) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        if (resolved.isEmpty()) {
            drain(exchange);
            throw new ApiException("UnknownOperationException", "No IVS operation answers " + method + " " + rawPath + ".");
        }
        Route route = resolved.get();
        Operation op = route.operation();
        counts.computeIfAbsent(op.name(), k -> new LongAdder()).increment();
        ServiceModel model = route.model();

        ObjectNode input = readBody(exchange);
        Shape inputShape = op.input().map(model::shape).orElse(null);
        if (inputShape != null) {
            bindNonBodyMembers(inputShape, model, route, exchange.getRequestURI().getRawQuery(), input);
            ShapeValidator.Result result = ShapeValidator.checkInput(model, inputShape, input);
            if (!result.ok()) {
                throw new ApiException(result.typeError() ? "SerializationException" : "ValidationException",
                        result.message());
            }
        }

        Handlers.Handler handler = handlers.find(model.service(), op.name()).orElseThrow(() -> new ApiException(
                "NotImplementedException", "The IVS emulator does not serve " + op.name() + " (" + model.service()
                        + ") yet."));
        SigV4Scope scope = SigV4Scope.of(exchange.getRequestHeaders().getFirst("Authorization"));
        Partition partition = state.partition(scope.account(state.options().accountId()),
                scope.region().orElse(state.options().region()));
        ObjectNode output = handler.run(partition, input);
        if (checkResponses && op.output().isPresent()) {
            ShapeValidator.Result check = ShapeValidator.checkOutput(model, model.shape(op.output().get()), output);
            if (!check.ok()) {
                throw new IllegalStateException(op.name() + " answered outside its model: " + check.violations());
            }
        }
        return new Answer(op.responseCode(), null, output);
    }

    /** Copies URI labels and query parameters into the input, under their member names. */
    private static void bindNonBodyMembers(Shape shape, ServiceModel model, Route route, String rawQuery,
                                           ObjectNode input) {
        for (Member member : shape.members().values()) {
            String location = member.location().orElse("");
            String name = member.locationName().orElse(member.name());
            if (location.equals("uri") && route.labels().containsKey(name)) {
                input.put(member.name(), route.labels().get(name));
            } else if (location.equals("querystring") && rawQuery != null) {
                boolean list = model.shape(member.shape()).type().equals("list");
                ArrayNode values = Json.array();
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                    if (key.equals(name)) {
                        values.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
                    }
                }
                if (values.size() > 0) {
                    input.set(member.name(), list ? values : values.get(0));
                }
            }
        }
    }

    private static ObjectNode readBody(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException("RequestEntityTooLargeException", "The request body is larger than 1 MiB.");
        }
        if (body.length == 0) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new ApiException("SerializationException", "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return Json.object();
        }
        if (!node.isObject()) {
            throw new ApiException("SerializationException", "The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    /**
     * Reads and discards the body. Not with {@code skip()}: the JDK's request stream inherits it from
     * {@code FilterInputStream}, which skips on the raw socket behind the stream's length accounting and leaves
     * {@code close()} waiting for bytes that never come.
     */
    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readNBytes(MAX_BODY_BYTES);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, String requestId, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        if (answer.errorCode() != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", answer.errorCode());
        }
        if (answer.status() == 204 || answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = Json.write(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What to answer: a status, an error code for errors, and a body. */
    private record Answer(int status, String errorCode, ObjectNode body) {
        static Answer error(ApiException e, Optional<ServiceModel> model) {
            ObjectNode body = Json.object();
            body.put("exceptionMessage", e.getMessage());
            body.put("message", e.getMessage());
            return new Answer(e.status(model), e.errorCode(), body);
        }
    }
}
