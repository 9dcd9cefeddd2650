package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PlaybackKeyPairArn;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.ResourceType;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.lowlatency.BatchResult;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.ChannelFilter;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.ChannelUpdate;
import io.ivsjava.lowlatency.CreatedChannel;
import io.ivsjava.lowlatency.DeleteOption;
import io.ivsjava.lowlatency.GeneratedPlaybackKeyPair;
import io.ivsjava.lowlatency.LiveStream;
import io.ivsjava.lowlatency.MultitrackInput;
import io.ivsjava.lowlatency.PlaybackKeyPair;
import io.ivsjava.lowlatency.PlaybackRestrictionPolicy;
import io.ivsjava.lowlatency.PlaybackRestrictionPolicySpec;
import io.ivsjava.lowlatency.PlaybackRestrictionPolicyUpdate;
import io.ivsjava.lowlatency.RecordingConfiguration;
import io.ivsjava.lowlatency.RecordingConfigurationSpec;
import io.ivsjava.lowlatency.RecordingConfigurationSummary;
import io.ivsjava.lowlatency.RenditionSettings;
import io.ivsjava.lowlatency.RevocationFailure;
import io.ivsjava.lowlatency.StreamHealth;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.lowlatency.StreamSession;
import io.ivsjava.lowlatency.StreamSessionSummary;
import io.ivsjava.lowlatency.StreamSummary;
import io.ivsjava.lowlatency.ThumbnailSettings;
import io.ivsjava.lowlatency.ViewerRevocation;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.model.BatchGetChannelRequest;
import software.amazon.awssdk.services.ivs.model.BatchGetStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationRequest;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationViewerSession;
import software.amazon.awssdk.services.ivs.model.CreateChannelRequest;
import software.amazon.awssdk.services.ivs.model.CreatePlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.CreateRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.CreateStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.DeleteChannelRequest;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.DeleteRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.DeleteStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.GetChannelRequest;
import software.amazon.awssdk.services.ivs.model.GetPlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.GetPlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamSessionRequest;
import software.amazon.awssdk.services.ivs.model.ImportPlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.ListChannelsRequest;
import software.amazon.awssdk.services.ivs.model.ListPlaybackKeyPairsRequest;
import software.amazon.awssdk.services.ivs.model.ListPlaybackRestrictionPoliciesRequest;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamKeysRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamSessionsRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamsRequest;
import software.amazon.awssdk.services.ivs.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivs.model.MultitrackInputConfiguration;
import software.amazon.awssdk.services.ivs.model.PutMetadataRequest;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.StartViewerSessionRevocationRequest;
import software.amazon.awssdk.services.ivs.model.StopStreamRequest;
import software.amazon.awssdk.services.ivs.model.StreamFilters;
import software.amazon.awssdk.services.ivs.model.TagResourceRequest;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;
import software.amazon.awssdk.services.ivs.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivs.model.UpdateChannelRequest;
import software.amazon.awssdk.services.ivs.model.UpdatePlaybackRestrictionPolicyRequest;

/**
 * Every low-latency operation, written once: input checks, then the plan of IVS calls and conversions that both
 * entry points ({@code IvsLowLatency} and {@code IvsLowLatencyAsync}) run. Checks happen when a plan is made, so
 * bad input never reaches the network. Thread-safe. Not part of the public API.
 */
public final class Operations {
    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

    /** Page sizes of list calls: the most IVS returns at once. */
    private static final int PAGE_SIZE = 100;
    private static final int STREAM_KEY_PAGE_SIZE = 50;
    /** Batch limits, from the model. */
    public static final int MAX_BATCH_GET = 50;
    public static final int MAX_BATCH_REVOCATIONS = 20;
    /** The largest timed-metadata payload IVS accepts, in UTF-8 bytes. */
    public static final int MAX_METADATA_BYTES = 1024;
    /** How long a stop-then-delete keeps retrying the delete while IVS still counts the stream live. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final Duration STOP_RETRY_PAUSE = Duration.ofMillis(500);

    private static final Pattern STREAM_ID = Pattern.compile("st-[a-zA-Z0-9]+");
    /** Resource types the low-latency service owns, and so tags. */
    private static final Set<ResourceType> TAGGABLE = EnumSet.of(ResourceType.CHANNEL, ResourceType.STREAM_KEY,
            ResourceType.PLAYBACK_KEY, ResourceType.RECORDING_CONFIGURATION, ResourceType.PLAYBACK_RESTRICTION_POLICY);

    private final MetadataRateLimiter metadataLimiter;

    /**
     * Operations that keep PutMetadata within IVS's per-channel rate with the given limiter.
     *
     * @param metadataLimiter the limiter, shared by every call of one entry point
     */
    public Operations(MetadataRateLimiter metadataLimiter) {
        this.metadataLimiter = metadataLimiter;
    }

    // ---- channels

    public Plan<CreatedChannel> createChannel(ChannelSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreateChannel name={} type={} latency={}", spec.name(), spec.type(), spec.latencyMode());
        CreateChannelRequest.Builder b = CreateChannelRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .type(spec.type().name())
                .latencyMode(spec.latencyMode().name())
                .authorized(spec.authorized())
                .insecureIngest(spec.insecureIngest())
                .containerFormat(spec.effectiveContainerFormat().name())
                .tags(spec.tags().isEmpty() ? null : spec.tags());
        spec.preset().ifPresent(p -> b.preset(p.name()));
        spec.multitrackInput().ifPresent(m -> b.multitrackInputConfiguration(multitrack(Optional.of(m))));
        spec.recordingConfiguration().ifPresent(r -> b.recordingConfigurationArn(r.value()));
        spec.playbackRestrictionPolicy().ifPresent(p -> b.playbackRestrictionPolicyArn(p.value()));
        return Plan.call(Calls.CREATE_CHANNEL, b.build(),
                r -> new CreatedChannel(Convert.channel(r.channel()), Convert.streamKey(r.streamKey())));
    }

    public Plan<Channel> getChannel(ChannelArn arn) {
        Check.notNull("arn", arn);
        return Plan.call(Calls.GET_CHANNEL, GetChannelRequest.builder().arn(arn.value()).build(),
                r -> Convert.channel(r.channel()));
    }

    public Plan<BatchResult<Channel>> batchGetChannels(Collection<ChannelArn> arns) {
        List<String> values = arnValues("arns", arns);
        return Plan.call(Calls.BATCH_GET_CHANNEL, BatchGetChannelRequest.builder().arns(values).build(),
                r -> new BatchResult<>(r.channels().stream().map(Convert::channel).collect(Collectors.toList()),
                        Convert.batchErrors(r.errors())));
    }

    public Function<Optional<String>, Plan<Pages.Page<ChannelSummary>>> listChannels(Optional<ChannelFilter> filter) {
        Check.notNull("filter", filter);
        return token -> {
            ListChannelsRequest.Builder b = ListChannelsRequest.builder().maxResults(PAGE_SIZE)
                    .nextToken(token.orElse(null));
            filter.ifPresent(f -> {
                if (f instanceof ChannelFilter.ByName) {
                    b.filterByName(((ChannelFilter.ByName) f).name());
                } else if (f instanceof ChannelFilter.ByRecordingConfiguration) {
                    b.filterByRecordingConfigurationArn(((ChannelFilter.ByRecordingConfiguration) f).arn().value());
                } else {
                    b.filterByPlaybackRestrictionPolicyArn(
                            ((ChannelFilter.ByPlaybackRestrictionPolicy) f).arn().value());
                }
            });
            return Plan.call(Calls.LIST_CHANNELS, b.build(), r -> new Pages.Page<>(
                    r.channels().stream().map(Convert::summary).collect(Collectors.toList()),
                    Optional.ofNullable(r.nextToken())));
        };
    }

    public Plan<Channel> updateChannel(ChannelArn arn, ChannelUpdate update) {
        Check.notNull("arn", arn);
        Check.notNull("update", update);
        LOG.debug("UpdateChannel {}", arn);
        UpdateChannelRequest.Builder b = UpdateChannelRequest.builder().arn(arn.value());
        update.name().ifPresent(b::name);
        update.type().ifPresent(t -> b.type(t.name()));
        update.latencyMode().ifPresent(m -> b.latencyMode(m.name()));
        update.authorized().ifPresent(b::authorized);
        update.insecureIngest().ifPresent(b::insecureIngest);
        update.preset().ifPresent(p -> b.preset(p.name()));
        update.containerFormat().ifPresent(f -> b.containerFormat(f.name()));
        update.multitrackInput().ifPresent(m -> b.multitrackInputConfiguration(multitrack(m)));
        update.recordingConfiguration().ifPresent(r -> b.recordingConfigurationArn(
                r.map(RecordingConfigurationArn::value).orElse("")));
        update.playbackRestrictionPolicy().ifPresent(p -> b.playbackRestrictionPolicyArn(
                p.map(PlaybackRestrictionPolicyArn::value).orElse("")));
        return Plan.call(Calls.UPDATE_CHANNEL, b.build(), r -> Convert.channel(r.channel()));
    }

    /**
     * Deletes a channel; with {@link DeleteOption#STOP_STREAM_FIRST}, a channel found live is stopped and the delete
     * retried until IVS no longer counts it live; with {@link DeleteOption#IF_EXISTS}, a missing channel is success.
     */
    public Plan<Boolean> deleteChannel(ChannelArn arn, DeleteOption... options) {
        Check.notNull("arn", arn);
        Set<DeleteOption> chosen = options("options", options, true);
        LOG.debug("DeleteChannel {} {}", arn, chosen);
        Plan<Boolean> delete = deleteChannelOnce(arn);
        if (chosen.contains(DeleteOption.STOP_STREAM_FIRST)) {
            delete = delete.recover(IvsConflictException.class, live -> {
                LOG.debug("Channel {} is live; stopping its stream before deleting it", arn);
                return stopStream(arn).map(v -> true)
                        .recover(IvsChannelNotBroadcastingException.class, e -> Plan.value(true))
                        .then(v -> deleteChannelRetrying(arn, (int) (STOP_GRACE.toMillis() / STOP_RETRY_PAUSE.toMillis())));
            });
        }
        return ifExists(delete, chosen);
    }

    private Plan<Boolean> deleteChannelOnce(ChannelArn arn) {
        return Plan.call(Calls.DELETE_CHANNEL, DeleteChannelRequest.builder().arn(arn.value()).build(), r -> true);
    }

    private Plan<Boolean> deleteChannelRetrying(ChannelArn arn, int retries) {
        return deleteChannelOnce(arn).recover(IvsConflictException.class, e -> retries <= 0 ? Plan.failed(e)
                : Plan.pause(STOP_RETRY_PAUSE).then(v -> deleteChannelRetrying(arn, retries - 1)));
    }

    // ---- stream keys

    public Plan<StreamKey> createStreamKey(ChannelArn channel, Map<String, String> tags) {
        Check.notNull("channel", channel);
        Map<String, String> checked = Checks.tags("tags", tags);
        return Plan.call(Calls.CREATE_STREAM_KEY, CreateStreamKeyRequest.builder().channelArn(channel.value())
                .tags(checked.isEmpty() ? null : checked).build(), r -> Convert.streamKey(r.streamKey()));
    }

    public Plan<StreamKey> getStreamKey(StreamKeyArn arn) {
        Check.notNull("arn", arn);
        return Plan.call(Calls.GET_STREAM_KEY, GetStreamKeyRequest.builder().arn(arn.value()).build(),
                r -> Convert.streamKey(r.streamKey()));
    }

    public Plan<BatchResult<StreamKey>> batchGetStreamKeys(Collection<StreamKeyArn> arns) {
        List<String> values = arnValues("arns", arns);
        return Plan.call(Calls.BATCH_GET_STREAM_KEY, BatchGetStreamKeyRequest.builder().arns(values).build(),
                r -> new BatchResult<>(r.streamKeys().stream().map(Convert::streamKey).collect(Collectors.toList()),
                        Convert.batchErrors(r.errors())));
    }

    public Function<Optional<String>, Plan<Pages.Page<StreamKeySummary>>> listStreamKeys(ChannelArn channel) {
        Check.notNull("channel", channel);
        return token -> Plan.call(Calls.LIST_STREAM_KEYS, ListStreamKeysRequest.builder()
                        .channelArn(channel.value()).maxResults(STREAM_KEY_PAGE_SIZE).nextToken(token.orElse(null)).build(),
                r -> new Pages.Page<>(r.streamKeys().stream().map(Convert::streamKeySummary)
                        .collect(Collectors.toList()), Optional.ofNullable(r.nextToken())));
    }

    public Plan<Boolean> deleteStreamKey(StreamKeyArn arn, DeleteOption... options) {
        Check.notNull("arn", arn);
        Set<DeleteOption> chosen = options("options", options, false);
        LOG.debug("DeleteStreamKey {}", arn);
        return ifExists(Plan.call(Calls.DELETE_STREAM_KEY, DeleteStreamKeyRequest.builder().arn(arn.value()).build(),
                r -> true), chosen);
    }

    /**
     * A new key, then the old ones deleted. IVS allows one key per channel by default: when it refuses a second
     * key, the old ones are deleted first and the new one created after.
     */
    public Plan<StreamKey> rotateStreamKey(ChannelArn channel) {
        Check.notNull("channel", channel);
        LOG.debug("Rotating the stream key of {}", channel);
        return Plan.allPages(listStreamKeys(channel)).then(old -> {
            Map<String, String> tags = new LinkedHashMap<>();
            old.forEach(k -> k.tags().forEach(tags::putIfAbsent));
            Plan<StreamKey> create = createStreamKey(channel, tags);
            Plan<Void> deleteOld = Plan.forEach(old, k -> deleteStreamKey(k.arn(), DeleteOption.IF_EXISTS));
            return create.then(key -> deleteOld.map(v -> key))
                    .recover(IvsQuotaExceededException.class, full -> {
                        LOG.debug("Channel {} holds its quota of stream keys; deleting the old key first", channel);
                        return deleteOld.then(v -> create);
                    });
        });
    }

    // ---- streams

    public Plan<Optional<LiveStream>> getStream(ChannelArn channel) {
        Check.notNull("channel", channel);
        return Plan.call(Calls.GET_STREAM, GetStreamRequest.builder().channelArn(channel.value()).build(),
                        r -> Optional.of(Convert.stream(r.stream())))
                .recover(IvsChannelNotBroadcastingException.class, e -> Plan.value(Optional.empty()));
    }

    public Function<Optional<String>, Plan<Pages.Page<StreamSummary>>> listStreams(Optional<StreamHealth> health) {
        Check.notNull("health", health);
        return token -> Plan.call(Calls.LIST_STREAMS, ListStreamsRequest.builder().maxResults(PAGE_SIZE)
                        .nextToken(token.orElse(null))
                        .filterBy(health.map(h -> StreamFilters.builder().health(h.name()).build()).orElse(null))
                        .build(),
                r -> new Pages.Page<>(r.streams().stream().map(Convert::streamSummary).collect(Collectors.toList()),
                        Optional.ofNullable(r.nextToken())));
    }

    public Plan<Void> stopStream(ChannelArn channel) {
        Check.notNull("channel", channel);
        LOG.debug("StopStream {}", channel);
        return Plan.call(Calls.STOP_STREAM, StopStreamRequest.builder().channelArn(channel.value()).build(),
                r -> null);
    }

    public Function<Optional<String>, Plan<Pages.Page<StreamSessionSummary>>> listStreamSessions(ChannelArn channel) {
        Check.notNull("channel", channel);
        return token -> Plan.call(Calls.LIST_STREAM_SESSIONS, ListStreamSessionsRequest.builder()
                        .channelArn(channel.value()).maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                r -> new Pages.Page<>(r.streamSessions().stream().map(Convert::sessionSummary)
                        .collect(Collectors.toList()), Optional.ofNullable(r.nextToken())));
    }

    public Plan<StreamSession> getStreamSession(ChannelArn channel, Optional<String> streamId) {
        Check.notNull("channel", channel);
        Check.notNull("streamId", streamId).ifPresent(id -> {
            Check.length("streamId", id, 26, 26);
            Check.matches("streamId", id, STREAM_ID, "st- followed by letters and digits, 26 characters");
        });
        return Plan.call(Calls.GET_STREAM_SESSION, GetStreamSessionRequest.builder().channelArn(channel.value())
                .streamId(streamId.orElse(null)).build(), r -> Convert.session(r.streamSession()));
    }

    public Plan<Void> putMetadata(ChannelArn channel, String metadata) {
        Check.notNull("channel", channel);
        Check.bytes("metadata", metadata, 1, MAX_METADATA_BYTES);
        metadataLimiter.acquire(channel);
        return Plan.call(Calls.PUT_METADATA, PutMetadataRequest.builder().channelArn(channel.value())
                .metadata(metadata).build(), r -> null);
    }

    // ---- private playback

    public Plan<PlaybackKeyPair> importPlaybackKeyPair(String name, ECPublicKey publicKey, Map<String, String> tags) {
        Check.name("name", name);
        String pem = P384Keys.toPem(Check.notNull("publicKey", publicKey));
        Map<String, String> checked = Checks.tags("tags", tags);
        LOG.debug("ImportPlaybackKeyPair name={}", name);
        return Plan.call(Calls.IMPORT_PLAYBACK_KEY_PAIR, ImportPlaybackKeyPairRequest.builder()
                        .name(name.isEmpty() ? null : name).publicKeyMaterial(pem)
                        .tags(checked.isEmpty() ? null : checked).build(),
                r -> Convert.keyPair(r.keyPair()));
    }

    public Plan<GeneratedPlaybackKeyPair> createPlaybackKeyPair(String name, Map<String, String> tags) {
        Check.name("name", name);
        Checks.tags("tags", tags);
        P384KeyPair keys = P384Keys.generate();
        return importPlaybackKeyPair(name, keys.publicKey(), tags).map(pair -> new GeneratedPlaybackKeyPair(pair, keys));
    }

    public Plan<PlaybackKeyPair> getPlaybackKeyPair(PlaybackKeyPairArn arn) {
        Check.notNull("arn", arn);
        return Plan.call(Calls.GET_PLAYBACK_KEY_PAIR, GetPlaybackKeyPairRequest.builder().arn(arn.value()).build(),
                r -> Convert.keyPair(r.keyPair()));
    }

    public Function<Optional<String>, Plan<Pages.Page<PlaybackKeyPair>>> listPlaybackKeyPairs() {
        return token -> Plan.call(Calls.LIST_PLAYBACK_KEY_PAIRS, ListPlaybackKeyPairsRequest.builder()
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                r -> new Pages.Page<>(r.keyPairs().stream().map(Convert::keyPair).collect(Collectors.toList()),
                        Optional.ofNullable(r.nextToken())));
    }

    public Plan<Boolean> deletePlaybackKeyPair(PlaybackKeyPairArn arn, DeleteOption... options) {
        Check.notNull("arn", arn);
        Set<DeleteOption> chosen = options("options", options, false);
        LOG.debug("DeletePlaybackKeyPair {}", arn);
        return ifExists(Plan.call(Calls.DELETE_PLAYBACK_KEY_PAIR,
                DeletePlaybackKeyPairRequest.builder().arn(arn.value()).build(), r -> true), chosen);
    }

    public Plan<Void> revokeViewerSession(ViewerRevocation revocation) {
        Check.notNull("revocation", revocation);
        LOG.debug("StartViewerSessionRevocation channel={}", revocation.channel());
        return Plan.call(Calls.START_VIEWER_SESSION_REVOCATION, StartViewerSessionRevocationRequest.builder()
                .channelArn(revocation.channel().value()).viewerId(revocation.viewerId())
                .viewerSessionVersionsLessThanOrEqualTo(revocation.upToVersion()).build(), r -> null);
    }

    public Plan<List<RevocationFailure>> revokeViewerSessions(Collection<ViewerRevocation> revocations) {
        List<ViewerRevocation> all = List.copyOf(Check.size("revocations", revocations, 1, MAX_BATCH_REVOCATIONS,
                "revocations"));
        List<BatchStartViewerSessionRevocationViewerSession> sessions = all.stream()
                .map(v -> BatchStartViewerSessionRevocationViewerSession.builder().channelArn(v.channel().value())
                        .viewerId(v.viewerId()).viewerSessionVersionsLessThanOrEqualTo(v.upToVersion()).build())
                .collect(Collectors.toList());
        return Plan.call(Calls.BATCH_START_VIEWER_SESSION_REVOCATION,
                BatchStartViewerSessionRevocationRequest.builder().viewerSessions(sessions).build(),
                r -> r.errors().stream().map(e -> new RevocationFailure(all.stream()
                                .filter(v -> v.channel().value().equals(e.channelArn()) && v.viewerId().equals(e.viewerId()))
                                .findFirst()
                                .orElseGet(() -> ViewerRevocation.allSessions(ChannelArn.parse(e.channelArn()),
                                        e.viewerId())),
                        e.code() == null ? "" : e.code(), e.message() == null ? "" : e.message()))
                        .collect(Collectors.toList()));
    }

    // ---- recording configurations

    public Plan<RecordingConfiguration> createRecordingConfiguration(RecordingConfigurationSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreateRecordingConfiguration name={}", spec.name());
        CreateRecordingConfigurationRequest.Builder b = CreateRecordingConfigurationRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .destinationConfiguration(d -> d.s3(s3 -> s3.bucketName(spec.s3Bucket())))
                .recordingReconnectWindowSeconds((int) spec.reconnectWindow().toSeconds())
                .tags(spec.tags().isEmpty() ? null : spec.tags());
        spec.thumbnails().ifPresent(t -> b.thumbnailConfiguration(thumbnails(t)));
        spec.renditions().ifPresent(r -> b.renditionConfiguration(renditions(r)));
        return Plan.call(Calls.CREATE_RECORDING_CONFIGURATION, b.build(),
                r -> Convert.recordingConfiguration(r.recordingConfiguration()));
    }

    public Plan<RecordingConfiguration> getRecordingConfiguration(RecordingConfigurationArn arn) {
        Check.notNull("arn", arn);
        return Plan.call(Calls.GET_RECORDING_CONFIGURATION,
                GetRecordingConfigurationRequest.builder().arn(arn.value()).build(),
                r -> Convert.recordingConfiguration(r.recordingConfiguration()));
    }

    public Function<Optional<String>, Plan<Pages.Page<RecordingConfigurationSummary>>> listRecordingConfigurations() {
        return token -> Plan.call(Calls.LIST_RECORDING_CONFIGURATIONS, ListRecordingConfigurationsRequest.builder()
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                r -> new Pages.Page<>(r.recordingConfigurations().stream().map(Convert::recordingSummary)
                        .collect(Collectors.toList()), Optional.ofNullable(r.nextToken())));
    }

    public Plan<Boolean> deleteRecordingConfiguration(RecordingConfigurationArn arn, DeleteOption... options) {
        Check.notNull("arn", arn);
        Set<DeleteOption> chosen = options("options", options, false);
        LOG.debug("DeleteRecordingConfiguration {}", arn);
        return ifExists(Plan.call(Calls.DELETE_RECORDING_CONFIGURATION,
                DeleteRecordingConfigurationRequest.builder().arn(arn.value()).build(), r -> true), chosen);
    }

    // ---- playback restriction policies

    public Plan<PlaybackRestrictionPolicy> createPlaybackRestrictionPolicy(PlaybackRestrictionPolicySpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreatePlaybackRestrictionPolicy name={}", spec.name());
        return Plan.call(Calls.CREATE_PLAYBACK_RESTRICTION_POLICY, CreatePlaybackRestrictionPolicyRequest.builder()
                        .name(spec.name().isEmpty() ? null : spec.name())
                        .allowedCountries(spec.allowedCountries()).allowedOrigins(spec.allowedOrigins())
                        .enableStrictOriginEnforcement(spec.strictOriginEnforcement())
                        .tags(spec.tags().isEmpty() ? null : spec.tags()).build(),
                r -> Convert.policy(r.playbackRestrictionPolicy()));
    }

    public Plan<PlaybackRestrictionPolicy> getPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn) {
        Check.notNull("arn", arn);
        return Plan.call(Calls.GET_PLAYBACK_RESTRICTION_POLICY,
                GetPlaybackRestrictionPolicyRequest.builder().arn(arn.value()).build(),
                r -> Convert.policy(r.playbackRestrictionPolicy()));
    }

    public Function<Optional<String>, Plan<Pages.Page<PlaybackRestrictionPolicy>>> listPlaybackRestrictionPolicies() {
        return token -> Plan.call(Calls.LIST_PLAYBACK_RESTRICTION_POLICIES,
                ListPlaybackRestrictionPoliciesRequest.builder().maxResults(PAGE_SIZE).nextToken(token.orElse(null))
                        .build(),
                r -> new Pages.Page<>(r.playbackRestrictionPolicies().stream().map(Convert::policy)
                        .collect(Collectors.toList()), Optional.ofNullable(r.nextToken())));
    }

    public Plan<PlaybackRestrictionPolicy> updatePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn,
                                                                         PlaybackRestrictionPolicyUpdate update) {
        Check.notNull("arn", arn);
        Check.notNull("update", update);
        UpdatePlaybackRestrictionPolicyRequest.Builder b = UpdatePlaybackRestrictionPolicyRequest.builder()
                .arn(arn.value());
        update.name().ifPresent(b::name);
        update.allowedCountries().ifPresent(b::allowedCountries);
        update.allowedOrigins().ifPresent(b::allowedOrigins);
        update.strictOriginEnforcement().ifPresent(b::enableStrictOriginEnforcement);
        return Plan.call(Calls.UPDATE_PLAYBACK_RESTRICTION_POLICY, b.build(),
                r -> Convert.policy(r.playbackRestrictionPolicy()));
    }

    public Plan<Boolean> deletePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn, DeleteOption... options) {
        Check.notNull("arn", arn);
        Set<DeleteOption> chosen = options("options", options, false);
        LOG.debug("DeletePlaybackRestrictionPolicy {}", arn);
        return ifExists(Plan.call(Calls.DELETE_PLAYBACK_RESTRICTION_POLICY,
                DeletePlaybackRestrictionPolicyRequest.builder().arn(arn.value()).build(), r -> true), chosen);
    }

    // ---- tags

    public Plan<Void> tagResource(ResourceArn arn, Map<String, String> tags) {
        String resource = taggable(arn);
        Map<String, String> checked = Checks.tags("tags", tags);
        return Plan.call(Calls.TAG_RESOURCE, TagResourceRequest.builder().resourceArn(resource).tags(checked).build(),
                r -> null);
    }

    public Plan<Void> untagResource(ResourceArn arn, Collection<String> keys) {
        String resource = taggable(arn);
        // The model allows 0..50, but tagKeys travels in the query string and is required: an empty list sends no
        // tagKeys at all, which IVS refuses as missing. Say so before the call.
        Check.size("tagKeys", keys, 1, 50, "keys");
        List<String> list = new ArrayList<>(keys);
        for (int i = 0; i < list.size(); i++) {
            Check.length("tagKeys[" + i + "]", list.get(i), 1, 128);
        }
        return Plan.call(Calls.UNTAG_RESOURCE, UntagResourceRequest.builder().resourceArn(resource).tagKeys(list)
                .build(), r -> null);
    }

    public Plan<Map<String, String>> listTags(ResourceArn arn) {
        String resource = taggable(arn);
        return Plan.call(Calls.LIST_TAGS_FOR_RESOURCE, ListTagsForResourceRequest.builder().resourceArn(resource)
                .build(), r -> Map.copyOf(Convert.tags(r.tags())));
    }

    // ---- helpers

    private static String taggable(ResourceArn arn) {
        Check.notNull("resourceArn", arn);
        if (!TAGGABLE.contains(arn.arn().resourceType())) {
            throw IvsValidationException.invalid("resourceArn", arn + " is a " + arn.arn().resourceType().arnName()
                    + " ARN, a resource of IVS real-time; tag it through ivs-realtime. The low-latency service tags "
                    + "channels, stream keys, playback key pairs, recording configurations and playback restriction "
                    + "policies");
        }
        return arn.value();
    }

    private static List<String> arnValues(String field, Collection<? extends ResourceArn> arns) {
        Check.size(field, arns, 1, MAX_BATCH_GET, "ARNs");
        return arns.stream().map(ResourceArn::value).distinct().collect(Collectors.toList());
    }

    private static Set<DeleteOption> options(String field, DeleteOption[] options, boolean channel) {
        Check.notNull(field, options);
        Set<DeleteOption> chosen = EnumSet.noneOf(DeleteOption.class);
        for (int i = 0; i < options.length; i++) {
            chosen.add(Check.notNull(field + "[" + i + "]", options[i]));
        }
        if (!channel && chosen.contains(DeleteOption.STOP_STREAM_FIRST)) {
            throw IvsValidationException.invalid(field, "STOP_STREAM_FIRST applies to channels only; allowed "
                    + "IF_EXISTS");
        }
        return chosen;
    }

    private static Plan<Boolean> ifExists(Plan<Boolean> delete, Set<DeleteOption> chosen) {
        return chosen.contains(DeleteOption.IF_EXISTS)
                ? delete.recover(IvsNotFoundException.class, gone -> Plan.value(false)) : delete;
    }

    private static MultitrackInputConfiguration multitrack(Optional<MultitrackInput> multitrack) {
        return multitrack.map(m -> MultitrackInputConfiguration.builder().enabled(true).policy(m.policy().name())
                        .maximumResolution(m.maximumResolution().name()).build())
                .orElseGet(() -> MultitrackInputConfiguration.builder().enabled(false).build());
    }

    private static ThumbnailConfiguration thumbnails(ThumbnailSettings t) {
        ThumbnailConfiguration.Builder b = ThumbnailConfiguration.builder().recordingMode(t.mode().name());
        t.interval().ifPresent(i -> b.targetIntervalSeconds(i.toSeconds()));
        t.resolution().ifPresent(r -> b.resolution(r.name()));
        if (!t.storage().isEmpty()) {
            b.storageWithStrings(t.storage().stream().map(Enum::name).collect(Collectors.toList()));
        }
        return b.build();
    }

    private static RenditionConfiguration renditions(RenditionSettings r) {
        RenditionConfiguration.Builder b = RenditionConfiguration.builder().renditionSelection(r.selection().name());
        if (!r.renditions().isEmpty()) {
            b.renditionsWithStrings(r.renditions().stream().map(Enum::name).collect(Collectors.toList()));
        }
        return b.build();
    }
}
