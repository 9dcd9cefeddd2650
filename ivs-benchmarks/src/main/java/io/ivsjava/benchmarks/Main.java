package io.ivsjava.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each figure beside its same-run baseline, as a Markdown report.
 *
 * <pre>
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar            # everything, about 10 minutes
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar --quick    # a rough pass, about 3 minutes
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar TokenMinting -i 10   # any JMH options and filters
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar soak      # the soak under faults instead ({@link Soak})
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar cpu       # each server's CPU per call ({@link ServerCpu})
 * java -jar ivs-benchmarks/target/ivs-benchmarks.jar users 4 --control   # issue 25's harness ({@link UsersHarness})
 * </pre>
 *
 * Any argument other than {@code --quick} is JMH's own ({@code -h} lists them; {@code -l} lists the benchmarks),
 * unless the first is {@code soak}, {@code cpu} or {@code users}: then the rest are that program's.
 * The JMH results are written as JSON and the report as Markdown beside the jar ({@code ivs-benchmarks/target/}),
 * unless {@code -rff} names another file. Stateless; thread-safe.
 */
public final class Main {
    private static final Set<String> JMH_ONLY = Set.of("-h", "-help", "--help", "-l", "-lp", "-lrf", "-lprof");

    private Main() {
    }

    /**
     * Entry point.
     *
     * @param args {@code --quick} and JMH's options
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("soak")) {
            Soak.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("cpu")) {
            ServerCpu.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("users")) {
            UsersHarness.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.stream().anyMatch(JMH_ONLY::contains)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        boolean quick = rest.remove("--quick");
        CommandLineOptions cli = new CommandLineOptions(rest.toArray(String[]::new));
        Path directory = outputDirectory();
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        if (cli.getResult().hasValue()) {
            directory = Path.of(cli.getResult().get()).toAbsolutePath().getParent();
        } else {
            options.result(directory.resolve("jmh-result.json").toString()).resultFormat(ResultFormatType.JSON);
        }
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                    .param("stages", "1000").param("channels", "1000");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        String report = Report.markdown(results, String.join(" ", args));
        System.out.println();
        System.out.println(report);
        Path file = directory.resolve("jmh-report.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Report written to " + file);
    }

    /** The directory of the benchmarks jar (ivs-benchmarks/target), or the working directory. */
    private static Path outputDirectory() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.getParent() : Path.of("").toAbsolutePath();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
