package io.ivsjava.examples.streamcat;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ivs-examples.jar}: the StreamCat backend, and a scripted demo against it.
 *
 * <ul>
 *   <li>{@code demo} (the default) starts the backend on a free loopback port and runs {@link Demo} against it over
 *       HTTP; the exit status is 0 when every step did what StreamCat's flows expect, 1 otherwise. With
 *       {@code --url URL} the demo drives a backend that is already running instead.</li>
 *   <li>{@code serve} runs the backend until the process is stopped.</li>
 * </ul>
 * With {@code --rtmp-port N} the embedded emulator's media plane is real: encoders publish over RTMP(S) and viewers
 * play HLS; {@code serve} prints how, and the demo streams with FFmpeg where it is installed.
 * See {@link Options#USAGE} for the options. Stateless; {@link #run} may be called from any thread.
 */
public final class StreamCat {
    private StreamCat() {
    }

    /**
     * Runs the command line.
     *
     * @param args see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, Optional.ofNullable(System.getenv(Options.PASSWORD_VARIABLE)),
                Optional.ofNullable(System.getenv(EventsApiKey.VARIABLE)));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line, printing to the given streams; {@code serve} returns only when interrupted.
     *
     * @param args the arguments
     * @param out where the demo is told
     * @param err where problems are reported
     * @param password the database password from the environment, if any
     * @return the exit status: 0 on success, 1 on failure, 2 on bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Optional<String> password) {
        return run(args, out, err, password, Optional.empty());
    }

    /**
     * Runs the command line, printing to the given streams; {@code serve} returns only when interrupted.
     *
     * @param args the arguments
     * @param out where the demo is told
     * @param err where problems are reported
     * @param password the database password from the environment, if any
     * @param eventsApiKey the events API key from the environment ({@value EventsApiKey#VARIABLE}), if any
     * @return the exit status: 0 on success, 1 on failure, 2 on bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Optional<String> password,
                          Optional<String> eventsApiKey) {
        Options options;
        try {
            options = Options.parse(args, password, eventsApiKey);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        try {
            if (options.command().equals("serve")) {
                return serve(options, out);
            }
            if (options.demoTarget().isPresent()) {
                new Demo(options.demoTarget().get(), out, options.eventsApiKey()).run();
                return 0;
            }
            EventsApiKey key = options.eventsApiKey().orElseGet(EventsApiKey::generate);
            try (StreamCatBackend backend = start(options, 0, key)) {
                new Demo(backend.endpoint(), out, Optional.of(key)).run();
            }
            return 0;
        } catch (Demo.DemoFailure e) {
            err.println("The demo failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("StreamCat failed: " + e);
            return 1;
        }
    }

    private static int serve(Options options, PrintStream out) {
        // The server tells what it does (never a token or key); set before the first logger is made.
        System.setProperty("org.slf4j.simpleLogger.log.io.ivsjava", "info");
        if (options.eventsApiKey().isEmpty() && options.backend() != Options.Backend.EMBEDDED) {
            out.println("No events API key ($" + EventsApiKey.VARIABLE + "): POST /events refuses every delivery, so "
                    + "live flags will not follow IVS's events");
        }
        StreamCatBackend backend = start(options, 8080, options.eventsApiKey().orElseGet(EventsApiKey::generate));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backend.close();
            stopped.countDown();
        }, "streamcat-shutdown"));
        out.println("StreamCat backend listening on " + backend.endpoint() + "; Ctrl-C stops it");
        backend.rtmpIngest().ifPresent(rtmp -> mediaPlane(rtmp, out));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            backend.close();
        }
        return 0;
    }

    /** How to stream to, and watch, a LOW_LATENCY user's channel on the embedded emulator's media plane. */
    static void mediaPlane(URI rtmp, PrintStream out) {
        URI rtmps = URI.create(rtmp.toString().replaceFirst("^rtmp:", "rtmps:"));
        out.println("The embedded emulator's media plane is on: RTMP(S) ingest at " + rtmp + ", HLS at each channel's "
                + "playback URL.");
        out.println("A LOW_LATENCY user's studio (GET /api/studio) hands out its RTMPS server, " + rtmps
                + ", and stream key. Stream with");
        out.println("  " + FfmpegEncoder.commandLine(rtmps));
        out.println("or " + FfmpegEncoder.obsSettings(rtmp) + ".");
        out.println("Watch: the viewer page (GET /api/channels/<username>) has the playbackUrl, which answers while "
                + "the stream is live:");
        out.println("  " + FfmpegEncoder.players("<playbackUrl>"));
    }

    private static StreamCatBackend start(Options options, int defaultPort, EventsApiKey eventsKey) {
        IvsTarget ivs;
        switch (options.backend()) {
            case AWS:
                ivs = IvsTarget.aws();
                break;
            case ENDPOINT:
                ivs = IvsTarget.endpoint(options.endpoint().orElseThrow(), options.region());
                break;
            default:
                ivs = options.rtmpPort().map(IvsTarget::embeddedWithMediaPlane).orElseGet(IvsTarget::embedded);
                break;
        }
        try {
            return StreamCatBackend.start(ivs, options.database(),
                    new InetSocketAddress(options.host(), options.port().orElse(defaultPort)), eventsKey);
        } catch (RuntimeException e) {
            ivs.close();
            throw e;
        }
    }
}
