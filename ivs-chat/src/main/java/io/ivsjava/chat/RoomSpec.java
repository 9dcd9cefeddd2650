package io.ivsjava.chat;

import io.ivsjava.chat.internal.Limits;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to create a room with: a name, its message limits, a message review handler, where its messages are logged,
 * and tags. Every setting has IVS's default: an unnamed room, {@value #DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND}
 * messages per second, {@value #DEFAULT_MAXIMUM_MESSAGE_LENGTH} characters per message, no review, no logging.
 *
 * <pre>{@code
 * RoomSpec spec = RoomSpec.builder()
 *         .name("cat-42-chat")
 *         .maximumMessageLength(200)
 *         .maximumMessageRatePerSecond(20)
 *         .messageReviewHandler(MessageReviewHandler.lambda(moderationFunctionArn))
 *         .loggingConfiguration(logging.arn())
 *         .tag("owner", "user-42")
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked by {@link Builder#build()}, before any call
 * to IVS.
 *
 * @param name the room name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param maximumMessageRatePerSecond the most messages all clients together may send per second:
 *     {@value #MIN_MESSAGE_RATE_PER_SECOND} to {@value #MAX_MESSAGE_RATE_PER_SECOND}
 * @param maximumMessageLength the most characters (code points, not bytes) in one message:
 *     {@value #MIN_MESSAGE_LENGTH} to {@value #MAX_MESSAGE_LENGTH}
 * @param messageReviewHandler the function that reviews each message; empty for none
 * @param loggingConfigurations where the room's messages are logged: at most
 *     {@value #MAX_LOGGING_CONFIGURATIONS}, no repeats
 * @param tags AWS tags, at most 50
 */
public record RoomSpec(String name, int maximumMessageRatePerSecond, int maximumMessageLength,
                       Optional<MessageReviewHandler> messageReviewHandler,
                       List<LoggingConfigurationArn> loggingConfigurations, Map<String, String> tags) {
    /** The fewest messages per second a room may allow. */
    public static final int MIN_MESSAGE_RATE_PER_SECOND = 1;
    /** The most messages per second a room may allow. */
    public static final int MAX_MESSAGE_RATE_PER_SECOND = 100;
    /** The messages per second IVS allows when none is asked for. */
    public static final int DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND = 10;
    /** The shortest longest message a room may set, in characters. */
    public static final int MIN_MESSAGE_LENGTH = 1;
    /** The longest message any room allows, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 500;
    /** The longest message IVS allows when none is asked for, in characters. */
    public static final int DEFAULT_MAXIMUM_MESSAGE_LENGTH = 500;
    /** The most logging configurations a room takes. */
    public static final int MAX_LOGGING_CONFIGURATIONS = Limits.MAX_LOGGING_CONFIGURATIONS;

    /** Validates every field against the IVS Chat limits. */
    public RoomSpec {
        Check.name("name", name);
        maximumMessageRatePerSecond(maximumMessageRatePerSecond);
        maximumMessageLength(maximumMessageLength);
        messageReviewHandler("messageReviewHandler", messageReviewHandler);
        loggingConfigurations = loggingConfigurations("loggingConfigurationIdentifiers", loggingConfigurations);
        tags = Map.copyOf(Check.tags("tags", tags));
    }

    static int maximumMessageRatePerSecond(int rate) {
        return Check.range("maximumMessageRatePerSecond", rate, MIN_MESSAGE_RATE_PER_SECOND,
                MAX_MESSAGE_RATE_PER_SECOND);
    }

    static int maximumMessageLength(int length) {
        return Check.range("maximumMessageLength", length, MIN_MESSAGE_LENGTH, MAX_MESSAGE_LENGTH);
    }

    static void messageReviewHandler(String field, Optional<MessageReviewHandler> handler) {
        Check.notNull(field, handler).ifPresent(h -> Check.known(field + ".fallbackResult", h.fallbackResult()));
    }

    static List<LoggingConfigurationArn> loggingConfigurations(String field, List<LoggingConfigurationArn> arns) {
        Check.size(field, arns, 0, MAX_LOGGING_CONFIGURATIONS, "logging configurations");
        if (arns.stream().distinct().count() != arns.size()) {
            throw IvsValidationException.invalid(field, "names a logging configuration more than once");
        }
        return List.copyOf(arns);
    }

    /**
     * A builder starting from IVS's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link RoomSpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private int maximumMessageRatePerSecond = DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND;
        private int maximumMessageLength = DEFAULT_MAXIMUM_MESSAGE_LENGTH;
        private MessageReviewHandler messageReviewHandler;
        private final List<LoggingConfigurationArn> loggingConfigurations = new ArrayList<>();
        private final Map<String, String> tags = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The room name.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The most messages all clients together may send per second.
         *
         * @param rate 1 to 100; 10 if not set
         * @return this builder
         */
        public Builder maximumMessageRatePerSecond(int rate) {
            this.maximumMessageRatePerSecond = rate;
            return this;
        }

        /**
         * The most characters (code points) in one message.
         *
         * @param length 1 to 500; 500 if not set
         * @return this builder
         */
        public Builder maximumMessageLength(int length) {
            this.maximumMessageLength = length;
            return this;
        }

        /**
         * Reviews each message with a Lambda function before delivery.
         *
         * @param handler the function and its fallback
         * @return this builder
         */
        public Builder messageReviewHandler(MessageReviewHandler handler) {
            this.messageReviewHandler = Check.notNull("messageReviewHandler", handler);
            return this;
        }

        /**
         * Logs the room's messages with this configuration too.
         *
         * @param arn a logging configuration; at most 3 per room
         * @return this builder
         */
        public Builder loggingConfiguration(LoggingConfigurationArn arn) {
            loggingConfigurations.add(Check.notNull("loggingConfigurationIdentifiers", arn));
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key 1 to 128 characters
         * @param value 0 to 256 characters
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags keys and values
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags.putAll(Check.notNull("tags", tags));
            return this;
        }

        /**
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public RoomSpec build() {
            return new RoomSpec(name, maximumMessageRatePerSecond, maximumMessageLength,
                    Optional.ofNullable(messageReviewHandler), loggingConfigurations, tags);
        }
    }
}
