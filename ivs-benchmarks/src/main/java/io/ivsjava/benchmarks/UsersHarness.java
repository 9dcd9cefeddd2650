package io.ivsjava.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ivsjava.emulator.IvsEmulator;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;

/**
 * The harness of issue 25, as a user wrote it in a project of their own: the embedded emulator in the test's JVM, a
 * default SDK client per server, {@code GetStage} from 1 or 4 threads, 3 s of warm-up per server, then five 2 s
 * rounds in a fixed order (emulator, WireMock stub, bare socket), medians compared with the bare socket's (the
 * client-bound limit), and each server's p50 and p99 per call. Outside JMH on purpose: this is what a user's test
 * measures, JIT warm-up and order included.
 *
 * <p>With {@code --control} a second bare socket, the same code as the baseline, takes the emulator's place: its
 * ratio is what an identical server scores in that slot, the harness's own bias. On a machine where the JIT is still
 * compiling the SDK when the rounds run (two cores, four client threads), every round is faster than the one before
 * it, and the server measured first in each round loses to the one measured last.
 *
 * <pre>
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar users [threads] [--control]
 * </pre>
 *
 * Each run is one JVM's first seconds, so compare runs, not rounds, and run it several times. Not thread-safe; a
 * command-line program.
 */
final class UsersHarness {
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration ROUND = Duration.ofSeconds(2);
    private static final int ROUNDS = 5;

    private UsersHarness() {
    }

    /**
     * Entry point.
     *
     * @param args the client threads (default 1), and {@code --control} to put a second bare socket in the
     *     emulator's place
     * @throws Exception if a server fails
     */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean control = rest.remove("--control");
        if (rest.size() > 1 || !rest.stream().allMatch(a -> a.matches("[0-9]{1,2}"))) {
            throw new IllegalArgumentException("usage: users [threads, 1 to 64] [--control]; not " + rest);
        }
        int threads = rest.isEmpty() ? 1 : Integer.parseInt(rest.get(0));
        System.out.printf("GetStage, %d client thread(s), default SDK client, %s s warm-up, %d x %s s rounds, "
                        + "Java %s%s%n", threads, WARM_UP.toSeconds(), ROUNDS, ROUND.toSeconds(), Runtime.version(),
                control ? ", CONTROL: a second bare socket in the emulator's place" : "");
        Result result = run(threads, control, WARM_UP, ROUND, ROUNDS);
        double limit = result.socket().median();
        System.out.println("| server | median calls/s | ÷ bare socket | p50 per call | p99 per call | rounds (calls/s) |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (Served served : result.servers()) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %,.0f µs | %,.0f µs | %s |%n", served.name(),
                    served.median(), served.median() / limit, served.p50Nanos() / 1e3, served.p99Nanos() / 1e3,
                    served.rates().stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList());
        }
    }

    /**
     * What one server scored.
     *
     * @param name {@code emulator}, {@code control socket}, {@code wiremock} or {@code socket}
     * @param rates calls per second in each round, in order
     * @param p50Nanos the median call's time over all rounds
     * @param p99Nanos the 99th percentile's
     */
    record Served(String name, List<Double> rates, long p50Nanos, long p99Nanos) {
        /** {@return the median round's calls per second} */
        double median() {
            List<Double> sorted = new ArrayList<>(rates);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    /**
     * A run's scores.
     *
     * @param servers the servers in the order each round measured them; the bare socket last
     * @param emulatorGetStageCalls how many {@code GetStage} calls the emulator answered, setting up included
     */
    record Result(List<Served> servers, long emulatorGetStageCalls) {
        /** {@return the bare socket's scores, the baseline} */
        Served socket() {
            return servers.get(servers.size() - 1);
        }
    }

    /**
     * Runs the harness.
     *
     * @param threads client threads, 1 to 64
     * @param control whether a second bare socket takes the emulator's place
     * @param warmUp each server's warm-up
     * @param round each server's time per round
     * @param rounds rounds, at least 1
     * @return the scores
     * @throws IOException if a server cannot open its port
     * @throws InterruptedException if interrupted
     */
    static Result run(int threads, boolean control, Duration warmUp, Duration round, int rounds)
            throws IOException, InterruptedException {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1 to 64, not " + threads);
        }
        if (rounds < 1 || round.isNegative() || round.isZero()) {
            throw new IllegalArgumentException("rounds must be at least 1 and last a positive time, not " + rounds
                    + " of " + round);
        }
        try (IvsEmulator emulator = IvsEmulator.start()) {
            Fixtures.CapturedStage stage = Fixtures.captureGetStage(emulator, "users-harness");
            WireMockServer wiremock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            wiremock.start();
            try (CannedHttpServer socket = new CannedHttpServer(stage.contentType(), stage.body());
                 // only a control run has the second socket; try-with-resources skips a null resource
                 CannedHttpServer controlSocket = control ? new CannedHttpServer(stage.contentType(), stage.body())
                         : null) {
                wiremock.stubFor(post(urlPathEqualTo("/GetStage")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", stage.contentType()).withBody(stage.body())));
                List<String> names = List.of(control ? "control socket" : "emulator", "wiremock", "socket");
                List<URI> endpoints = List.of(control ? controlSocket.endpoint() : emulator.endpoint(),
                        URI.create("http://127.0.0.1:" + wiremock.port()), socket.endpoint());
                List<IvsRealTimeClient> clients = new ArrayList<>();
                try {
                    for (URI endpoint : endpoints) {
                        clients.add(EmulatorAsUsersSeeItBenchmark.defaultClient(endpoint, emulator));
                    }
                    for (IvsRealTimeClient client : clients) {
                        calls(client, stage.request(), threads, warmUp, null);
                    }
                    List<List<Double>> rates = new ArrayList<>();
                    List<List<Long>> times = new ArrayList<>();
                    for (int i = 0; i < clients.size(); i++) {
                        rates.add(new ArrayList<>());
                        times.add(Collections.synchronizedList(new ArrayList<>()));
                    }
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < clients.size(); i++) {
                            rates.get(i).add(calls(clients.get(i), stage.request(), threads, round, times.get(i)));
                        }
                    }
                    List<Served> servers = new ArrayList<>();
                    for (int i = 0; i < clients.size(); i++) {
                        List<Long> sorted = new ArrayList<>(times.get(i));
                        Collections.sort(sorted);
                        servers.add(new Served(names.get(i), List.copyOf(rates.get(i)),
                                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99))));
                    }
                    return new Result(List.copyOf(servers), emulator.requestCount("GetStage"));
                } finally {
                    clients.forEach(IvsRealTimeClient::close);
                }
            } finally {
                wiremock.stop();
            }
        }
    }

    /**
     * Calls {@code GetStage} from each thread until the time is up.
     *
     * @return calls per second, all threads together
     */
    private static double calls(IvsRealTimeClient client, GetStageRequest request, int threads, Duration time,
                                List<Long> times) throws InterruptedException {
        LongAdder calls = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long end = start + time.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        client.getStage(request);
                        if (times != null) {
                            mine.add(System.nanoTime() - before);
                        }
                        calls.increment();
                    }
                    if (times != null) {
                        times.addAll(mine);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return calls.sum() / ((System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
