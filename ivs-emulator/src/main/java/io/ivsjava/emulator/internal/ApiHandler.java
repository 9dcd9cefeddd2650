package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.internal.HttpTransport.Effect;
import io.ivsjava.emulator.internal.HttpTransport.Request;
import io.ivsjava.emulator.internal.HttpTransport.Response;
import io.ivsjava.emulator.internal.Router.Route;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's request path: route, check the signature (strict mode), apply an injected fault, read and
 * validate the input against the model, find the account and region the request acts in, run the operation under
 * the lock it declares, answer as IVS does, and record the call in the journal. Requests that are not API calls go
 * to the first {@link Mount} that claims them instead, unrecorded and never faulted: the {@link ControlApi} under
 * {@code /_emulator/}, and the planes beside the APIs (playback, chat messaging) where they are on.
 *
 * <p>Every answer carries {@code x-amzn-RequestId}. Errors carry their code in {@code x-amzn-ErrorType}, their
 * modeled HTTP status, and their text in the body's {@code exceptionMessage} (where the models put it) and
 * {@code message} (where most SDKs look). A request that matches no operation, or whose body is not JSON, gets a
 * 4xx; a failure inside the emulator (an {@code Error} included) gets a 500 {@code InternalServerException}, never
 * a hang.
 *
 * <p>Thread-safe: the state is partitioned by account and region, and each handler locks only its partition.
 */
final class ApiHandler implements HttpTransport.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    /**
     * Something served on the API's port that is not an API call.
     *
     * @param claims whether a request is this mount's, decided from its method, path and headers alone
     * @param handler answers a claimed request, given its request id
     */
    record Mount(Predicate<Request> claims, BiFunction<Request, String, Response> handler) {
        /**
         * A mount for every path under a prefix.
         *
         * @param pathPrefix such as {@code /_emulator/}
         * @param handler answers its requests
         * @return the mount
         */
        static Mount under(String pathPrefix, BiFunction<Request, String, Response> handler) {
            return new Mount(r -> r.rawPath().startsWith(pathPrefix), handler);
        }
    }

    private final Router router;
    private final Handlers handlers;
    private final EmulatorState state;
    private final CallJournal journal;
    private final FaultPlan faults;
    private final Optional<SigV4Verifier> verifier;
    private final List<Mount> mounts;
    private final boolean checkResponses;
    /** The configured account and region: where unsigned requests act. */
    private final SigV4Scope unsigned;
    private final SigV4Scope.Reader scopes;

    ApiHandler(List<ServiceModel> models, Handlers handlers, EmulatorState state, CallJournal journal,
               FaultPlan faults, Optional<SigV4Verifier> verifier, List<Mount> mounts, boolean checkResponses) {
        this.router = new Router(models);
        this.handlers = handlers;
        this.state = state;
        this.journal = journal;
        this.faults = faults;
        this.verifier = verifier;
        this.mounts = List.copyOf(mounts);
        this.checkResponses = checkResponses;
        this.unsigned = new SigV4Scope(state.options().accountId(), state.options().region());
        this.scopes = new SigV4Scope.Reader(unsigned);
    }

    @Override
    public Response handle(Request request) {
        String requestId = requestId();
        for (Mount mount : mounts) {
            if (mount.claims().test(request)) {
                return mount.handler().apply(request, requestId);
            }
        }
        Instant arrived = state.instant();
        Optional<Route> route = Optional.empty();
        SigV4Scope scope = unsigned;
        Supplier<String> inputJson = NO_INPUT;
        Optional<Fault> fault = Optional.empty();
        Answer answer;
        try {
            route = router.route(request.method(), request.rawPath());
            scope = scopes.of(request.headers().get("authorization"));
            try {
                if (verifier.isPresent()) {
                    verifier.get().verify(request, state.instant());
                }
                if (route.isEmpty()) {
                    throw new ApiException("UnknownOperationException", "No IVS operation answers "
                            + request.method() + " " + request.rawPath() + ".");
                }
                fault = faults.next(route.get().operation().name());
                ObjectNode input = parseInput(request.body(), request.rawQuery(), route.get());
                inputJson = inputAsParsed(request, route.get());
                answer = faulted(fault).orElse(null);
                if (answer == null) {
                    answer = run(route.get(), scope, input);
                    if (fault.orElse(null) instanceof Fault.ErrorAfterApplying) {
                        Fault.ErrorAfterApplying after = (Fault.ErrorAfterApplying) fault.get();
                        answer = Answer.error(new ApiException(after.errorCode(), after.message()), route.map(Route::model));
                    }
                }
            } catch (ApiException e) {
                answer = Answer.error(e, route.map(Route::model));
            }
        } catch (RuntimeException | Error e) {
            LOG.error("request {} {} failed inside the emulator (request id {})", request.method(), request.rawPath(),
                    requestId, e);
            answer = Answer.error(new ApiException("InternalServerException", "The IVS emulator failed: " + e
                    + ". Please report this with request id " + requestId + "."), Optional.empty());
        }
        Response response = answer.toResponse(requestId, fault);
        record(request, route, scope, inputJson, response, answer, fault, arrived, requestId);
        return response;
    }

    private static final Supplier<String> NO_INPUT = () -> "{}";

    /**
     * The journal's copy of an input the emulator parsed: written as compact JSON only when somebody reads the call,
     * from the body and route it was parsed from (parsing again gives the same members, since parsing is a function
     * of them; the handler may change its own copy). Keeps the body's bytes and the query, not the request.
     */
    private static Supplier<String> inputAsParsed(Request request, Route route) {
        byte[] body = request.body();
        Optional<String> rawQuery = request.rawQuery();
        return () -> new String(Json.write(parseInput(body, rawQuery, route)), StandardCharsets.UTF_8);
    }

    private void record(Request request, Optional<Route> route, SigV4Scope scope, Supplier<String> inputJson,
                        Response response, Answer answer, Optional<Fault> fault, Instant arrived, String requestId) {
        try {
            journal.add(new CallJournal.Entry(new RecordedCall(
                    route.map(r -> r.operation().name()).orElse(""),
                    route.map(r -> r.model().service()).orElse(""),
                    journal.share(scope.region()),
                    journal.share(scope.accountId()),
                    journal.share(request.method()), journal.share(request.rawPath()),
                    "{}",
                    journal.share(request.headers()),
                    response.effect() == Effect.RESET ? 0 : response.status(),
                    Optional.ofNullable(answer.errorCode()), fault, arrived, requestId), inputJson));
        } catch (RuntimeException | Error e) {
            LOG.warn("the call journal could not record request {}", requestId, e);
        }
    }

    /** The answer an injected fault replaces the operation's with, after any delay it adds. */
    private static Optional<Answer> faulted(Optional<Fault> fault) {
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        Fault f = fault.get();
        if (f instanceof Fault.ServiceError) {
            Fault.ServiceError error = (Fault.ServiceError) f;
            return Optional.of(Answer.error(new ApiException(error.errorCode(), error.message()), Optional.empty()));
        }
        if (f instanceof Fault.Delay) {
            try {
                TimeUnit.NANOSECONDS.sleep(((Fault.Delay) f).latency().toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    private Answer run(Route route, SigV4Scope scope, ObjectNode input) {
        Operation op = route.operation();
        ServiceModel model = route.model();
        Shape inputShape = op.input().map(model::shape).orElse(null);
        if (inputShape != null) {
            ShapeValidator.Result result = ShapeValidator.checkInput(model, inputShape, input);
            if (!result.ok()) {
                throw new ApiException(result.typeError() ? "SerializationException" : "ValidationException",
                        result.message()).with("reason", "FIELD_VALIDATION_FAILED");
            }
        }
        Handlers.Body handler = handlers.find(op).orElseThrow(() -> new ApiException(
                "NotImplementedException", "The IVS emulator does not serve " + op.name() + " (" + model.service()
                        + ") yet."));
        ObjectNode output = handler.handle(state.partition(scope.accountId(), scope.region()), input);
        if (checkResponses && op.output().isPresent()) {
            ShapeValidator.Result check = ShapeValidator.checkOutput(model, model.shape(op.output().get()),
                    Json.materialize(output));
            if (!check.ok()) {
                throw new IllegalStateException(op.name() + " answered outside its model: " + check.violations());
            }
        }
        return new Answer(op.responseCode(), null, output);
    }

    /** The body's members with the URI labels and query parameters merged in, under their member names. */
    private static ObjectNode parseInput(byte[] body, Optional<String> rawQuery, Route route) {
        ObjectNode input = readBody(body);
        ServiceModel model = route.model();
        Optional<Shape> shape = route.operation().input().map(model::shape);
        if (shape.isPresent()) {
            bindNonBodyMembers(shape.get(), model, route, rawQuery.orElse(null), input);
        }
        return input;
    }

    private static void bindNonBodyMembers(Shape shape, ServiceModel model, Route route, String rawQuery,
                                           ObjectNode input) {
        for (Member member : shape.members().values()) {
            if (member.inBody()) {
                continue;
            }
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

    private static ObjectNode readBody(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        JsonNode node;
        try {
            node = Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new ApiException("SerializationException", "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException("SerializationException", "The request body is not valid JSON.");
        }
        if (node == null || node.isMissingNode()) {
            return Json.object();
        }
        if (!node.isObject()) {
            throw new ApiException("SerializationException", "The request body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * A random (version 4) UUID from the thread's fast generator: a request id needs to be unique, not secret, and
     * {@link UUID#randomUUID()} would take the JVM-wide {@code SecureRandom}'s lock on every request.
     *
     * @return the id
     */
    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** What to answer: a status, an error code for errors, and a body. */
    private record Answer(int status, String errorCode, ObjectNode body) {
        /**
         * An error's answer: its message, and the further members it offers that the answering service's error
         * shape has (IVS Chat's errors carry {@code resourceId}, {@code resourceType}, {@code reason}...). A
         * required {@code reason} nobody offered is {@code OTHER}.
         */
        static Answer error(ApiException e, Optional<ServiceModel> model) {
            ObjectNode body = Json.object();
            body.put("exceptionMessage", e.getMessage());
            body.put("message", e.getMessage());
            Shape shape = model.map(m -> m.shapes().get(e.errorCode())).orElse(null);
            if (shape != null) {
                e.details().forEach((member, value) -> {
                    if (shape.members().containsKey(member)) {
                        body.set(member, value instanceof Number ? Json.number(((Number) value).longValue())
                                : Json.text(String.valueOf(value)));
                    }
                });
                if (shape.required().contains("reason") && !body.has("reason")) {
                    body.put("reason", "OTHER");
                }
            }
            return new Answer(e.status(), e.errorCode(), body);
        }

        Response toResponse(String requestId, Optional<Fault> fault) {
            Effect effect = fault.map(f -> f instanceof Fault.ConnectionReset ? Effect.RESET
                    : f instanceof Fault.TruncatedResponse ? Effect.TRUNCATE : Effect.NONE).orElse(Effect.NONE);
            Map<String, String> headers;
            byte[] bytes;
            if (status == 204 || body == null) {
                bytes = new byte[0];
                headers = errorCode == null ? Map.of("x-amzn-RequestId", requestId)
                        : Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", errorCode);
            } else {
                bytes = Json.write(body);
                headers = errorCode == null
                        ? Map.of("x-amzn-RequestId", requestId, "Content-Type", "application/json")
                        : Map.of("x-amzn-RequestId", requestId, "Content-Type", "application/json",
                                "x-amzn-ErrorType", errorCode);
            }
            return new Response(status, headers, bytes, effect);
        }
    }
}
