package io.ivsjava.chat;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chat room: where clients connect with their chat tokens to send and receive messages and events.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the room's ARN
 * @param name the room's name; may be empty, need not be unique
 * @param maximumMessageRatePerSecond the most messages all clients together may send per second
 * @param maximumMessageLength the most characters (code points) in one message
 * @param messageReviewHandler the function that reviews each message, if any
 * @param loggingConfigurations where the room's messages are logged; at most 3
 * @param tags the room's AWS tags
 * @param createTime when the room was created, as IVS reports it
 * @param updateTime when the room was last changed, as IVS reports it
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code messageReviewHandler.fallbackResult}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record Room(RoomArn arn, String name, int maximumMessageRatePerSecond, int maximumMessageLength,
                   Optional<MessageReviewHandler> messageReviewHandler,
                   List<LoggingConfigurationArn> loggingConfigurations, Map<String, String> tags,
                   Optional<Instant> createTime, Optional<Instant> updateTime, Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the collections. */
    public Room {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("messageReviewHandler", messageReviewHandler);
        loggingConfigurations = List.copyOf(Check.notNull("loggingConfigurations", loggingConfigurations));
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("createTime", createTime);
        Check.notNull("updateTime", updateTime);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }
}
