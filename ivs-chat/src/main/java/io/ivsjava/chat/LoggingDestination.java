package io.ivsjava.chat;

import io.ivsjava.chat.internal.Limits;

/**
 * Where a logging configuration sends a room's messages and events: an S3 bucket, a CloudWatch Logs log group, or
 * a Kinesis Data Firehose delivery stream. One destination per configuration; a room takes up to three
 * configurations. The destination must exist, in the room's region, and allow IVS Chat to write.
 *
 * <pre>{@code
 * LoggingDestination.s3("cat-chat-logs")
 * LoggingDestination.cloudWatchLogs("/ivs/chat/cat-42")
 * LoggingDestination.firehose("chat-to-lake")
 * }</pre>
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface LoggingDestination {
    /**
     * An S3 bucket.
     *
     * @param bucketName 3 to 63 lowercase letters, digits, {@code .} and {@code -}
     * @return the destination
     */
    static LoggingDestination s3(String bucketName) {
        return new S3(bucketName);
    }

    /**
     * A CloudWatch Logs log group.
     *
     * @param logGroupName 1 to 512 letters, digits, {@code .}, {@code -}, {@code _}, {@code /} and {@code #}
     * @return the destination
     */
    static LoggingDestination cloudWatchLogs(String logGroupName) {
        return new CloudWatchLogs(logGroupName);
    }

    /**
     * A Kinesis Data Firehose delivery stream.
     *
     * @param deliveryStreamName 1 to 64 letters, digits, {@code _}, {@code .} and {@code -}
     * @return the destination
     */
    static LoggingDestination firehose(String deliveryStreamName) {
        return new Firehose(deliveryStreamName);
    }

    /**
     * An S3 bucket. Immutable; safe to share between threads.
     *
     * @param bucketName the bucket
     */
    record S3(String bucketName) implements LoggingDestination {
        /** Checks the bucket name. */
        public S3 {
            Limits.bucketName("destinationConfiguration.s3.bucketName", bucketName);
        }
    }

    /**
     * A CloudWatch Logs log group. Immutable; safe to share between threads.
     *
     * @param logGroupName the log group
     */
    record CloudWatchLogs(String logGroupName) implements LoggingDestination {
        /** Checks the log group name. */
        public CloudWatchLogs {
            Limits.logGroupName("destinationConfiguration.cloudWatchLogs.logGroupName", logGroupName);
        }
    }

    /**
     * A Kinesis Data Firehose delivery stream. Immutable; safe to share between threads.
     *
     * @param deliveryStreamName the delivery stream
     */
    record Firehose(String deliveryStreamName) implements LoggingDestination {
        /** Checks the delivery stream name. */
        public Firehose {
            Limits.deliveryStreamName("destinationConfiguration.firehose.deliveryStreamName", deliveryStreamName);
        }
    }
}
