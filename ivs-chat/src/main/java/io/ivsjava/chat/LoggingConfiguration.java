package io.ivsjava.chat;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A logging configuration: where the rooms that name it send their messages and events. IVS Chat emits no
 * EventBridge events; these destinations are where a room's traffic can be kept and analysed.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn its ARN
 * @param name its name; may be empty, need not be unique
 * @param destination where it logs; empty only if IVS reported a kind of destination this version does not know
 *     (its name is then in {@code unknownValues})
 * @param state where its creation, update or deletion stands
 * @param tags its AWS tags
 * @param createTime when it was created
 * @param updateTime when it was last changed
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code state}); those fields read {@code UNKNOWN} or empty. Usually empty.
 */
public record LoggingConfiguration(LoggingConfigurationArn arn, String name, Optional<LoggingDestination> destination,
                                   State state, Map<String, String> tags, Optional<Instant> createTime,
                                   Optional<Instant> updateTime, Map<String, String> unknownValues) {
    /** Checks that no component is null and freezes the maps. */
    public LoggingConfiguration {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("destination", destination);
        Check.notNull("state", state);
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("createTime", createTime);
        Check.notNull("updateTime", updateTime);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }

    /** Where a logging configuration's last change stands. Immutable; safe to share between threads. */
    public enum State {
        /** Being created. */
        CREATING,
        /** Creation failed. */
        CREATE_FAILED,
        /** Being deleted. */
        DELETING,
        /** Deletion failed. */
        DELETE_FAILED,
        /** Being updated. */
        UPDATING,
        /** The update failed. */
        UPDATE_FAILED,
        /** In use: rooms that name it log to its destination. */
        ACTIVE,
        /** A state IVS reported that this version of the library does not know. */
        UNKNOWN
    }
}
