package io.ivsjava.events;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint an Amazon EventBridge API destination posts IVS events to, without a web framework: it takes what
 * any HTTP server gives (the method, a way to read headers, the body) and returns the status to answer.
 *
 * <pre>{@code
 * ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
 *         ConnectionCredential.apiKey("x-api-key", secretFromYourVault));
 *
 * // the JDK's HTTP server
 * server.createContext("/ivs/events", exchange -> {
 *     ApiDestinationReceiver.Reply reply = receiver.receive(exchange.getRequestMethod(),
 *             name -> Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)), exchange.getRequestBody());
 *     reply.headers().forEach(exchange.getResponseHeaders()::set);
 *     byte[] body = reply.message().getBytes(StandardCharsets.UTF_8);
 *     exchange.sendResponseHeaders(reply.status(), body.length);
 *     exchange.getResponseBody().write(body);
 *     exchange.close();
 * });
 * // a Servlet: receiver.receive(req.getMethod(), n -> Optional.ofNullable(req.getHeader(n)), req.getInputStream())
 * // Spring MVC: receiver.receive("POST", n -> Optional.ofNullable(headers.getFirst(n)), body) with @RequestBody byte[]
 * }</pre>
 *
 * <p>In this order:
 * <ol>
 *   <li>the connection's credential is checked before anything else, the body included (given as a stream, it is not
 *       even read): without it the answer is {@code 401}, the same whatever was wrong, and nothing is parsed;</li>
 *   <li>a method other than {@code POST} or {@code PUT} (what API destinations use) is {@code 405};</li>
 *   <li>a body over {@value #MAX_BODY_BYTES} bytes is {@code 413};</li>
 *   <li>a body that is not an IVS event ({@link IvsEvents#parse(byte[])} refuses it) is {@code 400}, which
 *       EventBridge does not retry;</li>
 *   <li>the event goes to the dispatcher: {@code 200} when every listener returned, {@code 500} when one threw,
 *       which EventBridge retries (so listeners must be idempotent, as redeliveries are).</li>
 * </ol>
 * Several credentials may be given, for a rotation: a request carrying any of them is accepted. Nothing this class
 * logs or answers shows a credential; refused deliveries are logged at {@code INFO} without the values sent.
 *
 * <p>Immutable and thread-safe: one receiver serves any number of requests at once; listeners run on the calling
 * thread, as {@link IvsEventDispatcher#dispatch} runs them.
 */
public final class ApiDestinationReceiver {
    /** The largest body accepted: 1 MiB, well above EventBridge's 256 KB events. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ApiDestinationReceiver.class);

    private final IvsEventDispatcher dispatcher;
    private final List<ConnectionCredential> credentials;
    private final Reply unauthorized;

    private ApiDestinationReceiver(IvsEventDispatcher dispatcher, List<ConnectionCredential> credentials) {
        this.dispatcher = dispatcher;
        this.credentials = credentials;
        boolean basic = credentials.stream().anyMatch(c -> c.headerName().equals("Authorization"));
        this.unauthorized = new Reply(401, basic ? Map.of("WWW-Authenticate", "Basic realm=\"ivs-events\"") : Map.of(),
                "this endpoint takes events only from its EventBridge connection", Optional.empty());
    }

    /**
     * A receiver that hands accepted events to a dispatcher.
     *
     * @param dispatcher where accepted events go
     * @param credential the connection's credential
     * @param more further credentials accepted as well, such as the next one during a rotation
     * @return the receiver
     */
    public static ApiDestinationReceiver create(IvsEventDispatcher dispatcher, ConnectionCredential credential,
                                                ConnectionCredential... more) {
        Check.notNull("dispatcher", dispatcher);
        List<ConnectionCredential> all = new ArrayList<>();
        all.add(Check.notNull("credential", credential));
        for (ConnectionCredential c : Check.notNull("more", more)) {
            all.add(Check.notNull("more", c));
        }
        return new ApiDestinationReceiver(dispatcher, List.copyOf(all));
    }

    /**
     * Receives one request whose body is already read.
     *
     * @param method the HTTP method
     * @param header a request header's first value by name, without regard to case (as every HTTP server's header
     *     lookup does); empty if absent
     * @param body the request body
     * @return what to answer
     */
    public Reply receive(String method, Function<String, Optional<String>> header, byte[] body) {
        Check.notNull("body", body);
        return receive(method, header, () -> body);
    }

    /**
     * Receives one request, reading its body only once the credential was found good, and at most
     * {@value #MAX_BODY_BYTES} bytes of it (plus one, to tell a body that is too large).
     *
     * @param method the HTTP method
     * @param header a request header's first value by name, without regard to case; empty if absent
     * @param body the request body, not closed here
     * @return what to answer
     * @throws IOException if reading the body fails
     */
    public Reply receive(String method, Function<String, Optional<String>> header, InputStream body)
            throws IOException {
        Check.notNull("body", body);
        try {
            return receive(method, header, () -> {
                try {
                    return body.readNBytes(MAX_BODY_BYTES + 1);
                } catch (IOException e) {
                    throw new ReadFailed(e);
                }
            });
        } catch (ReadFailed e) {
            throw e.cause;
        }
    }

    private Reply receive(String method, Function<String, Optional<String>> header, Body body) {
        Check.notNull("method", method);
        Check.notNull("header", header);
        boolean authorized = false;
        for (ConnectionCredential credential : credentials) {
            // every credential is checked, so the time taken does not tell which one came close
            authorized |= credential.matches(Check.notNull("header(" + credential.headerName() + ")",
                    header.apply(credential.headerName())));
        }
        if (!authorized) {
            LOG.info("Refused an IVS event delivery: it did not carry the connection's credential");
            return unauthorized;
        }
        String verb = method.toUpperCase(Locale.ROOT);
        if (!verb.equals("POST") && !verb.equals("PUT")) {
            return new Reply(405, Map.of("Allow", "POST, PUT"), "use POST (or PUT), as API destinations do",
                    Optional.empty());
        }
        byte[] bytes = body.read();
        if (bytes.length > MAX_BODY_BYTES) {
            return new Reply(413, Map.of(), "the body is larger than " + MAX_BODY_BYTES + " bytes", Optional.empty());
        }
        IvsEvent event;
        try {
            event = IvsEvents.parse(bytes);
        } catch (IvsValidationException e) {
            LOG.info("Refused an IVS event delivery that is not an IVS event: {}", e.getMessage());
            return new Reply(400, Map.of(), e.getMessage(), Optional.empty());
        }
        boolean handled = dispatcher.dispatch(event);
        return handled ? new Reply(200, Map.of(), "accepted", Optional.of(event))
                : new Reply(500, Map.of(), "a listener failed; deliver the event again", Optional.of(event));
    }

    /** {@return the receiver's credentials, described without their secrets} */
    @Override
    public String toString() {
        return "ApiDestinationReceiver" + credentials;
    }

    /**
     * What to answer an API destination.
     *
     * <p>Immutable; thread-safe.
     *
     * @param status the HTTP status: 200, or 400, 401, 405, 413, 500 (see {@link ApiDestinationReceiver})
     * @param headers headers to add to the answer, such as {@code WWW-Authenticate} on a 401
     * @param message a short text for the answer's body; never a credential
     * @param event the event, when it was parsed (200 and 500)
     */
    public record Reply(int status, Map<String, String> headers, String message, Optional<IvsEvent> event) {
        /** Checks the fields and freezes the headers. */
        public Reply {
            if (status < 100 || status > 599) {
                throw IvsValidationException.invalid("status", status + " is not an HTTP status; allowed 100..599");
            }
            headers = Map.copyOf(Check.notNull("headers", headers));
            Check.notNull("message", message);
            Check.notNull("event", event);
        }

        /**
         * Whether the event was accepted (a 2xx).
         *
         * @return true for a 2xx
         */
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** The body, read only when needed. */
    @FunctionalInterface
    private interface Body {
        byte[] read();
    }

    /** An {@link IOException} carried out of {@link Body#read()}. */
    private static final class ReadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient IOException cause;

        ReadFailed(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
