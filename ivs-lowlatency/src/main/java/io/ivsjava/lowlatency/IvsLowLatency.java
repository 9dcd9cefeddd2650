package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.core.internal.SdkClients;
import io.ivsjava.core.internal.SdkErrors;
import io.ivsjava.lowlatency.internal.Convert;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.ListChannelsResponse;
import software.amazon.awssdk.services.ivs.model.ListStreamKeysResponse;
import software.amazon.awssdk.services.ivs.model.StreamKeySummary;

/**
 * Low-latency streaming on IVS: channels that take RTMPS or SRT from a broadcaster's encoder and deliver HLS to
 * any number of viewers, a few seconds behind live.
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
 * {@link IvsException}s. Lists are lazy streams that fetch pages as they are consumed.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsClient)} stays the caller's to close.
 */
public final class IvsLowLatency implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IvsLowLatency.class);
    /** Page sizes of list calls: the most IVS returns at once. */
    private static final int CHANNEL_PAGE_SIZE = 100;
    private static final int STREAM_KEY_PAGE_SIZE = 50;
    /** The largest timed-metadata payload IVS accepts, in UTF-8 bytes. */
    public static final int MAX_METADATA_BYTES = 1024;

    private final IvsClient client;
    private final boolean ownsClient;

    private IvsLowLatency(IvsClient client, boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
    }

    /**
     * Wraps an SDK client the caller configured. {@link #close()} will not close it.
     *
     * @param client the client
     * @return the wrapper
     */
    public static IvsLowLatency create(IvsClient client) {
        return new IvsLowLatency(client, false);
    }

    /**
     * Connects with its own SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance; close it when done
     */
    public static IvsLowLatency connect(IvsConnection connection) {
        return new IvsLowLatency(SdkClients.configure(connection, IvsClient.builder()).build(), true);
    }

    /**
     * Creates a channel and its stream key.
     *
     * @param spec the channel's name, latency mode, type, privacy and tags
     * @return the channel, with its ingest endpoint and playback URL, and the stream key
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of channels
     */
    public CreatedChannel createChannel(ChannelSpec spec) {
        Objects.requireNonNull(spec, "spec");
        LOG.debug("CreateChannel name={} type={} latency={}", spec.name(), spec.type(), spec.latencyMode());
        CreateChannelResponse response = SdkErrors.call("CreateChannel", () -> client.createChannel(b -> b
                .name(spec.name().isEmpty() ? null : spec.name())
                .latencyMode(spec.latencyMode().name())
                .type(spec.type().name())
                .authorized(spec.authorized())
                .tags(spec.tags().isEmpty() ? null : spec.tags())));
        return new CreatedChannel(Convert.channel(response.channel()), Convert.streamKey(response.streamKey()));
    }

    /**
     * Reads a channel.
     *
     * @param arn the channel's ARN
     * @return the channel
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public Channel getChannel(ChannelArn arn) {
        Objects.requireNonNull(arn, "arn");
        return Convert.channel(SdkErrors.call("GetChannel", () -> client.getChannel(b -> b.arn(arn.value()))).channel());
    }

    /**
     * Every channel of the account in this region, fetched page by page as the stream is consumed.
     *
     * @return the channels; consume it once
     */
    public Stream<ChannelSummary> listChannels() {
        return Pages.stream(token -> {
            ListChannelsResponse page = SdkErrors.call("ListChannels",
                    () -> client.listChannels(b -> b.maxResults(CHANNEL_PAGE_SIZE).nextToken(token.orElse(null))));
            return new Pages.Page<>(page.channels().stream().map(Convert::summary).collect(Collectors.toList()),
                    Optional.ofNullable(page.nextToken()));
        });
    }

    /**
     * Deletes a channel and its stream keys. A live channel cannot be deleted: end its stream first.
     *
     * @param arn the channel's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     * @throws io.ivsjava.core.IvsConflictException if the channel is live
     */
    public void deleteChannel(ChannelArn arn) {
        Objects.requireNonNull(arn, "arn");
        LOG.debug("DeleteChannel {}", arn);
        SdkErrors.call("DeleteChannel", () -> client.deleteChannel(b -> b.arn(arn.value())));
    }

    /**
     * Reads a stream key, with its secret value.
     *
     * @param arn the key's ARN
     * @return the key
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public StreamKey getStreamKey(StreamKeyArn arn) {
        Objects.requireNonNull(arn, "arn");
        return Convert.streamKey(SdkErrors.call("GetStreamKey",
                () -> client.getStreamKey(b -> b.arn(arn.value()))).streamKey());
    }

    /**
     * The stream keys of a channel (one, unless the account's quota allows more), fetched lazily.
     *
     * @param channel the channel's ARN
     * @return the keys' ARNs; read a key's value with {@link #getStreamKey(StreamKeyArn)}
     * @throws io.ivsjava.core.IvsNotFoundException when consumed, if there is no such channel
     */
    public Stream<StreamKeyArn> listStreamKeys(ChannelArn channel) {
        Objects.requireNonNull(channel, "channel");
        return Pages.stream(token -> {
            ListStreamKeysResponse page = SdkErrors.call("ListStreamKeys", () -> client.listStreamKeys(b -> b
                    .channelArn(channel.value()).maxResults(STREAM_KEY_PAGE_SIZE).nextToken(token.orElse(null))));
            return new Pages.Page<>(page.streamKeys().stream().map(StreamKeySummary::arn).map(StreamKeyArn::parse)
                    .collect(Collectors.toList()), Optional.ofNullable(page.nextToken()));
        });
    }

    /**
     * The channel's current broadcast, if it is live.
     *
     * @param channel the channel's ARN
     * @return the stream, or empty when the channel is not broadcasting
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such channel
     */
    public Optional<LiveStream> getStream(ChannelArn channel) {
        Objects.requireNonNull(channel, "channel");
        try {
            return Optional.of(Convert.stream(SdkErrors.call("GetStream",
                    () -> client.getStream(b -> b.channelArn(channel.value()))).stream()));
        } catch (IvsChannelNotBroadcastingException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends timed metadata into a live stream: players receive it in sync with the video (for quizzes, product
     * cards, reactions). IVS allows 1 KB per call and five calls per second per channel; calls above that rate fail
     * with {@link io.ivsjava.core.IvsThrottlingException}, after the SDK's own retries.
     *
     * @param channel the channel's ARN
     * @param metadata 1 to {@value #MAX_METADATA_BYTES} bytes of UTF-8 text
     * @throws io.ivsjava.core.IvsValidationException before any call, if the metadata is empty or too large
     * @throws IvsChannelNotBroadcastingException if the channel is not live
     */
    public void putMetadata(ChannelArn channel, String metadata) {
        Objects.requireNonNull(channel, "channel");
        Check.bytes("metadata", metadata, 1, MAX_METADATA_BYTES);
        SdkErrors.call("PutMetadata", () -> client.putMetadata(b -> b.channelArn(channel.value()).metadata(metadata)));
    }

    /**
     * The SDK client underneath, for operations this class does not cover yet. Its exceptions are the SDK's own.
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
