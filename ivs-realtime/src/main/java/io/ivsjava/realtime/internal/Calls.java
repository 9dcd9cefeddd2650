package io.ivsjava.realtime.internal;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionSpec;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.CreatedStage;
import io.ivsjava.realtime.EncoderConfiguration;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.Host;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.ImportedPublicKey;
import io.ivsjava.realtime.IngestConfiguration;
import io.ivsjava.realtime.IngestConfigurationSpec;
import io.ivsjava.realtime.IngestConfigurationSummary;
import io.ivsjava.realtime.Participant;
import io.ivsjava.realtime.ParticipantDetails;
import io.ivsjava.realtime.ParticipantEvent;
import io.ivsjava.realtime.ParticipantFilter;
import io.ivsjava.realtime.ParticipantReplica;
import io.ivsjava.realtime.ParticipantSummary;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.PublicKeySummary;
import io.ivsjava.realtime.Role;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageSession;
import io.ivsjava.realtime.StageSpec;
import io.ivsjava.realtime.StageSummary;
import io.ivsjava.realtime.StageUpdate;
import io.ivsjava.realtime.StorageConfiguration;
import io.ivsjava.realtime.Video;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.CreateEncoderConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.CreateIngestConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.CreateParticipantTokenRequest;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageRequest;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageResponse;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStorageConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DeleteEncoderConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DeleteIngestConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DeletePublicKeyRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DeleteStageRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DeleteStorageConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.DisconnectParticipantRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetCompositionRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetEncoderConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetIngestConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetParticipantRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetPublicKeyRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageSessionRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetStorageConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ImportPublicKeyRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListCompositionsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListEncoderConfigurationsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListIngestConfigurationsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListParticipantEventsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListParticipantReplicasRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListParticipantsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListPublicKeysRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListStageSessionsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListStorageConfigurationsRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivsrealtime.model.StartCompositionRequest;
import software.amazon.awssdk.services.ivsrealtime.model.StartParticipantReplicationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.StopCompositionRequest;
import software.amazon.awssdk.services.ivsrealtime.model.StopParticipantReplicationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.TagResourceRequest;
import software.amazon.awssdk.services.ivsrealtime.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivsrealtime.model.UpdateIngestConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.UpdateStageRequest;

/**
 * Every IVS Real-Time operation, defined once: each method checks its input (throwing
 * {@link io.ivsjava.core.IvsValidationException} before any request exists), builds the SDK request and says how
 * the response becomes domain values. {@code IvsRealTime} runs the result on the synchronous client,
 * {@code IvsRealTimeAsync} on the asynchronous one. Thread-safe. Not part of the public API.
 */
public final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);
    /** Page size of list calls: the most IVS returns at once (replicas: 50). */
    private static final int PAGE_SIZE = 100;
    private static final int REPLICA_PAGE_SIZE = 50;

    private final Clock clock;

    /**
     * Operations reading the time from this clock where a response lacks it.
     *
     * @param clock the clock
     */
    public Calls(Clock clock) {
        this.clock = Check.notNull("clock", clock);
    }

    /**
     * A list, page by page. Implementations are stateless; thread-safe.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface Paged<T> {
        /**
         * The call for one page.
         *
         * @param token the page token; empty for the first page
         * @return the call
         */
        Call<Pages.Page<T>> page(Optional<String> token);
    }

    private static <T> Pages.Page<T> page(List<T> items, String nextToken) {
        return new Pages.Page<>(items, Optional.ofNullable(nextToken));
    }

    private static <S, T> List<T> all(List<S> items, Function<S, T> convert) {
        return items.stream().map(convert).collect(Collectors.toList());
    }

    // ---- stages ---------------------------------------------------------------------------------------------

    public Call<CreatedStage> createStage(StageSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreateStage name={} tokens={}", spec.name(), spec.tokens().size());
        CreateStageRequest request = CreateStageRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .tags(Requests.nullIfEmpty(spec.tags()))
                .participantTokenConfigurations(spec.tokens().isEmpty() ? null : spec.tokens().stream()
                        .map(t -> Requests.tokenConfiguration(t.role(), t.duration()))
                        .collect(Collectors.toList()))
                .autoParticipantRecordingConfiguration(spec.autoParticipantRecording().map(Requests::recording)
                        .orElse(null))
                .build();
        return Call.of("CreateStage", request, IvsRealTimeClient::createStage, IvsRealTimeAsyncClient::createStage,
                response -> created(spec, response));
    }

    private CreatedStage created(StageSpec spec, CreateStageResponse response) {
        Stage stage = Convert.stage(response.stage());
        if (response.participantTokens().size() != spec.tokens().size()) {
            throw new IvsException("CreateStage returned " + response.participantTokens().size()
                    + " participant tokens for the " + spec.tokens().size() + " requested; the stage " + stage.arn()
                    + " was created", IvsException.ErrorDetails.NONE, false, null);
        }
        List<ParticipantToken> tokens = new ArrayList<>();
        for (int i = 0; i < spec.tokens().size(); i++) {
            StageSpec.InitialToken requested = spec.tokens().get(i);
            tokens.add(Convert.token(stage.arn(), response.participantTokens().get(i), requested.role(),
                    requested.duration(), clock));
        }
        return new CreatedStage(stage, tokens);
    }

    public Call<Stage> getStage(StageArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetStage", GetStageRequest.builder().arn(arn.value()).build(), IvsRealTimeClient::getStage,
                IvsRealTimeAsyncClient::getStage, r -> Convert.stage(r.stage()));
    }

    public Paged<StageSummary> listStages() {
        return token -> Call.of("ListStages",
                ListStagesRequest.builder().maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listStages, IvsRealTimeAsyncClient::listStages,
                r -> page(all(r.stages(), Convert::stageSummary), r.nextToken()));
    }

    public Call<Stage> updateStage(StageArn arn, StageUpdate update) {
        Check.notNull("arn", arn);
        Check.notNull("update", update);
        LOG.debug("UpdateStage {}", arn);
        UpdateStageRequest request = UpdateStageRequest.builder()
                .arn(arn.value())
                .name(update.name().orElse(null))
                .autoParticipantRecordingConfiguration(update.stopAutoParticipantRecording() ? Requests.noRecording()
                        : update.autoParticipantRecording().map(Requests::recording).orElse(null))
                .build();
        return Call.of("UpdateStage", request, IvsRealTimeClient::updateStage, IvsRealTimeAsyncClient::updateStage,
                r -> Convert.stage(r.stage()));
    }

    public Call<Void> deleteStage(StageArn arn) {
        Check.notNull("arn", arn);
        LOG.debug("DeleteStage {}", arn);
        return Call.of("DeleteStage", DeleteStageRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::deleteStage, IvsRealTimeAsyncClient::deleteStage, r -> null);
    }

    public Call<StageSession> getStageSession(StageArn stage, String sessionId) {
        Check.notNull("stageArn", stage);
        Limits.sessionId("sessionId", sessionId);
        return Call.of("GetStageSession",
                GetStageSessionRequest.builder().stageArn(stage.value()).sessionId(sessionId).build(),
                IvsRealTimeClient::getStageSession, IvsRealTimeAsyncClient::getStageSession,
                r -> Convert.session(r.stageSession()));
    }

    public Paged<StageSession> listStageSessions(StageArn stage) {
        Check.notNull("stageArn", stage);
        return token -> Call.of("ListStageSessions",
                ListStageSessionsRequest.builder().stageArn(stage.value()).maxResults(PAGE_SIZE)
                        .nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listStageSessions, IvsRealTimeAsyncClient::listStageSessions,
                r -> page(r.stageSessions().stream().map(Convert::session).collect(Collectors.toList()),
                        r.nextToken()));
    }

    // ---- participant tokens -----------------------------------------------------------------------------------

    public Call<ParticipantToken> createParticipantToken(StageArn stage, Role role, Duration duration) {
        Check.notNull("stageArn", stage);
        Check.notNull("role", role);
        int minutes = ParticipantChecks.tokenMinutes(duration);
        LOG.debug("CreateParticipantToken stage={} capabilities={} minutes={}", stage, role.capabilities(), minutes);
        CreateParticipantTokenRequest request = CreateParticipantTokenRequest.builder()
                .stageArn(stage.value())
                .userId(role.userId().orElse(null))
                .attributes(Requests.nullIfEmpty(role.attributes()))
                .capabilitiesWithStrings(Requests.capabilities(role))
                .duration(minutes)
                .build();
        return Call.of("CreateParticipantToken", request, IvsRealTimeClient::createParticipantToken,
                IvsRealTimeAsyncClient::createParticipantToken,
                r -> Convert.token(stage, r.participantToken(), role, duration, clock));
    }

    public Call<ParticipantToken> promoteToHost(StageArn stage, Participant viewer, Duration duration,
                                                boolean disconnectViewer) {
        Check.notNull("stageArn", stage);
        Check.notNull("viewer", viewer);
        Call<ParticipantToken> mint = createParticipantToken(stage,
                new Host(viewer.userId(), viewer.attributes()), duration);
        if (!disconnectViewer) {
            return mint;
        }
        Call<Void> disconnect = disconnectParticipant(stage, viewer.id(), "promoted to host; rejoins with a new token");
        return mint.then(token -> disconnect.map(ignored -> token));
    }

    // ---- participants -----------------------------------------------------------------------------------------

    public Paged<ParticipantSummary> listParticipants(StageArn stage, String sessionId, ParticipantFilter filter) {
        Check.notNull("stageArn", stage);
        Limits.sessionId("sessionId", sessionId);
        Check.notNull("filter", filter);
        return token -> Call.of("ListParticipants", ListParticipantsRequest.builder()
                        .stageArn(stage.value()).sessionId(sessionId)
                        .filterByUserId(filter.userId().orElse(null))
                        .filterByPublished(filter.published().orElse(null))
                        .filterByState(filter.state().map(Enum::name).orElse(null))
                        .filterByRecordingState(filter.recordingState().map(Enum::name).orElse(null))
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listParticipants, IvsRealTimeAsyncClient::listParticipants,
                r -> page(all(r.participants(), Convert::participantSummary), r.nextToken()));
    }

    public Call<ParticipantDetails> getParticipant(StageArn stage, String sessionId, String participantId) {
        Check.notNull("stageArn", stage);
        Limits.sessionId("sessionId", sessionId);
        Limits.participantId("participantId", participantId);
        return Call.of("GetParticipant", GetParticipantRequest.builder().stageArn(stage.value()).sessionId(sessionId)
                        .participantId(participantId).build(),
                IvsRealTimeClient::getParticipant, IvsRealTimeAsyncClient::getParticipant,
                r -> Convert.participant(r.participant()));
    }

    public Paged<ParticipantEvent> listParticipantEvents(StageArn stage, String sessionId, String participantId) {
        Check.notNull("stageArn", stage);
        Limits.sessionId("sessionId", sessionId);
        Limits.participantId("participantId", participantId);
        return token -> Call.of("ListParticipantEvents", ListParticipantEventsRequest.builder()
                        .stageArn(stage.value()).sessionId(sessionId).participantId(participantId)
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listParticipantEvents, IvsRealTimeAsyncClient::listParticipantEvents,
                r -> page(all(r.events(), Convert::event), r.nextToken()));
    }

    public Call<Void> disconnectParticipant(StageArn stage, String participantId, String reason) {
        Check.notNull("stageArn", stage);
        Limits.tokenParticipantId("participantId", participantId);
        Check.length("reason", reason, 0, 128);
        LOG.debug("DisconnectParticipant stage={} participant={}", stage, participantId);
        return Call.of("DisconnectParticipant", DisconnectParticipantRequest.builder().stageArn(stage.value())
                        .participantId(participantId).reason(reason.isEmpty() ? null : reason).build(),
                IvsRealTimeClient::disconnectParticipant, IvsRealTimeAsyncClient::disconnectParticipant, r -> null);
    }

    public Call<Void> startParticipantReplication(StageArn source, StageArn destination, String participantId,
                                                  Duration reconnectWindow, Map<String, String> attributes) {
        Check.notNull("sourceStageArn", source);
        Check.notNull("destinationStageArn", destination);
        Limits.participantId("participantId", participantId);
        int window = Check.seconds("reconnectWindow", reconnectWindow, 0, 300);
        Map<String, String> attrs = ParticipantChecks.attributes("attributes", attributes);
        LOG.debug("StartParticipantReplication {} -> {} participant={}", source, destination, participantId);
        return Call.of("StartParticipantReplication", StartParticipantReplicationRequest.builder()
                        .sourceStageArn(source.value()).destinationStageArn(destination.value())
                        .participantId(participantId).reconnectWindowSeconds(window)
                        .attributes(Requests.nullIfEmpty(attrs)).build(),
                IvsRealTimeClient::startParticipantReplication, IvsRealTimeAsyncClient::startParticipantReplication,
                r -> null);
    }

    public Call<Void> stopParticipantReplication(StageArn source, StageArn destination, String participantId) {
        Check.notNull("sourceStageArn", source);
        Check.notNull("destinationStageArn", destination);
        Limits.participantId("participantId", participantId);
        LOG.debug("StopParticipantReplication {} -> {} participant={}", source, destination, participantId);
        return Call.of("StopParticipantReplication", StopParticipantReplicationRequest.builder()
                        .sourceStageArn(source.value()).destinationStageArn(destination.value())
                        .participantId(participantId).build(),
                IvsRealTimeClient::stopParticipantReplication, IvsRealTimeAsyncClient::stopParticipantReplication,
                r -> null);
    }

    public Paged<ParticipantReplica> listParticipantReplicas(StageArn source, String participantId) {
        Check.notNull("sourceStageArn", source);
        Limits.participantId("participantId", participantId);
        return token -> Call.of("ListParticipantReplicas", ListParticipantReplicasRequest.builder()
                        .sourceStageArn(source.value()).participantId(participantId)
                        .maxResults(REPLICA_PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listParticipantReplicas, IvsRealTimeAsyncClient::listParticipantReplicas,
                r -> page(all(r.replicas(), Convert::replica), r.nextToken()));
    }

    // ---- public keys ------------------------------------------------------------------------------------------

    public Call<ImportedPublicKey> importPublicKey(String name, ECPublicKey publicKey) {
        Check.name("name", name);
        String pem = P384Keys.toPem(Check.notNull("publicKey", publicKey));
        LOG.debug("ImportPublicKey name={}", name);
        return Call.of("ImportPublicKey", ImportPublicKeyRequest.builder().name(name.isEmpty() ? null : name)
                        .publicKeyMaterial(pem).build(),
                IvsRealTimeClient::importPublicKey, IvsRealTimeAsyncClient::importPublicKey,
                r -> Convert.publicKey(r.publicKey()));
    }

    public Call<ImportedKeyPair> generateAndImportPublicKey(String name) {
        Check.name("name", name);
        P384KeyPair keys = P384Keys.generate();
        return importPublicKey(name, keys.publicKey()).map(imported -> new ImportedKeyPair(imported, keys));
    }

    public Call<ImportedPublicKey> getPublicKey(PublicKeyArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetPublicKey", GetPublicKeyRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::getPublicKey, IvsRealTimeAsyncClient::getPublicKey,
                r -> Convert.publicKey(r.publicKey()));
    }

    public Paged<PublicKeySummary> listPublicKeys() {
        return token -> Call.of("ListPublicKeys",
                ListPublicKeysRequest.builder().maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listPublicKeys, IvsRealTimeAsyncClient::listPublicKeys,
                r -> page(all(r.publicKeys(), Convert::publicKeySummary), r.nextToken()));
    }

    public Call<Void> deletePublicKey(PublicKeyArn arn) {
        Check.notNull("arn", arn);
        LOG.debug("DeletePublicKey {}", arn);
        return Call.of("DeletePublicKey", DeletePublicKeyRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::deletePublicKey, IvsRealTimeAsyncClient::deletePublicKey, r -> null);
    }

    // ---- compositions -----------------------------------------------------------------------------------------

    public Call<Composition> startComposition(CompositionSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("StartComposition stage={} destinations={}", spec.stage(), spec.destinations().size());
        StartCompositionRequest request = StartCompositionRequest.builder()
                .stageArn(spec.stage().value())
                .idempotencyToken(spec.idempotencyToken().orElse(null))
                .layout(Requests.layout(spec.layout()))
                .destinations(all(spec.destinations(), Requests::destination))
                .tags(Requests.nullIfEmpty(spec.tags()))
                .build();
        return Call.of("StartComposition", request, IvsRealTimeClient::startComposition,
                IvsRealTimeAsyncClient::startComposition, r -> Convert.composition(r.composition()));
    }

    public Call<Composition> getComposition(CompositionArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetComposition", GetCompositionRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::getComposition, IvsRealTimeAsyncClient::getComposition,
                r -> Convert.composition(r.composition()));
    }

    public Paged<CompositionSummary> listCompositions(Optional<StageArn> stage,
                                                      Optional<EncoderConfigurationArn> encoder) {
        Check.notNull("filterByStageArn", stage);
        Check.notNull("filterByEncoderConfigurationArn", encoder);
        return token -> Call.of("ListCompositions", ListCompositionsRequest.builder()
                        .filterByStageArn(stage.map(StageArn::value).orElse(null))
                        .filterByEncoderConfigurationArn(encoder.map(EncoderConfigurationArn::value).orElse(null))
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listCompositions, IvsRealTimeAsyncClient::listCompositions,
                r -> page(all(r.compositions(), Convert::compositionSummary), r.nextToken()));
    }

    public Call<Void> stopComposition(CompositionArn arn) {
        Check.notNull("arn", arn);
        LOG.debug("StopComposition {}", arn);
        return Call.of("StopComposition", StopCompositionRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::stopComposition, IvsRealTimeAsyncClient::stopComposition, r -> null);
    }

    // ---- encoder configurations -------------------------------------------------------------------------------

    public Call<EncoderConfiguration> createEncoderConfiguration(String name, Video video, Map<String, String> tags) {
        Check.name("name", name);
        Limits.video("video", video);
        Check.tags("tags", tags);
        LOG.debug("CreateEncoderConfiguration name={} video={}", name, video);
        return Call.of("CreateEncoderConfiguration", CreateEncoderConfigurationRequest.builder()
                        .name(name.isEmpty() ? null : name).video(Requests.video(video))
                        .tags(Requests.nullIfEmpty(tags)).build(),
                IvsRealTimeClient::createEncoderConfiguration, IvsRealTimeAsyncClient::createEncoderConfiguration,
                r -> Convert.encoderConfiguration(r.encoderConfiguration()));
    }

    public Call<EncoderConfiguration> getEncoderConfiguration(EncoderConfigurationArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetEncoderConfiguration", GetEncoderConfigurationRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::getEncoderConfiguration, IvsRealTimeAsyncClient::getEncoderConfiguration,
                r -> Convert.encoderConfiguration(r.encoderConfiguration()));
    }

    public Paged<EncoderConfigurationSummary> listEncoderConfigurations() {
        return token -> Call.of("ListEncoderConfigurations",
                ListEncoderConfigurationsRequest.builder().maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listEncoderConfigurations, IvsRealTimeAsyncClient::listEncoderConfigurations,
                r -> page(all(r.encoderConfigurations(), Convert::encoderConfigurationSummary), r.nextToken()));
    }

    public Call<Void> deleteEncoderConfiguration(EncoderConfigurationArn arn) {
        Check.notNull("arn", arn);
        LOG.debug("DeleteEncoderConfiguration {}", arn);
        return Call.of("DeleteEncoderConfiguration",
                DeleteEncoderConfigurationRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::deleteEncoderConfiguration, IvsRealTimeAsyncClient::deleteEncoderConfiguration,
                r -> null);
    }

    // ---- storage configurations -------------------------------------------------------------------------------

    public Call<StorageConfiguration> createStorageConfiguration(String name, String bucketName,
                                                                 Map<String, String> tags) {
        Check.name("name", name);
        Limits.bucketName("bucketName", bucketName);
        Check.tags("tags", tags);
        LOG.debug("CreateStorageConfiguration name={} bucket={}", name, bucketName);
        return Call.of("CreateStorageConfiguration", CreateStorageConfigurationRequest.builder()
                        .name(name.isEmpty() ? null : name).s3(s -> s.bucketName(bucketName))
                        .tags(Requests.nullIfEmpty(tags)).build(),
                IvsRealTimeClient::createStorageConfiguration, IvsRealTimeAsyncClient::createStorageConfiguration,
                r -> Convert.storageConfiguration(r.storageConfiguration()));
    }

    public Call<StorageConfiguration> getStorageConfiguration(StorageConfigurationArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetStorageConfiguration", GetStorageConfigurationRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::getStorageConfiguration, IvsRealTimeAsyncClient::getStorageConfiguration,
                r -> Convert.storageConfiguration(r.storageConfiguration()));
    }

    public Paged<StorageConfiguration> listStorageConfigurations() {
        return token -> Call.of("ListStorageConfigurations",
                ListStorageConfigurationsRequest.builder().maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listStorageConfigurations, IvsRealTimeAsyncClient::listStorageConfigurations,
                r -> page(r.storageConfigurations().stream().map(Convert::storageConfiguration)
                        .collect(Collectors.toList()), r.nextToken()));
    }

    public Call<Void> deleteStorageConfiguration(StorageConfigurationArn arn) {
        Check.notNull("arn", arn);
        LOG.debug("DeleteStorageConfiguration {}", arn);
        return Call.of("DeleteStorageConfiguration",
                DeleteStorageConfigurationRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::deleteStorageConfiguration, IvsRealTimeAsyncClient::deleteStorageConfiguration,
                r -> null);
    }

    // ---- ingest configurations --------------------------------------------------------------------------------

    public Call<IngestConfiguration> createIngestConfiguration(IngestConfigurationSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreateIngestConfiguration name={} stage={} protocol={}", spec.name(), spec.stage(), spec.protocol());
        CreateIngestConfigurationRequest request = CreateIngestConfigurationRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .stageArn(spec.stage().map(StageArn::value).orElse(null))
                .userId(spec.userId().orElse(null))
                .attributes(Requests.nullIfEmpty(spec.attributes()))
                .ingestProtocol(spec.protocol().name())
                .insecureIngest(spec.protocol() == IngestConfiguration.Protocol.RTMP ? Boolean.TRUE : null)
                .tags(Requests.nullIfEmpty(spec.tags()))
                .build();
        return Call.of("CreateIngestConfiguration", request, IvsRealTimeClient::createIngestConfiguration,
                IvsRealTimeAsyncClient::createIngestConfiguration,
                r -> Convert.ingestConfiguration(r.ingestConfiguration()));
    }

    public Call<IngestConfiguration> getIngestConfiguration(IngestConfigurationArn arn) {
        Check.notNull("arn", arn);
        return Call.of("GetIngestConfiguration", GetIngestConfigurationRequest.builder().arn(arn.value()).build(),
                IvsRealTimeClient::getIngestConfiguration, IvsRealTimeAsyncClient::getIngestConfiguration,
                r -> Convert.ingestConfiguration(r.ingestConfiguration()));
    }

    public Call<IngestConfiguration> updateIngestConfiguration(IngestConfigurationArn arn, Optional<StageArn> stage) {
        Check.notNull("arn", arn);
        Check.notNull("stageArn", stage);
        LOG.debug("UpdateIngestConfiguration {} stage={}", arn, stage);
        return Call.of("UpdateIngestConfiguration", UpdateIngestConfigurationRequest.builder().arn(arn.value())
                        .stageArn(stage.map(StageArn::value).orElse("")).build(),
                IvsRealTimeClient::updateIngestConfiguration, IvsRealTimeAsyncClient::updateIngestConfiguration,
                r -> Convert.ingestConfiguration(r.ingestConfiguration()));
    }

    public Paged<IngestConfigurationSummary> listIngestConfigurations(Optional<StageArn> stage,
                                                                     Optional<IngestConfiguration.State> state) {
        Check.notNull("filterByStageArn", stage);
        Check.notNull("filterByState", state).ifPresent(s -> Check.known("filterByState", s));
        return token -> Call.of("ListIngestConfigurations", ListIngestConfigurationsRequest.builder()
                        .filterByStageArn(stage.map(StageArn::value).orElse(null))
                        .filterByState(state.map(Enum::name).orElse(null))
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvsRealTimeClient::listIngestConfigurations, IvsRealTimeAsyncClient::listIngestConfigurations,
                r -> page(all(r.ingestConfigurations(), Convert::ingestConfigurationSummary), r.nextToken()));
    }

    public Call<Void> deleteIngestConfiguration(IngestConfigurationArn arn, boolean force) {
        Check.notNull("arn", arn);
        LOG.debug("DeleteIngestConfiguration {} force={}", arn, force);
        return Call.of("DeleteIngestConfiguration",
                DeleteIngestConfigurationRequest.builder().arn(arn.value()).force(force ? Boolean.TRUE : null).build(),
                IvsRealTimeClient::deleteIngestConfiguration, IvsRealTimeAsyncClient::deleteIngestConfiguration,
                r -> null);
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    public Call<Void> tagResource(ResourceArn arn, Map<String, String> tags) {
        Limits.taggable("resourceArn", arn);
        Check.tags("tags", tags);
        return Call.of("TagResource", TagResourceRequest.builder().resourceArn(arn.value()).tags(tags).build(),
                IvsRealTimeClient::tagResource, IvsRealTimeAsyncClient::tagResource, r -> null);
    }

    public Call<Void> untagResource(ResourceArn arn, Collection<String> keys) {
        Limits.taggable("resourceArn", arn);
        Limits.tagKeys("tagKeys", keys);
        return Call.of("UntagResource", UntagResourceRequest.builder().resourceArn(arn.value())
                        .tagKeys(List.copyOf(keys)).build(),
                IvsRealTimeClient::untagResource, IvsRealTimeAsyncClient::untagResource, r -> null);
    }

    public Call<Map<String, String>> listTagsForResource(ResourceArn arn) {
        Limits.taggable("resourceArn", arn);
        return Call.of("ListTagsForResource", ListTagsForResourceRequest.builder().resourceArn(arn.value()).build(),
                IvsRealTimeClient::listTagsForResource, IvsRealTimeAsyncClient::listTagsForResource,
                r -> Map.copyOf(Convert.tags(r.tags())));
    }
}
