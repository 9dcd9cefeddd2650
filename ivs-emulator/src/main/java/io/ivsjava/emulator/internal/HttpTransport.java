package io.ivsjava.emulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's HTTP/1.1 server: one thread per connection, blocking reads with deadlines, one write per answer.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: measured with the AWS SDK calling {@code GetStage}, its
 * dispatcher hands every request from its selector thread to a worker and back, which alone held throughput to
 * about half of what a blocking socket server reaches (Jetty 12, also measured, reached about 0.7 at one client
 * thread). Its workers were also a hard ceiling that six stalled clients could fill, it has no per-request read
 * deadline unless a JVM-wide property is set before its classes load, and an {@code Error} on its dispatcher left a
 * server that accepted connections and never answered. Here:
 * <ul>
 *   <li>each connection has its own thread: a daemon platform thread with a small stack for the first
 *       {@link #PLATFORM_THREAD_CONNECTIONS} connections at once, a virtual thread for further ones where the JDK
 *       has them (21+); at most {@link #MAX_CONNECTIONS} connections are served at once and further ones are
 *       answered {@code 503} and closed at once, so no client waits for another;</li>
 *   <li>a request's header section must arrive within {@link #HEADER_TIMEOUT} of its first byte and its body within
 *       {@link #BODY_TIMEOUT}; an idle keep-alive connection is closed after {@link #IDLE_TIMEOUT}. One watchdog
 *       thread per server closes a connection whose read outlives its deadline. Reads themselves carry no socket
 *       timeout: with one, the JDK switches the socket to non-blocking mode for good, and every read becomes a
 *       read that finds nothing, a {@code poll} and a second read, which a client with one call in flight waits
 *       for on every call;</li>
 *   <li>a {@code Content-Length} over {@link #MAX_BODY_BYTES} is answered {@code 413} before any of the body is
 *       read; header sections over {@link #MAX_HEADER_BYTES} get {@code 431};</li>
 *   <li>a {@link Throwable} while serving a connection (an {@code OutOfMemoryError} included) ends that connection
 *       only; if the accept loop itself cannot go on, the listening socket is closed, so clients are refused rather
 *       than left waiting, and the {@code onFatal} callback is told (the standalone jar exits with a message).</li>
 * </ul>
 *
 * <p>HTTP/1.1 as AWS SDKs speak it: persistent connections, {@code Content-Length} or chunked request bodies,
 * {@code Expect: 100-continue}. Thread-safe.
 */
final class HttpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** The largest request body accepted. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** The largest request line plus header section accepted. */
    static final int MAX_HEADER_BYTES = 32 * 1024;
    /** How long a request's header section may take to arrive, from its first byte. */
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** How long a request body may take to arrive, after its headers. */
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(30);
    /** How long a kept-alive connection may wait for its next request. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How long each part of a request may take to arrive.
     *
     * @param header the request line and headers, from the request's first byte
     * @param body the body, after the headers
     * @param idle the wait for a kept-alive connection's next request
     */
    record Timeouts(Duration header, Duration body, Duration idle) {
        /** {@link #HEADER_TIMEOUT}, {@link #BODY_TIMEOUT} and {@link #IDLE_TIMEOUT}. */
        static final Timeouts DEFAULT = new Timeouts(HEADER_TIMEOUT, BODY_TIMEOUT, IDLE_TIMEOUT);

        /** {@return how often the watchdog looks: a tenth of the shortest timeout, within 10 ms to 250 ms} */
        long checkEveryMillis() {
            long shortest = Math.min(header.toMillis(), Math.min(body.toMillis(), idle.toMillis()));
            return Math.max(10, Math.min(250, shortest / 10));
        }
    }
    /** How many connections are served at once; more are answered 503. */
    static final int MAX_CONNECTIONS = 10_000;
    /**
     * How many connections at once are served on platform threads; where the JDK has virtual threads, further ones
     * get virtual threads. A platform thread blocked in a read is woken by the kernel itself; a virtual thread is
     * woken through the JDK's poller and then waits for a carrier thread, hand-offs that a client with one call in
     * flight pays on every call (measured with the AWS SDK on JDK 25: about three times the context switches per
     * call, and under other load less than half the calls per second of a platform thread).
     */
    static final int PLATFORM_THREAD_CONNECTIONS = 256;

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * A request as read from the wire. Header names are lower case; the first value of each is kept.
     *
     * @param method the method
     * @param rawPath the path, still percent-encoded
     * @param rawQuery the query string, still percent-encoded
     * @param headers the headers
     * @param body the body
     * @param remoteAddress the client's IP address, such as {@code 127.0.0.1}; empty if unknown
     */
    record Request(String method, String rawPath, Optional<String> rawQuery, Map<String, String> headers,
                   byte[] body, String remoteAddress) {
        Request(String method, String rawPath, Optional<String> rawQuery, Map<String, String> headers, byte[] body) {
            this(method, rawPath, rawQuery, headers, body, "");
        }

        /**
         * A header's value.
         *
         * @param lowerCaseName the name in lower case
         * @return its first value, if present
         */
        Optional<String> header(String lowerCaseName) {
            return Optional.ofNullable(headers.get(lowerCaseName));
        }
    }

    /** What to do with the connection after the answer's bytes. */
    enum Effect {
        /** Write the whole answer. */
        NONE,
        /** Write nothing and reset the connection (TCP RST). */
        RESET,
        /** Write the status line, the headers and half the body, then close the connection. */
        TRUNCATE
    }

    /**
     * What a connection becomes after an answer's head: a WebSocket after {@code 101 Switching Protocols}, or a
     * stream of server-sent events. It runs on the connection's own thread, with no read deadline, until it returns
     * or the connection fails; the connection is closed after it.
     */
    @FunctionalInterface
    interface Takeover {
        /**
         * Serves the connection.
         *
         * @param in the client's bytes, starting with any that arrived after the request
         * @param out towards the client; the answer's head is already written
         * @throws IOException if the connection fails (it is closed either way)
         */
        void run(InputStream in, OutputStream out) throws IOException;
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param headers extra headers (Content-Length is added, unless a takeover follows)
     * @param body the body; empty for none
     * @param effect a transport fault to apply, if any
     * @param takeover what serves the connection after the head, instead of a body; the connection is not reused
     */
    record Response(int status, Map<String, String> headers, byte[] body, Effect effect, Optional<Takeover> takeover) {
        Response(int status, Map<String, String> headers, byte[] body, Effect effect) {
            this(status, headers, body, effect, Optional.empty());
        }

        static Response of(int status, Map<String, String> headers, byte[] body) {
            return new Response(status, headers, body, Effect.NONE);
        }

        /**
         * An answer whose head is followed by a takeover of the connection.
         *
         * @param status such as {@code 101} or {@code 200}
         * @param headers the head's headers, such as {@code Upgrade} or {@code Content-Type: text/event-stream}
         * @param takeover what serves the connection then
         * @return the answer
         */
        static Response takeover(int status, Map<String, String> headers, Takeover takeover) {
            return new Response(status, headers, new byte[0], Effect.NONE, Optional.of(takeover));
        }
    }

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        /**
         * Answers a request; may block (a delay fault) on the connection's own thread.
         *
         * @param request the request
         * @return the answer
         */
        Response handle(Request request);
    }

    private final ServerSocket server;
    private final Handler handler;
    private final Consumer<Throwable> onFatal;
    private final ThreadFactory platformThreads;
    private final ThreadFactory overflowThreads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** The connections' readers, which the watchdog checks for reads past their deadline. */
    private final Set<Reader> readers = ConcurrentHashMap.newKeySet();
    private final Timeouts timeouts;
    private final Thread watchdog;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread acceptor;

    private HttpTransport(ServerSocket server, Handler handler, Consumer<Throwable> onFatal, Timeouts timeouts) {
        this.server = server;
        this.timeouts = timeouts;
        this.handler = handler;
        this.onFatal = onFatal;
        String prefix = "ivs-emulator-" + server.getLocalPort() + "-";
        this.platformThreads = ConnectionThreads.platform(prefix);
        this.overflowThreads = ConnectionThreads.virtual() ? ConnectionThreads.named(prefix + "v") : platformThreads;
        this.acceptor = new Thread(this::acceptLoop, "ivs-emulator-" + server.getLocalPort() + "-accept");
        acceptor.setDaemon(true);
        this.watchdog = new Thread(() -> ConnectionThreads.watch(closed, timeouts.checkEveryMillis(), readers),
                "ivs-emulator-" + server.getLocalPort() + "-deadlines");
        watchdog.setDaemon(true);
    }

    /**
     * Binds and starts serving.
     *
     * @param address where to listen
     * @param handler answers requests
     * @param onFatal told if the server can no longer accept connections, after it has stopped listening
     * @return the running transport
     * @throws IOException if the address cannot be bound
     */
    static HttpTransport start(InetSocketAddress address, Handler handler, Consumer<Throwable> onFatal)
            throws IOException {
        return start(address, handler, onFatal, Timeouts.DEFAULT);
    }

    /**
     * Binds and starts serving, with other timeouts than IVS's.
     *
     * @param address where to listen
     * @param handler answers requests
     * @param onFatal told if the server can no longer accept connections, after it has stopped listening
     * @param timeouts how long each part of a request may take
     * @return the running transport
     * @throws IOException if the address cannot be bound
     */
    static HttpTransport start(InetSocketAddress address, Handler handler, Consumer<Throwable> onFatal,
                               Timeouts timeouts) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // The JDK's default address reuse, as for the RTMP port: a fixed port binds again at once after a close,
            // though the connections the emulator closed linger in TIME_WAIT (they inherit the listener's setting,
            // and without it they held the port for a minute); a listening port is never shared.
            socket.bind(address, 512);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        HttpTransport transport = new HttpTransport(socket, handler, onFatal, timeouts);
        transport.acceptor.start();
        transport.watchdog.start();
        return transport;
    }

    /** {@return the bound address} */
    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** {@return whether connections beyond the first {@value #PLATFORM_THREAD_CONNECTIONS} run on virtual threads} */
    boolean virtualThreads() {
        return ConnectionThreads.virtual();
    }

    /** {@return whether the transport still listens: false once closed, or once its accept loop gave up} */
    boolean isListening() {
        return !closed.get() && !server.isClosed();
    }

    /**
     * Stops listening and closes every connection; idempotent. Returns once the port is free: a thread blocked in
     * {@code accept} holds the listening socket until the JDK's signal wakes it, so the close waits for the accept
     * loop to end (unless the loop itself is closing).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeQuietly(server);
            open.forEach(HttpTransport::closeQuietly);
            acceptor.interrupt();
            watchdog.interrupt();
            ConnectionThreads.awaitEnd(acceptor);
        }
    }

    private void acceptLoop() {
        try {
            while (!closed.get()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    if (closed.get()) {
                        return;
                    }
                    LOG.warn("accepting a connection failed; going on", e);
                    continue;
                }
                dispatch(socket);
            }
        } catch (Throwable e) {
            fatal(e);
        }
    }

    private void dispatch(Socket socket) {
        try {
            int serving = connections.incrementAndGet();
            if (serving > MAX_CONNECTIONS) {
                refuse(socket, 503, "ServiceUnavailableException", "The emulator is serving " + MAX_CONNECTIONS
                        + " connections already.");
                return;
            }
            open.add(socket);
            ThreadFactory threads = serving <= PLATFORM_THREAD_CONNECTIONS ? platformThreads : overflowThreads;
            threads.newThread(() -> serve(socket)).start();
        } catch (Throwable e) {
            // Most likely "unable to create native thread" or heap exhaustion: drop this connection, keep accepting.
            open.remove(socket);
            connections.decrementAndGet();
            closeQuietly(socket);
            if (!(e instanceof Error) || e instanceof OutOfMemoryError) {
                LOG.error("cannot serve a new connection; it was closed", e);
                pause();
            } else {
                throw e;
            }
        }
    }

    private void fatal(Throwable e) {
        if (closed.get()) {
            return;
        }
        close();
        try {
            LOG.error("the IVS emulator on port {} stopped accepting connections", server.getLocalPort(), e);
            onFatal.accept(e);
        } catch (Throwable ignored) {
            // the socket is closed: clients are refused, never left waiting
        }
    }

    private void refuse(Socket socket, int status, String code, String message) {
        connections.decrementAndGet();
        try (socket) {
            socket.setSoTimeout(1000);
            write(socket.getOutputStream(), errorResponse(status, code, message), false);
        } catch (IOException | RuntimeException e) {
            // nothing more to do for this client
        }
    }

    private void serve(Socket socket) {
        Reader in = null;
        try (socket) {
            socket.setTcpNoDelay(true);
            in = new Reader(socket.getInputStream(), socket, timeouts);
            readers.add(in);
            OutputStream out = socket.getOutputStream();
            while (!closed.get()) {
                Request request;
                boolean keepAlive;
                try {
                    if (!in.awaitFirstByte()) {
                        return;
                    }
                    Head head = in.readHead();
                    keepAlive = head.keepAlive();
                    Optional<Response> early = head.earlyAnswer();
                    if (early.isPresent()) {
                        write(out, early.get(), false);
                        return;
                    }
                    if (head.expectContinue()) {
                        out.write(CONTINUE);
                        out.flush();
                    }
                    request = new Request(head.method, head.rawPath, head.rawQuery, head.headers, in.readBody(head),
                            socket.getInetAddress().getHostAddress());
                } catch (HttpError e) {
                    write(out, errorResponse(e.status, e.code, e.getMessage()), false);
                    return;
                }
                Response response = handler.handle(request);
                if (response.takeover().isPresent()) {
                    writeHead(out, response);
                    readers.remove(in);
                    response.takeover().get().run(in.remaining(), out);
                    return;
                }
                if (response.effect() == Effect.RESET) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                write(out, response, keepAlive);
                if (!keepAlive || response.effect() == Effect.TRUNCATE) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            LOG.trace("connection ended: {}", e.toString());
        } catch (IOException e) {
            LOG.debug("connection failed", e);
        } catch (Throwable e) {
            LOG.error("serving a connection failed; it was closed and the emulator goes on", e);
        } finally {
            if (in != null) {
                readers.remove(in);
            }
            open.remove(socket);
            connections.decrementAndGet();
        }
    }

    static Response errorResponse(int status, String code, String message) {
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        byte[] body = ("{\"exceptionMessage\":\"" + escaped + "\",\"message\":\"" + escaped + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return Response.of(status, Map.of("x-amzn-ErrorType", code, "Content-Type", "application/json"), body);
    }

    /**
     * Writes status line, headers and body in one write (half the body for a truncating fault), straight into one
     * array: header names and values in ISO-8859-1, whose encoder writes a character beyond it as {@code ?}.
     */
    private static void write(OutputStream out, Response response, boolean keepAlive) throws IOException {
        byte[] status = response.status() == 200 ? OK_LINE : statusLine(response.status())
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] length = Integer.toString(response.body().length).getBytes(StandardCharsets.ISO_8859_1);
        byte[][] headers = new byte[2 * response.headers().size()][];
        int size = status.length + CONTENT_LENGTH.length + length.length + 2 + (keepAlive ? 0 : CLOSE.length) + 2;
        int h = 0;
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            byte[] name = header.getKey().getBytes(StandardCharsets.ISO_8859_1);
            byte[] value = header.getValue().getBytes(StandardCharsets.ISO_8859_1);
            headers[h++] = name;
            headers[h++] = value;
            size += name.length + 2 + value.length + 2;
        }
        int bodyBytes = response.effect() == Effect.TRUNCATE ? response.body().length / 2 : response.body().length;
        byte[] all = new byte[size + bodyBytes];
        int n = put(status, all, 0);
        for (int i = 0; i < headers.length; i += 2) {
            n = put(headers[i], all, n);
            all[n++] = ':';
            all[n++] = ' ';
            n = put(headers[i + 1], all, n);
            all[n++] = '\r';
            all[n++] = '\n';
        }
        n = put(CONTENT_LENGTH, all, n);
        n = put(length, all, n);
        all[n++] = '\r';
        all[n++] = '\n';
        if (!keepAlive) {
            n = put(CLOSE, all, n);
        }
        all[n++] = '\r';
        all[n++] = '\n';
        System.arraycopy(response.body(), 0, all, n, bodyBytes);
        out.write(all);
        out.flush();
    }

    private static int put(byte[] bytes, byte[] to, int at) {
        System.arraycopy(bytes, 0, to, at, bytes.length);
        return at + bytes.length;
    }

    private static final byte[] CONTENT_LENGTH = "Content-Length: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "Connection: close\r\n".getBytes(StandardCharsets.US_ASCII);

    /** Writes the status line and headers of an answer that a takeover continues: no length, never reused. */
    private static void writeHead(OutputStream out, Response response) throws IOException {
        StringBuilder head = statusAndHeaders(response);
        if (response.status() != 101) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static StringBuilder statusAndHeaders(Response response) {
        StringBuilder head = new StringBuilder(256);
        head.append(statusLine(response.status()));
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head;
    }

    private static final byte[] OK_LINE = "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII);

    /** {@return the status line with its CRLF} */
    private static String statusLine(int status) {
        return "HTTP/1.1 " + status + ' ' + reason(status) + "\r\n";
    }

    private static String reason(int status) {
        switch (status) {
            case 101: return "Switching Protocols";
            case 200: return "OK";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 402: return "Payment Required";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 411: return "Length Required";
            case 413: return "Payload Too Large";
            case 426: return "Upgrade Required";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 503: return "Service Unavailable";
            default: return "Status";
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request that cannot be served, answered with a status and closed. */
    private static final class HttpError extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        HttpError(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    /** Header names AWS SDKs and the emulator's other clients send, in lower case; shared by every request. */
    private static final String[][] KNOWN_HEADERS = byLength("host", "content-type", "content-length", "user-agent",
            "authorization", "x-amz-date", "x-amz-content-sha256", "x-amz-security-token", "x-amz-user-agent",
            "x-amz-target", "x-amz-decoded-content-length", "amz-sdk-invocation-id", "amz-sdk-request",
            "amz-sdk-retry", "connection", "expect", "transfer-encoding", "content-encoding", "accept",
            "accept-encoding", "accept-language", "x-amzn-trace-id", "origin", "referer", "cookie", "upgrade",
            "sec-websocket-key", "sec-websocket-version", "sec-websocket-protocol", "sec-websocket-extensions",
            "cache-control", "pragma", "range", "if-none-match", "if-modified-since", "x-api-key",
            "x-forwarded-for");

    private static String[][] byLength(String... names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        String[][] out = new String[longest + 1][0];
        for (String name : names) {
            String[] same = Arrays.copyOf(out[name.length()], out[name.length()].length + 1);
            same[same.length - 1] = name;
            out[name.length()] = same;
        }
        return out;
    }

    /** {@return the shared lower-case name equal to the ASCII name in {@code b[from, to)} ignoring case, or null} */
    private static String knownHeader(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= KNOWN_HEADERS.length) {
            return null;
        }
        for (String known : KNOWN_HEADERS[length]) {
            int i = 0;
            while (i < length && lowerAscii(b[from + i]) == known.charAt(i)) {
                i++;
            }
            if (i == length) {
                return known;
            }
        }
        return null;
    }

    private static byte lowerAscii(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }

    /** {@return whether the ISO-8859-1 bytes {@code b[from, to)} spell {@code s}} */
    private static boolean sameLatin1(String s, byte[] b, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != (b[from + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The request line and headers. */
    private static final class Head {
        String requestLine;
        String method;
        String rawPath;
        Optional<String> rawQuery = Optional.empty();
        boolean http10;
        final Map<String, String> headers = new HashMap<>(32);
        long contentLength = -1;
        boolean chunked;

        boolean keepAlive() {
            String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            return http10 ? connection.contains("keep-alive") : !connection.contains("close");
        }

        boolean expectContinue() {
            return headers.getOrDefault("expect", "").equalsIgnoreCase("100-continue")
                    && (chunked || contentLength > 0);
        }

        Optional<Response> earlyAnswer() {
            if (contentLength > MAX_BODY_BYTES) {
                return Optional.of(errorResponse(413, "RequestEntityTooLargeException",
                        "The request body is " + contentLength + " bytes; the most accepted is 1 MiB (1048576 bytes)."));
            }
            return Optional.empty();
        }
    }

    /**
     * Reads requests off one connection, with deadlines. Used by the connection's thread only, except
     * {@link #expireIfLate}, which the watchdog calls.
     */
    private static final class Reader implements ConnectionThreads.Deadlined {
        private final InputStream in;
        private final Socket socket;
        private final Timeouts timeouts;
        private final byte[] buf = new byte[8192];
        private int pos;
        private int end;
        private long deadline;
        /** The deadline of the read in progress; 0 while none is. */
        private volatile long reading;
        /** Set by the watchdog before it closes the socket of a read past its deadline. */
        private volatile boolean expired;
        /** The connection's previous request, whose strings the next one reuses where it repeats them. */
        private Head previous;

        Reader(InputStream in, Socket socket, Timeouts timeouts) {
            this.in = in;
            this.socket = socket;
            this.timeouts = timeouts;
        }

        /**
         * Closes the connection if its read in progress is past its deadline; the read then fails with a
         * {@link SocketTimeoutException}, as a socket timeout would have.
         *
         * @param now {@link System#nanoTime()}
         */
        @Override
        public void expireIfLate(long now) {
            long until = reading;
            if (until != 0 && now - until > 0) {
                expired = true;
                closeQuietly(socket);
            }
        }

        /**
         * The connection's input from here on: the bytes already buffered, then the socket's. For a takeover, which
         * sets its own timeouts; the reader is not used again.
         */
        InputStream remaining() {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    if (pos < end) {
                        int n = Math.min(len, end - pos);
                        System.arraycopy(buf, pos, b, off, n);
                        pos += n;
                        return n;
                    }
                    return in.read(b, off, len);
                }

                @Override
                public int available() throws IOException {
                    return (end - pos) + in.available();
                }
            };
        }

        /** Waits for the next request's first byte; false if the client closed or stayed idle too long. */
        boolean awaitFirstByte() throws IOException {
            if (pos < end) {
                return true;
            }
            deadline = System.nanoTime() + timeouts.idle().toNanos();
            try {
                return fill();
            } catch (SocketTimeoutException e) {
                return false;
            }
        }

        Head readHead() throws IOException, HttpError {
            deadline = System.nanoTime() + timeouts.header().toNanos();
            Head head = new Head();
            int total = 0;
            String requestLine = line(total);
            while (requestLine.isEmpty()) {
                requestLine = line(total);
            }
            total += requestLine.length() + 2;
            if (previous != null && requestLine.equals(previous.requestLine)) {
                head.requestLine = previous.requestLine;
                head.method = previous.method;
                head.http10 = previous.http10;
                head.rawPath = previous.rawPath;
                head.rawQuery = previous.rawQuery;
            } else {
                requestLine(head, requestLine);
            }
            while (true) {
                int newline = lineInBuffer(total);
                if (newline < 0) {
                    // a line longer than the buffer
                    String line = line(total);
                    total += line.length() + 2;
                    if (line.isEmpty()) {
                        break;
                    }
                    checkHeaderBytes(total);
                    header(head, line);
                    continue;
                }
                int stop = newline > pos && buf[newline - 1] == '\r' ? newline - 1 : newline;
                total += stop - pos + 2;
                if (stop == pos) {
                    pos = newline + 1;
                    break;
                }
                checkHeaderBytes(total);
                if (!header(head, pos, stop)) {
                    header(head, new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1));
                }
                pos = newline + 1;
            }
            previous = head;
            String te = head.headers.get("transfer-encoding");
            if (te != null) {
                if (!te.equalsIgnoreCase("chunked")) {
                    throw new HttpError(501, "NotImplementedException", "Transfer-Encoding " + te + " is not supported.");
                }
                head.chunked = true;
            } else if (head.headers.containsKey("content-length")) {
                try {
                    head.contentLength = Long.parseLong(head.headers.get("content-length"));
                } catch (NumberFormatException e) {
                    head.contentLength = -2;
                }
                if (head.contentLength < 0) {
                    throw new HttpError(400, "BadRequestException", "Content-Length is not a number.");
                }
            }
            return head;
        }

        private static void requestLine(Head head, String requestLine) throws HttpError {
            int sp1 = requestLine.indexOf(' ');
            int sp2 = requestLine.lastIndexOf(' ');
            if (sp1 <= 0 || sp2 <= sp1 || !requestLine.startsWith("HTTP/1.", sp2 + 1)) {
                throw new HttpError(400, "BadRequestException", "The request line is not HTTP/1.1.");
            }
            head.requestLine = requestLine;
            head.method = requestLine.substring(0, sp1);
            head.http10 = requestLine.endsWith("1.0");
            String target = requestLine.substring(sp1 + 1, sp2);
            int q = target.indexOf('?');
            head.rawPath = q < 0 ? target : target.substring(0, q);
            head.rawQuery = q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
        }

        private static void checkHeaderBytes(int total) throws HttpError {
            if (total > MAX_HEADER_BYTES) {
                throw new HttpError(431, "RequestHeaderFieldsTooLargeException",
                        "The request line and headers are larger than " + MAX_HEADER_BYTES + " bytes.");
            }
        }

        /** A header line, in general: the name trimmed and in lower case, the value trimmed; the first one counts. */
        private static void header(Head head, String line) throws HttpError {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HttpError(400, "BadRequestException", "A header line has no name.");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            head.headers.putIfAbsent(name, line.substring(colon + 1).trim());
        }

        /**
         * The header line in {@code buf[from, to)} read as {@link #header(Head, String)} reads it, without the strings
         * in between: a name AWS SDKs send is one shared constant, and a value equal to the one the connection's
         * previous request sent is that request's string. Most of a call's headers repeat from call to call (host,
         * user agent, content type...), so on a kept-alive connection only the ones that change are new strings.
         *
         * @return false if the name is not plain ASCII (the general path then reads the line)
         */
        private boolean header(Head head, int from, int to) throws HttpError {
            int colon = -1;
            for (int i = from; i < to; i++) {
                byte b = buf[i];
                if (b == ':') {
                    colon = i;
                    break;
                }
                if (b < 0) {
                    return false;
                }
            }
            if (colon <= from) {
                throw new HttpError(400, "BadRequestException", "A header line has no name.");
            }
            int nameStart = from;
            int nameEnd = colon;
            while (nameStart < nameEnd && buf[nameStart] <= ' ') {
                nameStart++;
            }
            while (nameEnd > nameStart && buf[nameEnd - 1] <= ' ') {
                nameEnd--;
            }
            String name = knownHeader(buf, nameStart, nameEnd);
            if (name == null) {
                byte[] lower = new byte[nameEnd - nameStart];
                for (int i = 0; i < lower.length; i++) {
                    lower[i] = lowerAscii(buf[nameStart + i]);
                }
                name = new String(lower, StandardCharsets.ISO_8859_1);
            }
            int valueStart = colon + 1;
            int valueEnd = to;
            while (valueStart < valueEnd && (buf[valueStart] & 0xFF) <= ' ') {
                valueStart++;
            }
            while (valueEnd > valueStart && (buf[valueEnd - 1] & 0xFF) <= ' ') {
                valueEnd--;
            }
            String before = previous == null ? null : previous.headers.get(name);
            head.headers.putIfAbsent(name, before != null && sameLatin1(before, buf, valueStart, valueEnd) ? before
                    : new String(buf, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1));
            return true;
        }

        /**
         * Makes sure a whole line is in the buffer, reading more as needed.
         *
         * @return the index of its {@code \n}, or -1 if the line is longer than the buffer
         */
        private int lineInBuffer(int headerBytesSoFar) throws IOException, HttpError {
            int scanned = pos;
            while (true) {
                for (int i = scanned; i < end; i++) {
                    if (buf[i] == '\n') {
                        return i;
                    }
                }
                if (pos == 0 && end == buf.length) {
                    return -1;
                }
                checkHeaderBytes(headerBytesSoFar + end - pos);
                int unread = end - pos;
                if (!fill()) {
                    throw new java.io.EOFException("the client closed the connection mid-request");
                }
                scanned = pos + unread;
            }
        }

        byte[] readBody(Head head) throws IOException, HttpError {
            deadline = System.nanoTime() + timeouts.body().toNanos();
            if (head.chunked) {
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                while (true) {
                    String sizeLine = line(0);
                    int semi = sizeLine.indexOf(';');
                    int size;
                    try {
                        size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                    } catch (NumberFormatException e) {
                        throw new HttpError(400, "BadRequestException", "A chunk size is not hexadecimal.");
                    }
                    if (size < 0 || body.size() + (long) size > MAX_BODY_BYTES) {
                        throw new HttpError(413, "RequestEntityTooLargeException",
                                "The request body is larger than 1 MiB (1048576 bytes).");
                    }
                    if (size == 0) {
                        while (!line(0).isEmpty()) {
                            // trailers are ignored
                        }
                        return body.toByteArray();
                    }
                    body.write(bytes(size));
                    line(0);
                }
            }
            return head.contentLength <= 0 ? new byte[0] : bytes((int) head.contentLength);
        }

        private byte[] bytes(int n) throws IOException {
            byte[] out = new byte[n];
            int got = 0;
            while (got < n) {
                if (pos == end && !fill()) {
                    throw new java.io.EOFException("the client closed the connection mid-request");
                }
                int take = Math.min(n - got, end - pos);
                System.arraycopy(buf, pos, out, got, take);
                pos += take;
                got += take;
            }
            return out;
        }

        /** One CRLF- (or LF-) terminated line, without its terminator. */
        private String line(int headerBytesSoFar) throws IOException, HttpError {
            StringBuilder sb = null;
            while (true) {
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '\n') {
                        int stop = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                        String part = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
                        pos = i + 1;
                        if (sb == null) {
                            return part;
                        }
                        sb.append(part);
                        int len = sb.length();
                        return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
                    }
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1));
                pos = end;
                if (headerBytesSoFar + sb.length() > MAX_HEADER_BYTES) {
                    throw new HttpError(431, "RequestHeaderFieldsTooLargeException",
                            "The request line and headers are larger than " + MAX_HEADER_BYTES + " bytes.");
                }
                if (!fill()) {
                    throw new java.io.EOFException("the client closed the connection mid-request");
                }
            }
        }

        /** Reads more bytes before the deadline; false at end of stream. */
        private boolean fill() throws IOException {
            if (pos == end) {
                pos = 0;
                end = 0;
            } else if (end == buf.length) {
                System.arraycopy(buf, pos, buf, 0, end - pos);
                end -= pos;
                pos = 0;
            }
            if (deadline - System.nanoTime() <= 0) {
                throw new SocketTimeoutException("the client was too slow");
            }
            int n;
            reading = deadline == 0 ? 1 : deadline;   // 0 stands for no read in progress
            try {
                n = in.read(buf, end, buf.length - end);
            } catch (SocketException e) {
                if (!expired) {
                    throw e;
                }
                n = 0;   // the watchdog closed the socket: a timeout, below
            } finally {
                reading = 0;
            }
            if (expired) {
                throw new SocketTimeoutException("the client was too slow");
            }
            if (n < 0) {
                return false;
            }
            end += n;
            return true;
        }
    }
}
