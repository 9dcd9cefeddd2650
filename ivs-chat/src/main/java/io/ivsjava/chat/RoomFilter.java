package io.ivsjava.chat;

import io.ivsjava.chat.internal.Limits;
import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * Which rooms {@link IvsChat#listRooms(RoomFilter)} lists: all of them, or those with a name, a logging
 * configuration, a message review handler, or any of these together (a room must match each one given).
 *
 * <pre>{@code
 * ivs.listRooms(RoomFilter.byName("cat-42-chat"));
 * ivs.listRooms(RoomFilter.byLoggingConfiguration(logging.arn()).withName("cat-42-chat"));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param name only rooms with exactly this name
 * @param loggingConfiguration only rooms that log with this configuration
 * @param messageReviewHandlerUri only rooms reviewed by this Lambda function
 */
public record RoomFilter(Optional<String> name, Optional<LoggingConfigurationArn> loggingConfiguration,
                         Optional<String> messageReviewHandlerUri) {
    /** Every room of the account in the region. */
    public static final RoomFilter ALL = new RoomFilter(Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks each filter against the IVS Chat limits. */
    public RoomFilter {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        Check.notNull("loggingConfigurationIdentifier", loggingConfiguration);
        Check.notNull("messageReviewHandlerUri", messageReviewHandlerUri)
                .ifPresent(uri -> Limits.lambdaArn("messageReviewHandlerUri", uri));
    }

    /**
     * Rooms with exactly this name.
     *
     * @param name a room name
     * @return the filter
     */
    public static RoomFilter byName(String name) {
        return ALL.withName(name);
    }

    /**
     * Rooms that log with this configuration.
     *
     * @param arn the logging configuration
     * @return the filter
     */
    public static RoomFilter byLoggingConfiguration(LoggingConfigurationArn arn) {
        return ALL.withLoggingConfiguration(arn);
    }

    /**
     * Rooms reviewed by this Lambda function.
     *
     * @param functionArn the function's ARN, as in {@link MessageReviewHandler#uri()}
     * @return the filter
     */
    public static RoomFilter byMessageReviewHandler(String functionArn) {
        return ALL.withMessageReviewHandler(functionArn);
    }

    /**
     * This filter, also requiring a name.
     *
     * @param name a room name
     * @return a new filter
     */
    public RoomFilter withName(String name) {
        return new RoomFilter(Optional.of(Check.notNull("name", name)), loggingConfiguration,
                messageReviewHandlerUri);
    }

    /**
     * This filter, also requiring a logging configuration.
     *
     * @param arn the logging configuration
     * @return a new filter
     */
    public RoomFilter withLoggingConfiguration(LoggingConfigurationArn arn) {
        return new RoomFilter(name, Optional.of(Check.notNull("loggingConfigurationIdentifier", arn)),
                messageReviewHandlerUri);
    }

    /**
     * This filter, also requiring a message review handler.
     *
     * @param functionArn the function's ARN
     * @return a new filter
     */
    public RoomFilter withMessageReviewHandler(String functionArn) {
        return new RoomFilter(name, loggingConfiguration,
                Optional.of(Check.notNull("messageReviewHandlerUri", functionArn)));
    }
}
