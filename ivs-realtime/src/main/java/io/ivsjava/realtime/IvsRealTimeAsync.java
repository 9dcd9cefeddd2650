package io.ivsjava.realtime;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.PagePublisher;
import io.ivsjava.core.internal.SdkClients;
import io.ivsjava.realtime.internal.Call;
import io.ivsjava.realtime.internal.Calls;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient;

/**
 * The non-blocking twin of {@link IvsRealTime}: the same operations, with the same checks and results, over the
 * SDK's asynchronous client. Each operation returns a {@link CompletableFuture}; each list is a
 * {@link Flow.Publisher} that fetches a page only when its subscriber has asked for more items than it holds.
 *
 * <pre>{@code
 * try (IvsRealTimeAsync ivs = IvsRealTimeAsync.connect(IvsConnection.defaults())) {
 *     ivs.createStage(StageSpec.builder().name("cat-42").withToken(Host.of("user-42")).build())
 *             .thenAccept(created -> send(created.tokens().get(0)));
 * }
 * }</pre>
 *
 * <p>Methods never throw: every failure, including input rejected before any call, completes the future
 * exceptionally (or signals the publisher's {@code onError}) with the {@link IvsException} that the matching
 * {@link IvsRealTime} method documents. Callbacks attached to the returned future receive that exception itself;
 * {@code join()} wraps it in a {@link java.util.concurrent.CompletionException}, as it does any failure.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsRealTimeAsyncClient)} stays the caller's to close. The SDK's default asynchronous
 * HTTP client (Netty) is what {@link #connect(IvsConnection)} uses.
 */
public final class IvsRealTimeAsync implements AutoCloseable {
    private final IvsRealTimeAsyncClient client;
    private final boolean ownsClient;
    private final Calls calls;

    private IvsRealTimeAsync(IvsRealTimeAsyncClient client, boolean ownsClient, Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.calls = new Calls(clock);
    }

    /**
     * Wraps an asynchronous SDK client the caller configured. {@link #close()} will not close it.
     *
     * @param client the client
     * @return the wrapper, reading the system clock
     */
    public static IvsRealTimeAsync create(IvsRealTimeAsyncClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an asynchronous SDK client the caller configured, with a clock for the times IVS leaves out of a
     * response.
     *
     * @param client the client
     * @param clock the clock
     * @return the wrapper
     */
    public static IvsRealTimeAsync create(IvsRealTimeAsyncClient client, Clock clock) {
        return new IvsRealTimeAsync(Check.notNull("client", client), false, Check.notNull("clock", clock));
    }

    /**
     * Connects with its own asynchronous SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance, reading the system clock; close it when done
     */
    public static IvsRealTimeAsync connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own asynchronous SDK client and the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock for the times IVS leaves out of a response
     * @return the instance; close it when done
     */
    public static IvsRealTimeAsync connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsRealTimeAsync(SdkClients.build(connection, IvsRealTimeAsyncClient.builder()), true,
                clock);
    }

    private <T> CompletableFuture<T> async(Supplier<Call<T>> call) {
        Call<T> checked;
        try {
            checked = call.get();
        } catch (IvsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return checked.runAsync(client);
    }

    private <T> Flow.Publisher<T> publisher(Supplier<Calls.Paged<T>> list) {
        Calls.Paged<T> checked;
        try {
            checked = list.get();
        } catch (IvsException e) {
            return PagePublisher.failed(e);
        }
        return new PagePublisher<>(token -> checked.page(token).runAsync(client));
    }

    // ---- stages ---------------------------------------------------------------------------------------------

    /**
     * Creates a stage, and the participant tokens asked for in the spec.
     *
     * @param spec the stage's name, tags, initial participants and recording
     * @return the stage with its endpoints, and the tokens in the order asked
     */
    public CompletableFuture<CreatedStage> createStage(StageSpec spec) {
        return async(() -> calls.createStage(spec));
    }

    /**
     * Reads a stage.
     *
     * @param arn the stage's ARN
     * @return the stage
     */
    public CompletableFuture<Stage> getStage(StageArn arn) {
        return async(() -> calls.getStage(arn));
    }

    /**
     * Every stage of the account in this region, published page by page as requested.
     *
     * @return the stages, fetched as the subscriber requests them
     */
    public Flow.Publisher<StageSummary> listStages() {
        return publisher(() -> calls.listStages());
    }

    /**
     * Renames a stage, or starts, changes or stops the automatic recording of its publishers.
     *
     * @param arn the stage's ARN
     * @param update what to change
     * @return the stage as it is now
     */
    public CompletableFuture<Stage> updateStage(StageArn arn, StageUpdate update) {
        return async(() -> calls.updateStage(arn, update));
    }

    /**
     * Deletes a stage. Its participants are disconnected and its tokens stop working.
     *
     * @param arn the stage's ARN
     */
    public CompletableFuture<Void> deleteStage(StageArn arn) {
        return async(() -> calls.deleteStage(arn));
    }

    /**
     * Reads one session of a stage.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id, such as {@link Stage#activeSessionId()}
     * @return the session
     */
    public CompletableFuture<StageSession> getStageSession(StageArn stage, String sessionId) {
        return async(() -> calls.getStageSession(stage, sessionId));
    }

    /**
     * The sessions of a stage, in the order IVS lists them, published page by page as requested.
     *
     * @param stage the stage's ARN
     * @return the sessions, fetched as the subscriber requests them
     */
    public Flow.Publisher<StageSession> listStageSessions(StageArn stage) {
        return publisher(() -> calls.listStageSessions(stage));
    }

    // ---- participant tokens -----------------------------------------------------------------------------------

    /**
     * Asks IVS for a new participant token valid for {@link ParticipantToken#DEFAULT_DURATION}; see
     * {@link #createParticipantToken(StageArn, Role, Duration)}.
     *
     * @param stage the stage's ARN
     * @param role who, as host, viewer or custom role
     * @return the new token
     */
    public CompletableFuture<ParticipantToken> createParticipantToken(StageArn stage, Role role) {
        return createParticipantToken(stage, role, ParticipantToken.DEFAULT_DURATION);
    }

    /**
     * Asks IVS for a participant token. Every call mints a new token with a new participant id, even for the same
     * user: to reuse one (a host reopening the studio), keep the token and check
     * {@link ParticipantToken#expiresWithin(Duration)}. For many tokens at once, sign them locally with a
     * {@link ParticipantTokenSigner} instead.
     *
     * @param stage the stage's ARN
     * @param role who, as host, viewer or custom role
     * @param duration how long the token admits them: 1 to 20,160 whole minutes
     * @return the new token
     */
    public CompletableFuture<ParticipantToken> createParticipantToken(StageArn stage, Role role, Duration duration) {
        return async(() -> calls.createParticipantToken(stage, role, duration));
    }

    /**
     * Promotes a viewer to co-host: a new host token (PUBLISH and SUBSCRIBE) for the same user id and attributes.
     * The viewer stays connected; the client leaves and rejoins the stage with the new token.
     *
     * @param stage the stage's ARN
     * @param viewer the participant to promote, as its token describes it
     * @param duration how long the new token admits them: 1 to 20,160 whole minutes
     * @return the new token, with a new participant id
     */
    public CompletableFuture<ParticipantToken> promoteToHost(StageArn stage, Participant viewer, Duration duration) {
        return async(() -> calls.promoteToHost(stage, viewer, duration, false));
    }

    /**
     * Promotes a viewer to co-host and disconnects the viewer's old participant, for clients that do not leave by
     * themselves. The token is minted first: if that fails, the viewer stays connected.
     *
     * @param stage the stage's ARN
     * @param viewer the participant to promote, as its token describes it
     * @param duration how long the new token admits them: 1 to 20,160 whole minutes
     * @return the new token, with a new participant id
     */
    public CompletableFuture<ParticipantToken> promoteToHostAndDisconnect(StageArn stage, Participant viewer, Duration duration) {
        return async(() -> calls.promoteToHost(stage, viewer, duration, true));
    }

    // ---- participants -----------------------------------------------------------------------------------------

    /**
     * Every participant of a stage session, published page by page as requested.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @return the participants, fetched as the subscriber requests them
     */
    public Flow.Publisher<ParticipantSummary> listParticipants(StageArn stage, String sessionId) {
        return listParticipants(stage, sessionId, ParticipantFilter.ALL);
    }

    /**
     * The participants of a stage session that match a filter, published page by page as requested.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param filter by user id, publishing, state or recording state
     * @return the participants, fetched as the subscriber requests them
     */
    public Flow.Publisher<ParticipantSummary> listParticipants(StageArn stage, String sessionId, ParticipantFilter filter) {
        return publisher(() -> calls.listParticipants(stage, sessionId, filter));
    }

    /**
     * Reads a participant of a stage session, with attributes, client and recording details.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param participantId the participant's id
     * @return the participant
     */
    public CompletableFuture<ParticipantDetails> getParticipant(StageArn stage, String sessionId, String participantId) {
        return async(() -> calls.getParticipant(stage, sessionId, participantId));
    }

    /**
     * What happened to a participant during a stage session, in the order IVS lists it (newest first, as in the
     * API reference's examples), published page by page as requested.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param participantId the participant's id
     * @return the events, fetched as the subscriber requests them
     */
    public Flow.Publisher<ParticipantEvent> listParticipantEvents(StageArn stage, String sessionId, String participantId) {
        return publisher(() -> calls.listParticipantEvents(stage, sessionId, participantId));
    }

    /**
     * Disconnects a participant from a stage, such as a co-host to remove. IVS revokes the participant: the client
     * cannot rejoin with the same token. An RTMP(S) publisher's ingest configuration is detached from the stage.
     *
     * @param stage the stage's ARN
     * @param participantId the participant's id ({@link Participant#id()})
     */
    public CompletableFuture<Void> disconnectParticipant(StageArn stage, String participantId) {
        return disconnectParticipant(stage, participantId, "");
    }

    /**
     * Disconnects a participant from a stage, saying why.
     *
     * @param stage the stage's ARN
     * @param participantId the participant's id ({@link Participant#id()})
     * @param reason why, at most 128 characters; may be empty
     */
    public CompletableFuture<Void> disconnectParticipant(StageArn stage, String participantId, String reason) {
        return async(() -> calls.disconnectParticipant(stage, participantId, reason));
    }

    /**
     * Shows a publisher of one stage in another stage too, with no reconnect window and no extra attributes.
     *
     * @param source the stage the participant publishes on
     * @param destination the stage to replicate into
     * @param participantId the publisher's id
     */
    public CompletableFuture<Void> startParticipantReplication(StageArn source, StageArn destination, String participantId) {
        return startParticipantReplication(source, destination, participantId, Duration.ZERO, Map.of());
    }

    /**
     * Shows a publisher of one stage in another stage too.
     *
     * @param source the stage the participant publishes on
     * @param destination the stage to replicate into
     * @param participantId the publisher's id
     * @param reconnectWindow if the publisher reconnects within this time, replication continues: 0 to 300 whole
     *     seconds
     * @param attributes attributes of the replica, merged over the participant's own; at most 1 KB in total
     */
    public CompletableFuture<Void> startParticipantReplication(StageArn source, StageArn destination, String participantId,
                                            Duration reconnectWindow, Map<String, String> attributes) {
        return async(() -> calls.startParticipantReplication(source, destination, participantId, reconnectWindow, attributes));
    }

    /**
     * Stops showing a publisher in another stage.
     *
     * @param source the stage the participant publishes on
     * @param destination the stage it is replicated into
     * @param participantId the publisher's id
     */
    public CompletableFuture<Void> stopParticipantReplication(StageArn source, StageArn destination, String participantId) {
        return async(() -> calls.stopParticipantReplication(source, destination, participantId));
    }

    /**
     * The replicas of a publisher in other stages, published page by page as requested.
     *
     * @param source the stage the participant publishes on
     * @param participantId the publisher's id
     * @return the replicas, fetched as the subscriber requests them
     */
    public Flow.Publisher<ParticipantReplica> listParticipantReplicas(StageArn source, String participantId) {
        return publisher(() -> calls.listParticipantReplicas(source, participantId));
    }

    // ---- public keys ------------------------------------------------------------------------------------------

    /**
     * Imports the public half of a P-384 key pair, so that IVS accepts participant tokens signed with its private
     * half (see {@link ParticipantTokenSigner}).
     *
     * @param name a name for the key: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @param publicKey the P-384 public key, such as {@code P384Keys.generate().publicKey()}
     * @return the imported key, with the ARN to sign tokens under
     */
    public CompletableFuture<ImportedPublicKey> importPublicKey(String name, ECPublicKey publicKey) {
        return async(() -> calls.importPublicKey(name, publicKey));
    }

    /**
     * Generates a P-384 key pair and imports its public half in one call: everything a backend needs to sign
     * participant tokens locally ({@link ImportedKeyPair#signer()}). Keep the private key in a secret store.
     *
     * @param name a name for the key: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return the imported key and the key pair
     */
    public CompletableFuture<ImportedKeyPair> generateAndImportPublicKey(String name) {
        return async(() -> calls.generateAndImportPublicKey(name));
    }

    /**
     * Reads an imported public key.
     *
     * @param arn the key's ARN
     * @return the key
     */
    public CompletableFuture<ImportedPublicKey> getPublicKey(PublicKeyArn arn) {
        return async(() -> calls.getPublicKey(arn));
    }

    /**
     * Every imported public key of the account in this region, published page by page as requested.
     *
     * @return the keys, fetched as the subscriber requests them
     */
    public Flow.Publisher<PublicKeySummary> listPublicKeys() {
        return publisher(() -> calls.listPublicKeys());
    }

    /**
     * Deletes an imported public key: tokens signed with its private key stop admitting anyone. Do this at once if
     * the private key may have leaked; IVS keys do not expire.
     *
     * @param arn the key's ARN
     */
    public CompletableFuture<Void> deletePublicKey(PublicKeyArn arn) {
        return async(() -> calls.deletePublicKey(arn));
    }

    // ---- compositions -----------------------------------------------------------------------------------------

    /**
     * Starts composing a stage's publishers into a channel and/or an S3 recording: the hybrid mode, where hosts
     * meet in real time and viewers watch over HLS. The composition runs until stopped.
     *
     * @param spec the stage, layout and destinations
     * @return the composition, typically {@link Composition.State#STARTING}
     */
    public CompletableFuture<Composition> startComposition(CompositionSpec spec) {
        return async(() -> calls.startComposition(spec));
    }

    /**
     * Reads a composition, with its layout and each destination's state.
     *
     * @param arn the composition's ARN
     * @return the composition
     */
    public CompletableFuture<Composition> getComposition(CompositionArn arn) {
        return async(() -> calls.getComposition(arn));
    }

    /**
     * Every composition of the account in this region, published page by page as requested.
     *
     * @return the compositions, fetched as the subscriber requests them
     */
    public Flow.Publisher<CompositionSummary> listCompositions() {
        return publisher(() -> calls.listCompositions(Optional.empty(), Optional.empty()));
    }

    /**
     * The compositions of one stage, published page by page as requested.
     *
     * @param stage the stage's ARN
     * @return the compositions, fetched as the subscriber requests them
     */
    public Flow.Publisher<CompositionSummary> listCompositions(StageArn stage) {
        return publisher(() -> calls.listCompositions(Optional.of(Check.notNull("filterByStageArn", stage)), Optional.empty()));
    }

    /**
     * The compositions that use an encoder configuration, published page by page as requested.
     *
     * @param encoderConfiguration the encoder configuration's ARN
     * @return the compositions, fetched as the subscriber requests them
     */
    public Flow.Publisher<CompositionSummary> listCompositions(EncoderConfigurationArn encoderConfiguration) {
        return publisher(() -> calls.listCompositions(Optional.empty(),
                Optional.of(Check.notNull("filterByEncoderConfigurationArn", encoderConfiguration))));
    }

    /**
     * Stops a composition.
     *
     * @param arn the composition's ARN
     */
    public CompletableFuture<Void> stopComposition(CompositionArn arn) {
        return async(() -> calls.stopComposition(arn));
    }

    // ---- encoder configurations -------------------------------------------------------------------------------

    /**
     * Creates an encoder configuration, the video settings a composition encodes with.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param video resolution, frame rate and bitrate, checked against IVS's limits before the call
     * @return the configuration
     */
    public CompletableFuture<EncoderConfiguration> createEncoderConfiguration(String name, Video video) {
        return createEncoderConfiguration(name, video, Map.of());
    }

    /**
     * Creates an encoder configuration with tags.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param video resolution, frame rate and bitrate
     * @param tags AWS tags, at most 50
     * @return the configuration
     */
    public CompletableFuture<EncoderConfiguration> createEncoderConfiguration(String name, Video video, Map<String, String> tags) {
        return async(() -> calls.createEncoderConfiguration(name, video, tags));
    }

    /**
     * Reads an encoder configuration.
     *
     * @param arn its ARN
     * @return the configuration
     */
    public CompletableFuture<EncoderConfiguration> getEncoderConfiguration(EncoderConfigurationArn arn) {
        return async(() -> calls.getEncoderConfiguration(arn));
    }

    /**
     * Every encoder configuration of the account in this region, published page by page as requested.
     *
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<EncoderConfigurationSummary> listEncoderConfigurations() {
        return publisher(() -> calls.listEncoderConfigurations());
    }

    /**
     * Deletes an encoder configuration.
     *
     * @param arn its ARN
     */
    public CompletableFuture<Void> deleteEncoderConfiguration(EncoderConfigurationArn arn) {
        return async(() -> calls.deleteEncoderConfiguration(arn));
    }

    // ---- storage configurations -------------------------------------------------------------------------------

    /**
     * Creates a storage configuration: an S3 bucket for composition and participant recordings.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param bucketName an existing bucket in the same region: 3 to 63 lowercase letters, digits, {@code .} and
     *     {@code -}
     * @return the configuration
     */
    public CompletableFuture<StorageConfiguration> createStorageConfiguration(String name, String bucketName) {
        return createStorageConfiguration(name, bucketName, Map.of());
    }

    /**
     * Creates a storage configuration with tags.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param bucketName an existing bucket in the same region
     * @param tags AWS tags, at most 50
     * @return the configuration
     */
    public CompletableFuture<StorageConfiguration> createStorageConfiguration(String name, String bucketName, Map<String, String> tags) {
        return async(() -> calls.createStorageConfiguration(name, bucketName, tags));
    }

    /**
     * Reads a storage configuration.
     *
     * @param arn its ARN
     * @return the configuration
     */
    public CompletableFuture<StorageConfiguration> getStorageConfiguration(StorageConfigurationArn arn) {
        return async(() -> calls.getStorageConfiguration(arn));
    }

    /**
     * Every storage configuration of the account in this region, published page by page as requested.
     *
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<StorageConfiguration> listStorageConfigurations() {
        return publisher(() -> calls.listStorageConfigurations());
    }

    /**
     * Deletes a storage configuration.
     *
     * @param arn its ARN
     */
    public CompletableFuture<Void> deleteStorageConfiguration(StorageConfigurationArn arn) {
        return async(() -> calls.deleteStorageConfiguration(arn));
    }

    // ---- ingest configurations --------------------------------------------------------------------------------

    /**
     * Creates an ingest configuration: a stream key with which an RTMP(S) encoder publishes into a stage.
     *
     * @param spec the stage, participant and protocol
     * @return the configuration, with its stream key
     */
    public CompletableFuture<IngestConfiguration> createIngestConfiguration(IngestConfigurationSpec spec) {
        return async(() -> calls.createIngestConfiguration(spec));
    }

    /**
     * Reads an ingest configuration, with its stream key.
     *
     * @param arn its ARN
     * @return the configuration
     */
    public CompletableFuture<IngestConfiguration> getIngestConfiguration(IngestConfigurationArn arn) {
        return async(() -> calls.getIngestConfiguration(arn));
    }

    /**
     * Moves an ingest configuration to another stage, or detaches it from any.
     *
     * @param arn its ARN
     * @param stage the stage to publish into; empty to detach
     * @return the configuration as it is now
     */
    public CompletableFuture<IngestConfiguration> updateIngestConfiguration(IngestConfigurationArn arn, Optional<StageArn> stage) {
        return async(() -> calls.updateIngestConfiguration(arn, stage));
    }

    /**
     * Every ingest configuration of the account in this region, published page by page as requested.
     *
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<IngestConfigurationSummary> listIngestConfigurations() {
        return publisher(() -> calls.listIngestConfigurations(Optional.empty(), Optional.empty()));
    }

    /**
     * The ingest configurations of one stage, published page by page as requested.
     *
     * @param stage the stage's ARN
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<IngestConfigurationSummary> listIngestConfigurations(StageArn stage) {
        return publisher(() -> calls.listIngestConfigurations(Optional.of(Check.notNull("filterByStageArn", stage)),
                Optional.empty()));
    }

    /**
     * The ingest configurations in one state (an encoder publishing or not), published page by page as requested.
     *
     * @param state the state
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<IngestConfigurationSummary> listIngestConfigurations(IngestConfiguration.State state) {
        return publisher(() -> calls.listIngestConfigurations(Optional.empty(),
                Optional.of(Check.notNull("filterByState", state))));
    }

    /**
     * Deletes an ingest configuration that no encoder is publishing with.
     *
     * @param arn its ARN
     */
    public CompletableFuture<Void> deleteIngestConfiguration(IngestConfigurationArn arn) {
        return async(() -> calls.deleteIngestConfiguration(arn, false));
    }

    /**
     * Deletes an ingest configuration, disconnecting the encoder publishing with it, if any.
     *
     * @param arn its ARN
     */
    public CompletableFuture<Void> forceDeleteIngestConfiguration(IngestConfigurationArn arn) {
        return async(() -> calls.deleteIngestConfiguration(arn, true));
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    /**
     * Adds or replaces tags on a real-time resource: a stage, public key, composition, or encoder, storage or
     * ingest configuration.
     *
     * @param arn the resource's ARN
     * @param tags AWS tags, at most 50; keys 1 to 128 characters, values up to 256
     */
    public CompletableFuture<Void> tagResource(ResourceArn arn, Map<String, String> tags) {
        return async(() -> calls.tagResource(arn, tags));
    }

    /**
     * Removes tags from a real-time resource.
     *
     * @param arn the resource's ARN
     * @param keys the keys to remove, at most 50
     */
    public CompletableFuture<Void> untagResource(ResourceArn arn, Collection<String> keys) {
        return async(() -> calls.untagResource(arn, keys));
    }

    /**
     * The tags of a real-time resource.
     *
     * @param arn the resource's ARN
     * @return the tags
     */
    public CompletableFuture<Map<String, String>> listTagsForResource(ResourceArn arn) {
        return async(() -> calls.listTagsForResource(arn));
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /**
     * The asynchronous SDK client underneath, for SDK features this class does not expose. Its exceptions are the
     * SDK's own.
     *
     * @return the client
     */
    public IvsRealTimeAsyncClient sdkClient() {
        return client;
    }

    /** Closes the SDK client if this instance built it; otherwise does nothing. Idempotent. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
