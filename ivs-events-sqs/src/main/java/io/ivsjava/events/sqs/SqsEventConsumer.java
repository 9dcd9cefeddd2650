package io.ivsjava.events.sqs;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.IvsEvent;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Reads IVS events from an Amazon SQS queue that an EventBridge rule for {@code aws.ivs} delivers to, and hands each
 * to an {@link IvsEventDispatcher}: the queue alternative to an API destination posting to
 * {@link io.ivsjava.events.ApiDestinationReceiver}.
 *
 * <pre>{@code
 * try (SqsEventConsumer consumer = SqsEventConsumer.builder()
 *         .sqs(sqsClient).queueUrl(queueUrl).dispatcher(events)
 *         .start()) {
 *     ...   // events reach the dispatcher's listeners on the consumer's thread until close()
 * }
 * }</pre>
 *
 * <p>One thread long-polls the queue ({@code ReceiveMessage} with a wait time, up to ten messages a call), parses each
 * message's body (the event, as EventBridge writes it) and dispatches it. A message is deleted only after every
 * listener returned normally; the deletions of one receive go in one {@code DeleteMessageBatch}. A message whose
 * listener threw, or whose body is not an IVS event, is left on the queue: it becomes visible again after the queue's
 * visibility timeout and is received again (give the queue a redrive policy to move a message that keeps failing to a
 * dead-letter queue). Delivery is therefore at least once, and listeners must be idempotent, as they must be for
 * EventBridge anyway. A failing {@code ReceiveMessage} (the network, throttling, permissions) is logged and retried
 * after a pause that doubles from one second up to thirty.
 *
 * <p>{@link #close()} stops cleanly: no receive starts after it, a receive in flight is cancelled (messages SQS may
 * already have handed to it stay on the queue, invisible until their visibility timeout ends, then are received
 * again), the
 * messages already in hand are handled and deleted, and it returns once the thread has ended. It does not close the
 * SQS client, which stays yours.
 *
 * <p>Thread-safe: {@link #close()} may be called from any thread. Listeners run on the consumer's thread, one message
 * at a time, in the order a receive returned them (a standard queue does not keep the events' order).
 */
public final class SqsEventConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final SqsAsyncClient sqs;
    private final String queueUrl;
    private final IvsEventDispatcher dispatcher;
    private final int waitSeconds;
    private final int batchSize;
    private final Optional<Duration> visibilityTimeout;
    private final Thread thread;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Object receiving = new Object();
    private CompletableFuture<ReceiveMessageResponse> inFlight;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong leftForRedelivery = new AtomicLong();

    private SqsEventConsumer(Builder b) {
        this.sqs = b.sqs;
        this.queueUrl = b.queueUrl;
        this.dispatcher = b.dispatcher;
        this.waitSeconds = (int) b.waitTime.toSeconds();
        this.batchSize = b.batchSize;
        this.visibilityTimeout = b.visibilityTimeout;
        this.thread = new Thread(this::run, "ivs-events-sqs-" + queueName(queueUrl));
        thread.setDaemon(true);
    }

    /**
     * A builder; {@code sqs}, {@code queueUrl} and {@code dispatcher} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many messages were handled and deleted (or sent for deletion) since start.
     *
     * @return the count
     */
    public long handledCount() {
        return handled.get();
    }

    /**
     * How many received messages were left on the queue to be received again: a listener threw, the body was not an
     * IVS event, or their deletion failed.
     *
     * @return the count
     */
    public long leftForRedeliveryCount() {
        return leftForRedelivery.get();
    }

    /**
     * Whether the consumer's thread is still running: true from start until {@link #close()} returns.
     *
     * @return whether it runs
     */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /**
     * Stops: no new receive, the one in flight abandoned, the messages in hand handled and deleted; returns when the
     * consumer's thread has ended. Idempotent.
     */
    @Override
    public void close() {
        stopping.countDown();
        synchronized (receiving) {
            if (inFlight != null) {
                // Abandons the long poll at once rather than waiting out its wait time.
                inFlight.cancel(true);
            }
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@return the queue and the counts} */
    @Override
    public String toString() {
        return "SqsEventConsumer[" + queueUrl + ", handled " + handled.get() + ", left for redelivery "
                + leftForRedelivery.get() + "]";
    }

    private void start() {
        thread.start();
        LOG.info("Consuming IVS events from {}", queueUrl);
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        while (stopping.getCount() > 0) {
            List<Message> messages;
            try {
                messages = receive();
            } catch (CancellationException e) {
                break;
            } catch (SdkException e) {
                if (stopping.getCount() == 0) {
                    break;
                }
                LOG.warn("Receiving IVS events from {} failed; trying again in {} s", queueUrl, pause.toSeconds(), e);
                if (await(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                continue;
            }
            pause = FIRST_PAUSE;
            handle(messages);
        }
        LOG.info("Stopped consuming IVS events from {} ({} handled)", queueUrl, handled.get());
    }

    /** One long poll; empty if the consumer was told to stop before it began. */
    private List<Message> receive() {
        ReceiveMessageRequest.Builder request = ReceiveMessageRequest.builder().queueUrl(queueUrl)
                .waitTimeSeconds(waitSeconds).maxNumberOfMessages(batchSize)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        visibilityTimeout.ifPresent(v -> request.visibilityTimeout((int) v.toSeconds()));
        CompletableFuture<ReceiveMessageResponse> call;
        synchronized (receiving) {
            if (stopping.getCount() == 0) {
                return List.of();
            }
            call = sqs.receiveMessage(request.build());
            inFlight = call;
        }
        try {
            return join(call).messages();
        } finally {
            synchronized (receiving) {
                inFlight = null;
            }
        }
    }

    /** The result of an SDK call, its failure as the {@link SdkException} it is. */
    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SdkException) {
                throw (SdkException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void handle(List<Message> messages) {
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message message : messages) {
            if (handle(message)) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(done.size()))
                        .receiptHandle(message.receiptHandle()).build());
            } else {
                leftForRedelivery.incrementAndGet();
            }
        }
        if (done.isEmpty()) {
            return;
        }
        try {
            DeleteMessageBatchResponse deleted = join(sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done)));
            handled.addAndGet(deleted.successful().size());
            for (BatchResultErrorEntry failed : deleted.failed()) {
                leftForRedelivery.incrementAndGet();
                LOG.warn("Deleting a handled IVS event message from {} failed ({}: {}); it will be received and "
                        + "handled again", queueUrl, failed.code(), failed.message());
            }
        } catch (SdkException e) {
            leftForRedelivery.addAndGet(done.size());
            LOG.warn("Deleting {} handled IVS event messages from {} failed; they will be received and handled again",
                    done.size(), queueUrl, e);
        }
    }

    /** Parses and dispatches one message; true if it may be deleted. */
    private boolean handle(Message message) {
        IvsEvent event;
        try {
            event = IvsEvents.parse(message.body());
        } catch (IvsValidationException e) {
            LOG.warn("Message {} on {} (received {} times) is not an IVS event ({}); it is left on the queue for its "
                    + "redrive policy", message.messageId(), queueUrl, receiveCount(message), e.getMessage());
            return false;
        }
        if (dispatcher.dispatch(event)) {
            return true;
        }
        LOG.info("IVS event {} (message {}, received {} times) was not handled; it is left on the queue to be "
                + "received again", event.id(), message.messageId(), receiveCount(message));
        return false;
    }

    private static String receiveCount(Message message) {
        return message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "?");
    }

    /** Waits; true if told to stop meanwhile. */
    private boolean await(Duration pause) {
        try {
            return stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    private static String queueName(String queueUrl) {
        return queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }

    /**
     * Collects a consumer's settings and starts it. Not thread-safe; use one builder per thread.
     */
    public static final class Builder {
        private SqsAsyncClient sqs;
        private String queueUrl;
        private IvsEventDispatcher dispatcher;
        private Duration waitTime = Duration.ofSeconds(20);
        private int batchSize = 10;
        private Optional<Duration> visibilityTimeout = Optional.empty();

        private Builder() {
        }

        /**
         * The SQS client to use; the consumer never closes it. It is the asynchronous client so that
         * {@link SqsEventConsumer#close()} can abandon a long poll at once; the consumer still waits for each call.
         *
         * @param sqs the client
         * @return this builder
         */
        public Builder sqs(SqsAsyncClient sqs) {
            this.sqs = Check.notNull("sqs", sqs);
            return this;
        }

        /**
         * The queue the EventBridge rule delivers to.
         *
         * @param queueUrl such as {@code https://sqs.us-west-2.amazonaws.com/123456789012/ivs-events}
         * @return this builder
         */
        public Builder queueUrl(String queueUrl) {
            Check.notNull("queueUrl", queueUrl);
            if (!queueUrl.startsWith("https://") && !queueUrl.startsWith("http://")) {
                throw IvsValidationException.invalid("queueUrl", "\"" + queueUrl + "\" is not a queue URL such as "
                        + "https://sqs.us-west-2.amazonaws.com/123456789012/ivs-events");
            }
            this.queueUrl = queueUrl;
            return this;
        }

        /**
         * Where the events go.
         *
         * @param dispatcher the dispatcher whose listeners handle them
         * @return this builder
         */
        public Builder dispatcher(IvsEventDispatcher dispatcher) {
            this.dispatcher = Check.notNull("dispatcher", dispatcher);
            return this;
        }

        /**
         * How long one receive waits for messages (long polling); default 20 seconds, SQS's most.
         *
         * @param waitTime 1 to 20 whole seconds
         * @return this builder
         */
        public Builder waitTime(Duration waitTime) {
            this.waitTime = Duration.ofSeconds(seconds("waitTime", waitTime, 1, 20));
            return this;
        }

        /**
         * How many messages one receive may bring; default 10, SQS's most.
         *
         * @param batchSize 1..10
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > 10) {
                throw IvsValidationException.invalid("batchSize", batchSize + " is out of range; allowed 1..10");
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * How long received messages stay invisible to other consumers, instead of the queue's own setting: it should
         * exceed the time listeners take for a batch.
         *
         * @param visibilityTimeout 0 seconds to 12 hours, whole seconds
         * @return this builder
         */
        public Builder visibilityTimeout(Duration visibilityTimeout) {
            this.visibilityTimeout = Optional.of(Duration.ofSeconds(seconds("visibilityTimeout", visibilityTimeout, 0,
                    43_200)));
            return this;
        }

        /**
         * Starts consuming on a thread of the consumer's own.
         *
         * @return the running consumer; close it to stop
         * @throws IvsValidationException if {@code sqs}, {@code queueUrl} or {@code dispatcher} is missing
         */
        public SqsEventConsumer start() {
            Check.notNull("sqs", sqs);
            Check.notNull("queueUrl", queueUrl);
            Check.notNull("dispatcher", dispatcher);
            SqsEventConsumer consumer = new SqsEventConsumer(this);
            consumer.start();
            return consumer;
        }

        private static long seconds(String field, Duration value, long min, long max) {
            Check.notNull(field, value);
            if (value.toNanosPart() != 0 || value.toSeconds() < min || value.toSeconds() > max) {
                throw IvsValidationException.invalid(field, value + " is out of range; allowed " + min + " to " + max
                        + " whole seconds");
            }
            return value.toSeconds();
        }
    }
}
