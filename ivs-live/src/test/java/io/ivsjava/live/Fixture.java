package io.ivsjava.live;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An embedded emulator, clients connected to it, and {@link IvsLive} instances over those clients, each in a
 * namespace of its own so that tests sharing the emulator never see each other's resources.
 */
final class Fixture implements AutoCloseable {
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    final IvsEmulator emulator;
    final IvsConnection connection;
    final IvsRealTime realTime;
    final IvsLowLatency lowLatency;
    final IvsChat chat;

    private Fixture(IvsEmulator emulator) {
        this.emulator = emulator;
        this.connection = connection(emulator);
        this.realTime = IvsRealTime.connect(connection);
        this.lowLatency = IvsLowLatency.connect(connection);
        this.chat = IvsChat.connect(connection);
    }

    private Fixture(IvsEmulator emulator, RetryStrategy retries) {
        this.emulator = emulator;
        this.connection = connection(emulator);
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()));
        this.realTime = IvsRealTime.create(IvsRealTimeClient.builder()
                .endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                .credentialsProvider(credentials).overrideConfiguration(o -> o.retryStrategy(retries)).build());
        this.lowLatency = IvsLowLatency.create(IvsClient.builder()
                .endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                .credentialsProvider(credentials).overrideConfiguration(o -> o.retryStrategy(retries)).build());
        this.chat = IvsChat.create(IvschatClient.builder()
                .endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                .credentialsProvider(credentials).overrideConfiguration(o -> o.retryStrategy(retries)).build());
    }

    private static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    static Fixture start() {
        return new Fixture(IvsEmulator.start());
    }

    /**
     * Clients whose SDK retry strategy is the SDK's standard one with this many attempts, millisecond backoff and no
     * retry quota (so that a test's scripted faults never exhaust it), over an emulator allowing many compositions.
     */
    static Fixture withAttempts(int maxAttempts) {
        RetryStrategy retries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(10)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(10)))
                .circuitBreakerEnabled(false)
                .build();
        return new Fixture(IvsEmulator.builder().quota(Quota.COMPOSITIONS, 100).start(), retries);
    }

    static Fixture withQuota(Quota quota, int limit) {
        return new Fixture(IvsEmulator.builder().quota(quota, limit).start());
    }

    /** An IvsLive over the shared clients, in a fresh namespace. */
    IvsLive live() {
        return live(b -> b);
    }

    /** An IvsLive over the shared clients, in a fresh namespace, configured further. */
    IvsLive live(UnaryOperator<IvsLive.Builder> config) {
        return config.apply(IvsLive.builder()
                .clients(realTime, lowLatency)
                .namespace("test-" + NAMESPACES.incrementAndGet()))
                .build();
    }

    /** An IvsLive with chat on, over the shared clients, in a fresh namespace, configured further. */
    IvsLive liveWithChat(UnaryOperator<IvsLive.Builder> config) {
        return live(b -> config.apply(b.chatClient(chat).chatMessagingEndpoint(emulator.chatMessagingEndpoint())));
    }

    /** An IvsLive in the same namespace as another: a second backend process, or the first after a restart. */
    IvsLive sameNamespaceAs(IvsLive other) {
        return IvsLive.builder().clients(realTime, lowLatency).namespace(other.namespace()).build();
    }

    @Override
    public void close() {
        realTime.close();
        lowLatency.close();
        chat.close();
        realTime.sdkClient().close();     // for the clients built here; closing twice does no harm
        lowLatency.sdkClient().close();
        chat.sdkClient().close();
        emulator.close();
    }
}
