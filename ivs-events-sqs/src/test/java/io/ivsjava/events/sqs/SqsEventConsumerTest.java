package io.ivsjava.events.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.StreamStateChange;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The consumer against a real SQS-compatible server, ElasticMQ, started in this JVM: the SDK's own client speaks
 * SQS's protocol to it over HTTP, as it would to Amazon SQS.
 */
class SqsEventConsumerTest {
    private static SQSRestServer elasticMq;
    private static URI endpoint;

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final IvsEventDispatcher dispatcher = IvsEventDispatcher.create();
    private final List<StreamStateChange> handled = new CopyOnWriteArrayList<>();
    private SqsClient sqs;
    private SqsAsyncClient consumerSqs;
    private String queueUrl;

    @BeforeAll
    static void startElasticMq() {
        elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        endpoint = URI.create("http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort());
    }

    @AfterAll
    static void stopElasticMq() {
        elasticMq.stopAndWait();
    }

    @BeforeEach
    void createQueue() {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
        sqs = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                .build();
        // The consumer's own client counts the calls it makes.
        consumerSqs = SqsAsyncClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }))
                .build();
        // A short visibility timeout, so that a message left on the queue comes back within the test.
        queueUrl = sqs.createQueue(b -> b.queueName("ivs-events-" + System.nanoTime())
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1"))).queueUrl();
        dispatcher.on(StreamStateChange.class, handled::add);
    }

    @AfterEach
    void close() {
        sqs.close();
        consumerSqs.close();
    }

    private SqsEventConsumer.Builder consumer() {
        return SqsEventConsumer.builder().sqs(consumerSqs).queueUrl(queueUrl).dispatcher(dispatcher)
                .waitTime(Duration.ofSeconds(1));
    }

    private void send(String body) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
    }

    private static String event(String id, String name) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"IVS Stream State Change\","
                + "\"source\":\"aws.ivs\",\"account\":\"123456789012\",\"time\":\"2030-01-01T00:00:00Z\","
                + "\"region\":\"us-east-1\",\"resources\":[\"arn:aws:ivs:us-east-1:123456789012:channel/AbCdef1G2hij\"],"
                + "\"detail\":{\"event_name\":\"" + name + "\",\"stream_id\":\"st-1\"}}";
    }

    private int messagesOnTheQueue() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void eachEventIsDispatchedAndItsMessageDeletedInBatches() throws Exception {
        for (int i = 0; i < 25; i++) {
            send(event("e-" + i, i % 2 == 0 ? "Stream Start" : "Stream End"));
        }
        try (SqsEventConsumer consumer = consumer().start()) {
            await("25 events handled", () -> consumer.handledCount() == 25);
            assertThat(handled).extracting(StreamStateChange::id).hasSize(25)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 25).mapToObj(i -> "e-" + i)
                            .toList());
            assertThat(messagesOnTheQueue()).isZero();
            assertThat(consumer.leftForRedeliveryCount()).isZero();
        }
        assertThat(calls).doesNotContainKey("DeleteMessage");
        assertThat(calls.get("DeleteMessageBatch").get()).as("one batch per receive that brought messages")
                .isBetween(3, 25).isLessThanOrEqualTo(calls.get("ReceiveMessage").get());
    }

    @Test
    void aMessageWhoseListenerFailedStaysAndIsReceivedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        dispatcher.on(StreamStateChange.class, e -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("database down (once)");
            }
        });
        send(event("flaky", "Stream Start"));
        try (SqsEventConsumer consumer = consumer().start()) {
            await("the event handled on its second delivery", () -> consumer.handledCount() == 1);
            assertThat(attempts.get()).isEqualTo(2);
            assertThat(consumer.leftForRedeliveryCount()).isEqualTo(1);
            assertThat(handled).extracting(StreamStateChange::id).containsExactly("flaky", "flaky");
            assertThat(messagesOnTheQueue()).isZero();
        }
    }

    @Test
    void aMessageThatIsNotAnIvsEventIsLeftForTheRedrivePolicy() throws Exception {
        send("{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\"}");
        send(event("fine", "Stream Start"));
        try (SqsEventConsumer consumer = consumer().start()) {
            await("the good event handled and the bad one received twice",
                    () -> consumer.handledCount() == 1 && consumer.leftForRedeliveryCount() >= 2);
            assertThat(handled).extracting(StreamStateChange::id).containsExactly("fine");
            assertThat(messagesOnTheQueue()).isEqualTo(1);
        }
    }

    @Test
    void closeStopsCleanlyWithoutWaitingOutTheLongPoll() throws Exception {
        SqsEventConsumer consumer = consumer().waitTime(Duration.ofSeconds(20)).start();
        await("a long poll in flight", () -> calls.containsKey("ReceiveMessage"));
        assertTimeoutPreemptively(Duration.ofSeconds(15), consumer::close, "close waited out a 20-second long poll");
        assertThat(consumer.isRunning()).isFalse();
        consumer.close();

        send(event("after", "Stream Start"));
        assertThat(messagesOnTheQueue()).as("nothing consumes after close").isEqualTo(1);
        assertThat(handled).isEmpty();
    }

    @Test
    void theBuilderChecksItsSettings() {
        assertThatThrownBy(() -> SqsEventConsumer.builder().sqs(consumerSqs).dispatcher(dispatcher).start())
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("queueUrl");
        assertThatThrownBy(() -> SqsEventConsumer.builder().queueUrl("ivs-events"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("queueUrl");
        assertThatThrownBy(() -> SqsEventConsumer.builder().waitTime(Duration.ofSeconds(21)))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("waitTime").hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> SqsEventConsumer.builder().batchSize(11))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> SqsEventConsumer.builder().visibilityTimeout(Duration.ofMillis(1500)))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("visibilityTimeout");
    }
}
