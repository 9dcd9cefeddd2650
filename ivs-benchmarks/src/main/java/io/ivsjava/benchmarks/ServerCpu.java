package io.ivsjava.benchmarks;

import io.ivsjava.emulator.IvsEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;

/**
 * The CPU a server's own threads spend on one {@code GetStage}: the embedded emulator's against the bare socket's
 * (the {@link CannedHttpServer}), each called by a default SDK client from one thread, in alternating rounds of the
 * same run. Throughput mixes in the client, which costs several times more than either server; this is the server's
 * share alone, the figure the emulator's request path can change.
 *
 * <pre>
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar cpu [seconds per round] [rounds]
 * java -XX:TieredStopAtLevel=1 -jar ivs-benchmarks/target/ivs-benchmarks.jar cpu   # before C2, as in a test run's first seconds
 * </pre>
 *
 * With {@code -XX:TieredStopAtLevel=1} (or {@code 3}) no method reaches C2: that is the cost while the JIT is still
 * busy with the client, which on a small machine lasts most of a short test run. A server's threads are found by
 * name: {@code ivs-emulator-} (the emulator serves its first 256 connections on platform threads, on every JDK)
 * and {@code canned-http-}. Not thread-safe; a command-line program.
 */
final class ServerCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerCpu() {
    }

    /**
     * Entry point.
     *
     * @param args seconds per round (default 4) and rounds (default 3)
     * @throws Exception if a server fails
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("GetStage, one client thread, %d s rounds, JIT: %s, Java %s%n", seconds, jit(),
                Runtime.version());
        List<Round> measured = run(seconds, rounds);
        System.out.println("| round | emulator calls/s | emulator CPU per call | socket calls/s "
                + "| socket CPU per call | emulator ÷ socket |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Round r = measured.get(i);
            ratios.add(r.ratio());
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %.1f µs | %,.0f | %.1f µs | %.2f |%n", i + 1,
                    r.emulator().callsPerSecond(), r.emulator().cpuMicrosPerCall(), r.socket().callsPerSecond(),
                    r.socket().cpuMicrosPerCall(), r.ratio());
        }
        Collections.sort(ratios);
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "%nMedian emulator ÷ socket, server CPU per call: %.2f "
                + "(after a first round, not shown, that warmed both up)%n", median);
    }

    /**
     * One round: both servers measured one after the other, the emulator first in odd rounds.
     *
     * @param emulator the emulator's figures
     * @param socket the bare socket's
     */
    record Round(Measured emulator, Measured socket) {
        /** {@return the emulator's CPU per call over the socket's} */
        double ratio() {
            return emulator.cpuMicrosPerCall() / socket.cpuMicrosPerCall();
        }
    }

    /**
     * Runs a warm-up round and then the measured ones.
     *
     * @param seconds per server per round, at least 1
     * @param rounds measured rounds, at least 1
     * @return the measured rounds
     * @throws java.io.IOException if the bare socket cannot open
     */
    static List<Round> run(int seconds, int rounds) throws java.io.IOException {
        if (seconds < 1 || rounds < 1) {
            throw new IllegalArgumentException("seconds per round and rounds must be at least 1, not " + seconds
                    + " and " + rounds);
        }
        try (IvsEmulator emulator = IvsEmulator.start()) {
            Fixtures.CapturedStage stage = Fixtures.captureGetStage(emulator, "server-cpu");
            GetStageRequest request = stage.request();
            try (CannedHttpServer socket = new CannedHttpServer(stage.contentType(), stage.body());
                 IvsRealTimeClient toEmulator = EmulatorAsUsersSeeItBenchmark.defaultClient(emulator.endpoint(), emulator);
                 IvsRealTimeClient toSocket = EmulatorAsUsersSeeItBenchmark.defaultClient(socket.endpoint(), emulator)) {
                List<Round> measured = new ArrayList<>();
                for (int round = 0; round <= rounds; round++) {
                    Measured onEmulator;
                    Measured onSocket;
                    if (round % 2 == 0) {
                        onSocket = measure(toSocket, request, seconds, false);
                        onEmulator = measure(toEmulator, request, seconds, true);
                    } else {
                        onEmulator = measure(toEmulator, request, seconds, true);
                        onSocket = measure(toSocket, request, seconds, false);
                    }
                    if (round > 0) {
                        measured.add(new Round(onEmulator, onSocket));
                    }
                }
                return measured;
            }
        }
    }

    /**
     * What one server's turn measured.
     *
     * @param callsPerSecond calls per second of wall time
     * @param cpuMicrosPerCall the server's threads' CPU time per call, in microseconds
     */
    record Measured(double callsPerSecond, double cpuMicrosPerCall) {
    }

    private static Measured measure(IvsRealTimeClient client, GetStageRequest request, int seconds,
                                    boolean emulator) {
        long cpuBefore = serverCpuNanos(emulator);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long calls = 0;
        while (System.nanoTime() < end) {
            client.getStage(request);
            calls++;
        }
        long wall = System.nanoTime() - start;
        long cpu = serverCpuNanos(emulator) - cpuBefore;
        return new Measured(calls / (wall / 1e9), cpu / 1e3 / calls);
    }

    /** The CPU time so far of one server's threads, as the class comment names them. */
    private static long serverCpuNanos(boolean emulator) {
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            boolean ours = name.startsWith(emulator ? "ivs-emulator-" : "canned-http-");
            if (ours) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                sum += Math.max(cpu, 0);
            }
        }
        return sum;
    }

    private static String jit() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:TieredStopAtLevel="))
                .findFirst().map(a -> "no C2 (" + a + ")").orElse("default (C1, then C2)");
    }
}
