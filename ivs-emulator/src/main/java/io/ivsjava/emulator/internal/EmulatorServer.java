package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one emulator together: its state and clock, the operations of both services, the call journal, the
 * injected faults, the control API and the HTTP transport.
 *
 * <p>Thread-safe.
 */
public final class EmulatorServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    private static volatile Consumer<Throwable> fatalHandler = e -> { };

    private final EmulatorOptions options;
    private final EmulatorClock clock;
    private final EmulatorState state;
    private final TokenMinter minter;
    private final CallJournal journal;
    private final FaultPlan faults = new FaultPlan();
    private final ControlApi control;
    private final HttpTransport transport;
    private final URI endpoint;

    private EmulatorServer(EmulatorOptions options) throws IOException {
        this.options = options;
        this.clock = new EmulatorClock(Clock.systemUTC());
        this.state = new EmulatorState(options, clock);
        this.minter = new TokenMinter();
        this.journal = new CallJournal(options.journalCapacity());
        Optional<SigV4Verifier> verifier = options.signingKeys().isEmpty() ? Optional.empty()
                : Optional.of(SigV4Verifier.withAwsSdkSigner(options.signingKeys()));
        ServiceModel ivs = model(ServiceModel.LOW_LATENCY);
        ServiceModel realtime = model(ServiceModel.REALTIME);
        GenericOperations lowLatencyGeneric = new GenericOperations(state, ivs);
        GenericOperations realTimeGeneric = new GenericOperations(state, realtime);
        Handlers handlers = new Handlers();
        // Generic handlers first; the hand-written ones replace them where IVS has real behaviour.
        List.of(lowLatencyGeneric, realTimeGeneric,
                new LowLatencyOperations(state, ivs, lowLatencyGeneric),
                new RealTimeOperations(state, realtime, realTimeGeneric, minter)).forEach(ops -> ops.register(handlers));

        this.control = new ControlApi(this);
        // The media-plane simulations, one line each: POST /_emulator/simulate/<name> with a JSON body.
        control.simulation("stream-start", ControlApi.taking("channelArn", this::simulateStreamStart));
        control.simulation("stream-end", ControlApi.taking("channelArn", this::simulateStreamEnd));
        control.simulation("participant-join", ControlApi.returning("participantToken", "participantId",
                this::simulateParticipantJoin));
        control.simulation("participant-publish", ControlApi.takingAll(
                v -> simulateParticipantPublish(v.get(0), v.get(1)), "stageArn", "participantId"));
        control.simulation("participant-unpublish", ControlApi.takingAll(
                v -> simulateParticipantUnpublish(v.get(0), v.get(1)), "stageArn", "participantId"));
        control.simulation("participant-subscribe", ControlApi.takingAll(
                v -> simulateParticipantSubscribe(v.get(0), v.get(1), v.get(2)),
                "stageArn", "subscriberId", "publisherId"));
        control.simulation("participant-unsubscribe", ControlApi.takingAll(
                v -> simulateParticipantUnsubscribe(v.get(0), v.get(1), v.get(2)),
                "stageArn", "subscriberId", "publisherId"));
        control.simulation("participant-leave", ControlApi.takingAll(
                v -> simulateParticipantLeave(v.get(0), v.get(1)), "stageArn", "participantId"));
        control.simulation("ingest-start", ControlApi.taking("ingestConfigurationArn", this::simulateIngestStart));
        control.simulation("ingest-end", ControlApi.taking("ingestConfigurationArn", this::simulateIngestEnd));

        ApiHandler handler = new ApiHandler(ServiceModel.ivs(), handlers, state, journal, faults, verifier,
                List.of(ApiHandler.Mount.under("/_emulator/", control::handle)),
                Boolean.getBoolean("ivs.emulator.checkResponses"));
        this.transport = HttpTransport.start(new InetSocketAddress(options.bindAddress(), options.port()), handler,
                e -> fatalHandler.accept(e));
        InetSocketAddress bound = transport.address();
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

    /**
     * What every emulator of this JVM does after it can no longer accept connections (it has already stopped
     * listening, so clients are refused rather than left waiting). The standalone jar exits the process; embedded
     * emulators only log.
     *
     * @param handler told the cause
     */
    public static void onFatal(Consumer<Throwable> handler) {
        fatalHandler = handler;
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

    /** {@return whether connections are served on virtual threads} */
    public boolean virtualThreads() {
        return transport.virtualThreads();
    }

    public long requestCount() {
        return journal.count();
    }

    public long requestCount(String operation) {
        return journal.count(operation);
    }

    /** {@return the call journal} */
    CallJournal journal() {
        return journal;
    }

    public java.util.List<io.ivsjava.emulator.RecordedCall> calls(Optional<String> operation) {
        return journal.calls(operation);
    }

    public Optional<io.ivsjava.emulator.RecordedCall> takeCall(Optional<String> operation, java.time.Duration timeout)
            throws InterruptedException {
        return journal.take(operation, timeout);
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public void advanceClock(java.time.Duration amount) {
        clock.advance(amount);
    }

    public void setClock(java.time.Instant instant) {
        clock.set(instant);
    }

    /** {@return the injected faults} */
    FaultPlan faults() {
        return faults;
    }

    /** {@return the emulator's clock} */
    EmulatorClock clock() {
        return clock;
    }

    /**
     * Forgets everything: resources and side state of every account and region, the journal, the faults; the clock
     * goes back to the system's.
     */
    public void reset() {
        state.reset();
        journal.clear();
        faults.clear();
        clock.useSystemTime();
    }

    /**
     * Injects a fault into the next calls to one operation.
     *
     * @param operation the operation, as either model names it
     * @param times how many calls, 1 or more
     * @param fault the fault
     * @throws IllegalArgumentException for an unknown operation or error code, or a count below 1
     */
    public void injectFault(String operation, int times, Fault fault) {
        if (ServiceModel.ivs().stream().noneMatch(m -> m.operations().containsKey(operation))) {
            throw new IllegalArgumentException("operation: \"" + operation + "\" is not an operation of IVS or IVS "
                    + "Real-Time, such as GetStage");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times: " + times + " is out of range; allowed 1 or more");
        }
        faults.addNext(operation, times, checked(fault));
    }

    /**
     * Injects a fault into a share of all calls, spread evenly, until reset.
     *
     * @param share the share, greater than 0 and at most 1
     * @param fault the fault
     * @throws IllegalArgumentException for a share out of range or an unknown error code
     */
    public void injectFault(double share, Fault fault) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share: " + share + " is out of range; allowed greater than 0, at most 1");
        }
        faults.addShare(share, checked(fault));
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        faults.clear();
    }

    private static Fault checked(Fault fault) {
        String code = fault instanceof Fault.ServiceError ? ((Fault.ServiceError) fault).errorCode()
                : fault instanceof Fault.ErrorAfterApplying ? ((Fault.ErrorAfterApplying) fault).errorCode() : null;
        if (code != null && !ApiException.known(code)) {
            throw new IllegalArgumentException("errorCode: \"" + code
                    + "\" is not an error of the IVS models or of the protocol, such as ThrottlingException");
        }
        if (fault instanceof Fault.OneOf) {
            ((Fault.OneOf) fault).faults().forEach(EmulatorServer::checked);
        }
        return fault;
    }

    public void simulateStreamStart(String channelArn) {
        simulateStreamStart(channelArn, "HEALTHY");
    }

    public void simulateStreamStart(String channelArn, String health) {
        if (!StreamSessions.HEALTHS.contains(health)) {
            throw new IllegalArgumentException("health: \"" + health + "\" is not a stream health; allowed "
                    + StreamSessions.HEALTHS);
        }
        inPartitionOf(channelArn, p -> StreamSessions.start(p, channelArn, health));
    }

    public void simulateStreamEnd(String channelArn) {
        inPartitionOf(channelArn, p -> StreamSessions.end(p, channelArn));
    }

    public String simulateParticipantJoin(String participantToken) {
        ParticipantTokens.Verified token = ParticipantTokens.verify(state, minter, participantToken);
        return inPartitionOf(token.stageArn(), p -> StageSessions.join(p, token));
    }

    public void simulateParticipantPublish(String stageArn, String participantId) {
        actInPartitionOf(stageArn, p -> StageSessions.publish(p, stageArn, participantId));
    }

    public void simulateParticipantUnpublish(String stageArn, String participantId) {
        actInPartitionOf(stageArn, p -> StageSessions.unpublish(p, stageArn, participantId));
    }

    public void simulateParticipantSubscribe(String stageArn, String subscriberId, String publisherId) {
        actInPartitionOf(stageArn, p -> StageSessions.subscribe(p, stageArn, subscriberId, publisherId));
    }

    public void simulateParticipantUnsubscribe(String stageArn, String subscriberId, String publisherId) {
        actInPartitionOf(stageArn, p -> StageSessions.unsubscribe(p, stageArn, subscriberId, publisherId));
    }

    public void simulateParticipantLeave(String stageArn, String participantId) {
        actInPartitionOf(stageArn, p -> StageSessions.leave(p, stageArn, participantId));
    }

    public void simulateIngestStart(String ingestConfigurationArn) {
        actInPartitionOf(ingestConfigurationArn, p -> IngestConfigurations.startIngest(p, ingestConfigurationArn));
    }

    public void simulateIngestEnd(String ingestConfigurationArn) {
        actInPartitionOf(ingestConfigurationArn, p -> IngestConfigurations.endIngest(p, ingestConfigurationArn));
    }

    public void addEventListener(Consumer<String> listener) {
        state.events().add(listener);
    }

    public void removeEventListener(Consumer<String> listener) {
        state.events().remove(listener);
    }

    /** {@return what the control API's {@code GET /_emulator/info} answers} */
    ObjectNode info() {
        ObjectNode out = Json.object();
        out.put("endpoint", endpoint.toString());
        out.put("region", options.region());
        out.put("accountId", options.accountId());
        out.put("journalCapacity", options.journalCapacity());
        out.put("strictSigV4", !options.signingKeys().isEmpty());
        out.put("virtualThreads", transport.virtualThreads());
        return out;
    }

    /** {@return whether the server still accepts connections} */
    public boolean isRunning() {
        return transport.isListening();
    }

    /** Stops listening and closes every connection; idempotent. */
    public void close() {
        transport.close();
        LOG.debug("IVS emulator on {} stopped", endpoint);
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

    /** As {@link #inPartitionOf}, for a simulation without a result. */
    private void actInPartitionOf(String arn, Consumer<Partition> action) {
        inPartitionOf(arn, p -> {
            action.accept(p);
            return null;
        });
    }

    private static ServiceModel model(String service) {
        return ServiceModel.ivs().stream().filter(m -> m.service().equals(service)).findFirst().orElseThrow();
    }
}
