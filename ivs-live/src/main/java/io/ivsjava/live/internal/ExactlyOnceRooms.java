package io.ivsjava.live.internal;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.LoggingConfigurationArn;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomFilter;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.chat.RoomSummary;
import io.ivsjava.core.internal.ExactlyOnce;
import io.ivsjava.core.internal.SdkErrors;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;

/**
 * The chat rooms ivs-live creates, each exactly once under retries, as {@link ExactlyOnceCreates} creates stages and
 * channels: {@code CreateRoom} is not idempotent at IVS, so every attempt carries the tag
 * {@link Tags#IDEMPOTENCY_TOKEN} with a token fresh for each room, is sent once, and is retried by the chat client's
 * own retry strategy after a lookup by that token.
 *
 * <p>Not public API. Thread-safe.
 */
public final class ExactlyOnceRooms {
    private final IvsChat chat;
    private final RetryStrategy retries;
    private final AwsRequestOverrideConfiguration singleAttempt =
            AwsRequestOverrideConfiguration.builder().addPlugin(ExactlyOnce.SINGLE_ATTEMPT).build();

    /**
     * Creates over the chat wrapper's SDK client, with its retry strategy.
     *
     * @param chat the chat wrapper
     */
    public ExactlyOnceRooms(IvsChat chat) {
        this.chat = chat;
        this.retries = ExactlyOnce.retryStrategy(chat.sdkClient());
    }

    /**
     * Creates a room.
     *
     * @param spec the room, checked already; its tags must carry the token ({@link ExactlyOnceCreates#withToken})
     * @param token the idempotency token
     * @return the room's ARN, created now or by an attempt whose answer was lost
     */
    public RoomArn room(RoomSpec spec, String token) {
        if (!token.equals(spec.tags().get(Tags.IDEMPOTENCY_TOKEN))) {
            throw new IllegalArgumentException("the room's tags do not carry the idempotency token");
        }
        IvschatClient sdk = chat.sdkClient();
        CreateRoomRequest request = CreateRoomRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .maximumMessageRatePerSecond(spec.maximumMessageRatePerSecond())
                .maximumMessageLength(spec.maximumMessageLength())
                .messageReviewHandler(spec.messageReviewHandler().map(h -> MessageReviewHandler.builder()
                        .uri(h.uri()).fallbackResult(h.fallbackResult().name()).build()).orElse(null))
                .loggingConfigurationIdentifiers(spec.loggingConfigurations().isEmpty() ? null
                        : spec.loggingConfigurations().stream().map(LoggingConfigurationArn::value)
                                .collect(Collectors.toList()))
                .tags(spec.tags())
                .overrideConfiguration(singleAttempt)
                .build();
        return ExactlyOnce.create("CreateRoom", retries,
                () -> RoomArn.parse(SdkErrors.call("CreateRoom", () -> sdk.createRoom(request)).arn()),
                () -> findRoom(spec.name(), token));
    }

    /**
     * The room a create with this token made, if any; the lowest ARN should there be several.
     *
     * @param name the room's name, which narrows the list
     * @param token the idempotency token
     * @return the room
     */
    public Optional<RoomArn> findRoom(String name, String token) {
        return chat.listRooms(name.isEmpty() ? RoomFilter.ALL : RoomFilter.byName(name))
                .filter(r -> token.equals(r.tags().get(Tags.IDEMPOTENCY_TOKEN)))
                .map(RoomSummary::arn)
                .min(Comparator.comparing(RoomArn::value));
    }
}
