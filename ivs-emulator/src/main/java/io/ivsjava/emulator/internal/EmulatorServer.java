package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.internal.hls.HlsStreams;
import io.ivsjava.emulator.internal.media.MediaSinks;
import io.ivsjava.emulator.internal.rtmp.RtmpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one emulator together: its state and clock, the operations of the three services, the call journal, the
 * injected faults, the control API, IVS Chat's messaging plane, the HTTP transport and, with the media plane on,
 * the RTMP ingest and HLS playback.
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
    private final ChatMessaging chat;
    private final EventOutlets outlets;
    private final HttpTransport transport;
    private final Optional<Playback> playback;
    private final Optional<RtmpServer> rtmp;
    private final URI endpoint;
    private final URI chatEndpoint;

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
        ServiceModel chatModel = model(ServiceModel.CHAT);
        GenericOperations lowLatencyGeneric = new GenericOperations(state, ivs);
        GenericOperations realTimeGeneric = new GenericOperations(state, realtime);
        GenericOperations chatGeneric = new GenericOperations(state, chatModel);
        this.chat = new ChatMessaging(state, new ChatReviews(options.chatReviewUrl(), options.chatReviewTimeout(),
                ConnectionThreads.named("ivs-emulator-chat-review-")));
        Handlers handlers = new Handlers();
        // Generic handlers first; the hand-written ones replace them where IVS has real behaviour.
        List.of(lowLatencyGeneric, realTimeGeneric, chatGeneric,
                new LowLatencyOperations(state, ivs, lowLatencyGeneric),
                new RealTimeOperations(state, realtime, realTimeGeneric, minter),
                new ChatOperations(state, chatModel, chatGeneric, chat)).forEach(ops -> ops.register(handlers));

        this.outlets = new EventOutlets(options.eventWebhook());
        state.events().add(outlets);
        this.control = new ControlApi(this);
        // The media-plane simulations, one line each: POST /_emulator/simulate/<name> with a JSON body.
        control.simulation("stream-start", ControlApi.taking("channelArn", this::simulateStreamStart));
        control.simulation("stream-end", ControlApi.taking("channelArn", this::simulateStreamEnd));
        control.simulation("participant-join", ControlApi.returning("participantToken", "participantId",
                this::simulateParticipantJoin));
        control.simulation("token-exchange", ControlApi.returning("participantToken", "participantId",
                this::simulateTokenExchange));
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

        List<ApiHandler.Mount> mounts = new ArrayList<>(List.of(ApiHandler.Mount.under("/_emulator/", control::handle),
                chat.mount()));
        // The media plane: what RTMP publishers send is played back over HLS on this port.
        this.playback = options.rtmpPort().isPresent()
                ? Optional.of(new Playback(state, new HlsStreams(clock))) : Optional.empty();
        playback.ifPresent(p -> {
            state.playback(p);
            mounts.add(p.mount());
        });
        ApiHandler handler = new ApiHandler(ServiceModel.ivs(), handlers, state, journal, faults, verifier, mounts,
                Boolean.getBoolean("ivs.emulator.checkResponses"));
        // The media plane first, so that every channel and stage the API creates names its ingest port.
        this.rtmp = options.rtmpPort().isPresent() ? Optional.of(RtmpServer.start(new InetSocketAddress(
                options.bindAddress(), options.rtmpPort().getAsInt()), new MediaIngest(state, mediaSinks()),
                RtmpServer.Limits.DEFAULTS)) : Optional.empty();
        rtmp.ifPresent(r -> state.ingestAuthority(authority(r.address())));
        try {
            this.transport = HttpTransport.start(new InetSocketAddress(options.bindAddress(), options.port()), handler,
                    e -> fatalHandler.accept(e));
        } catch (IOException | RuntimeException e) {
            rtmp.ifPresent(RtmpServer::close);
            throw e;
        }
        outlets.start();
        this.endpoint = URI.create("http://" + authority(transport.address()));
        this.chatEndpoint = URI.create("ws://" + authority(transport.address()) + ChatMessaging.PATH);
        playback.ifPresent(p -> p.endpoint(endpoint));
    }

    /** {@code HOST:PORT} of a bound address, an IPv6 host in brackets. */
    private static String authority(InetSocketAddress bound) {
        String host = bound.getAddress() instanceof Inet6Address
                ? "[" + bound.getAddress().getHostAddress() + "]" : bound.getAddress().getHostAddress();
        return host + ":" + bound.getPort();
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
                    + ":" + options.port() + options.rtmpPort().stream().mapToObj(p -> " (RTMP port " + p + ")")
                    .findFirst().orElse("") + ": " + e.getMessage(), e);
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

    /**
     * Where ingested streams' media goes: the HLS playback of each channel's stream when the media plane is on
     * ({@link EmulatorOptions#rtmpPort()}), otherwise nowhere.
     *
     * @return the sinks the RTMP side opens when a publish starts
     */
    public MediaSinks mediaSinks() {
        return playback.<MediaSinks>map(Playback::streams).orElse(MediaSinks.NONE);
    }

    /** {@return the RTMP server URL encoders publish to, {@code rtmp://HOST:PORT/app/}, while the media plane is on} */
    public Optional<URI> rtmpEndpoint() {
        return rtmp.map(r -> URI.create("rtmp://" + authority(r.address()) + "/app/"));
    }

    /** {@return the WebSocket URL of IVS Chat's messaging plane, for every region} */
    public URI chatMessagingEndpoint() {
        return chatEndpoint;
    }

    /**
     * Sets or removes the reviewer of chat messages.
     *
     * @param reviewer the reviewer, or empty to fall back to the review URL (if configured) or to the rooms'
     *     {@code fallbackResult}
     */
    public void chatMessageReviewer(Optional<io.ivsjava.emulator.ChatMessageReviewer> reviewer) {
        chat.reviews().reviewer(reviewer);
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

    /** {@return where events leave the process: the event stream and the webhook} */
    EventOutlets outlets() {
        return outlets;
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
        chat.reset();
        state.reset();
        rtmp.ifPresent(RtmpServer::closeConnections);
        playback.ifPresent(Playback::clear);
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
            throw new IllegalArgumentException("operation: \"" + operation + "\" is not an operation of IVS, IVS "
                    + "Real-Time or IVS Chat, such as GetStage");
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

    public String simulateTokenExchange(String participantToken) {
        ParticipantTokens.Verified token = ParticipantTokens.verify(state, minter, participantToken);
        return inPartitionOf(token.stageArn(), p -> StageSessions.exchangeToken(p, token));
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
        out.put("chatMessagingEndpoint", chatEndpoint.toString());
        out.put("region", options.region());
        out.put("accountId", options.accountId());
        out.put("journalCapacity", options.journalCapacity());
        out.put("strictSigV4", !options.signingKeys().isEmpty());
        out.put("virtualThreads", transport.virtualThreads());
        out.set("events", outlets.describe());
        rtmpEndpoint().ifPresent(rtmpUrl -> out.put("rtmpEndpoint", rtmpUrl.toString()));
        return out;
    }

    /** {@return whether the server still accepts connections} */
    public boolean isRunning() {
        return transport.isListening();
    }

    /** Stops listening and closes every connection; idempotent. */
    public void close() {
        chat.close();
        transport.close();
        outlets.close();
        rtmp.ifPresent(RtmpServer::close);
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
