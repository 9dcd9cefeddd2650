package io.ivsjava.chat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;

/**
 * The ARN of a chat logging configuration: {@code arn:aws:ivschat:<region>:<account>:logging-configuration/<id>}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the ARN's parts; its type is {@link ChatArn.Type#LOGGING_CONFIGURATION}
 */
public record LoggingConfigurationArn(ChatArn arn) implements ChatResourceArn {
    /** Checks that the ARN names a logging configuration. */
    public LoggingConfigurationArn {
        Check.notNull("loggingConfigurationArn", arn)
                .requireType("loggingConfigurationArn", ChatArn.Type.LOGGING_CONFIGURATION);
    }

    /**
     * Parses a logging configuration ARN.
     *
     * @param arn the ARN text
     * @return the typed ARN
     * @throws IvsValidationException naming {@code loggingConfigurationArn} if the text is not a logging
     *     configuration ARN
     */
    public static LoggingConfigurationArn parse(String arn) {
        return new LoggingConfigurationArn(ChatArn.parse("loggingConfigurationArn", arn,
                ChatArn.Type.LOGGING_CONFIGURATION));
    }

    /** {@return the ARN text} */
    @Override
    public String toString() {
        return arn.toString();
    }
}
