package io.ivsjava.chat;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room as {@link IvsChat#listRooms()} lists it: without its message limits; use {@link IvsChat#getRoom(RoomArn)}
 * for the whole room.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the room's ARN
 * @param name the room's name; may be empty
 * @param messageReviewHandler the function that reviews each message, if any
 * @param loggingConfigurations where the room's messages are logged
 * @param tags the room's AWS tags
 * @param createTime when the room was created
 * @param updateTime when the room was last changed
 * @param unknownValues values IVS sent that this version of the library does not know, by field path
 */
public record RoomSummary(RoomArn arn, String name, Optional<MessageReviewHandler> messageReviewHandler,
                          List<LoggingConfigurationArn> loggingConfigurations, Map<String, String> tags,
                          Optional<Instant> createTime, Optional<Instant> updateTime,
                          Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the collections. */
    public RoomSummary {
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
