package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.PlaybackKeyPairArn;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.SdkClients;
import io.ivsjava.lowlatency.internal.MetadataRateLimiter;
import io.ivsjava.lowlatency.internal.Operations;
import io.ivsjava.lowlatency.internal.Plan;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ivs.IvsAsyncClient;

/**
 * {@link IvsLowLatency}'s operations as {@link CompletableFuture}s, over the SDK's asynchronous client: the same
 * operations, the same checks, the same results, without a thread waiting on each call.
 *
 * <pre>{@code
 * try (IvsLowLatencyAsync ivs = IvsLowLatencyAsync.connect(IvsConnection.defaults())) {
 *     ivs.createChannel(ChannelSpec.builder().name("cat-42").build())
 *        .thenCompose(created -> ivs.getStream(created.channel().arn()))
 *        .thenAccept(live -> System.out.println(live.isPresent() ? "live" : "offline"))
 *        .join();
 * }
 * }</pre>
 *
 * <p>Each method returns at once. Every failure, input refused before the network included, completes the
 * future exceptionally with an {@link IvsException} (the cause of the {@link java.util.concurrent.CompletionException}
 * that {@code join()} throws). Lists complete with every item, all pages fetched; for lazy paging use
 * {@link IvsLowLatency}. Callbacks run on the SDK's response threads unless an executor is given to the
 * {@code ...Async} stage methods: keep them short.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsAsyncClient)} stays the caller's to close.
 */
public final class IvsLowLatencyAsync implements AutoCloseable {
    private final IvsAsyncClient client;
    private final boolean ownsClient;
    private final Operations ops;

    private IvsLowLatencyAsync(IvsAsyncClient client, boolean ownsClient, Clock clock) {
        this.client = Check.notNull("client", client);
        this.ownsClient = ownsClient;
        this.ops = new Operations(new MetadataRateLimiter(Check.notNull("clock", clock)));
    }

    /**
     * Wraps an asynchronous SDK client the caller configured. {@link #close()} will not close it.
     *
     * @param client the client
     * @return the wrapper
     */
    public static IvsLowLatencyAsync create(IvsAsyncClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an asynchronous SDK client the caller configured, timing the metadata rate limit with the given clock.
     *
     * @param client the client
     * @param clock the clock of the metadata rate limit
     * @return the wrapper
     */
    public static IvsLowLatencyAsync create(IvsAsyncClient client, Clock clock) {
        return new IvsLowLatencyAsync(client, false, clock);
    }

    /**
     * Connects with its own asynchronous SDK client (Netty), configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance; close it when done
     */
    public static IvsLowLatencyAsync connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own asynchronous SDK client, timing the metadata rate limit with the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock of the metadata rate limit
     * @return the instance; close it when done
     */
    public static IvsLowLatencyAsync connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsLowLatencyAsync(SdkClients.build(connection, IvsAsyncClient.builder()), true, clock);
    }

    private <T> CompletableFuture<T> run(Supplier<Plan<T>> plan) {
        Plan<T> planned;
        try {
            planned = plan.get();
        } catch (IvsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return planned.runAsync(client);
    }

    // ---- channels

    /**
     * As {@link IvsLowLatency#createChannel(ChannelSpec)}.
     *
     * @param spec the channel's settings
     * @return the channel and its stream key
     */
    public CompletableFuture<CreatedChannel> createChannel(ChannelSpec spec) {
        return run(() -> ops.createChannel(spec));
    }

    /**
     * As {@link IvsLowLatency#getChannel(ChannelArn)}.
     *
     * @param arn the channel's ARN
     * @return the channel
     */
    public CompletableFuture<Channel> getChannel(ChannelArn arn) {
        return run(() -> ops.getChannel(arn));
    }

    /**
     * As {@link IvsLowLatency#batchGetChannels(Collection)}.
     *
     * @param arns 1 to 50 channel ARNs
     * @return the channels found, and an error for each one not found
     */
    public CompletableFuture<BatchResult<Channel>> batchGetChannels(Collection<ChannelArn> arns) {
        return run(() -> ops.batchGetChannels(arns));
    }

    /**
     * Every channel of the account in this region, all pages fetched.
     *
     * @return the channels
     */
    public CompletableFuture<List<ChannelSummary>> listChannels() {
        return run(() -> Plan.allPages(ops.listChannels(Optional.empty())));
    }

    /**
     * The channels that match a filter, all pages fetched.
     *
     * @param filter by name, recording configuration or playback restriction policy
     * @return the channels
     */
    public CompletableFuture<List<ChannelSummary>> listChannels(ChannelFilter filter) {
        return run(() -> Plan.allPages(ops.listChannels(Optional.of(Check.notNull("filter", filter)))));
    }

    /**
     * As {@link IvsLowLatency#updateChannel(ChannelArn, ChannelUpdate)}.
     *
     * @param arn the channel's ARN
     * @param update what to change
     * @return the channel as updated
     */
    public CompletableFuture<Channel> updateChannel(ChannelArn arn, ChannelUpdate update) {
        return run(() -> ops.updateChannel(arn, update));
    }

    /**
     * As {@link IvsLowLatency#deleteChannel(ChannelArn, DeleteOption...)}: strict without options;
     * {@link DeleteOption#STOP_STREAM_FIRST} stops a live channel's stream and retries the delete (pausing without
     * blocking a thread), {@link DeleteOption#IF_EXISTS} counts a channel already gone as deleted.
     *
     * @param arn the channel's ARN
     * @param options how to treat a live or missing channel
     * @return true if this call deleted the channel; false if it was already gone (only with IF_EXISTS)
     */
    public CompletableFuture<Boolean> deleteChannel(ChannelArn arn, DeleteOption... options) {
        return run(() -> ops.deleteChannel(arn, options));
    }

    // ---- stream keys

    /**
     * As {@link IvsLowLatency#createStreamKey(ChannelArn, Map)}.
     *
     * @param channel the channel's ARN
     * @param tags the key's AWS tags
     * @return the key, with its secret value
     */
    public CompletableFuture<StreamKey> createStreamKey(ChannelArn channel, Map<String, String> tags) {
        return run(() -> ops.createStreamKey(channel, tags));
    }

    /**
     * As {@link IvsLowLatency#getStreamKey(StreamKeyArn)}.
     *
     * @param arn the key's ARN
     * @return the key, with its secret value
     */
    public CompletableFuture<StreamKey> getStreamKey(StreamKeyArn arn) {
        return run(() -> ops.getStreamKey(arn));
    }

    /**
     * As {@link IvsLowLatency#batchGetStreamKeys(Collection)}.
     *
     * @param arns 1 to 50 stream key ARNs
     * @return the keys found, and an error for each one not found
     */
    public CompletableFuture<BatchResult<StreamKey>> batchGetStreamKeys(Collection<StreamKeyArn> arns) {
        return run(() -> ops.batchGetStreamKeys(arns));
    }

    /**
     * The stream keys of a channel, without their values, all pages fetched.
     *
     * @param channel the channel's ARN
     * @return the keys
     */
    public CompletableFuture<List<StreamKeySummary>> listStreamKeys(ChannelArn channel) {
        return run(() -> Plan.allPages(ops.listStreamKeys(channel)));
    }

    /**
     * As {@link IvsLowLatency#deleteStreamKey(StreamKeyArn, DeleteOption...)}.
     *
     * @param arn the key's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a key already gone as deleted
     * @return true if this call deleted the key
     */
    public CompletableFuture<Boolean> deleteStreamKey(StreamKeyArn arn, DeleteOption... options) {
        return run(() -> ops.deleteStreamKey(arn, options));
    }

    /**
     * As {@link IvsLowLatency#rotateStreamKey(ChannelArn)}.
     *
     * @param channel the channel's ARN
     * @return the new key
     */
    public CompletableFuture<StreamKey> rotateStreamKey(ChannelArn channel) {
        return run(() -> ops.rotateStreamKey(channel));
    }

    // ---- streams

    /**
     * As {@link IvsLowLatency#getStream(ChannelArn)}.
     *
     * @param channel the channel's ARN
     * @return the stream, or empty when the channel is not broadcasting
     */
    public CompletableFuture<Optional<LiveStream>> getStream(ChannelArn channel) {
        return run(() -> ops.getStream(channel));
    }

    /**
     * Every live stream of the account in this region, all pages fetched.
     *
     * @return the streams
     */
    public CompletableFuture<List<StreamSummary>> listStreams() {
        return run(() -> Plan.allPages(ops.listStreams(Optional.empty())));
    }

    /**
     * The live streams of one health, all pages fetched.
     *
     * @param health the health to list
     * @return the streams
     */
    public CompletableFuture<List<StreamSummary>> listStreams(StreamHealth health) {
        return run(() -> Plan.allPages(ops.listStreams(Optional.of(Check.notNull("health", health)))));
    }

    /**
     * As {@link IvsLowLatency#stopStream(ChannelArn)}.
     *
     * @param channel the channel's ARN
     * @return completes when IVS has taken the request
     */
    public CompletableFuture<Void> stopStream(ChannelArn channel) {
        return run(() -> ops.stopStream(channel));
    }

    /**
     * The channel's broadcasts, live and past, all pages fetched.
     *
     * @param channel the channel's ARN
     * @return the sessions
     */
    public CompletableFuture<List<StreamSessionSummary>> listStreamSessions(ChannelArn channel) {
        return run(() -> Plan.allPages(ops.listStreamSessions(channel)));
    }

    /**
     * As {@link IvsLowLatency#getStreamSession(ChannelArn)}.
     *
     * @param channel the channel's ARN
     * @return the latest session
     */
    public CompletableFuture<StreamSession> getStreamSession(ChannelArn channel) {
        return run(() -> ops.getStreamSession(channel, Optional.empty()));
    }

    /**
     * As {@link IvsLowLatency#getStreamSession(ChannelArn, String)}.
     *
     * @param channel the channel's ARN
     * @param streamId the stream's id
     * @return the session
     */
    public CompletableFuture<StreamSession> getStreamSession(ChannelArn channel, String streamId) {
        return run(() -> ops.getStreamSession(channel, Optional.of(Check.notNull("streamId", streamId))));
    }

    /**
     * As {@link IvsLowLatency#putMetadata(ChannelArn, String)}: a sixth call for a channel within one second fails
     * at once with a retryable {@link io.ivsjava.core.IvsThrottlingException}.
     *
     * @param channel the channel's ARN
     * @param metadata 1 to 1024 bytes of UTF-8 text
     * @return completes when IVS has taken the metadata
     */
    public CompletableFuture<Void> putMetadata(ChannelArn channel, String metadata) {
        return run(() -> ops.putMetadata(channel, metadata));
    }

    // ---- private playback

    /**
     * As {@link IvsLowLatency#importPlaybackKeyPair(String, ECPublicKey, Map)}.
     *
     * @param name the key pair's name; may be empty
     * @param publicKey the P-384 public key
     * @param tags AWS tags
     * @return the imported key pair
     */
    public CompletableFuture<PlaybackKeyPair> importPlaybackKeyPair(String name, ECPublicKey publicKey,
                                                                    Map<String, String> tags) {
        return run(() -> ops.importPlaybackKeyPair(name, publicKey, tags));
    }

    /**
     * As {@link IvsLowLatency#createPlaybackKeyPair(String, Map)}.
     *
     * @param name the key pair's name; may be empty
     * @param tags AWS tags
     * @return the imported pair and both keys
     */
    public CompletableFuture<GeneratedPlaybackKeyPair> createPlaybackKeyPair(String name, Map<String, String> tags) {
        return run(() -> ops.createPlaybackKeyPair(name, tags));
    }

    /**
     * As {@link IvsLowLatency#getPlaybackKeyPair(PlaybackKeyPairArn)}.
     *
     * @param arn the key pair's ARN
     * @return the key pair
     */
    public CompletableFuture<PlaybackKeyPair> getPlaybackKeyPair(PlaybackKeyPairArn arn) {
        return run(() -> ops.getPlaybackKeyPair(arn));
    }

    /**
     * Every imported playback key pair, all pages fetched.
     *
     * @return the key pairs
     */
    public CompletableFuture<List<PlaybackKeyPair>> listPlaybackKeyPairs() {
        return run(() -> Plan.allPages(ops.listPlaybackKeyPairs()));
    }

    /**
     * As {@link IvsLowLatency#deletePlaybackKeyPair(PlaybackKeyPairArn, DeleteOption...)}.
     *
     * @param arn the key pair's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a key pair already gone as deleted
     * @return true if this call deleted it
     */
    public CompletableFuture<Boolean> deletePlaybackKeyPair(PlaybackKeyPairArn arn, DeleteOption... options) {
        return run(() -> ops.deletePlaybackKeyPair(arn, options));
    }

    /**
     * As {@link IvsLowLatency#revokeViewerSession(ViewerRevocation)}.
     *
     * @param revocation the channel, viewer id and highest version to end
     * @return completes when IVS has started the revocation
     */
    public CompletableFuture<Void> revokeViewerSession(ViewerRevocation revocation) {
        return run(() -> ops.revokeViewerSession(revocation));
    }

    /**
     * As {@link IvsLowLatency#revokeViewerSessions(Collection)}.
     *
     * @param revocations 1 to 20 revocations
     * @return the revocations IVS did not start
     */
    public CompletableFuture<List<RevocationFailure>> revokeViewerSessions(Collection<ViewerRevocation> revocations) {
        return run(() -> ops.revokeViewerSessions(revocations));
    }

    // ---- recording configurations

    /**
     * As {@link IvsLowLatency#createRecordingConfiguration(RecordingConfigurationSpec)}.
     *
     * @param spec the bucket, thumbnails, renditions and reconnect window
     * @return the configuration
     */
    public CompletableFuture<RecordingConfiguration> createRecordingConfiguration(RecordingConfigurationSpec spec) {
        return run(() -> ops.createRecordingConfiguration(spec));
    }

    /**
     * As {@link IvsLowLatency#getRecordingConfiguration(RecordingConfigurationArn)}.
     *
     * @param arn the configuration's ARN
     * @return the configuration
     */
    public CompletableFuture<RecordingConfiguration> getRecordingConfiguration(RecordingConfigurationArn arn) {
        return run(() -> ops.getRecordingConfiguration(arn));
    }

    /**
     * Every recording configuration, all pages fetched.
     *
     * @return the configurations
     */
    public CompletableFuture<List<RecordingConfigurationSummary>> listRecordingConfigurations() {
        return run(() -> Plan.allPages(ops.listRecordingConfigurations()));
    }

    /**
     * As {@link IvsLowLatency#deleteRecordingConfiguration(RecordingConfigurationArn, DeleteOption...)}.
     *
     * @param arn the configuration's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a configuration already gone as deleted
     * @return true if this call deleted it
     */
    public CompletableFuture<Boolean> deleteRecordingConfiguration(RecordingConfigurationArn arn,
                                                                   DeleteOption... options) {
        return run(() -> ops.deleteRecordingConfiguration(arn, options));
    }

    // ---- playback restriction policies

    /**
     * As {@link IvsLowLatency#createPlaybackRestrictionPolicy(PlaybackRestrictionPolicySpec)}.
     *
     * @param spec the allowed countries and origins
     * @return the policy
     */
    public CompletableFuture<PlaybackRestrictionPolicy> createPlaybackRestrictionPolicy(
            PlaybackRestrictionPolicySpec spec) {
        return run(() -> ops.createPlaybackRestrictionPolicy(spec));
    }

    /**
     * As {@link IvsLowLatency#getPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn)}.
     *
     * @param arn the policy's ARN
     * @return the policy
     */
    public CompletableFuture<PlaybackRestrictionPolicy> getPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn) {
        return run(() -> ops.getPlaybackRestrictionPolicy(arn));
    }

    /**
     * Every playback restriction policy, all pages fetched.
     *
     * @return the policies
     */
    public CompletableFuture<List<PlaybackRestrictionPolicy>> listPlaybackRestrictionPolicies() {
        return run(() -> Plan.allPages(ops.listPlaybackRestrictionPolicies()));
    }

    /**
     * As {@link IvsLowLatency#updatePlaybackRestrictionPolicy}.
     *
     * @param arn the policy's ARN
     * @param update what to change
     * @return the policy as updated
     */
    public CompletableFuture<PlaybackRestrictionPolicy> updatePlaybackRestrictionPolicy(
            PlaybackRestrictionPolicyArn arn, PlaybackRestrictionPolicyUpdate update) {
        return run(() -> ops.updatePlaybackRestrictionPolicy(arn, update));
    }

    /**
     * As {@link IvsLowLatency#deletePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn, DeleteOption...)}.
     *
     * @param arn the policy's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a policy already gone as deleted
     * @return true if this call deleted it
     */
    public CompletableFuture<Boolean> deletePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn,
                                                                      DeleteOption... options) {
        return run(() -> ops.deletePlaybackRestrictionPolicy(arn, options));
    }

    // ---- tags

    /**
     * As {@link IvsLowLatency#tagResource(ResourceArn, Map)}.
     *
     * @param arn the resource's ARN
     * @param tags the tags
     * @return completes when the tags are set
     */
    public CompletableFuture<Void> tagResource(ResourceArn arn, Map<String, String> tags) {
        return run(() -> ops.tagResource(arn, tags));
    }

    /**
     * As {@link IvsLowLatency#untagResource(ResourceArn, Collection)}.
     *
     * @param arn the resource's ARN
     * @param keys 1 to 50 tag keys
     * @return completes when the tags are removed
     */
    public CompletableFuture<Void> untagResource(ResourceArn arn, Collection<String> keys) {
        return run(() -> ops.untagResource(arn, keys));
    }

    /**
     * As {@link IvsLowLatency#listTags(ResourceArn)}.
     *
     * @param arn the resource's ARN
     * @return its tags
     */
    public CompletableFuture<Map<String, String>> listTags(ResourceArn arn) {
        return run(() -> ops.listTags(arn));
    }

    /**
     * The asynchronous SDK client underneath, for anything this class does not cover. Its exceptions are the SDK's
     * own.
     *
     * @return the client
     */
    public IvsAsyncClient sdkClient() {
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
