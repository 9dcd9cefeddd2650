package io.ivsjava.emulator;

import static io.ivsjava.emulator.Checks.notNull;

import io.ivsjava.emulator.internal.EmulatorServer;
import java.net.InetAddress;
import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A local stand-in for Amazon IVS: an HTTP server that speaks the IVS, IVS Real-Time and IVS Chat REST-JSON
 * protocol, so that unmodified AWS SDK clients, of any language and version, work against it through an endpoint
 * override; and IVS Chat's messaging WebSocket, for unmodified chat clients ({@link #chatMessagingEndpoint()}).
 *
 * <pre>{@code
 * try (IvsEmulator ivs = IvsEmulator.start()) {
 *     IvsRealTimeClient client = IvsRealTimeClient.builder()
 *             .endpointOverride(ivs.endpoint())
 *             .region(Region.of(ivs.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(ivs.accessKeyId(), ivs.secretAccessKey())))
 *             .build();
 *     client.createStage(b -> b.name("my-stage"));
 * }
 * }</pre>
 *
 * <p>The three services answer on the one endpoint. Requests are validated against the official API models (required
 * members, lengths, ranges, patterns, enums) and answered with the models' shapes, status codes and error codes.
 * State lives in memory, per emulator: two emulators in one JVM share nothing.
 *
 * <p>As a test double, like okhttp's MockWebServer: {@link #reset()} forgets everything between tests, the journal
 * records each call ({@link #calls()}, {@link #takeCall(Duration)}), {@link #injectFault(String, int, Fault)} scripts
 * errors, latency and broken connections, and the clock can be moved ({@link #advanceClock(Duration)}). The same is
 * available over HTTP under {@code /_emulator/} for a standalone emulator.
 *
 * <p>The emulator starts on a free loopback port in milliseconds; {@link #close()} stops it. It is thread-safe:
 * any number of clients may call it at once, and its methods may be called from any thread.
 *
 * <p>Missing values: a null given where a value is required, here, in {@link EmulatorOptions}, {@link Fault} and the
 * builders, is refused with an {@link IllegalArgumentException} naming the field ({@code "channelArn: is missing"});
 * nothing in this API returns null.
 */
public final class IvsEmulator implements AutoCloseable {
    private final EmulatorServer server;

    private IvsEmulator(EmulatorServer server) {
        this.server = server;
    }

    /**
     * Starts an emulator with the default options: a free port on the loopback address, region
     * {@value EmulatorOptions#DEFAULT_REGION}, account {@value EmulatorOptions#DEFAULT_ACCOUNT_ID}.
     *
     * @return the running emulator
     * @throws java.io.UncheckedIOException if no port can be bound
     */
    public static IvsEmulator start() {
        return start(EmulatorOptions.defaults());
    }

    /**
     * Starts an emulator.
     *
     * @param options where to listen and which account and region to be
     * @return the running emulator
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public static IvsEmulator start(EmulatorOptions options) {
        return new IvsEmulator(EmulatorServer.start(options));
    }

    /**
     * A builder of emulator options, ending in {@link Builder#start()}.
     *
     * @return a builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URL to give SDK clients as their endpoint override, such as {@code http://127.0.0.1:49321}.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * Where encoders publish, with the media plane on ({@link Builder#rtmpPort(int)}): the RTMP server URL, such as
     * {@code rtmp://127.0.0.1:1935/app/}, to which an encoder appends a channel's (or an ingest configuration's)
     * stream key; OBS takes it as "Server". RTMPS, with a certificate the emulator makes for itself, is served on the
     * same port. Channels' {@code ingestEndpoint} and stages' {@code rtmp}/{@code rtmps} endpoints name this port.
     *
     * @return the URL, or empty while the media plane is off
     */
    public Optional<URI> rtmpEndpoint() {
        return server.rtmpEndpoint();
    }

    /**
     * The URL chat clients connect to with a chat token, such as {@code ws://127.0.0.1:49321/chat}: the emulator's
     * stand-in for {@code wss://edge.ivschat.<region>.amazonaws.com}, which IVS Chat's messaging SDKs derive from
     * the region unless given a URL (the JavaScript SDK's {@code regionOrUrl}). One endpoint serves every region
     * and account: the token names the room. The token goes in the WebSocket subprotocol
     * ({@code Sec-WebSocket-Protocol}), as with IVS.
     *
     * @return the messaging endpoint
     */
    public URI chatMessagingEndpoint() {
        return server.chatMessagingEndpoint();
    }

    /**
     * Reviews the messages of chat rooms that name a message review handler with this reviewer, in place of the
     * Lambda IVS Chat would invoke (and in place of {@link EmulatorOptions#chatReviewUrl()}). Without a reviewer
     * and a review URL, every review fails and the room's {@code fallbackResult} applies. Survives
     * {@link #reset()}.
     *
     * @param reviewer the reviewer; it must be thread-safe
     */
    public void setChatMessageReviewer(ChatMessageReviewer reviewer) {
        server.chatMessageReviewer(Optional.of(notNull("reviewer", reviewer)));
    }

    /** Removes the reviewer set with {@link #setChatMessageReviewer(ChatMessageReviewer)}. */
    public void clearChatMessageReviewer() {
        server.chatMessageReviewer(Optional.empty());
    }

    /**
     * The region the emulator uses in ARNs and URLs; configure clients with it.
     *
     * @return the region name
     */
    public String region() {
        return server.options().region();
    }

    /**
     * The account id in the ARNs the emulator creates.
     *
     * @return the 12-digit account id
     */
    public String accountId() {
        return server.options().accountId();
    }

    /**
     * An access key id for clients: in strict SigV4 mode the first one configured, otherwise {@code ivs-emulator}
     * (the emulator then accepts any credentials).
     *
     * @return the access key id
     */
    public String accessKeyId() {
        return server.options().signingKeys().keySet().stream().findFirst().orElse("ivs-emulator");
    }

    /**
     * The secret paired with {@link #accessKeyId()}.
     *
     * @return its secret access key
     */
    public String secretAccessKey() {
        return server.options().signingKeys().values().stream().findFirst().orElse("ivs-emulator-secret");
    }

    /**
     * The public key that verifies the participant tokens this emulator issues (ES384, P-384). Real IVS keeps its
     * key to itself; the emulator shares it so tests can check the tokens a backend hands out.
     *
     * @return the emulator's token-signing public key
     */
    public PublicKey participantTokenPublicKey() {
        return server.participantTokenPublicKey();
    }

    /**
     * How many requests the emulator has answered, whatever their outcome: a view of the call journal, exact
     * however many calls the journal keeps.
     *
     * @return the count since start or the last {@link #reset()}
     */
    public long requestCount() {
        return server.requestCount();
    }

    /**
     * How many requests for one operation the emulator has answered, whatever their outcome. Handy for checking
     * that code rejected bad input without calling IVS, or fetched a list lazily.
     *
     * @param operation an operation name such as {@code CreateParticipantToken}
     * @return the count since start or the last {@link #reset()}
     */
    public long requestCount(String operation) {
        return server.requestCount(operation);
    }

    /**
     * The calls in the journal, oldest first: the most recent {@link EmulatorOptions#journalCapacity()} (10,000
     * unless configured). Control API requests are not recorded.
     *
     * @return the calls
     */
    public List<RecordedCall> calls() {
        return server.calls(Optional.empty());
    }

    /**
     * The calls to one operation in the journal, oldest first.
     *
     * @param operation such as {@code CreateStage}
     * @return the calls
     */
    public List<RecordedCall> calls(String operation) {
        return server.calls(Optional.of(notNull("operation", operation)));
    }

    /**
     * Takes the oldest call not taken yet, waiting for one to arrive, as MockWebServer's {@code takeRequest} does:
     * each call is taken once.
     *
     * @param timeout how long to wait; {@link Duration#ZERO} does not wait
     * @return the call, or empty if none arrived in time
     */
    public Optional<RecordedCall> takeCall(Duration timeout) {
        return take(Optional.empty(), timeout);
    }

    /**
     * Takes the oldest call to one operation not taken yet, waiting for one to arrive; calls to other operations
     * stay untaken.
     *
     * @param operation such as {@code CreateStage}
     * @param timeout how long to wait
     * @return the call, or empty if none arrived in time
     */
    public Optional<RecordedCall> takeCall(String operation, Duration timeout) {
        return take(Optional.of(notNull("operation", operation)), timeout);
    }

    private Optional<RecordedCall> take(Optional<String> operation, Duration timeout) {
        notNull("timeout", timeout);
        try {
            return server.takeCall(operation, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Makes the next calls to one operation fail, or answer late, as the fault says; later calls are served
     * normally. Faults given for one operation apply in the order given.
     *
     * @param operation such as {@code GetStage}
     * @param times how many calls, 1 or more
     * @param fault what goes wrong
     * @throws IllegalArgumentException for an operation IVS does not have, an error the models do not define, or
     *     a count below 1
     */
    public void injectFault(String operation, int times, Fault fault) {
        server.injectFault(notNull("operation", operation), times, notNull("fault", fault));
    }

    /**
     * Applies a fault to a share of all IVS calls, evenly spread and without randomness (exactly
     * {@code floor(n * share)} of the next {@code n} calls), until {@link #clearFaults()} or {@link #reset()}.
     *
     * @param share greater than 0, at most 1
     * @param fault what goes wrong
     * @throws IllegalArgumentException for a share out of range or an error the models do not define
     */
    public void injectFault(double share, Fault fault) {
        server.injectFault(share, notNull("fault", fault));
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        server.clearFaults();
    }

    /**
     * The emulator's time, which token {@code iat}/{@code exp} claims, {@code startTime}/{@code endTime} fields and
     * session times use: the system's unless moved.
     *
     * @return the current instant by the emulator's clock
     */
    public Instant now() {
        return server.now();
    }

    /**
     * Moves the emulator's clock, such as {@code advanceClock(Duration.ofHours(13))} to see a 12-hour token
     * expire. A clock stopped by {@link #setClock(Instant)} stays stopped, at the new time.
     *
     * @param amount how far; negative moves it back
     */
    public void advanceClock(Duration amount) {
        server.advanceClock(notNull("amount", amount));
    }

    /**
     * Stops the emulator's clock at an instant, until it is advanced or the emulator is {@link #reset()}.
     *
     * @param instant the time to show
     */
    public void setClock(Instant instant) {
        server.setClock(notNull("instant", instant));
    }

    /**
     * Subscribes to the events that the emulator's simulations imply, each as the JSON an Amazon EventBridge rule
     * for source {@code aws.ivs} would deliver: {@code IVS Stream State Change} ({@code Session Created},
     * {@code Stream Start}, {@code Stream End}, {@code Session Ended}) when a channel goes live or offline,
     * {@code IVS Stage Update} ({@code Participant Joined}, {@code Participant Published}, ...) as participants come
     * and go, and {@code IVS Composition State Change} ({@code Session Start}, {@code Destination Start}, ...) as
     * compositions start and stop. Parse them with ivs-events' {@code IvsEvents.parse}, as a backend parses the real
     * ones.
     *
     * <p>Each event reaches the listeners on the thread whose call or simulation caused it, after the emulator has
     * released its locks, so a listener may call the emulator. Events of a refused call are never delivered.
     * Listeners survive {@link #reset()}. A listener that throws is logged and does not stop the others.
     *
     * <p>Out of the process, the same events stream as server-sent events from {@code GET /_emulator/events} on the
     * emulator's endpoint ({@code id:} a number, one {@code data:} line of JSON per event), and go to the
     * {@link EventWebhook} configured with {@link Builder#eventWebhook(EventWebhook)}, if any.
     *
     * @param listener receives each event's JSON
     */
    public void addEventListener(Consumer<String> listener) {
        server.addEventListener(notNull("listener", listener));
    }

    /**
     * Unsubscribes a listener added with {@link #addEventListener(Consumer)}; does nothing if it is not subscribed.
     *
     * @param listener the listener
     */
    public void removeEventListener(Consumer<String> listener) {
        server.removeEventListener(notNull("listener", listener));
    }

    /**
     * Forgets everything, in microseconds: the resources and side state (live streams, sessions, participants) of
     * every account and region, the call journal and its counts, the injected faults; chat connections are closed
     * (1001, going away); the clock goes back to the system's. The endpoint, options, token-signing key, event
     * listeners and chat message reviewer stay. Calls in flight during a reset may act on the state before it.
     */
    public void reset() {
        server.reset();
    }

    /**
     * Makes a channel live, as when a broadcaster's encoder connects with the channel's stream key. Afterwards
     * {@code GetStream} returns a {@code LIVE}, {@code HEALTHY} stream that {@code ListStreams} lists,
     * {@code PutMetadata} and {@code InsertAdBreak} are accepted, and {@code UpdateChannel} and
     * {@code DeleteChannel} answer {@code ConflictException}. A new stream session opens ({@code GetStreamSession},
     * {@code ListStreamSessions}) with a {@code st-} stream id, its start time, the channel as it is now, the ingest
     * settings of a common encoder, the channel's recording configuration if it has one, and the events
     * {@code Session Created} and {@code Stream Start} (and {@code Recording Start} when recording). Does nothing
     * if the channel is already live.
     *
     * <p>Acts in the account and region named by the ARN.
     *
     * @param channelArn the channel's ARN
     * @throws IllegalArgumentException if the emulator has no such channel, or the channel has no stream key for
     *     an encoder to connect with
     */
    public void simulateStreamStart(String channelArn) {
        server.simulateStreamStart(notNull("channelArn", channelArn));
    }

    /**
     * Makes a channel live with a stream of the given health, as {@link #simulateStreamStart(String)} does: for
     * example {@code STARVING}, when the encoder sends less than it should (the session then also records a
     * {@code Starvation Start} event).
     *
     * @param channelArn the channel's ARN
     * @param health {@code HEALTHY}, {@code STARVING} or {@code UNKNOWN}, as in the model's {@code StreamHealth}
     * @throws IllegalArgumentException if the health is not one of those, the emulator has no such channel, or the
     *     channel has no stream key
     */
    public void simulateStreamStart(String channelArn, String health) {
        server.simulateStreamStart(notNull("channelArn", channelArn), notNull("health", health));
    }

    /**
     * Ends a channel's stream, as when the encoder disconnects (or {@code StopStream} is called): {@code GetStream}
     * answers {@code ChannelNotBroadcasting} again, and the stream session gets its end time and the events
     * {@code Stream End} and {@code Session Ended} (and {@code Recording End} when recording). Does nothing if the
     * channel is not live.
     *
     * @param channelArn the channel's ARN
     * @throws IllegalArgumentException if the emulator has no such channel
     */
    public void simulateStreamEnd(String channelArn) {
        server.simulateStreamEnd(notNull("channelArn", channelArn));
    }

    /**
     * A participant joins a stage with a participant token, as the IVS client SDKs do, after the token is checked as
     * IVS checks it at join time. The token may come from {@code CreateParticipantToken} or {@code CreateStage}
     * (signed by this emulator), or be self-signed: an ES384 JWT whose {@code kid} header names a public key imported
     * with {@code ImportPublicKey} into the stage's account and region.
     *
     * <p>A token is one participant, its {@code jti}: joining again with the same token reconnects that participant
     * (and does nothing while it is connected). The first join opens a stage session: the stage's
     * {@code activeSessionId} names it, and {@code ListStageSessions}, {@code GetParticipant} and
     * {@code ListParticipantEvents} show it with a {@code JOINED} event. Acts in the account and region of the stage
     * the token names.
     *
     * @param participantToken the token, as handed to a client
     * @return the participant id
     * @throws IllegalArgumentException saying why IVS would refuse the token: not an ES384 JWT, a signature that
     *     does not verify, an unknown {@code kid}, an expired token, a stage that does not exist (or was deleted),
     *     or a participant revoked by {@code DisconnectParticipant}
     */
    public String simulateParticipantJoin(String participantToken) {
        return server.simulateParticipantJoin(notNull("participantToken", participantToken));
    }

    /**
     * A connected participant's client exchanges its token for a new one, as the IVS broadcast SDKs'
     * {@code exchangeToken} does: the participant stays on the stage, and its capabilities, attributes and user id
     * become the new token's. A viewer given a token with {@code allow_publish} may then publish
     * ({@link #simulateParticipantPublish}); a publisher whose new token lacks it stops publishing, and a subscriber
     * whose new token lacks {@code allow_subscribe} stops subscribing. {@code ListParticipantEvents} shows a
     * {@code TOKEN_EXCHANGED} event with the previous and the new token's capabilities, attributes, user id and
     * expiry, and {@code GetParticipant} the new user id and attributes.
     *
     * <p>The new token is checked as {@link #simulateParticipantJoin(String)} checks a token, and then as IVS and
     * its SDKs check an exchange: both the participant's current token and the new one must be self-signed (IVS
     * does not exchange tokens from {@code CreateParticipantToken}), and the new one must keep the current one's
     * {@code jti}, {@code resource}, {@code topic}, {@code whip_url} and {@code events_url}.
     *
     * @param participantToken the new token
     * @return the participant id, the token's {@code jti}
     * @throws IllegalArgumentException saying why the exchange is refused: a token IVS would refuse, no participant
     *     with the token's {@code jti} connected to the token's stage, a token from {@code CreateParticipantToken}
     *     on either side, or a changed {@code whip_url} or {@code events_url}
     */
    public String simulateTokenExchange(String participantToken) {
        return server.simulateTokenExchange(notNull("participantToken", participantToken));
    }

    /**
     * A connected participant starts publishing its media: {@code published} becomes true and a
     * {@code PUBLISH_STARTED} event is recorded; if the stage records its participants (its auto-recording names a
     * storage configuration), the participant's {@code recordingState} becomes {@code ACTIVE}. Does nothing if it is
     * already publishing. A refused attempt is recorded as a {@code PUBLISH_ERROR} event, as IVS records it, and
     * throws.
     *
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if the participant is not connected, its token lacks the {@code PUBLISH}
     *     capability, or the stage already has {@link Quota#STAGE_PUBLISHERS} publishers
     */
    public void simulateParticipantPublish(String stageArn, String participantId) {
        server.simulateParticipantPublish(notNull("stageArn", stageArn), notNull("participantId", participantId));
    }

    /**
     * A participant stops publishing: a {@code PUBLISH_STOPPED} event, subscriptions to it stop, its recording stops
     * and its replications end. Does nothing if it is not publishing.
     *
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if the participant is not connected to the stage
     */
    public void simulateParticipantUnpublish(String stageArn, String participantId) {
        server.simulateParticipantUnpublish(notNull("stageArn", stageArn), notNull("participantId", participantId));
    }

    /**
     * A participant subscribes to a publisher: a {@code SUBSCRIBE_STARTED} event whose {@code remoteParticipantId} is
     * the publisher. Does nothing if it is already subscribed. A refused attempt is recorded as a
     * {@code SUBSCRIBE_ERROR} event and throws.
     *
     * @param stageArn the stage
     * @param subscriberId the subscribing participant
     * @param publisherId the publishing participant
     * @throws IllegalArgumentException if the subscriber is not connected or lacks the {@code SUBSCRIBE} capability,
     *     the publisher is not publishing, or the stage already has {@link Quota#STAGE_SUBSCRIBERS} subscribers
     */
    public void simulateParticipantSubscribe(String stageArn, String subscriberId, String publisherId) {
        server.simulateParticipantSubscribe(notNull("stageArn", stageArn), notNull("subscriberId", subscriberId),
                notNull("publisherId", publisherId));
    }

    /**
     * A participant stops subscribing to a publisher: a {@code SUBSCRIBE_STOPPED} event. Does nothing if it was not
     * subscribed.
     *
     * @param stageArn the stage
     * @param subscriberId the subscribing participant
     * @param publisherId the publishing participant
     * @throws IllegalArgumentException if the subscriber is not connected to the stage
     */
    public void simulateParticipantUnsubscribe(String stageArn, String subscriberId, String publisherId) {
        server.simulateParticipantUnsubscribe(notNull("stageArn", stageArn), notNull("subscriberId", subscriberId),
                notNull("publisherId", publisherId));
    }

    /**
     * A participant leaves the stage: publishing and subscriptions stop, a {@code LEFT} event is recorded and its
     * state becomes {@code DISCONNECTED}. When the last participant leaves, the session ends (its {@code endTime} is
     * set and the stage's {@code activeSessionId} cleared). Does nothing if the participant already left.
     *
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if the stage does not exist or no such participant joined its open (or
     *     latest) session
     */
    public void simulateParticipantLeave(String stageArn, String participantId) {
        server.simulateParticipantLeave(notNull("stageArn", stageArn), notNull("participantId", participantId));
    }

    /**
     * An RTMP(S) encoder starts publishing with an ingest configuration's stream key: the configuration's participant
     * joins its stage and publishes (protocol {@code RTMP} or {@code RTMPS}), and the configuration's state becomes
     * {@code ACTIVE}. Does nothing if it already is. End it with {@link #simulateIngestEnd(String)}, or as IVS does
     * with {@code DisconnectParticipant} or {@code DeleteIngestConfiguration} with {@code force}.
     *
     * @param ingestConfigurationArn the ingest configuration
     * @throws IllegalArgumentException if there is no such configuration, it names no stage or its stage was deleted,
     *     or the stage already has its most publishers
     */
    public void simulateIngestStart(String ingestConfigurationArn) {
        server.simulateIngestStart(notNull("ingestConfigurationArn", ingestConfigurationArn));
    }

    /**
     * The encoder of an ingest configuration disconnects: its participant leaves the stage and the configuration
     * becomes {@code INACTIVE}. Does nothing if it is not active.
     *
     * @param ingestConfigurationArn the ingest configuration
     * @throws IllegalArgumentException if there is no such configuration
     */
    public void simulateIngestEnd(String ingestConfigurationArn) {
        server.simulateIngestEnd(notNull("ingestConfigurationArn", ingestConfigurationArn));
    }

    /**
     * Whether the emulator accepts connections: true from start until {@link #close()}.
     *
     * @return whether it is running
     */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * Stops the server and frees its port and threads. Calling it again does nothing. A closed emulator cannot be
     * restarted; start a new one.
     */
    @Override
    public void close() {
        server.close();
    }

    /** {@return a description with the endpoint, region and account} */
    @Override
    public String toString() {
        return "IvsEmulator[" + endpoint() + ", region " + region() + ", account " + accountId() + "]";
    }

    /**
     * Collects {@link EmulatorOptions} and starts an emulator with them. Not thread-safe; use one builder per
     * thread.
     */
    public static final class Builder {
        private EmulatorOptions options = EmulatorOptions.defaults();
        private Optional<ChatMessageReviewer> reviewer = Optional.empty();

        private Builder() {
        }

        /**
         * The TCP port; 0, the default, picks a free one.
         *
         * @param port 0..65535
         * @return this builder
         */
        public Builder port(int port) {
            options = options.withPort(port);
            return this;
        }

        /**
         * The address to listen on; default loopback.
         *
         * @param address an address of this machine
         * @return this builder
         */
        public Builder bindAddress(InetAddress address) {
            options = options.withBindAddress(address);
            return this;
        }

        /**
         * The region to be; default {@value EmulatorOptions#DEFAULT_REGION}.
         *
         * @param region such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            options = options.withRegion(region);
            return this;
        }

        /**
         * The account to be; default {@value EmulatorOptions#DEFAULT_ACCOUNT_ID}.
         *
         * @param accountId 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            options = options.withAccountId(accountId);
            return this;
        }

        /**
         * Changes one quota from IVS's default, such as {@code quota(Quota.STAGES, 100_000)} for a load test.
         *
         * @param quota the quota
         * @param limit its limit, 0 or more
         * @return this builder
         */
        public Builder quota(Quota quota, int limit) {
            options = options.withQuota(quota, limit);
            return this;
        }

        /**
         * How many recent calls the journal keeps in full; default
         * {@value EmulatorOptions#DEFAULT_JOURNAL_CAPACITY}. Counts are kept for every call whatever the capacity.
         *
         * @param capacity 0..10,000,000; 0 keeps counts only
         * @return this builder
         */
        public Builder journalCapacity(int capacity) {
            options = options.withJournalCapacity(capacity);
            return this;
        }

        /**
         * Turns on strict SigV4 mode (off by default) and accepts this access key: requests must then be signed
         * with a configured key, and signatures are checked with the AWS SDK's own signer, which must be on the
         * class path ({@code software.amazon.awssdk:http-auth-aws}, part of every AWS SDK v2 client). Repeat for
         * more keys; {@link IvsEmulator#accessKeyId()} returns the first.
         *
         * @param accessKeyId an access key id (twelve digits name the account, as without strict mode)
         * @param secretAccessKey its secret
         * @return this builder
         */
        public Builder strictSigV4(String accessKeyId, String secretAccessKey) {
            options = options.withSigningKey(accessKeyId, secretAccessKey);
            return this;
        }

        /**
         * Turns the media plane on (off by default): RTMP (and RTMPS) publishes are taken on this port
         * ({@link IvsEmulator#rtmpEndpoint()}), channels' ingest endpoints and stages' RTMP endpoints point at it,
         * and a publish with a stream key makes its channel live with what the encoder really sends.
         *
         * @param port 0..65535; 0 picks a free port
         * @return this builder
         */
        public Builder rtmpPort(int port) {
            options = options.withRtmpPort(port);
            return this;
        }

        /**
         * Posts every event the emulator emits to a webhook as well, as an Amazon EventBridge API destination would
         * (see {@link EventWebhook}); off by default. The events also stream, always, as server-sent events from
         * {@code GET /_emulator/events}.
         *
         * @param webhook where and how to post, such as
         *     {@code EventWebhook.to(URI.create("http://127.0.0.1:8080/events")).withApiKey("x-api-key", key)}
         * @return this builder
         */
        public Builder eventWebhook(EventWebhook webhook) {
            options = options.withEventWebhook(webhook);
            return this;
        }

        /**
         * Reviews chat messages with this reviewer from the start: see
         * {@link IvsEmulator#setChatMessageReviewer(ChatMessageReviewer)}.
         *
         * @param reviewer the reviewer; it must be thread-safe
         * @return this builder
         */
        public Builder chatMessageReviewer(ChatMessageReviewer reviewer) {
            this.reviewer = Optional.of(notNull("reviewer", reviewer));
            return this;
        }

        /**
         * POSTs chat messages for review to this URL (the review Lambda's event; its answer as the Lambda's) when no
         * {@link ChatMessageReviewer} is set.
         *
         * @param url an absolute http or https URL
         * @return this builder
         */
        public Builder chatReviewUrl(URI url) {
            options = options.withChatReviewUrl(url);
            return this;
        }

        /**
         * How long a chat message review may take before the room's {@code fallbackResult} applies; default IVS's
         * 200 ms. Tests on a busy machine may want more.
         *
         * @param timeout 1 ms to 5 minutes
         * @return this builder
         */
        public Builder chatReviewTimeout(Duration timeout) {
            options = options.withChatReviewTimeout(timeout);
            return this;
        }

        /**
         * The options set so far.
         *
         * @return the options
         */
        public EmulatorOptions options() {
            return options;
        }

        /**
         * Starts an emulator with the options set so far.
         *
         * @return the running emulator
         */
        public IvsEmulator start() {
            IvsEmulator emulator = IvsEmulator.start(options);
            reviewer.ifPresent(emulator::setChatMessageReviewer);
            return emulator;
        }
    }
}
