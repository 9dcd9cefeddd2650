package io.ivsjava.benchmarks;

import io.ivsjava.emulator.IvsEmulator;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageResponse;

/**
 * {@code GetStage} as a user's tests call the embedded emulator: an {@link IvsRealTimeClient} built with nothing but
 * the endpoint, region and credentials, so the SDK picks its default HTTP client with its default settings; the
 * emulator started in the client's JVM; a short warm-up (3 s, as a test suite gives it) rather than
 * {@link EmulatorThroughputBenchmark}'s 20 s; one and four threads; calls per second and, in a second pass, the
 * latency of each call (p50 and p99 in the report). The baseline is the same client against a bare socket writing a
 * canned answer with the emulator's body (the client-bound limit), started in the same JVM beside the emulator.
 */
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class EmulatorAsUsersSeeItBenchmark {
    /**
     * The emulator and the bare socket, both running, and a default SDK client of one of them; set up before the
     * benchmark threads run, then only read (the SDK client is thread-safe).
     */
    @State(Scope.Benchmark)
    public static class Target {
        @Param({"emulator", "socket"})
        public String server;

        IvsEmulator emulator;
        CannedHttpServer socket;
        IvsRealTimeClient client;
        GetStageRequest request;

        @Setup
        public void setUp() throws IOException {
            emulator = IvsEmulator.start();
            Fixtures.CapturedStage stage = Fixtures.captureGetStage(emulator, "as-users-see-it");
            String arn = stage.arn();
            request = stage.request();
            if (!server.equals("emulator") && !server.equals("socket")) {
                throw new IllegalArgumentException("unknown server " + server);
            }
            socket = new CannedHttpServer(stage.contentType(), stage.body());
            URI endpoint = server.equals("emulator") ? emulator.endpoint() : socket.endpoint();
            client = defaultClient(endpoint, emulator);
            GetStageResponse answer = client.getStage(request);
            if (!answer.stage().arn().equals(arn)) {
                throw new IllegalStateException(server + " answered another stage: " + answer);
            }
        }

        @TearDown
        public void tearDown() throws IOException {
            client.close();
            socket.close();
            emulator.close();
        }
    }

    /**
     * A client as a user builds one: no HTTP client named, none of its settings changed.
     *
     * @param endpoint the server
     * @param emulator for the region and credentials
     * @return the client
     */
    static IvsRealTimeClient defaultClient(URI endpoint, IvsEmulator emulator) {
        return IvsRealTimeClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .build();
    }

    /** GetStage from one thread: calls per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public GetStageResponse getStage(Target target) {
        return target.client.getStage(target.request);
    }

    /** GetStage from four threads: calls per second, all threads together. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public GetStageResponse getStageFourThreads(Target target) {
        return target.client.getStage(target.request);
    }

    /** GetStage from one thread: the time of each call, for its percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public GetStageResponse getStageLatency(Target target) {
        return target.client.getStage(target.request);
    }

    /** GetStage from four threads: the time of each call, for its percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(4)
    public GetStageResponse getStageLatencyFourThreads(Target target) {
        return target.client.getStage(target.request);
    }
}
