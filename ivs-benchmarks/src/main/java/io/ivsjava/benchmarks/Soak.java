package io.ivsjava.benchmarks;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.lowlatency.StreamSummary;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.ParticipantFilter;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.StageSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * The soak: concurrent clients, each a loop of go-live / admit / end / teardown cycles through one shared
 * {@link IvsLive}, against an emulator that faults a share of all calls with a mix of kinds (5xx before and after
 * acting, throttling, latency, reset connections, answers cut short). Every {@code checkpointEvery} cycles the
 * clients meet while live, the faults are lifted, and everything in the emulator is listed and compared with what
 * each client intends; at the end (the last cycle ends without a teardown) again. Any resource missing, doubled or
 * left over is reported.
 *
 * <pre>
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar soak       # 32 clients x 2,000 cycles in 16 accounts, 20 % faults
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar soak --clients 8 --accounts 4 --cycles 25 --checkpoint-every 5
 * </pre>
 *
 * <p>The clients are spread over AWS accounts (the emulator acts in the account a twelve-digit access key id
 * names), each account a backend with its own SDK clients and {@code IvsLive} that its clients share. IVS keeps
 * stopped compositions listable, and the emulator reads every one of an account's compositions for a
 * {@code ListCompositions} filtered by stage; in one account, 64,000 cycles would spend most of their time there.
 *
 * <p>Each client has two users and alternates between them, so a user's resources are always made anew by
 * {@code goLive} after the teardown of its previous cycle, and the mode turns through {@code REAL_TIME},
 * {@code LOW_LATENCY} and {@code HYBRID}. A host joins the stage with the token {@code admitHost} gave (and a
 * {@code LOW_LATENCY} encoder starts streaming) through the emulator's simulations, which are never faulted. An
 * operation that fails (the SDK's retries and ivs-live's exhausted) is retried by the client, as an application
 * would, and counted. Thread-safe to run; one run at a time per JVM is sensible.
 */
public final class Soak {
    /** The namespace of the soak's resources. */
    static final String NAMESPACE = "soak";
    private static final StreamingMode[] MODES = {StreamingMode.REAL_TIME, StreamingMode.LOW_LATENCY,
            StreamingMode.HYBRID};
    private static final int OPERATION_ATTEMPTS = 100;

    private Soak() {
    }

    /**
     * How big and how faulty a soak is.
     *
     * @param clients concurrent clients
     * @param accounts AWS accounts (backends) the clients are spread over, each with its own SDK clients and
     *     {@link IvsLive}; 1 to {@code clients}
     * @param cycles go-live / admit / end / teardown cycles per client
     * @param faultShare the share of all calls faulted, 0 to 1
     * @param latency the latency a delay fault adds
     * @param checkpointEvery a checkpoint after going live in every so many cycles (0: none but the final one)
     * @param quickBackoff the SDK's standard retry strategy with millisecond backoff instead of the SDK's defaults
     *     (for the bounded run in the test suite)
     */
    public record Settings(int clients, int accounts, int cycles, double faultShare, Duration latency,
                           int checkpointEvery, boolean quickBackoff) {
        /**
         * The size: 32 clients x 2,000 cycles, 20 % faults, a checkpoint every 100 cycles; two clients share
         * each account.
         */
        public static final Settings FULL = new Settings(32, 16, 2_000, 0.2, Duration.ofMillis(100), 100, false);

        /** Checks the values. */
        public Settings {
            if (clients < 1 || accounts < 1 || accounts > clients || cycles < 1 || faultShare < 0 || faultShare > 1
                    || checkpointEvery < 0) {
                throw new IllegalArgumentException("out of range: clients " + clients + ", accounts " + accounts
                        + " (1..clients), cycles " + cycles + ", faultShare " + faultShare + " (0..1), checkpointEvery "
                        + checkpointEvery);
            }
        }
    }

    /**
     * What a soak did and found.
     *
     * @param settings the settings
     * @param operations IvsLive operations completed, by name
     * @param clientRetries IvsLive operations that failed after every retry below them and were called again by the
     *     client, by name
     * @param apiCalls calls the emulator answered while faults were on
     * @param faults faults injected, by kind
     * @param sdkRetries retries the SDK made by itself (the sum of its {@code RetryCount} metric)
     * @param failedApiCalls API calls that failed after the SDK's own retries, by operation: the creates among them
     *     are single attempts that ivs-live retried after a lookup by idempotency token; the others include the
     *     answers ivs-live expects ({@code GetStream} and {@code StopStream} of an offline channel, a delete or
     *     disconnect finding nothing because an earlier attempt had done it)
     * @param createsWithLostAnswers creates that took effect but whose answer was lost (a reset, a cut answer, a
     *     500 after acting), by operation: each must have been found again by its token, not made twice
     * @param checkpoints checkpoints passed, the final one included
     * @param resourcesChecked resources compared with the intended state over all checkpoints
     * @param duplicates resources made twice
     * @param lost resources that should exist and did not
     * @param orphans resources that should not exist and did
     * @param problems each discrepancy or client failure, in words
     * @param wallTime how long the cycles took, checkpoints included
     */
    public record Figures(Settings settings, Map<String, Long> operations, Map<String, Long> clientRetries,
                          long apiCalls, Map<String, Long> faults, long sdkRetries, Map<String, Long> failedApiCalls,
                          Map<String, Long> createsWithLostAnswers, int checkpoints, long resourcesChecked,
                          long duplicates, long lost, long orphans, List<String> problems, Duration wallTime) {
        /** {@return the figures as a Markdown table} */
        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("| figure | value |\n|---|---:|\n");
            row(out, "clients x cycles (accounts)", settings.clients() + " x " + settings.cycles() + " ("
                    + settings.accounts() + ")");
            row(out, "fault share", String.format("%.0f %%", settings.faultShare() * 100));
            long ops = operations.values().stream().mapToLong(Long::longValue).sum();
            row(out, "IvsLive operations", String.format("%,d (%s)", ops, describe(operations)));
            row(out, "API calls answered under faults", String.format("%,d", apiCalls));
            long injected = faults.values().stream().mapToLong(Long::longValue).sum();
            row(out, "faults injected", String.format("%,d (%s)", injected, describe(faults)));
            row(out, "retries by the SDK", String.format("%,d", sdkRetries));
            long failed = failedApiCalls.values().stream().mapToLong(Long::longValue).sum();
            row(out, "API calls answered with an error after the SDK's retries (expected errors included)",
                    String.format("%,d (%s)", failed,
                    describe(failedApiCalls)));
            long lostAnswers = createsWithLostAnswers.values().stream().mapToLong(Long::longValue).sum();
            row(out, "creates that took effect but lost their answer", String.format("%,d (%s)", lostAnswers,
                    describe(createsWithLostAnswers)));
            long retried = clientRetries.values().stream().mapToLong(Long::longValue).sum();
            row(out, "IvsLive operations the client called again", String.format("%,d (%s)", retried,
                    describe(clientRetries)));
            row(out, "checkpoints (resources compared)", String.format("%d (%,d)", checkpoints, resourcesChecked));
            row(out, "duplicates", Long.toString(duplicates));
            row(out, "lost", Long.toString(lost));
            row(out, "orphans", Long.toString(orphans));
            row(out, "other problems", Integer.toString(problems.size()));
            row(out, "wall time", String.format("%.1f s", wallTime.toMillis() / 1000.0));
            return out.toString();
        }

        private static void row(StringBuilder out, String figure, String value) {
            out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
        }

        private static String describe(Map<String, Long> counts) {
            return counts.isEmpty() ? "none" : counts.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", "));
        }
    }

    /**
     * Runs a soak from the command line and prints its figures.
     *
     * @param args {@code --clients N --accounts N --cycles N --fault-share S --latency-ms N --checkpoint-every N}
     * @throws Exception if the soak cannot run
     */
    public static void main(String[] args) throws Exception {
        Settings s = Settings.FULL;
        int clients = s.clients();
        int accounts = s.accounts();
        int cycles = s.cycles();
        double share = s.faultShare();
        long latency = s.latency().toMillis();
        int every = s.checkpointEvery();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients": clients = Integer.parseInt(args[i + 1]); break;
                case "--accounts": accounts = Integer.parseInt(args[i + 1]); break;
                case "--cycles": cycles = Integer.parseInt(args[i + 1]); break;
                case "--fault-share": share = Double.parseDouble(args[i + 1]); break;
                case "--latency-ms": latency = Long.parseLong(args[i + 1]); break;
                case "--checkpoint-every": every = Integer.parseInt(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i] + "; known: --clients, "
                        + "--accounts, --cycles, --fault-share, --latency-ms, --checkpoint-every");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        Settings settings = new Settings(clients, Math.min(accounts, clients), cycles, share,
                Duration.ofMillis(latency), every, false);
        System.out.println("Soak: " + settings);
        Figures figures = run(settings, System.out::println);
        System.out.println(figures.markdown());
        figures.problems().stream().limit(50).forEach(p -> System.out.println("problem: " + p));
        if (figures.duplicates() + figures.lost() + figures.orphans() + figures.problems().size() > 0) {
            System.exit(1);
        }
    }

    /**
     * Runs a soak.
     *
     * @param settings its size and faults
     * @return what it did and found
     * @throws InterruptedException if interrupted
     */
    public static Figures run(Settings settings) throws InterruptedException {
        return run(settings, line -> { });
    }

    /**
     * Runs a soak, reporting each checkpoint as it passes.
     *
     * @param settings its size and faults
     * @param progress takes a line per checkpoint
     * @return what it did and found
     * @throws InterruptedException if interrupted
     */
    public static Figures run(Settings settings, Consumer<String> progress) throws InterruptedException {
        try (IvsEmulator emulator = IvsEmulator.builder()
                .quota(Quota.STAGES, 1_000_000).quota(Quota.CHANNELS, 1_000_000)
                .quota(Quota.COMPOSITIONS, 1_000_000).quota(Quota.STAGE_SUBSCRIBERS, 1_000_000)
                .journalCapacity(100_000)
                .start()) {
            return new Run(settings, emulator, progress).run();
        }
    }

    /** One soak's state. */
    private static final class Run {
        final Settings settings;
        final IvsEmulator emulator;
        final Fault mix;
        final Map<String, LongAdder> operations = new ConcurrentHashMap<>();
        final Map<String, LongAdder> clientRetries = new ConcurrentHashMap<>();
        final Map<String, LongAdder> failedApiCalls = new ConcurrentHashMap<>();
        final LongAdder sdkRetries = new LongAdder();
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        final Tally tally = new Tally();
        final AtomicLong apiCalls = new AtomicLong();
        long duplicates;
        long lost;
        long orphans;
        long resourcesChecked;
        int checkpoints;
        long phaseStart;

        final Consumer<String> progress;
        long began;

        Run(Settings settings, IvsEmulator emulator, Consumer<String> progress) {
            this.settings = settings;
            this.emulator = emulator;
            this.progress = progress;
            this.mix = Fault.oneOf(Fault.internalError(), Fault.throttling(), Fault.delay(settings.latency()),
                    Fault.connectionReset(), Fault.truncatedResponse(),
                    Fault.errorAfterApplying("InternalServerException"));
        }

        Figures run() throws InterruptedException {
            MetricPublisher metrics = new MetricPublisher() {
                @Override
                public void publish(MetricCollection call) {
                    call.metricValues(CoreMetric.RETRY_COUNT).forEach(sdkRetries::add);
                    if (call.metricValues(CoreMetric.API_CALL_SUCCESSFUL).contains(Boolean.FALSE)) {
                        call.metricValues(CoreMetric.OPERATION_NAME).forEach(op -> count(failedApiCalls, op));
                    }
                }

                @Override
                public void close() {
                }
            };
            ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                    .addMetricPublisher(metrics);
            if (settings.quickBackoff()) {
                override.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(2), Duration.ofMillis(50)))
                        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(5),
                                Duration.ofMillis(100)))
                        .build());
            }
            List<Backend> backends = new ArrayList<>();
            try {
                for (int a = 0; a < settings.accounts(); a++) {
                    int clientsHere = (settings.clients() - a + settings.accounts() - 1) / settings.accounts();
                    backends.add(new Backend(emulator, String.format("%012d", 100_000_000_000L + a),
                            override.build(), clientsHere * 2 + 4));
                }
                CyclicBarrier barrier = new CyclicBarrier(settings.clients(), () -> checkpoint(backends, true));
                long started = System.nanoTime();
                began = started;
                startFaults();
                ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
                List<Future<?>> clients = new ArrayList<>();
                for (int i = 0; i < settings.clients(); i++) {
                    int client = i;
                    Backend backend = backends.get(i % backends.size());
                    clients.add(pool.submit(() -> client(backend, client, barrier)));
                }
                for (Future<?> f : clients) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        problems.add("client failed: " + e.getCause());
                    }
                }
                pool.shutdown();
                checkpoint(backends, false);
                Duration wall = Duration.ofNanos(System.nanoTime() - started);
                return new Figures(settings, sums(operations), sums(clientRetries), apiCalls.get(), tally.faults(),
                        sdkRetries.sum(), sums(failedApiCalls), tally.lostAnswers(), checkpoints, resourcesChecked,
                        duplicates, lost, orphans, List.copyOf(problems), wall);
            } finally {
                backends.forEach(Backend::close);
            }
        }

        /** One client: its cycles, meeting the others at each checkpoint (even after giving up). */
        void client(Backend backend, int client, CyclicBarrier barrier) {
            IvsLive live = backend.live;
            Map<String, Broadcast> intended = backend.intended;
            String[] users = {"c" + client + "-a", "c" + client + "-b"};
            boolean failed = false;
            for (int cycle = 0; cycle < settings.cycles(); cycle++) {
                String user = users[cycle % 2];
                StreamingMode mode = MODES[(cycle / 2) % MODES.length];
                boolean checkpoint = settings.checkpointEvery() > 0 && cycle % settings.checkpointEvery() == 0;
                boolean last = cycle == settings.cycles() - 1;
                boolean met = false;
                if (!failed) {
                    try {
                        Broadcast show = call("goLive", () -> live.goLive(user, mode));
                        intended.put(user, show);
                        admit(live, show, user, cycle);
                        if (checkpoint) {
                            met = true;
                            await(barrier);
                        }
                        call("end", () -> live.end(show));
                        if (!last) {
                            call("teardown", () -> live.teardown(show));
                            intended.remove(user);
                        }
                    } catch (RuntimeException e) {
                        problems.add("client " + client + " gave up in cycle " + cycle + " (" + user + ", " + mode
                                + "): " + e);
                        failed = true;
                    }
                }
                if (checkpoint && !met) {
                    await(barrier);
                }
            }
        }

        void admit(IvsLive live, Broadcast show, String user, int cycle) {
            Admission host = call("admitHost", () -> live.admitHost(show, user));
            if (host instanceof Admission.WebRtc) {
                emulator.simulateParticipantJoin(((Admission.WebRtc) host).token().token());
            } else {
                emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
            }
            call("admitViewer", () -> live.admitViewer(show, "viewer-" + cycle));
        }

        /** An IvsLive operation, called again while it fails with a retryable failure, as an application would. */
        <T> T call(String operation, Supplier<T> action) {
            for (int attempt = 1; ; attempt++) {
                try {
                    T result = action.get();
                    count(operations, operation);
                    return result;
                } catch (IvsException e) {
                    if (!e.isRetryable() || attempt >= OPERATION_ATTEMPTS) {
                        throw e;
                    }
                    count(clientRetries, operation);
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }

        void await(CyclicBarrier barrier) {
            try {
                barrier.await(2, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted at a checkpoint", e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("a checkpoint broke: " + e, e);
            }
        }

        void startFaults() {
            phaseStart = emulator.requestCount();
            if (settings.faultShare() > 0) {
                emulator.injectFault(settings.faultShare(), mix);
            }
            tally.from(emulator);
        }

        /** With every client waiting (or done): faults off, everything listed and compared, faults on again. */
        void checkpoint(List<Backend> backends, boolean live) {
            tally.poll(emulator);
            emulator.clearFaults();
            apiCalls.addAndGet(emulator.requestCount() - phaseStart);
            tally.poll(emulator);
            for (Backend backend : backends) {
                try {
                    Checker.Result result = backend.checker.check(Map.copyOf(backend.intended), live);
                    duplicates += result.duplicates;
                    lost += result.lost;
                    orphans += result.orphans;
                    resourcesChecked += result.checked;
                    result.problems.forEach(p -> problems.add("account " + backend.account + ": " + p));
                } catch (RuntimeException e) {
                    problems.add("checkpoint " + checkpoints + " could not list account " + backend.account + ": "
                            + e);
                }
            }
            checkpoints++;
            progress.accept(String.format("checkpoint %d after %.0f s: %,d API calls, %,d operations, %d duplicates, "
                    + "%d lost, %d orphans, %d problems", checkpoints, (System.nanoTime() - began) / 1e9, apiCalls.get(),
                    operations.values().stream().mapToLong(LongAdder::sum).sum(), duplicates, lost, orphans,
                    problems.size()));
            if (live) {
                startFaults();
            }
        }

        static void count(Map<String, LongAdder> counts, String key) {
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        static Map<String, Long> sums(Map<String, LongAdder> counts) {
            Map<String, Long> out = new TreeMap<>();
            counts.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }
    }

    /**
     * One backend: an AWS account (the emulator acts in the account a twelve-digit access key id names), SDK clients
     * shared by its clients, an {@link IvsLive} over them, unfaulted clients to check with, and what its clients
     * intend to hold.
     */
    private static final class Backend implements AutoCloseable {
        final String account;
        final IvsRealTimeClient rtSdk;
        final IvsClient llSdk;
        final IvsRealTime checkRt;
        final IvsLowLatency checkLl;
        final IvsLive live;
        final Checker checker;
        /** Each user's current broadcast; a user absent holds nothing. */
        final Map<String, Broadcast> intended = new ConcurrentHashMap<>();

        Backend(IvsEmulator emulator, String account, ClientOverrideConfiguration override, int connections) {
            this.account = account;
            StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(account, emulator.secretAccessKey()));
            this.rtSdk = IvsRealTimeClient.builder().endpointOverride(emulator.endpoint())
                    .region(Region.of(emulator.region())).credentialsProvider(credentials)
                    .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections))
                    .overrideConfiguration(override).build();
            this.llSdk = IvsClient.builder().endpointOverride(emulator.endpoint())
                    .region(Region.of(emulator.region())).credentialsProvider(credentials)
                    .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections))
                    .overrideConfiguration(override).build();
            IvsConnection connection = IvsConnection.builder()
                    .endpoint(emulator.endpoint()).region(emulator.region())
                    .credentials(account, emulator.secretAccessKey()).build();
            this.checkRt = IvsRealTime.connect(connection);
            this.checkLl = IvsLowLatency.connect(connection);
            this.live = IvsLive.builder().clients(IvsRealTime.create(rtSdk), IvsLowLatency.create(llSdk))
                    .namespace(NAMESPACE).build();
            this.checker = new Checker(checkRt, checkLl);
        }

        @Override
        public void close() {
            live.close();
            checkRt.close();
            checkLl.close();
            rtSdk.close();
            llSdk.close();
        }
    }

    /**
     * Counts the journal's calls by fault, reading the journal's ring often enough that no call passes unseen
     * (the soak's pace is far below the ring's capacity per poll).
     */
    private static final class Tally {
        private static final Set<String> CREATES = Set.of("CreateStage", "CreateChannel", "CreateStreamKey",
                "CreateEncoderConfiguration", "StartComposition");
        private final Map<String, Long> faults = new TreeMap<>();
        private final Map<String, Long> lostAnswers = new TreeMap<>();
        private String lastSeen;
        private long seen;
        private long expected;
        private volatile boolean polling;
        private Thread poller;

        /** Starts (or restarts, after a checkpoint) polling the emulator's journal in the background. */
        synchronized void from(IvsEmulator emulator) {
            if (poller == null) {
                polling = true;
                poller = new Thread(() -> {
                    while (polling) {
                        poll(emulator);
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "soak-journal");
                poller.setDaemon(true);
                poller.start();
            }
        }

        synchronized void poll(IvsEmulator emulator) {
            expected = emulator.requestCount();
            List<RecordedCall> calls = emulator.calls();
            int start = 0;
            if (lastSeen != null) {
                start = calls.size();
                for (int i = calls.size() - 1; i >= 0; i--) {
                    if (calls.get(i).requestId().equals(lastSeen)) {
                        start = i + 1;
                        break;
                    }
                }
            }
            for (int i = start; i < calls.size(); i++) {
                RecordedCall call = calls.get(i);
                seen++;
                call.fault().ifPresent(f -> {
                    faults.merge(kind(f), 1L, Long::sum);
                    boolean lostAfterActing = f instanceof Fault.ConnectionReset || f instanceof Fault.TruncatedResponse
                            || f instanceof Fault.ErrorAfterApplying;
                    boolean acted = call.errorCode().isEmpty() || f instanceof Fault.ErrorAfterApplying;
                    if (lostAfterActing && acted && CREATES.contains(call.operation())) {
                        lostAnswers.merge(call.operation(), 1L, Long::sum);
                    }
                });
            }
            if (!calls.isEmpty()) {
                lastSeen = calls.get(calls.size() - 1).requestId();
            }
        }

        synchronized Map<String, Long> faults() {
            polling = false;
            if (seen < expected) {
                faults.put("(calls the journal dropped before they were counted)", expected - seen);
            }
            return new LinkedHashMap<>(faults);
        }

        synchronized Map<String, Long> lostAnswers() {
            return new LinkedHashMap<>(lostAnswers);
        }

        private static String kind(Fault f) {
            if (f instanceof Fault.ServiceError) {
                String code = ((Fault.ServiceError) f).errorCode();
                return code.equals("ThrottlingException") ? "throttling 429" : code + " before acting";
            }
            if (f instanceof Fault.ErrorAfterApplying) {
                return ((Fault.ErrorAfterApplying) f).errorCode() + " after acting";
            }
            if (f instanceof Fault.Delay) {
                return "latency " + ((Fault.Delay) f).latency().toMillis() + " ms";
            }
            return f instanceof Fault.ConnectionReset ? "connection reset" : "answer cut short";
        }
    }

    /** Lists everything in the emulator and compares it with what the clients intend. */
    private static final class Checker {
        private final IvsRealTime rt;
        private final IvsLowLatency ll;

        Checker(IvsRealTime rt, IvsLowLatency ll) {
            this.rt = rt;
            this.ll = ll;
        }

        static final class Result {
            long duplicates;
            long lost;
            long orphans;
            long checked;
            final List<String> problems = new ArrayList<>();

            void duplicate(String what) {
                duplicates++;
                problems.add("duplicate: " + what);
            }

            void lost(String what) {
                lost++;
                problems.add("lost: " + what);
            }

            void orphan(String what) {
                orphans++;
                problems.add("orphan: " + what);
            }

            void wrong(String what) {
                problems.add("wrong: " + what);
            }
        }

        /**
         * Compares.
         *
         * @param intended each user's broadcast; a user absent holds nothing
         * @param live whether the broadcasts are live now (at a checkpoint) or ended (at the end)
         */
        Result check(Map<String, Broadcast> intended, boolean live) {
            Result r = new Result();
            Map<String, List<StageSummary>> stages = new TreeMap<>();
            for (StageSummary s : rt.listStages().collect(Collectors.toList())) {
                r.checked++;
                Optional<String> user = userOf(s.tags());
                if (user.isEmpty()) {
                    r.orphan("stage " + s.arn() + " not tagged by the soak's IvsLive");
                } else {
                    stages.computeIfAbsent(user.get(), k -> new ArrayList<>()).add(s);
                }
            }
            Map<String, List<ChannelSummary>> channels = new TreeMap<>();
            for (ChannelSummary c : ll.listChannels().collect(Collectors.toList())) {
                r.checked++;
                Optional<String> user = userOf(c.tags());
                if (user.isEmpty()) {
                    r.orphan("channel " + c.arn() + " not tagged by the soak's IvsLive");
                } else {
                    channels.computeIfAbsent(user.get(), k -> new ArrayList<>()).add(c);
                }
            }
            Map<StageArn, List<CompositionSummary>> running = rt.listCompositions()
                    .filter(c -> c.state() == Composition.State.ACTIVE || c.state() == Composition.State.STARTING)
                    .collect(Collectors.groupingBy(CompositionSummary::stage));
            Set<ChannelArn> streaming = ll.listStreams().map(StreamSummary::channel).collect(Collectors.toSet());
            Set<StageArn> knownStages = ConcurrentHashMap.newKeySet();
            Set<ChannelArn> knownChannels = ConcurrentHashMap.newKeySet();

            Set<String> users = new java.util.TreeSet<>(intended.keySet());
            users.addAll(stages.keySet());
            users.addAll(channels.keySet());
            for (String user : users) {
                Broadcast b = intended.get(user);
                List<StageSummary> hisStages = stages.getOrDefault(user, List.of());
                List<ChannelSummary> hisChannels = channels.getOrDefault(user, List.of());
                hisStages.forEach(s -> knownStages.add(s.arn()));
                hisChannels.forEach(c -> knownChannels.add(c.arn()));
                boolean wantsStage = b != null && b.stage().isPresent();
                boolean wantsChannel = b != null && b.channel().isPresent();
                compare(r, user, "stage", wantsStage ? b.stage().get().arn().value() : null,
                        hisStages.stream().map(s -> s.arn().value()).collect(Collectors.toList()));
                compare(r, user, "channel", wantsChannel ? b.channel().get().arn().value() : null,
                        hisChannels.stream().map(c -> c.arn().value()).collect(Collectors.toList()));
                if (wantsChannel) {
                    ChannelArn channel = b.channel().get().arn();
                    List<StreamKeySummary> keys = ll.listStreamKeys(channel).collect(Collectors.toList());
                    r.checked += keys.size();
                    compare(r, user, "stream key", b.ingest().map(i -> i.streamKey().arn().value())
                                    .orElse(keys.isEmpty() ? "(one key)" : keys.get(0).arn().value()),
                            keys.stream().map(k -> k.arn().value()).collect(Collectors.toList()));
                    if (streaming.contains(channel) != live) {
                        r.wrong(user + "'s channel " + channel + (live ? " is not live" : " is still live"));
                    }
                }
                if (wantsStage) {
                    StageArn stage = b.stage().get().arn();
                    List<CompositionSummary> compositions = running.getOrDefault(stage, List.of());
                    r.checked += compositions.size();
                    boolean composes = live && b.mode() == StreamingMode.HYBRID;
                    compare(r, user, "running composition", composes ? b.composition().map(Object::toString)
                                    .orElse("(one)") : null,
                            compositions.stream().map(c -> c.arn().toString()).collect(Collectors.toList()));
                    long connected = connected(stage);
                    if (connected != (live ? 1 : 0)) {
                        r.wrong(user + "'s stage " + stage + " has " + connected + " connected participants; "
                                + "intended " + (live ? 1 : 0));
                    }
                }
            }
            running.forEach((stage, list) -> {
                if (!knownStages.contains(stage)) {
                    list.forEach(c -> r.orphan("composition " + c.arn() + " running on stage " + stage
                            + ", which no user holds"));
                }
            });
            streaming.stream().filter(c -> !knownChannels.contains(c))
                    .forEach(c -> r.orphan("stream on channel " + c + ", which no user holds"));
            List<EncoderConfigurationSummary> encoders = rt.listEncoderConfigurations().collect(Collectors.toList());
            r.checked += encoders.size();
            if (encoders.size() > 1) {
                r.duplicate(encoders.size() + " encoder configurations, intended at most one: " + encoders);
            }
            return r;
        }

        private long connected(StageArn stage) {
            Optional<String> session = rt.getStage(stage).activeSessionId();
            return session.isEmpty() ? 0 : rt.listParticipants(stage, session.get(),
                    ParticipantFilter.byState(ParticipantState.CONNECTED)).count();
        }

        private static void compare(Result r, String user, String what, String intended, List<String> found) {
            if (intended == null) {
                found.forEach(f -> r.orphan(user + "'s " + what + " " + f + ", intended none"));
            } else if (found.isEmpty()) {
                r.lost(user + "'s " + what + " " + intended);
            } else {
                if (found.size() > 1) {
                    r.duplicate(user + " has " + found.size() + " of " + what + ": " + found);
                }
                if (!intended.startsWith("(") && !found.contains(intended)) {
                    r.lost(user + "'s " + what + " " + intended + "; found instead " + found);
                }
            }
        }

        private static Optional<String> userOf(Map<String, String> tags) {
            return NAMESPACE.equals(tags.get(IvsLive.TAG_NAMESPACE)) ? Optional.ofNullable(tags.get(IvsLive.TAG_USER))
                    : Optional.empty();
        }
    }
}
