package io.ivsjava.benchmarks;

import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ListChannelsRequest;
import software.amazon.awssdk.services.ivs.model.ListChannelsResponse;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesRequest;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesResponse;

/**
 * One page (100) of {@code ListStages} and of {@code ListChannels} from the emulator holding 1,000 and 100,000 of
 * them, through the Java SDK. The ratio of the two sizes shows whether a page costs the page or the whole list.
 * The resources are created once per fork, from four threads, through the public API.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 1)
public class ListPageBenchmark {
    /**
     * An emulator holding {@code stages} stages, shared by every benchmark thread: set up before they run, then
     * only read (the SDK client is thread-safe).
     */
    @State(Scope.Benchmark)
    public static class Stages {
        @Param({"1000", "100000"})
        public int stages;

        IvsEmulator emulator;
        IvsRealTimeClient client;
        ListStagesRequest firstPage = ListStagesRequest.builder().maxResults(100).build();

        @Setup
        public void setUp() throws Exception {
            emulator = IvsEmulator.builder().quota(Quota.STAGES, stages).start();
            client = Fixtures.realTimeClient(emulator.endpoint(), emulator, 8);
            createInParallel(stages, i -> client.createStage(b -> b.name("stage-" + i)));
            ListStagesResponse page = client.listStages(firstPage);
            if (page.stages().size() != 100 || page.nextToken() == null) {
                throw new IllegalStateException("expected a full first page of " + stages + " stages: " + page);
            }
        }

        @TearDown
        public void tearDown() {
            client.close();
            emulator.close();
        }
    }

    /**
     * An emulator holding {@code channels} channels, shared by every benchmark thread: set up before they run,
     * then only read (the SDK client is thread-safe).
     */
    @State(Scope.Benchmark)
    public static class Channels {
        @Param({"1000", "100000"})
        public int channels;

        IvsEmulator emulator;
        IvsClient client;
        ListChannelsRequest firstPage = ListChannelsRequest.builder().maxResults(100).build();

        @Setup
        public void setUp() throws Exception {
            emulator = IvsEmulator.builder().quota(Quota.CHANNELS, channels).start();
            client = Fixtures.lowLatencyClient(emulator, 8);
            createInParallel(channels, i -> client.createChannel(b -> b.name("channel-" + i)));
            ListChannelsResponse page = client.listChannels(firstPage);
            if (page.channels().size() != 100 || page.nextToken() == null) {
                throw new IllegalStateException("expected a full first page of " + channels + " channels: " + page);
            }
        }

        @TearDown
        public void tearDown() {
            client.close();
            emulator.close();
        }
    }

    /** The first page of ListStages. */
    @Benchmark
    public ListStagesResponse listStagesPage(Stages s) {
        return s.client.listStages(s.firstPage);
    }

    /** The first page of ListChannels. */
    @Benchmark
    public ListChannelsResponse listChannelsPage(Channels c) {
        return c.client.listChannels(c.firstPage);
    }

    static void createInParallel(int count, IntConsumer create) throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        create.accept(i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
