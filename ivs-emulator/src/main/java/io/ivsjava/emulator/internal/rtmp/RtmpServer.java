package io.ivsjava.emulator.internal.rtmp;

import io.ivsjava.emulator.internal.ConnectionThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's RTMP ingest: takes publishes from encoders (FFmpeg, OBS) on one TCP port, plain RTMP or RTMPS
 * (told apart by the first byte: a TLS record starts with 22, RTMP with its version, 3), and hands each publish to
 * {@link Publishing}.
 *
 * <p>Each connection has its own thread (virtual where the JDK has them) and is bounded in time and memory, so no
 * publisher, however broken, slow or hostile, can hang the server or exhaust its heap, and none touches the HTTP
 * API's threads: see {@link Limits}. A watchdog thread closes connections whose deadline passed: the publish
 * deadline until a publish is accepted (handshake and commands included), then the idle deadline, renewed by each
 * audio or video message.
 *
 * <p>RTMPS uses a certificate the server makes for itself on the first TLS connection ({@link SelfSignedTls}).
 *
 * <p>Thread-safe.
 */
public final class RtmpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtmpServer.class);

    /**
     * The bounds on each connection and on the server.
     *
     * @param publishTimeout from a connection's first byte until its publish is accepted
     * @param idleTimeout the longest a publisher may send no audio or video
     * @param maxConnections connections served at once; more are closed on arrival
     * @param maxCommandBytes the longest message accepted before a publish (commands are small)
     * @param maxMediaBytes the longest message accepted while publishing (a key frame)
     * @param maxChunkStreams chunk streams per connection
     * @param maxPendingBytes bytes one connection's partial messages may hold
     * @param memoryBudget bytes all connections' partial messages may hold
     */
    public record Limits(Duration publishTimeout, Duration idleTimeout, int maxConnections, int maxCommandBytes,
                         int maxMediaBytes, int maxChunkStreams, long maxPendingBytes, long memoryBudget) {
        /** The emulator's bounds: 15 s to publish, 10 s of silence, 100 connections, 4 MiB media messages. */
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(15), Duration.ofSeconds(10), 100,
                64 * 1024, 4 << 20, 64, 8 << 20, 64 << 20);

        /**
         * These limits with other timeouts.
         *
         * @param publish the publish timeout
         * @param idle the idle timeout
         * @return new limits
         */
        public Limits withTimeouts(Duration publish, Duration idle) {
            return new Limits(publish, idle, maxConnections, maxCommandBytes, maxMediaBytes, maxChunkStreams,
                    maxPendingBytes, memoryBudget);
        }

        /**
         * These limits with another connection cap.
         *
         * @param connections connections served at once
         * @return new limits
         */
        public Limits withMaxConnections(int connections) {
            return new Limits(publishTimeout, idleTimeout, connections, maxCommandBytes, maxMediaBytes,
                    maxChunkStreams, maxPendingBytes, memoryBudget);
        }
    }

    private final ServerSocket server;
    private final Publishing publishing;
    private final Limits limits;
    private final MemoryBudget budget;
    private final ThreadFactory threads;
    private final Set<RtmpConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread acceptor;
    private final Thread watchdog;
    private final ReentrantLock tlsLock = new ReentrantLock();
    /** The RTMPS context once made (empty if it cannot be); null until the first TLS connection. */
    private volatile Optional<SSLContext> tls;

    private RtmpServer(ServerSocket server, Publishing publishing, Limits limits) {
        this.server = server;
        this.publishing = publishing;
        this.limits = limits;
        this.budget = new MemoryBudget(limits.memoryBudget());
        int port = server.getLocalPort();
        this.threads = ConnectionThreads.named("ivs-emulator-rtmp-" + port + "-");
        this.acceptor = new Thread(this::acceptLoop, "ivs-emulator-rtmp-" + port + "-accept");
        this.watchdog = new Thread(this::watch, "ivs-emulator-rtmp-" + port + "-watchdog");
        acceptor.setDaemon(true);
        watchdog.setDaemon(true);
    }

    /**
     * Binds and starts serving.
     *
     * @param address where to listen
     * @param publishing decides what publishes do
     * @param limits the bounds
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static RtmpServer start(InetSocketAddress address, Publishing publishing, Limits limits)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // The JDK's default address reuse: on Linux and macOS a fixed port (1935) binds again at once after a
            // restart, though closed publishers' connections linger in TIME_WAIT; a listening port is never shared.
            socket.bind(address, 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        RtmpServer server = new RtmpServer(socket, publishing, limits);
        server.acceptor.start();
        server.watchdog.start();
        return server;
    }

    /** {@return the bound address} */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** {@return how many connections are open} */
    public int connectionCount() {
        return connections.size();
    }

    /** {@return the bytes partial messages hold now, across connections} */
    long bufferedBytes() {
        return budget.used();
    }

    /** Closes every connection (their publishes end), and keeps listening: what a reset of the emulator does. */
    public void closeConnections() {
        connections.forEach(RtmpConnection::cutOff);
    }

    /** Stops listening and closes every connection; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
            closeConnections();
            watchdog.interrupt();
            ConnectionThreads.awaitEnd(acceptor);
        }
    }

    Publishing publishing() {
        return publishing;
    }

    Limits limits() {
        return limits;
    }

    MemoryBudget budget() {
        return budget;
    }

    void ended(RtmpConnection connection) {
        connections.remove(connection);
    }

    /**
     * The TLS context for RTMPS, made on first use.
     *
     * @return the context, or empty if the JDK cannot make one
     */
    Optional<SSLContext> tls() {
        Optional<SSLContext> context = tls;
        if (context != null) {
            return context;
        }
        tlsLock.lock(); // a lock, not synchronized: making the context takes a second, and pins no carrier thread
        try {
            if (tls == null) {
                try {
                    InetAddress bound = server.getInetAddress();
                    tls = Optional.of(bound.isAnyLocalAddress()
                            ? SelfSignedTls.serverContext(InetAddress.getLoopbackAddress())
                            : SelfSignedTls.serverContext(bound, InetAddress.getLoopbackAddress()));
                } catch (GeneralSecurityException | RuntimeException e) {
                    LOG.warn("RTMPS is not available: no TLS certificate could be made ({})", e.toString());
                    tls = Optional.empty();
                }
            }
            return tls;
        } finally {
            tlsLock.unlock();
        }
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                LOG.warn("accepting an RTMP connection failed; going on", e);
                pause();
                continue;
            }
            try {
                if (connections.size() >= limits.maxConnections()) {
                    LOG.warn("an RTMP connection was refused: {} are open already", limits.maxConnections());
                    socket.close();
                    continue;
                }
                RtmpConnection connection = new RtmpConnection(this, socket);
                connections.add(connection);
                if (closed.get()) {
                    connection.cutOff();
                }
                threads.newThread(connection).start();
            } catch (Throwable e) {
                // most likely no thread could be made: drop this connection and keep accepting
                closeQuietly(socket);
                connections.removeIf(c -> c.socket() == socket);
                LOG.error("cannot serve an RTMP connection; it was closed", e);
                pause();
            }
        }
    }

    private void watch() {
        long tick = Math.max(10, Math.min(250,
                Math.min(limits.publishTimeout().toMillis(), limits.idleTimeout().toMillis()) / 4));
        ConnectionThreads.watch(closed, tick, connections);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
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
}
