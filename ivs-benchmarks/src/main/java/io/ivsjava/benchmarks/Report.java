package io.ivsjava.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Turns JMH results into a Markdown report: the machine, every score, and each figure against its baseline. */
final class Report {
    /** A figure and the same-run baseline it is read against. */
    private record Comparison(String figure, String subject, String baseline, String target) {
    }

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("Participant token, ivs-java (provider chosen automatically) vs java-jwt + SunEC",
                    "TokenMintingBenchmark.participantIvs", "TokenMintingBenchmark.participantJavaJwtSunEc", ">= 10x with ACCP"),
            new Comparison("Participant token, ivs-java vs the provider's raw ES384 sign (ACCP)",
                    "TokenMintingBenchmark.participantIvs", "TokenMintingBenchmark.rawAccpSign", ">= 0.80"),
            new Comparison("Participant token, portable path (ACCP disabled: BouncyCastle) vs java-jwt + SunEC",
                    "TokenMintingBenchmark.participantIvsBouncyCastle", "TokenMintingBenchmark.participantJavaJwtSunEc", ">= 1.3x"),
            new Comparison("Participant token, JDK only (neither ACCP nor BouncyCastle) vs java-jwt + SunEC",
                    "TokenMintingBenchmark.participantIvsJdk", "TokenMintingBenchmark.participantJavaJwtSunEc", ""),
            new Comparison("Participant token, portable path vs raw BouncyCastle sign",
                    "TokenMintingBenchmark.participantIvsBouncyCastle", "TokenMintingBenchmark.rawBouncyCastleSign", ""),
            new Comparison("Participant token, JDK only vs raw SunEC sign",
                    "TokenMintingBenchmark.participantIvsJdk", "TokenMintingBenchmark.rawSunEcSign", ""),
            new Comparison("java-jwt + SunEC vs raw SunEC sign (the baseline's own overhead)",
                    "TokenMintingBenchmark.participantJavaJwtSunEc", "TokenMintingBenchmark.rawSunEcSign", ""),
            new Comparison("Raw sign: ACCP vs SunEC",
                    "TokenMintingBenchmark.rawAccpSign", "TokenMintingBenchmark.rawSunEcSign", ""),
            new Comparison("Raw sign: BouncyCastle vs SunEC",
                    "TokenMintingBenchmark.rawBouncyCastleSign", "TokenMintingBenchmark.rawSunEcSign", ""),
            new Comparison("Participant token, two threads vs one (total throughput)",
                    "TokenMintingBenchmark.participantIvsTwoThreads", "TokenMintingBenchmark.participantIvs", "~2 on 2 idle cores"),
            new Comparison("Raw ACCP sign, two threads vs one",
                    "TokenMintingBenchmark.rawAccpSignTwoThreads", "TokenMintingBenchmark.rawAccpSign", "~2 on 2 idle cores"),
            new Comparison("Playback token, ivs-java (automatic) vs java-jwt + SunEC",
                    "TokenMintingBenchmark.playbackIvs", "TokenMintingBenchmark.playbackJavaJwtSunEc", ""),
            new Comparison("Playback token, portable path (BouncyCastle) vs java-jwt + SunEC",
                    "TokenMintingBenchmark.playbackIvsBouncyCastle", "TokenMintingBenchmark.playbackJavaJwtSunEc", ""),
            new Comparison("Playback token, JDK only vs java-jwt + SunEC",
                    "TokenMintingBenchmark.playbackIvsJdk", "TokenMintingBenchmark.playbackJavaJwtSunEc", ""),
            new Comparison("Verify a participant token: JDK P1363 verify vs java-jwt verify",
                    "TokenVerificationBenchmark.verifyJdkP1363", "TokenVerificationBenchmark.verifyJavaJwt", ""),
            new Comparison("GetStage, 1 thread: emulator vs bare socket (client-bound limit)",
                    "EmulatorThroughputBenchmark.getStage[server=emulator]", "EmulatorThroughputBenchmark.getStage[server=socket]", ""),
            new Comparison("GetStage, 1 thread: WireMock vs bare socket",
                    "EmulatorThroughputBenchmark.getStage[server=wiremock]", "EmulatorThroughputBenchmark.getStage[server=socket]", ""),
            new Comparison("GetStage, 1 thread: emulator vs WireMock",
                    "EmulatorThroughputBenchmark.getStage[server=emulator]", "EmulatorThroughputBenchmark.getStage[server=wiremock]", ""),
            new Comparison("GetStage, 4 threads: emulator vs bare socket",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=emulator]",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=socket]", ""),
            new Comparison("GetStage, 4 threads: WireMock vs bare socket",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=wiremock]",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=socket]", ""),
            new Comparison("GetStage, 4 threads: emulator vs WireMock",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=emulator]",
                    "EmulatorThroughputBenchmark.getStageFourThreads[server=wiremock]", ""),
            new Comparison("ListStages page of 100: 100,000 stages vs 1,000",
                    "ListPageBenchmark.listStagesPage[stages=100000]", "ListPageBenchmark.listStagesPage[stages=1000]", ""),
            new Comparison("ListChannels page of 100: 100,000 channels vs 1,000",
                    "ListPageBenchmark.listChannelsPage[channels=100000]", "ListPageBenchmark.listChannelsPage[channels=1000]", ""));

    /** A figure and its baseline measured at the same time, one thread each, in a JMH group. */
    private record Paired(String figure, String group, String subject, String baseline, String target) {
    }

    private static final List<Paired> PAIRED = List.of(
            new Paired("Participant token, ivs-java (automatic) vs java-jwt + SunEC", "PairedMintingBenchmark.ivsAndJavaJwt",
                    "ivsAndJavaJwt_ivs", "ivsAndJavaJwt_javaJwt", ">= 10x with ACCP"),
            new Paired("Participant token, ivs-java vs the provider's raw ES384 sign (ACCP)", "PairedMintingBenchmark.ivsAndRawAccp",
                    "ivsAndRawAccp_ivs", "ivsAndRawAccp_rawAccp", ">= 0.80"),
            new Paired("Participant token, portable path (BouncyCastle) vs java-jwt + SunEC",
                    "PairedMintingBenchmark.portableAndJavaJwt", "portableAndJavaJwt_portable", "portableAndJavaJwt_javaJwt",
                    ">= 1.3x"),
            new Paired("Participant token, JDK only vs java-jwt + SunEC", "PairedMintingBenchmark.jdkAndJavaJwt",
                    "jdkAndJavaJwt_jdk", "jdkAndJavaJwt_javaJwt", ""));

    private Report() {
    }

    /**
     * The report.
     *
     * @param results JMH's results
     * @param command the arguments the run was started with
     * @return Markdown
     */
    static String markdown(Collection<RunResult> results, String command) {
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult result : results) {
            byKey.put(key(result.getParams()), result);
        }
        StringBuilder out = new StringBuilder();
        out.append("## ivs-benchmarks, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\n\n");
        out.append("- Command: `java -jar ivs-benchmarks/target/ivs-benchmarks.jar").append(command.isEmpty() ? "" : " " + command)
                .append("`\n");
        results.stream().findFirst().ifPresent(first -> {
            BenchmarkParams p = first.getParams();
            out.append("- JVM: ").append(p.getJdkVersion()).append(", ").append(p.getVmName()).append(' ')
                    .append(p.getVmVersion()).append(" (").append(p.getJvm()).append(")\n");
            out.append("- JMH ").append(p.getJmhVersion()).append(": ").append(p.getForks()).append(" fork, ")
                    .append(p.getWarmup().getCount()).append(" x ").append(p.getWarmup().getTime()).append(" warm-up, ")
                    .append(p.getMeasurement().getCount()).append(" x ").append(p.getMeasurement().getTime())
                    .append(" measurement; errors are 99.9% confidence intervals\n");
        });
        out.append("- Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append("\n\n");

        out.append("Scores are operations per second (mean ± error). On a shared machine other processes steal time from\n"
                + "some iterations and not others; the best iteration of each benchmark is the least disturbed, so the\n"
                + "last column gives the ratio of best iterations too.\n\n");
        out.append("| figure | score | baseline (same run) | ratio | ratio of best iterations | target |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (Comparison c : COMPARISONS) {
            RunResult subject = byKey.get(c.subject());
            RunResult baseline = byKey.get(c.baseline());
            if (subject == null || baseline == null) {
                continue;
            }
            Result<?> s = subject.getPrimaryResult();
            Result<?> b = baseline.getPrimaryResult();
            double ratio = s.getScore() / b.getScore();
            double error = ratio * Math.hypot(relative(s), relative(b));
            out.append("| ").append(c.figure()).append(" | ").append(score(s)).append(" | ").append(score(b))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", best(subject) / best(baseline))).append(" | ")
                    .append(c.target()).append(" |\n");
        }
        StringBuilder paired = new StringBuilder();
        for (Paired p : PAIRED) {
            RunResult group = byKey.get(p.group());
            if (group == null || !group.getSecondaryResults().containsKey(p.subject())
                    || !group.getSecondaryResults().containsKey(p.baseline())) {
                continue;
            }
            Result<?> s = group.getSecondaryResults().get(p.subject());
            Result<?> b = group.getSecondaryResults().get(p.baseline());
            double ratio = s.getScore() / b.getScore();
            double error = ratio * Math.hypot(relative(s), relative(b));
            paired.append("| ").append(p.figure()).append(" | ").append(score(s)).append(" | ").append(score(b))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", medianRatio(group, p.subject(), p.baseline())))
                    .append(" | ").append(p.target()).append(" |\n");
        }
        if (paired.length() > 0) {
            out.append("\nThe same ratios with figure and baseline running at the same time, one thread each, so that "
                    + "other load slows both alike (PairedMintingBenchmark):\n\n")
                    .append("| figure | score | baseline (same time) | ratio | median of per-iteration ratios | target |\n"
                            + "|---|---:|---:|---:|---:|---|\n")
                    .append(paired);
        }
        StringBuilder asUsers = new StringBuilder();
        for (String threads : List.of("", "FourThreads")) {
            RunResult emulator = byKey.get(AS_USERS + ".getStage" + threads + "[server=emulator]");
            RunResult socket = byKey.get(AS_USERS + ".getStage" + threads + "[server=socket]");
            if (emulator == null || socket == null) {
                continue;
            }
            Result<?> e = emulator.getPrimaryResult();
            Result<?> s = socket.getPrimaryResult();
            double ratio = e.getScore() / s.getScore();
            double error = ratio * Math.hypot(relative(e), relative(s));
            asUsers.append("| ").append(threads.isEmpty() ? "1" : "4").append(" | ").append(score(e)).append(" | ")
                    .append(score(s)).append(" | ").append(String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", best(emulator) / best(socket)))
                    .append(" | ").append(percentiles(byKey.get(AS_USERS + ".getStageLatency" + threads + "[server=emulator]")))
                    .append(" | ").append(percentiles(byKey.get(AS_USERS + ".getStageLatency" + threads + "[server=socket]")))
                    .append(" |\n");
        }
        if (asUsers.length() > 0) {
            out.append("\nGetStage as a user's tests call the embedded emulator: the SDK's default HTTP client, 3 s of warm-up, "
                    + "the emulator and the bare socket in the client's JVM (EmulatorAsUsersSeeItBenchmark):\n\n")
                    .append("| threads | emulator (calls/s) | bare socket (same run) | ratio | ratio of best iterations "
                            + "| emulator p50 / p99 per call | bare socket p50 / p99 per call |\n"
                            + "|---|---:|---:|---:|---:|---:|---:|\n")
                    .append(asUsers);
        }
        Optional.ofNullable(byKey.get("TokenMintingBenchmark.participantIvs")).ifPresent(r -> {
            double perSecond = best(r);
            out.append("\n25,000 participant tokens on one core take ")
                    .append(String.format(Locale.ROOT, "%.2f s", 25_000 / perSecond)).append(" at the best measured ")
                    .append(String.format(Locale.ROOT, "%,.0f", perSecond)).append(" tokens/s");
            Optional.ofNullable(byKey.get("TokenMintingBenchmark.rawAccpSign")).ifPresent(raw -> out
                    .append("; 25,000 bare ACCP signatures alone take ")
                    .append(String.format(Locale.ROOT, "%.2f s", 25_000 / best(raw))));
            out.append(".\n");
        });

        out.append("\n| benchmark | score | best iteration | unit |\n|---|---:|---:|---|\n");
        for (Map.Entry<String, RunResult> entry : byKey.entrySet()) {
            Result<?> r = entry.getValue().getPrimaryResult();
            out.append("| ").append(entry.getKey()).append(" | ").append(score(r)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", best(entry.getValue()))).append(" | ")
                    .append(r.getScoreUnit()).append(" |\n");
        }
        return out.toString();
    }

    /** {@code Class.method[param=value,...]}, without the package. */
    static String key(BenchmarkParams params) {
        String name = params.getBenchmark();
        String[] parts = name.split("\\.");
        String shortName = parts[parts.length - 2] + "." + parts[parts.length - 1];
        if (params.getParamsKeys().isEmpty()) {
            return shortName;
        }
        return shortName + params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static final String AS_USERS = "EmulatorAsUsersSeeItBenchmark";

    /** {@code p50 / p99} of a sample-time result, in its unit; a dash if it did not run. */
    static String percentiles(RunResult sampled) {
        if (sampled == null) {
            return "-";
        }
        Result<?> r = sampled.getPrimaryResult();
        String unit = r.getScoreUnit().replace("/op", "").replace("us", "µs");
        return String.format(Locale.ROOT, "%,.0f / %,.0f %s", r.getStatistics().getPercentile(50),
                r.getStatistics().getPercentile(99), unit);
    }

    /** The best score of any measurement iteration: the highest rate, or the shortest time per call. */
    private static double best(RunResult result) {
        DoubleStream scores = result.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .mapToDouble(i -> i.getPrimaryResult().getScore());
        OptionalDouble best = result.getParams().getMode() == Mode.Throughput ? scores.max() : scores.min();
        return best.orElse(result.getPrimaryResult().getScore());
    }

    /** The median over measurement iterations of one group method's score divided by the other's, same iteration. */
    private static double medianRatio(RunResult result, String subject, String baseline) {
        double[] ratios = result.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .filter(i -> i.getSecondaryResults().containsKey(subject) && i.getSecondaryResults().containsKey(baseline))
                .mapToDouble(i -> i.getSecondaryResults().get(subject).getScore()
                        / i.getSecondaryResults().get(baseline).getScore())
                .sorted().toArray();
        if (ratios.length == 0) {
            return Double.NaN;
        }
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    private static double relative(Result<?> r) {
        double error = r.getScoreError();
        return Double.isNaN(error) ? 0 : error / r.getScore();
    }

    private static String score(Result<?> r) {
        double error = r.getScoreError();
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%,.0f", r.getScore())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", r.getScore(), error);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
