package io.ivsjava.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageResponse;

/**
 * The emulator's request throughput as the Java SDK sees it: {@code GetStage} through {@link IvsRealTimeClient}
 * (Apache HTTP client), from one and from four threads, against three servers answering the same body: the
 * emulator; a WireMock stub (the usual test double); and a bare socket that writes a canned HTTP answer, which is
 * the most the client itself can do (the client-bound limit).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
public class EmulatorThroughputBenchmark {
    /**
     * One server, its client and a stage's ARN, shared by every benchmark thread: set up before they run, then only
     * read (the SDK client is thread-safe).
     */
    @State(Scope.Benchmark)
    public static class Target {
        @Param({"emulator", "wiremock", "socket"})
        public String server;

        IvsEmulator emulator;
        WireMockServer wiremock;
        CannedHttpServer socket;
        IvsRealTimeClient client;
        GetStageRequest request;

        @Setup
        public void setUp() throws IOException {
            emulator = IvsEmulator.start();
            Fixtures.CapturedStage stage = Fixtures.captureGetStage(emulator, "throughput");
            String arn = stage.arn();
            request = stage.request();
            URI endpoint;
            switch (server) {
                case "emulator":
                    endpoint = emulator.endpoint();
                    break;
                case "wiremock":
                    wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                            .disableRequestJournal().containerThreads(16));
                    wiremock.start();
                    wiremock.stubFor(post(urlPathEqualTo("/GetStage")).willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", stage.contentType())
                            .withHeader("x-amzn-RequestId", "0b1d2c3e-wiremock-0000-0000-000000000000")
                            .withBody(stage.body())));
                    endpoint = URI.create("http://127.0.0.1:" + wiremock.port());
                    break;
                case "socket":
                    socket = new CannedHttpServer(stage.contentType(), stage.body());
                    endpoint = socket.endpoint();
                    break;
                default:
                    throw new IllegalArgumentException("unknown server " + server);
            }
            client = Fixtures.realTimeClient(endpoint, emulator, 8);
            GetStageResponse answer = client.getStage(request);
            if (!answer.stage().arn().equals(arn)) {
                throw new IllegalStateException(server + " answered another stage: " + answer);
            }
        }

        @TearDown
        public void tearDown() throws IOException {
            client.close();
            if (wiremock != null) {
                wiremock.stop();
            }
            if (socket != null) {
                socket.close();
            }
            emulator.close();
        }
    }

    /** GetStage from one thread. */
    @Benchmark
    public GetStageResponse getStage(Target target) {
        return target.client.getStage(target.request);
    }

    /** GetStage from four threads (the score is their total). */
    @Benchmark
    @Threads(4)
    public GetStageResponse getStageFourThreads(Target target) {
        return target.client.getStage(target.request);
    }
}
