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
import io.ivsjava.core.internal.Pages;
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
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * Low-latency streaming on IVS: channels that take RTMPS or SRT from a broadcaster's encoder and deliver HLS to
 * any number of viewers, a few seconds behind live; their stream keys, streams and sessions, timed metadata,
 * private playback, recording to S3 and playback restrictions.
 *
 * <pre>{@code
 * try (IvsLowLatency ivs = IvsLowLatency.connect(IvsConnection.defaults())) {
 *     CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("cat-42").build());
 *     URI server = created.channel().ingest().rtmpsUrl();   // for the encoder, with created.streamKey()
 *     PlaybackUrl watch = created.channel().playbackUrl();  // for the viewers' player
 * }
 * }</pre>
 *
 * <p>Every input is checked against the IVS limits before any network call; failures, local or remote, are
 * {@link IvsException}s. Lists are lazy streams that fetch pages as they are consumed; consume each once. For
 * {@code CompletableFuture}s over the SDK's asynchronous client, use {@link IvsLowLatencyAsync}, which runs the
 * same operations.
 *
 * <p>Timed metadata keeps to IVS's rate of five {@code PutMetadata} calls per second per channel by refusing a
 * sixth call within one second at once, before the network, with a retryable
 * {@link io.ivsjava.core.IvsThrottlingException} that says how long to wait (see
 * {@link #putMetadata(ChannelArn, String)}).
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsClient)} stays the caller's to close.
 */
public final class IvsLowLatency implements AutoCloseable {
    /** The largest timed-metadata payload IVS accepts, in UTF-8 bytes. */
    public static final int MAX_METADATA_BYTES = Operations.MAX_METADATA_BYTES;
    /** The most ARNs a batch read takes. */
    public static final int MAX_BATCH_GET = Operations.MAX_BATCH_GET;
    /** The most viewer-session revocations a batch takes. */
    public static final int MAX_BATCH_REVOCATIONS = Operations.MAX_BATCH_REVOCATIONS;

    private final IvsClient client;
    private final boolean ownsClient;
    private final Operations ops;

    private IvsLowLatency(IvsClient client, boolean ownsClient, Clock clock) {
        this.client = Check.notNull("client", client);
        this.ownsClient = ownsClient;
        this.ops = new Operations(new MetadataRateLimiter(Check.notNull("clock", clock)));
    }

    /**
     * Wraps an SDK client the caller configured. {@link #close()} will not close it.
     *
     * @param client the client
     * @return the wrapper
     */
    public static IvsLowLatency create(IvsClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an SDK client the caller configured, timing the metadata rate limit with the given clock.
     *
     * @param client the client
     * @param clock the clock of the metadata rate limit
     * @return the wrapper
     */
    public static IvsLowLatency create(IvsClient client, Clock clock) {
        return new IvsLowLatency(client, false, clock);
    }

    /**
     * Connects with its own SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance; close it when done
     */
    public static IvsLowLatency connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own SDK client, timing the metadata rate limit with the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock of the metadata rate limit
     * @return the instance; close it when done
     */
    public static IvsLowLatency connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsLowLatency(SdkClients.build(connection, IvsClient.builder()), true, clock);
    }

    private <T> T run(Plan<T> plan) {
        return plan.runSync(client);
    }

    private <T> Stream<T> stream(Function<Optional<String>, Plan<Pages.Page<T>>> page) {
        return Pages.stream(token -> page.apply(token).runSync(client));
    }

    // ---- channels

    /**
     * Creates a channel and its stream key.
     *
     * <p>IVS does not make this create idempotent: when its answer is lost (a reset connection, an answer cut short,
     * a 5xx), the channel may exist, and the SDK's automatic retry then makes a second one. To create exactly once,
     * tag the channel with a token of your own and look for it before retrying, as ivs-live does.
     *
     * @param spec the channel's settings
     * @return the channel, with its ingest endpoints and playback URL, and the stream key
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of channels
     * @throws io.ivsjava.core.IvsNotFoundException if the recording configuration or restriction policy is missing
     */
    public CreatedChannel createChannel(ChannelSpec spec) {
        return run(ops.createChannel(spec));
    }

    /**
     * Reads a channel.
     *
     * @param arn the channel's ARN
     * @return the channel
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public Channel getChannel(ChannelArn arn) {
        return run(ops.getChannel(arn));
    }

    /**
     * Reads up to 50 channels in one call.
     *
     * @param arns 1 to {@value #MAX_BATCH_GET} channel ARNs
     * @return the channels found, and an error for each one not found
     */
    public BatchResult<Channel> batchGetChannels(Collection<ChannelArn> arns) {
        return run(ops.batchGetChannels(arns));
    }

    /**
     * Every channel of the account in this region, fetched page by page as the stream is consumed.
     *
     * @return the channels; consume the stream once
     */
    public Stream<ChannelSummary> listChannels() {
        return stream(ops.listChannels(Optional.empty()));
    }

    /**
     * The channels that match a filter, fetched lazily.
     *
     * @param filter by name, recording configuration or playback restriction policy
     * @return the channels; consume the stream once
     */
    public Stream<ChannelSummary> listChannels(ChannelFilter filter) {
        return stream(ops.listChannels(Optional.of(Check.notNull("filter", filter))));
    }

    /**
     * Changes a channel's settings.
     *
     * @param arn the channel's ARN
     * @param update what to change
     * @return the channel as updated
     * @throws io.ivsjava.core.IvsConflictException if the channel is live
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public Channel updateChannel(ChannelArn arn, ChannelUpdate update) {
        return run(ops.updateChannel(arn, update));
    }

    /**
     * Deletes a channel and its stream keys.
     *
     * <p>Without options the delete is strict: a live channel is refused with
     * {@link io.ivsjava.core.IvsConflictException} ("stop its stream first") and a missing one is an
     * {@link io.ivsjava.core.IvsNotFoundException}. For teardown code that must be able to run again after failing
     * halfway, pass {@link DeleteOption#STOP_STREAM_FIRST} (a live channel's stream is stopped and the delete
     * retried, for up to 30 seconds, until IVS no longer counts it live) and {@link DeleteOption#IF_EXISTS} (a
     * channel already gone counts as deleted).
     *
     * @param arn the channel's ARN
     * @param options how to treat a live or missing channel
     * @return true if this call deleted the channel; false if it was already gone (only with
     *     {@link DeleteOption#IF_EXISTS})
     */
    public boolean deleteChannel(ChannelArn arn, DeleteOption... options) {
        return run(ops.deleteChannel(arn, options));
    }

    // ---- stream keys

    /**
     * Creates a stream key for a channel. IVS allows one key per channel by default, and {@link #createChannel}
     * already made one: to replace it, use {@link #rotateStreamKey(ChannelArn)}.
     *
     * @param channel the channel's ARN
     * @param tags the key's AWS tags, at most 50
     * @return the key, with its secret value
     * @throws io.ivsjava.core.IvsQuotaExceededException if the channel has its maximum of keys
     */
    public StreamKey createStreamKey(ChannelArn channel, Map<String, String> tags) {
        return run(ops.createStreamKey(channel, tags));
    }

    /**
     * Reads a stream key, with its secret value.
     *
     * @param arn the key's ARN
     * @return the key
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public StreamKey getStreamKey(StreamKeyArn arn) {
        return run(ops.getStreamKey(arn));
    }

    /**
     * Reads up to 50 stream keys in one call, with their secret values.
     *
     * @param arns 1 to {@value #MAX_BATCH_GET} stream key ARNs
     * @return the keys found, and an error for each one not found
     */
    public BatchResult<StreamKey> batchGetStreamKeys(Collection<StreamKeyArn> arns) {
        return run(ops.batchGetStreamKeys(arns));
    }

    /**
     * The stream keys of a channel, without their values, fetched lazily.
     *
     * @param channel the channel's ARN
     * @return the keys; read a key's value with {@link #getStreamKey(StreamKeyArn)}
     * @throws io.ivsjava.core.IvsNotFoundException when consumed, if there is no such channel
     */
    public Stream<StreamKeySummary> listStreamKeys(ChannelArn channel) {
        return stream(ops.listStreamKeys(channel));
    }

    /**
     * Deletes a stream key: encoders using it can no longer go live (a stream already live goes on until stopped).
     *
     * @param arn the key's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a key already gone as deleted
     * @return true if this call deleted the key; false if it was already gone (only with IF_EXISTS)
     */
    public boolean deleteStreamKey(StreamKeyArn arn, DeleteOption... options) {
        return run(ops.deleteStreamKey(arn, options));
    }

    /**
     * Replaces a channel's stream key, as after a leak: a new key, then the old ones deleted; the new key keeps
     * the old key's tags. IVS allows one key per channel by default and refuses a second one
     * ({@link io.ivsjava.core.IvsQuotaExceededException}); then the old key is deleted first and the new one
     * created right after, so for that moment the channel has no key (a stream already live goes on).
     *
     * @param channel the channel's ARN
     * @return the new key, with its secret value
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public StreamKey rotateStreamKey(ChannelArn channel) {
        return run(ops.rotateStreamKey(channel));
    }

    // ---- streams

    /**
     * The channel's current broadcast, if it is live.
     *
     * @param channel the channel's ARN
     * @return the stream, with its state, health and viewer count; empty when the channel is not broadcasting
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public Optional<LiveStream> getStream(ChannelArn channel) {
        return run(ops.getStream(channel));
    }

    /**
     * Every live stream of the account in this region, fetched lazily.
     *
     * @return the streams; consume the stream once
     */
    public Stream<StreamSummary> listStreams() {
        return stream(ops.listStreams(Optional.empty()));
    }

    /**
     * The live streams of one health, fetched lazily: {@code listStreams(StreamHealth.STARVING)} finds the
     * broadcasters whose viewers may be buffering.
     *
     * @param health the health to list
     * @return the streams; consume the stream once
     */
    public Stream<StreamSummary> listStreams(StreamHealth health) {
        return stream(ops.listStreams(Optional.of(Check.notNull("health", health))));
    }

    /**
     * Disconnects the channel's broadcaster. An encoder set to reconnect goes live again: delete or rotate the
     * stream key first to keep it off.
     *
     * @param channel the channel's ARN
     * @throws io.ivsjava.core.IvsChannelNotBroadcastingException if the channel is not live
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public void stopStream(ChannelArn channel) {
        run(ops.stopStream(channel));
    }

    /**
     * The channel's broadcasts, live and past, newest first, fetched lazily.
     *
     * @param channel the channel's ARN
     * @return the sessions; consume the stream once
     * @throws io.ivsjava.core.IvsNotFoundException when consumed, if there is no such channel
     */
    public Stream<StreamSessionSummary> listStreamSessions(ChannelArn channel) {
        return stream(ops.listStreamSessions(channel));
    }

    /**
     * The channel's latest broadcast, in detail.
     *
     * @param channel the channel's ARN
     * @return the session: ingest tracks, channel and recording settings, events
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel, or it never broadcast
     */
    public StreamSession getStreamSession(ChannelArn channel) {
        return run(ops.getStreamSession(channel, Optional.empty()));
    }

    /**
     * One broadcast of the channel, in detail.
     *
     * @param channel the channel's ARN
     * @param streamId the stream's id, {@code st-} and 23 letters and digits
     * @return the session: ingest tracks, channel and recording settings, events
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel or session
     */
    public StreamSession getStreamSession(ChannelArn channel, String streamId) {
        return run(ops.getStreamSession(channel, Optional.of(Check.notNull("streamId", streamId))));
    }

    /**
     * Sends timed metadata into a live stream: players receive it in sync with the video (for quizzes, product
     * cards, reactions).
     *
     * <p>IVS takes at most {@value #MAX_METADATA_BYTES} bytes per call and five calls per second per channel. Both
     * are checked here, before the network: a larger payload is an {@link io.ivsjava.core.IvsValidationException},
     * and a sixth call for a channel within one second is refused at once with a retryable
     * {@link io.ivsjava.core.IvsThrottlingException} that says how long to wait; nothing is queued. The count is per
     * instance of this class: calls from elsewhere for the same channel can still be throttled by IVS, which is the
     * same exception after the SDK's own retries. Several items fit in one call: batch them.
     *
     * @param channel the channel's ARN
     * @param metadata 1 to {@value #MAX_METADATA_BYTES} bytes of UTF-8 text
     * @throws io.ivsjava.core.IvsValidationException before any call, if the metadata is empty or too large
     * @throws io.ivsjava.core.IvsThrottlingException if the channel's rate is used up
     * @throws io.ivsjava.core.IvsChannelNotBroadcastingException if the channel is not live
     */
    public void putMetadata(ChannelArn channel, String metadata) {
        run(ops.putMetadata(channel, metadata));
    }

    // ---- private playback

    /**
     * Imports the public half of a P-384 key pair, so that IVS accepts playback tokens signed with its private half
     * for every private channel of the account in this region.
     *
     * @param name the key pair's name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param publicKey the P-384 public key
     * @return the imported key pair
     * @throws io.ivsjava.core.IvsConflictException if the same key was imported already
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of key pairs
     */
    public PlaybackKeyPair importPlaybackKeyPair(String name, ECPublicKey publicKey) {
        return run(ops.importPlaybackKeyPair(name, publicKey, Map.of()));
    }

    /**
     * Imports the public half of a P-384 key pair, with tags.
     *
     * @param name the key pair's name; may be empty
     * @param publicKey the P-384 public key
     * @param tags AWS tags, at most 50
     * @return the imported key pair
     */
    public PlaybackKeyPair importPlaybackKeyPair(String name, ECPublicKey publicKey, Map<String, String> tags) {
        return run(ops.importPlaybackKeyPair(name, publicKey, tags));
    }

    /**
     * Generates a P-384 key pair and imports its public half in one step.
     *
     * @param name the key pair's name; may be empty
     * @return the imported pair and both keys; keep the private key in your secret store
     */
    public GeneratedPlaybackKeyPair createPlaybackKeyPair(String name) {
        return run(ops.createPlaybackKeyPair(name, Map.of()));
    }

    /**
     * Generates a P-384 key pair and imports its public half in one step, with tags.
     *
     * @param name the key pair's name; may be empty
     * @param tags AWS tags, at most 50
     * @return the imported pair and both keys
     */
    public GeneratedPlaybackKeyPair createPlaybackKeyPair(String name, Map<String, String> tags) {
        return run(ops.createPlaybackKeyPair(name, tags));
    }

    /**
     * Reads an imported playback key pair.
     *
     * @param arn the key pair's ARN
     * @return the key pair, with its fingerprint
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key pair
     */
    public PlaybackKeyPair getPlaybackKeyPair(PlaybackKeyPairArn arn) {
        return run(ops.getPlaybackKeyPair(arn));
    }

    /**
     * Every imported playback key pair, fetched lazily.
     *
     * @return the key pairs, without fingerprints; consume the stream once
     */
    public Stream<PlaybackKeyPair> listPlaybackKeyPairs() {
        return stream(ops.listPlaybackKeyPairs());
    }

    /**
     * Deletes a playback key pair: tokens signed with its private key stop starting playback.
     *
     * @param arn the key pair's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a key pair already gone as deleted
     * @return true if this call deleted it; false if it was already gone (only with IF_EXISTS)
     */
    public boolean deletePlaybackKeyPair(PlaybackKeyPairArn arn, DeleteOption... options) {
        return run(ops.deletePlaybackKeyPair(arn, options));
    }

    /**
     * Ends every session of a viewer on a private channel: the player stops within minutes, and the viewer's
     * tokens no longer start playback. The viewer id is the one signed into their tokens.
     *
     * @param channel the private channel
     * @param viewerId the viewer id, 1 to 40 characters
     */
    public void revokeViewerSession(ChannelArn channel, String viewerId) {
        run(ops.revokeViewerSession(ViewerRevocation.allSessions(channel, viewerId)));
    }

    /**
     * Ends a viewer's sessions up to a session version.
     *
     * @param revocation the channel, viewer id and highest version to end
     */
    public void revokeViewerSession(ViewerRevocation revocation) {
        run(ops.revokeViewerSession(revocation));
    }

    /**
     * Ends the sessions of up to 20 viewers in one call.
     *
     * @param revocations 1 to {@value #MAX_BATCH_REVOCATIONS} revocations
     * @return the revocations IVS did not start, with its reasons; empty when all started
     */
    public List<RevocationFailure> revokeViewerSessions(Collection<ViewerRevocation> revocations) {
        return run(ops.revokeViewerSessions(revocations));
    }

    // ---- recording configurations

    /**
     * Creates a recording configuration; channels that name it record every broadcast to its S3 bucket.
     *
     * @param spec the bucket, thumbnails, renditions and reconnect window
     * @return the configuration, usually {@link RecordingState#CREATING} at first
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of configurations
     */
    public RecordingConfiguration createRecordingConfiguration(RecordingConfigurationSpec spec) {
        return run(ops.createRecordingConfiguration(spec));
    }

    /**
     * Reads a recording configuration.
     *
     * @param arn the configuration's ARN
     * @return the configuration
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public RecordingConfiguration getRecordingConfiguration(RecordingConfigurationArn arn) {
        return run(ops.getRecordingConfiguration(arn));
    }

    /**
     * Every recording configuration, fetched lazily.
     *
     * @return the configurations; consume the stream once
     */
    public Stream<RecordingConfigurationSummary> listRecordingConfigurations() {
        return stream(ops.listRecordingConfigurations());
    }

    /**
     * Deletes a recording configuration. A configuration that channels still name is refused
     * ({@link io.ivsjava.core.IvsConflictException}): stop their recording first
     * ({@link ChannelUpdate.Builder#stopRecording()}).
     *
     * @param arn the configuration's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a configuration already gone as deleted
     * @return true if this call deleted it; false if it was already gone (only with IF_EXISTS)
     */
    public boolean deleteRecordingConfiguration(RecordingConfigurationArn arn, DeleteOption... options) {
        return run(ops.deleteRecordingConfiguration(arn, options));
    }

    // ---- playback restriction policies

    /**
     * Creates a playback restriction policy.
     *
     * @param spec the allowed countries and origins
     * @return the policy
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of policies
     */
    public PlaybackRestrictionPolicy createPlaybackRestrictionPolicy(PlaybackRestrictionPolicySpec spec) {
        return run(ops.createPlaybackRestrictionPolicy(spec));
    }

    /**
     * Reads a playback restriction policy.
     *
     * @param arn the policy's ARN
     * @return the policy
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such policy
     */
    public PlaybackRestrictionPolicy getPlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn) {
        return run(ops.getPlaybackRestrictionPolicy(arn));
    }

    /**
     * Every playback restriction policy, fetched lazily.
     *
     * @return the policies; consume the stream once
     */
    public Stream<PlaybackRestrictionPolicy> listPlaybackRestrictionPolicies() {
        return stream(ops.listPlaybackRestrictionPolicies());
    }

    /**
     * Changes a playback restriction policy; channels that name it follow at once.
     *
     * @param arn the policy's ARN
     * @param update what to change
     * @return the policy as updated
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such policy
     */
    public PlaybackRestrictionPolicy updatePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn,
                                                                     PlaybackRestrictionPolicyUpdate update) {
        return run(ops.updatePlaybackRestrictionPolicy(arn, update));
    }

    /**
     * Deletes a playback restriction policy. A policy that channels still name is refused
     * ({@link io.ivsjava.core.IvsConflictException}): remove it from them first
     * ({@link ChannelUpdate.Builder#removePlaybackRestrictionPolicy()}).
     *
     * @param arn the policy's ARN
     * @param options {@link DeleteOption#IF_EXISTS} to treat a policy already gone as deleted
     * @return true if this call deleted it; false if it was already gone (only with IF_EXISTS)
     */
    public boolean deletePlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn arn, DeleteOption... options) {
        return run(ops.deletePlaybackRestrictionPolicy(arn, options));
    }

    // ---- tags

    /**
     * Adds or replaces tags on a low-latency resource: a channel, stream key, playback key pair, recording
     * configuration or playback restriction policy.
     *
     * @param arn the resource's ARN
     * @param tags the tags; with the resource's other tags, at most 50
     * @throws io.ivsjava.core.IvsValidationException before any call, if the ARN names a real-time resource
     */
    public void tagResource(ResourceArn arn, Map<String, String> tags) {
        run(ops.tagResource(arn, tags));
    }

    /**
     * Removes tags from a low-latency resource.
     *
     * @param arn the resource's ARN
     * @param keys 1 to 50 tag keys; keys the resource does not have are ignored
     */
    public void untagResource(ResourceArn arn, Collection<String> keys) {
        run(ops.untagResource(arn, keys));
    }

    /**
     * The tags of a low-latency resource.
     *
     * @param arn the resource's ARN
     * @return its tags
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public Map<String, String> listTags(ResourceArn arn) {
        return run(ops.listTags(arn));
    }

    /**
     * The SDK client underneath, for anything this class does not cover. Its exceptions are the SDK's own.
     *
     * @return the client
     */
    public IvsClient sdkClient() {
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
