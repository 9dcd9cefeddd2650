package io.ivsjava.chat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.Optional;

/**
 * Changes to make to a logging configuration with {@link IvsChat#updateLoggingConfiguration}: a new name, a new
 * destination, or both. What is not mentioned stays as it is.
 *
 * <pre>{@code
 * ivs.updateLoggingConfiguration(arn, LoggingConfigurationUpdate.destination(LoggingDestination.s3("new-bucket")));
 * ivs.updateLoggingConfiguration(arn, LoggingConfigurationUpdate.rename("archive").withDestination(firehose));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param name the new name, if it changes
 * @param destination the new destination, if it changes
 */
public record LoggingConfigurationUpdate(Optional<String> name, Optional<LoggingDestination> destination) {
    /**
     * Validates the name.
     *
     * @throws IvsValidationException naming the field at fault
     */
    public LoggingConfigurationUpdate {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        Check.notNull("destinationConfiguration", destination);
    }

    /**
     * Renames the configuration.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return the update
     */
    public static LoggingConfigurationUpdate rename(String name) {
        return new LoggingConfigurationUpdate(Optional.of(Check.notNull("name", name)), Optional.empty());
    }

    /**
     * Logs somewhere else.
     *
     * @param destination the new destination
     * @return the update
     */
    public static LoggingConfigurationUpdate destination(LoggingDestination destination) {
        return new LoggingConfigurationUpdate(Optional.empty(),
                Optional.of(Check.notNull("destinationConfiguration", destination)));
    }

    /**
     * This update, also renaming the configuration.
     *
     * @param name the new name
     * @return a new update
     */
    public LoggingConfigurationUpdate withName(String name) {
        return new LoggingConfigurationUpdate(Optional.of(Check.notNull("name", name)), destination);
    }

    /**
     * This update, also changing the destination.
     *
     * @param destination the new destination
     * @return a new update
     */
    public LoggingConfigurationUpdate withDestination(LoggingDestination destination) {
        return new LoggingConfigurationUpdate(name, Optional.of(Check.notNull("destinationConfiguration", destination)));
    }
}
