package io.ivsjava.live.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.ExactlyOnce;
import io.ivsjava.core.internal.SdkErrors;
import io.ivsjava.lowlatency.ChannelFilter;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSpec;
import io.ivsjava.realtime.StageSummary;
import io.ivsjava.realtime.Video;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.CreateChannelRequest;
import software.amazon.awssdk.services.ivs.model.CreateStreamKeyRequest;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.CreateEncoderConfigurationRequest;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageRequest;

/**
 * The creates ivs-live makes, each exactly once under retries ({@link ExactlyOnce}): every attempt carries the
 * tag {@link Tags#IDEMPOTENCY_TOKEN} with a token fresh for each logical create, is sent once (the SDK's own retries
 * off for that request), and is retried by the SDK client's retry strategy after a lookup by that token. The
 * creates answer ARNs; the caller reads the resource through the wrappers. Compositions need no tag to be safe:
 * {@code StartComposition} takes an idempotency token, and only their lookup is here.
 *
 * <p>Not public API. Thread-safe.
 */
public final class ExactlyOnceCreates {
    private final IvsRealTime realTime;
    private final IvsLowLatency lowLatency;
    private final RetryStrategy realTimeRetries;
    private final RetryStrategy lowLatencyRetries;
    private final AwsRequestOverrideConfiguration singleAttempt =
            AwsRequestOverrideConfiguration.builder().addPlugin(ExactlyOnce.SINGLE_ATTEMPT).build();

    /**
     * Creates over the wrappers' SDK clients, with their retry strategies.
     *
     * @param realTime the real-time wrapper
     * @param lowLatency the low-latency wrapper
     */
    public ExactlyOnceCreates(IvsRealTime realTime, IvsLowLatency lowLatency) {
        this.realTime = realTime;
        this.lowLatency = lowLatency;
        this.realTimeRetries = ExactlyOnce.retryStrategy(realTime.sdkClient());
        this.lowLatencyRetries = ExactlyOnce.retryStrategy(lowLatency.sdkClient());
    }

    /** {@return a fresh idempotency token: one per logical create, the same for its retries} */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Creates a stage.
     *
     * @param name its name
     * @param tags its tags; the token's tag is added
     * @param token the idempotency token
     * @return the stage's ARN, created now or by an attempt whose answer was lost
     */
    public StageArn stage(String name, Map<String, String> tags, String token) {
        StageSpec spec = StageSpec.builder().name(name).tags(withToken(tags, token)).build();
        IvsRealTimeClient sdk = realTime.sdkClient();
        return ExactlyOnce.create("CreateStage", realTimeRetries,
                () -> StageArn.parse(SdkErrors.call("CreateStage", () -> sdk.createStage(CreateStageRequest.builder()
                        .name(spec.name()).tags(spec.tags()).overrideConfiguration(singleAttempt).build()))
                        .stage().arn()),
                () -> findStage(token));
    }

    /**
     * The stage a create with this token made, if any; the lowest ARN should there be several.
     *
     * @param token the idempotency token
     * @return the stage
     */
    public Optional<StageArn> findStage(String token) {
        return first(realTime.listStages().filter(s -> carries(s.tags(), token)).map(StageSummary::arn),
                StageArn::value);
    }

    /**
     * Creates a channel, with the stream key IVS makes with it.
     *
     * @param spec the channel; the token's tag is added to its tags
     * @param token the idempotency token
     * @return the channel's ARN
     */
    public ChannelArn channel(ChannelSpec spec, String token) {
        IvsClient sdk = lowLatency.sdkClient();
        CreateChannelRequest request = CreateChannelRequest.builder()
                .name(spec.name())
                .type(spec.type().name())
                .latencyMode(spec.latencyMode().name())
                .authorized(spec.authorized())
                .insecureIngest(spec.insecureIngest())
                .containerFormat(spec.effectiveContainerFormat().name())
                .tags(withToken(spec.tags(), token))
                .overrideConfiguration(singleAttempt)
                .build();
        return ExactlyOnce.create("CreateChannel", lowLatencyRetries,
                () -> ChannelArn.parse(SdkErrors.call("CreateChannel", () -> sdk.createChannel(request))
                        .channel().arn()),
                () -> findChannel(spec.name(), token));
    }

    /**
     * The channel a create with this token made, if any.
     *
     * @param name the channel's name, which narrows the list
     * @param token the idempotency token
     * @return the channel
     */
    public Optional<ChannelArn> findChannel(String name, String token) {
        return first(lowLatency.listChannels(ChannelFilter.byName(name)).filter(c -> carries(c.tags(), token))
                .map(ChannelSummary::arn), ChannelArn::value);
    }

    /**
     * Creates a stream key for a channel.
     *
     * @param channel the channel
     * @param tags the key's tags; the token's tag is added
     * @param token the idempotency token
     * @return the key's ARN
     */
    public StreamKeyArn streamKey(ChannelArn channel, Map<String, String> tags, String token) {
        IvsClient sdk = lowLatency.sdkClient();
        CreateStreamKeyRequest request = CreateStreamKeyRequest.builder().channelArn(channel.value())
                .tags(withToken(tags, token)).overrideConfiguration(singleAttempt).build();
        return ExactlyOnce.create("CreateStreamKey", lowLatencyRetries,
                () -> StreamKeyArn.parse(SdkErrors.call("CreateStreamKey", () -> sdk.createStreamKey(request))
                        .streamKey().arn()),
                () -> findStreamKey(channel, token));
    }

    /**
     * The stream key a create with this token made, if any.
     *
     * @param channel the channel
     * @param token the idempotency token
     * @return the key
     */
    public Optional<StreamKeyArn> findStreamKey(ChannelArn channel, String token) {
        try {
            return first(lowLatency.listStreamKeys(channel).filter(k -> carries(k.tags(), token))
                    .map(StreamKeySummary::arn), StreamKeyArn::value);
        } catch (IvsNotFoundException channelGone) {
            return Optional.empty();
        }
    }

    /**
     * Creates an encoder configuration.
     *
     * @param name its name
     * @param video its video
     * @param tags its tags; the token's tag is added
     * @param token the idempotency token
     * @return the configuration's ARN
     */
    public EncoderConfigurationArn encoderConfiguration(String name, Video video, Map<String, String> tags,
                                                        String token) {
        IvsRealTimeClient sdk = realTime.sdkClient();
        CreateEncoderConfigurationRequest request = CreateEncoderConfigurationRequest.builder()
                .name(name)
                .video(v -> v.width(video.width()).height(video.height()).framerate((float) video.framerate())
                        .bitrate(video.bitrate()))
                .tags(withToken(tags, token))
                .overrideConfiguration(singleAttempt)
                .build();
        return ExactlyOnce.create("CreateEncoderConfiguration", realTimeRetries,
                () -> EncoderConfigurationArn.parse(SdkErrors.call("CreateEncoderConfiguration",
                        () -> sdk.createEncoderConfiguration(request)).encoderConfiguration().arn()),
                () -> first(realTime.listEncoderConfigurations().filter(e -> carries(e.tags(), token))
                        .map(EncoderConfigurationSummary::arn), EncoderConfigurationArn::value));
    }

    /**
     * The composition of a stage that a start with this token made, if any: its tags carry the token, as its
     * {@code idempotencyToken} does.
     *
     * @param stage the stage
     * @param token the idempotency token
     * @param which which of them count (running ones, say)
     * @return the composition
     */
    public Optional<CompositionArn> findComposition(StageArn stage, String token, Predicate<CompositionSummary> which) {
        try {
            return first(realTime.listCompositions(stage).filter(c -> carries(c.tags(), token)).filter(which)
                    .map(CompositionSummary::arn), CompositionArn::value);
        } catch (IvsNotFoundException stageGone) {
            return Optional.empty();
        }
    }

    /**
     * Tags with the idempotency token added.
     *
     * @param tags the tags
     * @param token the token
     * @return a new map
     */
    public static Map<String, String> withToken(Map<String, String> tags, String token) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put(Tags.IDEMPOTENCY_TOKEN, token);
        return all;
    }

    private static boolean carries(Map<String, String> tags, String token) {
        return token.equals(tags.get(Tags.IDEMPOTENCY_TOKEN));
    }

    private static <A> Optional<A> first(Stream<A> arns, java.util.function.Function<A, String> value) {
        return arns.min(Comparator.comparing(value));
    }
}
