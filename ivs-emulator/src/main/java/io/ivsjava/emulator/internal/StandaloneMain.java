package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.IvsEmulator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ivs-emulator-<version>-standalone.jar [--port N] [--bind ADDRESS] [--region NAME]
 * [--account-id DIGITS]}: runs the emulator until the process is stopped (Ctrl-C or SIGTERM), so that clients in
 * any language can use it. The first line printed is the endpoint, for scripts to read.
 */
public final class StandaloneMain {
    private StandaloneMain() {
    }

    /**
     * Starts the emulator and serves until the JVM is asked to exit.
     *
     * @param args the command line
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.println(usage());
            return;
        }
        EmulatorOptions options;
        try {
            options = EmulatorOptions.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ivs-emulator: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        IvsEmulator emulator = IvsEmulator.start(options);
        long millis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "ivs-emulator-shutdown"));

        out.println(emulator.endpoint());
        out.println("IVS emulator serving IVS and IVS Real-Time on " + emulator.endpoint() + " (region "
                + emulator.region() + ", account " + emulator.accountId() + "), started in " + millis + " ms.");
        out.println("Point any AWS SDK or the AWS CLI at it, for example:");
        out.println("  aws ivs-realtime create-stage --name demo --endpoint-url " + emulator.endpoint()
                + " --region " + emulator.region());
        out.println("Credentials are not checked. Stop with Ctrl-C.");
        out.flush();
        stopped.await();
    }

    private static String usage() {
        return "usage: java -jar ivs-emulator-standalone.jar [--port N] [--bind ADDRESS] [--region NAME] "
                + "[--account-id DIGITS]\n"
                + "  --port N            TCP port; 0 (the default) picks a free one\n"
                + "  --bind ADDRESS      address to listen on; default 127.0.0.1 (use 0.0.0.0 to accept other hosts)\n"
                + "  --region NAME       region in ARNs and URLs; default " + EmulatorOptions.DEFAULT_REGION + "\n"
                + "  --account-id DIGITS 12-digit account id in ARNs; default " + EmulatorOptions.DEFAULT_ACCOUNT_ID;
    }
}
