package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.IvsEmulator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ivs-emulator-<version>-standalone.jar [--port N] [--bind ADDRESS] [--region NAME]
 * [--account-id DIGITS] [--quota NAME=N] [--journal-capacity N] [--strict-sigv4 ID:SECRET] [--rtmp-port N]
 * [--event-webhook URL [--event-webhook-api-key NAME:VALUE | --event-webhook-basic-auth USER:PASSWORD]]
 * [--chat-review-url URL] [--chat-review-timeout PT0.2S]}: runs the emulator until the process is stopped (Ctrl-C
 * or SIGTERM), so that clients in any language can use it. The first line printed is the endpoint, for scripts to
 * read. If the emulator can no longer accept connections (such as after an {@code OutOfMemoryError} in its accept
 * loop), the process exits with status 70 and says why, rather than stay up and answer nothing.
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
        EmulatorServer.onFatal(e -> {
            System.err.println("ivs-emulator: stopped: it can no longer accept connections (" + e + "); exiting.");
            Runtime.getRuntime().halt(70);
        });
        long started = System.nanoTime();
        IvsEmulator emulator;
        try {
            emulator = IvsEmulator.start(options);
        } catch (RuntimeException e) {
            System.err.println("ivs-emulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "ivs-emulator-shutdown"));

        out.println(emulator.endpoint());
        out.println("IVS emulator serving IVS, IVS Real-Time and IVS Chat on " + emulator.endpoint() + " (region "
                + emulator.region() + ", account " + emulator.accountId() + "), started in " + millis + " ms.");
        out.println("Point any AWS SDK or the AWS CLI at it, for example:");
        out.println("  aws ivs-realtime create-stage --name demo --endpoint-url " + emulator.endpoint()
                + " --region " + emulator.region());
        out.println(options.signingKeys().isEmpty() ? "Credentials are not checked."
                : "Strict SigV4: requests must be signed with a configured key.");
        out.println("Chat messaging (WebSocket, the chat token as subprotocol): " + emulator.chatMessagingEndpoint()
                + options.chatReviewUrl().map(url -> "; messages of rooms with a review handler are POSTed to "
                        + ChatReviews.shown(url)).orElse(""));
        out.println("Control API (reset, calls, faults, clock, simulations): " + emulator.endpoint() + "/_emulator/info");
        out.println("Events as server-sent events: " + emulator.endpoint() + "/_emulator/events");
        options.eventWebhook().ifPresent(w -> out.println("Events also posted as an EventBridge API destination posts "
                + "them: " + w));
        emulator.rtmpEndpoint().ifPresent(rtmp -> {
            out.println("RTMP ingest (RTMPS on the same port): " + rtmp + "<stream key>, for example");
            out.println("  ffmpeg -re -f lavfi -i testsrc=size=1280x720:rate=30 -f lavfi -i sine -pix_fmt yuv420p "
                    + "-c:v libx264 -g 60 -c:a aac -f flv " + rtmp + "<stream key>");
        });
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
    }

    private static String usage() {
        return "usage: java -jar ivs-emulator-standalone.jar [--port N] [--bind ADDRESS] [--region NAME] "
                + "[--account-id DIGITS] [--quota NAME=N]... [--journal-capacity N] [--strict-sigv4 ID:SECRET]... "
                + "[--rtmp-port N] [--event-webhook URL [--event-webhook-api-key NAME:VALUE]] "
                + "[--chat-review-url URL] [--chat-review-timeout PT0.2S]\n"
                + "  --port N            TCP port; 0 (the default) picks a free one\n"
                + "  --bind ADDRESS      address to listen on; default 127.0.0.1 (use 0.0.0.0 to accept other hosts)\n"
                + "  --region NAME       region in ARNs and URLs; default " + EmulatorOptions.DEFAULT_REGION + "\n"
                + "  --account-id DIGITS 12-digit account id in ARNs; default " + EmulatorOptions.DEFAULT_ACCOUNT_ID + "\n"
                + "  --quota NAME=N      change a quota, such as stages=100000 (names: " + java.util.Arrays.toString(
                        io.ivsjava.emulator.Quota.values()).toLowerCase(java.util.Locale.ROOT) + ")\n"
                + "  --journal-capacity N  recent calls kept by the journal; default "
                + EmulatorOptions.DEFAULT_JOURNAL_CAPACITY + "\n"
                + "  --strict-sigv4 ID:SECRET  check SigV4 signatures against this key (repeatable; needs "
                + "software.amazon.awssdk:http-auth-aws on the class path)\n"
                + "  --rtmp-port N       turn the media plane on: take RTMP(S) publishes on this port (0 picks a free "
                + "one)\n"
                + "  --event-webhook URL  also POST every event there, as an EventBridge API destination does\n"
                + "  --event-webhook-api-key NAME:VALUE  the webhook's connection sends header NAME: VALUE\n"
                + "  --event-webhook-basic-auth USER:PASSWORD  the webhook's connection sends basic auth\n"
                + "  --chat-review-url URL  POST chat messages of rooms with a message review handler here, as the "
                + "review Lambda's event; answer as the Lambda does ({\"ReviewResult\": \"ALLOW\"|\"DENY\", ...})\n"
                + "  --chat-review-timeout D  how long a review may take (ISO-8601, default PT0.2S as at IVS); then "
                + "the room's fallbackResult applies";
    }
}
