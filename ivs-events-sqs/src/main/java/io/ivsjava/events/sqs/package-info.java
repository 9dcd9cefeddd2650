/**
 * IVS events from the SQS queue an EventBridge rule fills:
 * {@link io.ivsjava.events.sqs.SqsEventConsumer} long-polls it and deletes only what was handled.
 */
@NullMarked
package io.ivsjava.events.sqs;

import org.jspecify.annotations.NullMarked;
