package io.ivsjava.emulator.internal;

import com.sun.net.httpserver.HttpServer;
import io.ivsjava.emulator.EmulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one emulator together: its state, the operations of both services, and a JDK {@link HttpServer}.
 *
 * <p>The JDK server is used with {@code sun.net.httpserver.nodelay=true}; without it Nagle's algorithm meets the
 * client's delayed ACKs and every call takes about 40 ms. The property is read once per JVM, when the JDK's server
 * classes load, so it is set here unless the JVM was started with a value of its own.
 *
 * <p>Thread-safe.
 */
public final class EmulatorServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final EmulatorOptions options;
    private final HttpServer http;
    private final ExecutorService executor;
    private final ApiHandler handler;
    private final TokenMinter minter;
    private final EmulatorState state;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmulatorServer(EmulatorOptions options) throws IOException {
        this.options = options;
        this.state = new EmulatorState(options, Clock.systemUTC());
        this.minter = new TokenMinter();
        ServiceModel ivs = model(ServiceModel.LOW_LATENCY);
        ServiceModel realtime = model(ServiceModel.REALTIME);
        GenericOperations lowLatencyGeneric = new GenericOperations(state, ivs);
        GenericOperations realTimeGeneric = new GenericOperations(state, realtime);
        Handlers handlers = new Handlers();
        // Generic handlers first; the hand-written ones replace them where IVS has real behaviour.
        List.of(lowLatencyGeneric, realTimeGeneric,
                new LowLatencyOperations(state, ivs, lowLatencyGeneric),
                new RealTimeOperations(state, realtime, minter)).forEach(ops -> ops.register(handlers));
        this.handler = new ApiHandler(ServiceModel.ivs(), handlers, state,
                Boolean.getBoolean("ivs.emulator.checkResponses"));

        this.http = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 128);
        this.executor = Executors.newFixedThreadPool(
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), threads(http.getAddress().getPort()));
        http.setExecutor(executor);
        http.createContext("/", handler);
        http.start();
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress() instanceof Inet6Address
                ? "[" + bound.getAddress().getHostAddress() + "]" : bound.getAddress().getHostAddress();
        this.endpoint = URI.create("http://" + host + ":" + bound.getPort());
    }

    /**
     * Starts an emulator.
     *
     * @param options its options
     * @return the running server
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static EmulatorServer start(EmulatorOptions options) {
        try {
            EmulatorServer server = new EmulatorServer(options);
            LOG.debug("IVS emulator listening on {} (region {}, account {})", server.endpoint, options.region(),
                    options.accountId());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the IVS emulator on " + options.bindAddress().getHostAddress()
                    + ":" + options.port() + ": " + e.getMessage(), e);
        }
    }

    public EmulatorOptions options() {
        return options;
    }

    public URI endpoint() {
        return endpoint;
    }

    public PublicKey participantTokenPublicKey() {
        return minter.publicKey();
    }

    public long requestCount() {
        return handler.requestCount();
    }

    public long requestCount(String operation) {
        return handler.requestCount(operation);
    }

    public void simulateStreamStart(String channelArn) {
        inPartitionOf(channelArn, p -> LowLatencyOperations.startStream(p, channelArn));
    }

    public void simulateStreamStart(String channelArn, String health) {
        if (health == null || !StreamSessions.HEALTHS.contains(health)) {
            throw new IllegalArgumentException("health: \"" + health + "\" is not a stream health; allowed "
                    + StreamSessions.HEALTHS);
        }
        inPartitionOf(channelArn, p -> LowLatencyOperations.startStream(p, channelArn, health));
    }

    public void simulateStreamEnd(String channelArn) {
        inPartitionOf(channelArn, p -> {
            LowLatencyOperations.endStream(p, channelArn);
            return null;
        });
    }

    public String simulateParticipantJoin(String participantToken) {
        ParticipantTokens.Verified token = ParticipantTokens.verify(state, minter, participantToken);
        return inPartitionOf(token.stageArn(), p -> StageSessions.join(p, token));
    }

    public void simulateParticipantPublish(String stageArn, String participantId) {
        required("participantId", participantId);
        inPartitionOf(stageArn, p -> {
            StageSessions.publish(p, stageArn, participantId);
            return null;
        });
    }

    public void simulateParticipantUnpublish(String stageArn, String participantId) {
        required("participantId", participantId);
        inPartitionOf(stageArn, p -> {
            StageSessions.unpublish(p, stageArn, participantId);
            return null;
        });
    }

    public void simulateParticipantSubscribe(String stageArn, String subscriberId, String publisherId) {
        required("subscriberId", subscriberId);
        required("publisherId", publisherId);
        inPartitionOf(stageArn, p -> {
            StageSessions.subscribe(p, stageArn, subscriberId, publisherId);
            return null;
        });
    }

    public void simulateParticipantUnsubscribe(String stageArn, String subscriberId, String publisherId) {
        required("subscriberId", subscriberId);
        required("publisherId", publisherId);
        inPartitionOf(stageArn, p -> {
            StageSessions.unsubscribe(p, stageArn, subscriberId, publisherId);
            return null;
        });
    }

    public void simulateParticipantLeave(String stageArn, String participantId) {
        required("participantId", participantId);
        inPartitionOf(stageArn, p -> {
            StageSessions.leave(p, stageArn, participantId);
            return null;
        });
    }

    public void simulateIngestStart(String ingestConfigurationArn) {
        inPartitionOf(ingestConfigurationArn, p -> {
            IngestConfigurations.startIngest(p, ingestConfigurationArn);
            return null;
        });
    }

    public void simulateIngestEnd(String ingestConfigurationArn) {
        inPartitionOf(ingestConfigurationArn, p -> {
            IngestConfigurations.endIngest(p, ingestConfigurationArn);
            return null;
        });
    }

    private static void required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    /** Stops listening and releases the threads; idempotent. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
            LOG.debug("IVS emulator on {} stopped", endpoint);
        }
    }

    /**
     * Runs a simulation in the partition (account and region) named by an ARN, under its write lock.
     *
     * @param arn the ARN of the resource acted on
     * @param action the simulation
     * @param <T> its result type
     * @return its result
     * @throws IllegalArgumentException if the ARN is malformed or names no resource the action can act on
     */
    private <T> T inPartitionOf(String arn, Function<Partition, T> action) {
        Partition partition = state.partitionOf(arn);
        try {
            return partition.write(() -> action.apply(partition));
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ServiceModel model(String service) {
        return ServiceModel.ivs().stream().filter(m -> m.service().equals(service)).findFirst().orElseThrow();
    }

    /** Daemon threads named after the port, so a thread dump tells the emulators of one JVM apart. */
    private static ThreadFactory threads(int port) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "ivs-emulator-" + port + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
