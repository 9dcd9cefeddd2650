/** IVS events from an SQS queue that an EventBridge rule fills: a long-polling consumer. */
module io.ivsjava.events.sqs {
    exports io.ivsjava.events.sqs;

    requires transitive io.ivsjava.events;
    requires transitive software.amazon.awssdk.services.sqs;
    requires software.amazon.awssdk.core;
    requires org.slf4j;
    requires static org.jspecify;
}
