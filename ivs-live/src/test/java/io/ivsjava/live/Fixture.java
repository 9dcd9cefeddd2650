package io.ivsjava.live;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
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
        this.connection = IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
        this.realTime = IvsRealTime.connect(connection);
        this.lowLatency = IvsLowLatency.connect(connection);
        this.chat = IvsChat.connect(connection);
    }

    static Fixture start() {
        return new Fixture(IvsEmulator.start());
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
        emulator.close();
    }
}
