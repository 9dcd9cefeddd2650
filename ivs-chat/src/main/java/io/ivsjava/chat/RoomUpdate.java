package io.ivsjava.chat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Changes to make to a room with {@link IvsChat#updateRoom}: what is not mentioned stays as it is. Connected
 * clients stay connected.
 *
 * <pre>{@code
 * ivs.updateRoom(arn, RoomUpdate.builder().name("cat-42-encore").maximumMessageLength(140).build());
 * ivs.updateRoom(arn, RoomUpdate.builder().removeMessageReviewHandler().loggingConfigurations(List.of()).build());
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Checked against the IVS Chat limits when built.
 *
 * @param name the new name, if it changes
 * @param maximumMessageRatePerSecond the new rate limit, if it changes: 1 to 100
 * @param maximumMessageLength the new message length limit, if it changes: 1 to 500
 * @param messageReviewHandler the new message review handler, if it changes
 * @param removeMessageReviewHandler whether to stop reviewing messages
 * @param loggingConfigurations the logging configurations that replace the room's, if they change (an empty list
 *     stops logging); at most 3
 */
public record RoomUpdate(Optional<String> name, OptionalInt maximumMessageRatePerSecond,
                         OptionalInt maximumMessageLength, Optional<MessageReviewHandler> messageReviewHandler,
                         boolean removeMessageReviewHandler,
                         Optional<List<LoggingConfigurationArn>> loggingConfigurations) {
    /**
     * Validates every field against the IVS Chat limits.
     *
     * @throws IvsValidationException naming the field at fault
     */
    public RoomUpdate {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        Check.notNull("maximumMessageRatePerSecond", maximumMessageRatePerSecond)
                .ifPresent(RoomSpec::maximumMessageRatePerSecond);
        Check.notNull("maximumMessageLength", maximumMessageLength).ifPresent(RoomSpec::maximumMessageLength);
        RoomSpec.messageReviewHandler("messageReviewHandler", messageReviewHandler);
        if (messageReviewHandler.isPresent() && removeMessageReviewHandler) {
            throw IvsValidationException.invalid("messageReviewHandler",
                    "is given together with removing the message review handler; choose one");
        }
        loggingConfigurations = Check.notNull("loggingConfigurationIdentifiers", loggingConfigurations)
                .map(l -> RoomSpec.loggingConfigurations("loggingConfigurationIdentifiers", l));
    }

    /**
     * Renames the room.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return the update
     */
    public static RoomUpdate rename(String name) {
        return builder().name(name).build();
    }

    /**
     * A builder that changes nothing yet.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link RoomUpdate}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Integer maximumMessageRatePerSecond;
        private Integer maximumMessageLength;
        private MessageReviewHandler messageReviewHandler;
        private boolean removeMessageReviewHandler;
        private List<LoggingConfigurationArn> loggingConfigurations;

        private Builder() {
        }

        /**
         * A new name.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Check.notNull("name", name);
            return this;
        }

        /**
         * A new limit on the messages all clients together may send per second.
         *
         * @param rate 1 to 100
         * @return this builder
         */
        public Builder maximumMessageRatePerSecond(int rate) {
            this.maximumMessageRatePerSecond = rate;
            return this;
        }

        /**
         * A new limit on the characters in one message.
         *
         * @param length 1 to 500
         * @return this builder
         */
        public Builder maximumMessageLength(int length) {
            this.maximumMessageLength = length;
            return this;
        }

        /**
         * Reviews each message with this handler from now on.
         *
         * @param handler the function and its fallback
         * @return this builder
         */
        public Builder messageReviewHandler(MessageReviewHandler handler) {
            this.messageReviewHandler = Check.notNull("messageReviewHandler", handler);
            return this;
        }

        /**
         * Stops reviewing messages.
         *
         * @return this builder
         */
        public Builder removeMessageReviewHandler() {
            this.removeMessageReviewHandler = true;
            return this;
        }

        /**
         * Replaces the room's logging configurations; an empty list stops logging.
         *
         * @param arns at most 3
         * @return this builder
         */
        public Builder loggingConfigurations(List<LoggingConfigurationArn> arns) {
            this.loggingConfigurations = Check.notNull("loggingConfigurationIdentifiers", arns);
            return this;
        }

        /**
         * Checks every limit and builds the update.
         *
         * @return the update
         * @throws IvsValidationException naming the first field out of bounds
         */
        public RoomUpdate build() {
            return new RoomUpdate(Optional.ofNullable(name),
                    maximumMessageRatePerSecond == null ? OptionalInt.empty()
                            : OptionalInt.of(maximumMessageRatePerSecond),
                    maximumMessageLength == null ? OptionalInt.empty() : OptionalInt.of(maximumMessageLength),
                    Optional.ofNullable(messageReviewHandler), removeMessageReviewHandler,
                    Optional.ofNullable(loggingConfigurations));
        }
    }
}
