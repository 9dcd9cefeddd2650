package io.ivsjava.examples.streamcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny JSON-over-HTTP router on the JDK's {@code com.sun.net.httpserver}: routes by method and path template
 * ({@code /api/channels/{username}}), JSON bodies through Jackson, and errors as
 * {@code {"error": "...", "message": "..."}} with a fitting status.
 *
 * <p>Thread-safe once its routes are added (add them before the server starts).
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);
    private static final int MAX_BODY = 256 * 1024;

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route. */
    Http route(String method, String template, Handler handler) {
        StringBuilder regex = new StringBuilder("^");
        List<String> names = new ArrayList<>();
        for (String segment : template.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                names.add(segment.substring(1, segment.length() - 1));
                regex.append("([^/]+)");
            } else {
                regex.append(Pattern.quote(segment));
            }
        }
        routes.add(new Route(method, Pattern.compile(regex.append("$").toString()), names, handler));
        return this;
    }

    /** Answers one exchange: the route's answer, a 404/405, or the error a handler threw. */
    void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Response response;
        try {
            response = dispatch(exchange, method, path);
        } catch (HttpError e) {
            response = error(e.status, e.code, e.getMessage());
        } catch (IvsValidationException e) {
            response = error(400, "ValidationException", e.getMessage());
        } catch (IvsNotFoundException e) {
            response = error(404, "NotFoundException", e.getMessage());
        } catch (IvsConflictException e) {
            response = error(409, "ConflictException", e.getMessage());
        } catch (IvsQuotaExceededException | IvsThrottlingException e) {
            response = error(429, e.getClass().getSimpleName().replace("Ivs", ""), e.getMessage());
        } catch (IvsAccessDeniedException e) {
            response = error(502, "AccessDeniedException", "IVS refused the backend's credentials: " + e.getMessage());
        } catch (IvsException e) {
            LOG.warn("{} {} failed in IVS ({}; request id {})", method, path, e.errorCode().orElse("no code"),
                    e.requestId().orElse("none"), e);
            response = error(502, "IvsError", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", method, path, e);
            response = error(500, "InternalError", "the backend failed; see its log");
        }
        try {
            send(exchange, response);
        } catch (IOException e) {
            LOG.debug("{} {}: the client went away before the answer", method, path);
        } finally {
            exchange.close();
        }
    }

    private Response dispatch(HttpExchange exchange, String method, String path) throws HttpError {
        boolean pathMatched = false;
        for (Route route : routes) {
            Matcher m = route.pattern.matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathMatched = true;
            if (!route.method.equals(method)) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < route.names.size(); i++) {
                params.put(route.names.get(i), m.group(i + 1));
            }
            return route.handler.handle(new Request(exchange, params));
        }
        if (pathMatched) {
            throw new HttpError(405, "MethodNotAllowed", method + " is not allowed on " + path);
        }
        throw new HttpError(404, "NotFound", "no such resource: " + path);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] body = response.body.isPresent() ? JSON.writeValueAsBytes(response.body.get()) : new byte[0];
        if (response.body.isPresent()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(response.status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static Response error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", code);
        body.put("message", message);
        return new Response(status, Optional.of(body));
    }

    /** What a handler answers. */
    record Response(int status, Optional<JsonNode> body) {
        static Response ok(JsonNode body) {
            return new Response(200, Optional.of(body));
        }

        static Response created(JsonNode body) {
            return new Response(201, Optional.of(body));
        }

        static Response noContent() {
            return new Response(204, Optional.empty());
        }
    }

    /** A request as a handler sees it. */
    static final class Request {
        private final HttpExchange exchange;
        private final Map<String, String> params;

        Request(HttpExchange exchange, Map<String, String> params) {
            this.exchange = exchange;
            this.params = params;
        }

        String param(String name) {
            return params.get(name);
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
        }

        /** The body, unread: for a handler that decides whether to read it at all. */
        InputStream bodyStream() {
            return exchange.getRequestBody();
        }

        byte[] bodyBytes() throws HttpError {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new HttpError(413, "PayloadTooLarge", "the body is over " + MAX_BODY + " bytes");
                }
                return body;
            } catch (IOException e) {
                throw new HttpError(400, "BadRequest", "the body could not be read");
            }
        }

        /** The body as a JSON object; an empty body is an empty object. */
        ObjectNode json() throws HttpError {
            byte[] body = bodyBytes();
            if (body.length == 0) {
                return JSON.createObjectNode();
            }
            try {
                JsonNode node = JSON.readTree(body);
                if (!(node instanceof ObjectNode)) {
                    throw new HttpError(400, "BadRequest", "the body must be a JSON object");
                }
                return (ObjectNode) node;
            } catch (IOException e) {
                throw new HttpError(400, "BadRequest", "the body is not JSON");
            }
        }

        /** A required text member of the JSON body. */
        static String text(ObjectNode body, String field) throws HttpError {
            JsonNode value = body.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new HttpError(400, "ValidationException", field + ": is missing");
            }
            return value.asText();
        }
    }

    /** A route's work. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws HttpError;
    }

    /** An answer other than success, with its status and error code. */
    static final class HttpError extends Exception {
        private final int status;
        private final String code;

        HttpError(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        int status() {
            return status;
        }
    }

    private record Route(String method, Pattern pattern, List<String> names, Handler handler) {
    }
}
