package io.ivsjava.realtime;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.core.internal.SdkClients;
import io.ivsjava.realtime.internal.Call;
import io.ivsjava.realtime.internal.Calls;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * Real-time streaming on IVS: stages, the participant tokens that let hosts and viewers join them over WebRTC, the
 * participants themselves, compositions into channels or S3, and RTMP(S) ingest into stages. Every operation of
 * the IVS Real-Time API is here; {@link IvsRealTimeAsync} offers the same without blocking.
 *
 * <pre>{@code
 * try (IvsRealTime ivs = IvsRealTime.connect(IvsConnection.defaults())) {
 *     CreatedStage created = ivs.createStage(
 *             StageSpec.builder().name("cat-42").withToken(Host.of("user-42")).build());
 *     ParticipantToken host = created.tokens().get(0);
 *     ParticipantToken viewer = ivs.createParticipantToken(created.stage().arn(), Viewer.of("user-7"));
 * }
 * }</pre>
 *
 * <p>Every input is checked against the IVS limits before any network call; failures, local or remote, are
 * {@link IvsException}s (such as {@link io.ivsjava.core.IvsNotFoundException},
 * {@link io.ivsjava.core.IvsConflictException}, {@link io.ivsjava.core.IvsQuotaExceededException}), never the
 * SDK's exceptions. Lists are lazy streams that fetch pages as they are consumed. A {@code null} argument is
 * rejected with an {@link IvsValidationException} naming it.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsRealTimeClient)} stays the caller's to close.
 */
public final class IvsRealTime implements AutoCloseable {
    private final IvsRealTimeClient client;
    private final boolean ownsClient;
    private final Calls calls;

    private IvsRealTime(IvsRealTimeClient client, boolean ownsClient, Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.calls = new Calls(clock);
    }

    /**
     * Wraps an SDK client the caller configured (region, credentials, HTTP client, retries). {@link #close()} will
     * not close it.
     *
     * @param client the client
     * @return the wrapper, reading the system clock
     */
    public static IvsRealTime create(IvsRealTimeClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an SDK client the caller configured, with a clock for the times IVS leaves out of a response (a token's
     * expiry is then the clock's now plus the requested duration).
     *
     * @param client the client
     * @param clock the clock
     * @return the wrapper
     */
    public static IvsRealTime create(IvsRealTimeClient client, Clock clock) {
        return new IvsRealTime(Check.notNull("client", client), false, Check.notNull("clock", clock));
    }

    /**
     * Connects with its own SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance, reading the system clock; close it when done
     */
    public static IvsRealTime connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own SDK client and the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock for the times IVS leaves out of a response
     * @return the instance; close it when done
     */
    public static IvsRealTime connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsRealTime(SdkClients.build(connection, IvsRealTimeClient.builder()), true, clock);
    }

    private <T> Stream<T> stream(Calls.Paged<T> paged) {
        return Pages.stream(token -> paged.page(token).run(client));
    }

    private <T> T run(Call<T> call) {
        return call.run(client);
    }

    // ---- stages ---------------------------------------------------------------------------------------------

    /**
     * Creates a stage, and the participant tokens asked for in the spec.
     *
     * <p>IVS does not make this create idempotent: when its answer is lost (a reset connection, an answer cut short,
     * a 5xx), the stage may exist, and the SDK's automatic retry then makes a second one. To create exactly once, tag
     * the stage with a token of your own and look for it before retrying, as ivs-live does.
     *
     * @param spec the stage's name, tags, initial participants and recording
     * @return the stage with its endpoints, and the tokens in the order asked
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of stages
     */
    public CreatedStage createStage(StageSpec spec) {
        return run(calls.createStage(spec));
    }

    /**
     * Reads a stage.
     *
     * @param arn the stage's ARN
     * @return the stage
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public Stage getStage(StageArn arn) {
        return run(calls.getStage(arn));
    }

    /**
     * Every stage of the account in this region, fetched page by page as the stream is consumed.
     *
     * @return the stages; consume it once
     */
    public Stream<StageSummary> listStages() {
        return stream(calls.listStages());
    }

    /**
     * Renames a stage, or starts, changes or stops the automatic recording of its publishers.
     *
     * @param arn the stage's ARN
     * @param update what to change
     * @return the stage as it is now
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     * @throws io.ivsjava.core.IvsConflictException if the recording settings change while a recording runs
     */
    public Stage updateStage(StageArn arn, StageUpdate update) {
        return run(calls.updateStage(arn, update));
    }

    /**
     * Deletes a stage. Its participants are disconnected and its tokens stop working.
     *
     * @param arn the stage's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public void deleteStage(StageArn arn) {
        run(calls.deleteStage(arn));
    }

    /**
     * Reads one session of a stage.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id, such as {@link Stage#activeSessionId()}
     * @return the session
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such session
     */
    public StageSession getStageSession(StageArn stage, String sessionId) {
        return run(calls.getStageSession(stage, sessionId));
    }

    /**
     * The sessions of a stage, in the order IVS lists them, fetched page by page.
     *
     * @param stage the stage's ARN
     * @return the sessions; consume it once
     */
    public Stream<StageSession> listStageSessions(StageArn stage) {
        return stream(calls.listStageSessions(stage));
    }

    // ---- participant tokens -----------------------------------------------------------------------------------

    /**
     * Asks IVS for a new participant token valid for {@link ParticipantToken#DEFAULT_DURATION}; see
     * {@link #createParticipantToken(StageArn, Role, Duration)}.
     *
     * @param stage the stage's ARN
     * @param role who, as host, viewer or custom role
     * @return the new token
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public ParticipantToken createParticipantToken(StageArn stage, Role role) {
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
     * @throws IvsValidationException before any call, if the duration is out of range
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public ParticipantToken createParticipantToken(StageArn stage, Role role, Duration duration) {
        return run(calls.createParticipantToken(stage, role, duration));
    }

    /**
     * Promotes a viewer to co-host: a new host token (PUBLISH and SUBSCRIBE) for the same user id and attributes.
     * The viewer stays connected; the client leaves and rejoins the stage with the new token.
     *
     * @param stage the stage's ARN
     * @param viewer the participant to promote, as its token describes it
     * @param duration how long the new token admits them: 1 to 20,160 whole minutes
     * @return the new token, with a new participant id
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public ParticipantToken promoteToHost(StageArn stage, Participant viewer, Duration duration) {
        return run(calls.promoteToHost(stage, viewer, duration, false));
    }

    /**
     * Promotes a viewer to co-host and disconnects the viewer's old participant, for clients that do not leave by
     * themselves. The token is minted first: if that fails, the viewer stays connected.
     *
     * @param stage the stage's ARN
     * @param viewer the participant to promote, as its token describes it
     * @param duration how long the new token admits them: 1 to 20,160 whole minutes
     * @return the new token, with a new participant id
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage or participant
     */
    public ParticipantToken promoteToHostAndDisconnect(StageArn stage, Participant viewer, Duration duration) {
        return run(calls.promoteToHost(stage, viewer, duration, true));
    }

    // ---- participants -----------------------------------------------------------------------------------------

    /**
     * Every participant of a stage session, fetched page by page.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @return the participants; consume it once
     */
    public Stream<ParticipantSummary> listParticipants(StageArn stage, String sessionId) {
        return listParticipants(stage, sessionId, ParticipantFilter.ALL);
    }

    /**
     * The participants of a stage session that match a filter, fetched page by page.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param filter by user id, publishing, state or recording state
     * @return the participants; consume it once
     */
    public Stream<ParticipantSummary> listParticipants(StageArn stage, String sessionId, ParticipantFilter filter) {
        return stream(calls.listParticipants(stage, sessionId, filter));
    }

    /**
     * Reads a participant of a stage session, with attributes, client and recording details.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param participantId the participant's id
     * @return the participant
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such participant
     */
    public ParticipantDetails getParticipant(StageArn stage, String sessionId, String participantId) {
        return run(calls.getParticipant(stage, sessionId, participantId));
    }

    /**
     * What happened to a participant during a stage session, in the order IVS lists it (newest first, as in the
     * API reference's examples), fetched page by page.
     *
     * @param stage the stage's ARN
     * @param sessionId the session's id
     * @param participantId the participant's id
     * @return the events; consume it once
     */
    public Stream<ParticipantEvent> listParticipantEvents(StageArn stage, String sessionId, String participantId) {
        return stream(calls.listParticipantEvents(stage, sessionId, participantId));
    }

    /**
     * Disconnects a participant from a stage, such as a co-host to remove. IVS revokes the participant: the client
     * cannot rejoin with the same token. An RTMP(S) publisher's ingest configuration is detached from the stage.
     *
     * @param stage the stage's ARN
     * @param participantId the participant's id ({@link Participant#id()})
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public void disconnectParticipant(StageArn stage, String participantId) {
        disconnectParticipant(stage, participantId, "");
    }

    /**
     * Disconnects a participant from a stage, saying why.
     *
     * @param stage the stage's ARN
     * @param participantId the participant's id ({@link Participant#id()})
     * @param reason why, at most 128 characters; may be empty
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public void disconnectParticipant(StageArn stage, String participantId, String reason) {
        run(calls.disconnectParticipant(stage, participantId, reason));
    }

    /**
     * Shows a publisher of one stage in another stage too, with no reconnect window and no extra attributes.
     *
     * @param source the stage the participant publishes on
     * @param destination the stage to replicate into
     * @param participantId the publisher's id
     * @throws io.ivsjava.core.IvsNotFoundException if a stage or the participant does not exist
     * @throws io.ivsjava.core.IvsConflictException if the participant is already replicated there
     */
    public void startParticipantReplication(StageArn source, StageArn destination, String participantId) {
        startParticipantReplication(source, destination, participantId, Duration.ZERO, Map.of());
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
     * @throws io.ivsjava.core.IvsNotFoundException if a stage or the participant does not exist
     */
    public void startParticipantReplication(StageArn source, StageArn destination, String participantId,
                                            Duration reconnectWindow, Map<String, String> attributes) {
        run(calls.startParticipantReplication(source, destination, participantId, reconnectWindow, attributes));
    }

    /**
     * Stops showing a publisher in another stage.
     *
     * @param source the stage the participant publishes on
     * @param destination the stage it is replicated into
     * @param participantId the publisher's id
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such replication
     */
    public void stopParticipantReplication(StageArn source, StageArn destination, String participantId) {
        run(calls.stopParticipantReplication(source, destination, participantId));
    }

    /**
     * The replicas of a publisher in other stages, fetched page by page.
     *
     * @param source the stage the participant publishes on
     * @param participantId the publisher's id
     * @return the replicas; consume it once
     */
    public Stream<ParticipantReplica> listParticipantReplicas(StageArn source, String participantId) {
        return stream(calls.listParticipantReplicas(source, participantId));
    }

    // ---- public keys ------------------------------------------------------------------------------------------

    /**
     * Imports the public half of a P-384 key pair, so that IVS accepts participant tokens signed with its private
     * half (see {@link ParticipantTokenSigner}).
     *
     * @param name a name for the key: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @param publicKey the P-384 public key, such as {@code P384Keys.generate().publicKey()}
     * @return the imported key, with the ARN to sign tokens under
     * @throws IvsValidationException before any call, if the name or the key's curve is wrong
     * @throws io.ivsjava.core.IvsConflictException if this key was already imported
     */
    public ImportedPublicKey importPublicKey(String name, ECPublicKey publicKey) {
        return run(calls.importPublicKey(name, publicKey));
    }

    /**
     * Generates a P-384 key pair and imports its public half in one call: everything a backend needs to sign
     * participant tokens locally ({@link ImportedKeyPair#signer()}). Keep the private key in a secret store.
     *
     * @param name a name for the key: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return the imported key and the key pair
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of public keys
     */
    public ImportedKeyPair generateAndImportPublicKey(String name) {
        return run(calls.generateAndImportPublicKey(name));
    }

    /**
     * Reads an imported public key.
     *
     * @param arn the key's ARN
     * @return the key
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public ImportedPublicKey getPublicKey(PublicKeyArn arn) {
        return run(calls.getPublicKey(arn));
    }

    /**
     * Every imported public key of the account in this region, fetched page by page.
     *
     * @return the keys; consume it once
     */
    public Stream<PublicKeySummary> listPublicKeys() {
        return stream(calls.listPublicKeys());
    }

    /**
     * Deletes an imported public key: tokens signed with its private key stop admitting anyone. Do this at once if
     * the private key may have leaked; IVS keys do not expire.
     *
     * @param arn the key's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public void deletePublicKey(PublicKeyArn arn) {
        run(calls.deletePublicKey(arn));
    }

    // ---- compositions -----------------------------------------------------------------------------------------

    /**
     * Starts composing a stage's publishers into a channel and/or an S3 recording: the hybrid mode, where hosts
     * meet in real time and viewers watch over HLS. The composition runs until stopped.
     *
     * @param spec the stage, layout and destinations
     * @return the composition, typically {@link Composition.State#STARTING}
     * @throws io.ivsjava.core.IvsNotFoundException if the stage, a channel or a configuration does not exist
     * @throws io.ivsjava.core.IvsConflictException if a channel is live or already used by a composition
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account runs its maximum of compositions
     */
    public Composition startComposition(CompositionSpec spec) {
        return run(calls.startComposition(spec));
    }

    /**
     * Reads a composition, with its layout and each destination's state.
     *
     * @param arn the composition's ARN
     * @return the composition
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such composition
     */
    public Composition getComposition(CompositionArn arn) {
        return run(calls.getComposition(arn));
    }

    /**
     * Every composition of the account in this region, fetched page by page.
     *
     * @return the compositions; consume it once
     */
    public Stream<CompositionSummary> listCompositions() {
        return stream(calls.listCompositions(Optional.empty(), Optional.empty()));
    }

    /**
     * The compositions of one stage, fetched page by page.
     *
     * @param stage the stage's ARN
     * @return the compositions; consume it once
     */
    public Stream<CompositionSummary> listCompositions(StageArn stage) {
        return stream(calls.listCompositions(Optional.of(Check.notNull("filterByStageArn", stage)), Optional.empty()));
    }

    /**
     * The compositions that use an encoder configuration, fetched page by page.
     *
     * @param encoderConfiguration the encoder configuration's ARN
     * @return the compositions; consume it once
     */
    public Stream<CompositionSummary> listCompositions(EncoderConfigurationArn encoderConfiguration) {
        return stream(calls.listCompositions(Optional.empty(),
                Optional.of(Check.notNull("filterByEncoderConfigurationArn", encoderConfiguration))));
    }

    /**
     * Stops a composition.
     *
     * @param arn the composition's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such composition
     */
    public void stopComposition(CompositionArn arn) {
        run(calls.stopComposition(arn));
    }

    // ---- encoder configurations -------------------------------------------------------------------------------

    /**
     * Creates an encoder configuration, the video settings a composition encodes with.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param video resolution, frame rate and bitrate, checked against IVS's limits before the call
     * @return the configuration
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of them
     */
    public EncoderConfiguration createEncoderConfiguration(String name, Video video) {
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
    public EncoderConfiguration createEncoderConfiguration(String name, Video video, Map<String, String> tags) {
        return run(calls.createEncoderConfiguration(name, video, tags));
    }

    /**
     * Reads an encoder configuration.
     *
     * @param arn its ARN
     * @return the configuration
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public EncoderConfiguration getEncoderConfiguration(EncoderConfigurationArn arn) {
        return run(calls.getEncoderConfiguration(arn));
    }

    /**
     * Every encoder configuration of the account in this region, fetched page by page.
     *
     * @return the configurations; consume it once
     */
    public Stream<EncoderConfigurationSummary> listEncoderConfigurations() {
        return stream(calls.listEncoderConfigurations());
    }

    /**
     * Deletes an encoder configuration.
     *
     * @param arn its ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     * @throws io.ivsjava.core.IvsConflictException if a running composition uses it
     */
    public void deleteEncoderConfiguration(EncoderConfigurationArn arn) {
        run(calls.deleteEncoderConfiguration(arn));
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
    public StorageConfiguration createStorageConfiguration(String name, String bucketName) {
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
    public StorageConfiguration createStorageConfiguration(String name, String bucketName, Map<String, String> tags) {
        return run(calls.createStorageConfiguration(name, bucketName, tags));
    }

    /**
     * Reads a storage configuration.
     *
     * @param arn its ARN
     * @return the configuration
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public StorageConfiguration getStorageConfiguration(StorageConfigurationArn arn) {
        return run(calls.getStorageConfiguration(arn));
    }

    /**
     * Every storage configuration of the account in this region, fetched page by page.
     *
     * @return the configurations; consume it once
     */
    public Stream<StorageConfiguration> listStorageConfigurations() {
        return stream(calls.listStorageConfigurations());
    }

    /**
     * Deletes a storage configuration.
     *
     * @param arn its ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     * @throws io.ivsjava.core.IvsConflictException if a running composition or a stage's recording uses it
     */
    public void deleteStorageConfiguration(StorageConfigurationArn arn) {
        run(calls.deleteStorageConfiguration(arn));
    }

    // ---- ingest configurations --------------------------------------------------------------------------------

    /**
     * Creates an ingest configuration: a stream key with which an RTMP(S) encoder publishes into a stage.
     *
     * @param spec the stage, participant and protocol
     * @return the configuration, with its stream key
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of them
     */
    public IngestConfiguration createIngestConfiguration(IngestConfigurationSpec spec) {
        return run(calls.createIngestConfiguration(spec));
    }

    /**
     * Reads an ingest configuration, with its stream key.
     *
     * @param arn its ARN
     * @return the configuration
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public IngestConfiguration getIngestConfiguration(IngestConfigurationArn arn) {
        return run(calls.getIngestConfiguration(arn));
    }

    /**
     * Moves an ingest configuration to another stage, or detaches it from any.
     *
     * @param arn its ARN
     * @param stage the stage to publish into; empty to detach
     * @return the configuration as it is now
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration or stage
     * @throws io.ivsjava.core.IvsConflictException if an encoder is publishing with it
     */
    public IngestConfiguration updateIngestConfiguration(IngestConfigurationArn arn, Optional<StageArn> stage) {
        return run(calls.updateIngestConfiguration(arn, stage));
    }

    /**
     * Every ingest configuration of the account in this region, fetched page by page.
     *
     * @return the configurations; consume it once
     */
    public Stream<IngestConfigurationSummary> listIngestConfigurations() {
        return stream(calls.listIngestConfigurations(Optional.empty(), Optional.empty()));
    }

    /**
     * The ingest configurations of one stage, fetched page by page.
     *
     * @param stage the stage's ARN
     * @return the configurations; consume it once
     */
    public Stream<IngestConfigurationSummary> listIngestConfigurations(StageArn stage) {
        return stream(calls.listIngestConfigurations(Optional.of(Check.notNull("filterByStageArn", stage)),
                Optional.empty()));
    }

    /**
     * The ingest configurations in one state (an encoder publishing or not), fetched page by page.
     *
     * @param state the state
     * @return the configurations; consume it once
     */
    public Stream<IngestConfigurationSummary> listIngestConfigurations(IngestConfiguration.State state) {
        return stream(calls.listIngestConfigurations(Optional.empty(),
                Optional.of(Check.notNull("filterByState", state))));
    }

    /**
     * Deletes an ingest configuration that no encoder is publishing with.
     *
     * @param arn its ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     * @throws io.ivsjava.core.IvsConflictException if an encoder is publishing with it
     */
    public void deleteIngestConfiguration(IngestConfigurationArn arn) {
        run(calls.deleteIngestConfiguration(arn, false));
    }

    /**
     * Deletes an ingest configuration, disconnecting the encoder publishing with it, if any.
     *
     * @param arn its ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public void forceDeleteIngestConfiguration(IngestConfigurationArn arn) {
        run(calls.deleteIngestConfiguration(arn, true));
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    /**
     * Adds or replaces tags on a real-time resource: a stage, public key, composition, or encoder, storage or
     * ingest configuration.
     *
     * @param arn the resource's ARN
     * @param tags AWS tags, at most 50; keys 1 to 128 characters, values up to 256
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public void tagResource(ResourceArn arn, Map<String, String> tags) {
        run(calls.tagResource(arn, tags));
    }

    /**
     * Removes tags from a real-time resource.
     *
     * @param arn the resource's ARN
     * @param keys the keys to remove, at most 50
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public void untagResource(ResourceArn arn, Collection<String> keys) {
        run(calls.untagResource(arn, keys));
    }

    /**
     * The tags of a real-time resource.
     *
     * @param arn the resource's ARN
     * @return the tags
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public Map<String, String> listTagsForResource(ResourceArn arn) {
        return run(calls.listTagsForResource(arn));
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /**
     * The SDK client underneath, for SDK features this class does not expose (request overrides, metrics). Its
     * exceptions are the SDK's own.
     *
     * @return the client
     */
    public IvsRealTimeClient sdkClient() {
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
