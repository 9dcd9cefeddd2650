package io.ivsjava.examples;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.CreatedChannel;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.LatencyMode;
import io.ivsjava.lowlatency.LiveStream;
import io.ivsjava.realtime.CreatedStage;
import io.ivsjava.realtime.Host;
import io.ivsjava.realtime.ImportedPublicKey;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.ParticipantTokenSigner;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageSpec;
import io.ivsjava.realtime.Viewer;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The StreamCat tour: how a user-generated-content app goes live on IVS with ivs-java.
 *
 * <ol>
 *   <li>Kit goes live in real time: a stage, created with a host token for Kit.</li>
 *   <li>Bob joins to watch: a viewer token from the CreateParticipantToken API.</li>
 *   <li>Cara joins too, with a token the backend signs itself (no API call), after importing its public key.</li>
 *   <li>The same show as a broadcast: a low-latency channel, its RTMPS ingest and stream key, its HLS URL.</li>
 *   <li>Everything is cleaned up.</li>
 * </ol>
 *
 * <p>Runs on an embedded IVS emulator by default. {@code --endpoint URL} points it at another emulator (such as the
 * standalone jar); {@code --aws} uses real AWS through the default credential and region chains (it creates and
 * deletes a stage, a public key and a channel in your account).
 */
public final class StreamCatTour {
    private final PrintStream out;

    private StreamCatTour(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the tour.
     *
     * @param args {@code [--endpoint URL [--region NAME]] | [--aws]}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the tour, printing to the given streams.
     *
     * @param args the command line
     * @param out where the tour is told
     * @param err where problems are reported
     * @return the process exit status: 0 on success, 1 on failure, 2 on bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<URI> endpoint = Optional.empty();
        String region = "us-east-1";
        boolean aws = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--aws":
                    aws = true;
                    break;
                case "--endpoint":
                case "--region":
                    if (i + 1 >= args.length) {
                        err.println(args[i] + " needs a value");
                        return 2;
                    }
                    if (args[i].equals("--endpoint")) {
                        endpoint = Optional.of(URI.create(args[++i]));
                    } else {
                        region = args[++i];
                    }
                    break;
                default:
                    err.println("usage: java -jar ivs-examples.jar [--endpoint URL [--region NAME] | --aws]");
                    return 2;
            }
        }
        if (aws && endpoint.isPresent()) {
            err.println("--aws and --endpoint exclude each other");
            return 2;
        }

        StreamCatTour tour = new StreamCatTour(out);
        try {
            if (aws) {
                out.println("Backend: AWS (default credential and region chains)");
                tour.run(IvsConnection.defaults(), Optional.empty());
            } else if (endpoint.isPresent()) {
                out.println("Backend: IVS emulator at " + endpoint.get() + " (" + region + ")");
                tour.run(IvsConnection.builder().endpoint(endpoint.get()).region(region)
                        .credentials("ivs-emulator", "ivs-emulator-secret").build(), Optional.empty());
            } else {
                try (IvsEmulator emulator = IvsEmulator.start()) {
                    out.println("Backend: embedded IVS emulator at " + emulator.endpoint() + " (" + emulator.region()
                            + ")");
                    tour.run(IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                            .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build(),
                            Optional.of(emulator));
                }
            }
            out.println();
            out.println("Tour complete.");
            return 0;
        } catch (IvsException e) {
            err.println("The tour failed: " + e.getMessage());
            e.errorCode().ifPresent(code -> err.println("  IVS error code: " + code));
            e.requestId().ifPresent(id -> err.println("  request id: " + id));
            return 1;
        }
    }

    private void run(IvsConnection connection, Optional<IvsEmulator> emulator) {
        String show = "streamcat-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        try (IvsRealTime realTime = IvsRealTime.connect(connection);
             IvsLowLatency lowLatency = IvsLowLatency.connect(connection)) {

            step("The three ways to stream, and what each means for hosts and viewers");
            for (StreamingMode mode : StreamingMode.values()) {
                Duration latency = mode.viewerDelivery().typicalLatency();
                say(String.format("%-11s hosts send %-6s and see %-6s; viewers watch %-6s (up to %dp, ~%s)",
                        mode, mode.hostIngest(), mode.hostDelivery(), mode.viewerDelivery(),
                        mode.viewerDelivery().maxVideoHeight(),
                        latency.toSeconds() > 0 ? latency.toSeconds() + " s" : latency.toMillis() + " ms"));
            }

            step("1. Kit goes live in real time: a stage, created with a host token for Kit");
            CreatedStage created = realTime.createStage(StageSpec.builder()
                    .name(show)
                    .tag("app", "streamcat")
                    .withToken(Host.of("kit", Map.of("displayName", "Kit the Cat")))
                    .build());
            Stage stage = created.stage();
            say("stage      " + stage.arn());
            say("events     " + stage.endpoints().events().map(URI::toString).orElse("-"));
            say("whip       " + stage.endpoints().whip().map(URI::toString).orElse("-"));
            describe("Kit", created.tokens().get(0));

            step("2. Bob joins to watch: a viewer token from the CreateParticipantToken API");
            ParticipantToken bob = realTime.createParticipantToken(stage.arn(), Viewer.of("bob"), Duration.ofHours(2));
            describe("Bob", bob);

            step("3. Cara joins too, with a token the backend signs itself");
            P384KeyPair keys = P384Keys.generate();
            ImportedPublicKey key = realTime.importPublicKey(show + "-key", keys.publicKey());
            say("imported P-384 public key " + key.arn() + " (fingerprint " + key.fingerprint() + ")");
            ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys.privateKey(), key.arn());
            ParticipantToken cara = signer.sign(stage, Viewer.of("cara"), Duration.ofMinutes(30));
            describe("Cara", cara);
            say("signed locally with kid " + signer.publicKeyArn() + ": no API call per viewer");

            step("4. The same show as a broadcast: a low-latency channel with RTMPS ingest and HLS playback");
            CreatedChannel createdChannel = lowLatency.createChannel(ChannelSpec.builder()
                    .name(show)
                    .latencyMode(LatencyMode.LOW)
                    .tag("app", "streamcat")
                    .build());
            Channel channel = createdChannel.channel();
            say("channel    " + channel.arn() + " (" + channel.type() + ", " + channel.latencyMode() + " latency)");
            say("ingest     " + channel.ingest().rtmpsUrl() + "   <- the encoder's server URL (OBS: Server)");
            say("stream key " + redact(createdChannel.streamKey().value()) + "   <- the encoder's secret (OBS: Stream Key)");
            say("playback   " + channel.playbackUrl() + "   <- the viewers' HLS player");
            emulator.ifPresent(e -> {
                e.simulateStreamStart(channel.arn().value());
                say("(the emulator simulates Kit's encoder connecting)");
            });
            Optional<LiveStream> live = lowLatency.getStream(channel.arn());
            if (live.isPresent()) {
                say("stream     " + live.get().streamId() + " is LIVE, health " + live.get().health());
                lowLatency.putMetadata(channel.arn(), "{\"type\":\"poll\",\"question\":\"Tuna or salmon?\"}");
                say("metadata   a poll sent into the stream, in sync with the video");
            } else {
                say("stream     offline until an encoder connects with the stream key");
            }

            step("5. Clean up");
            emulator.ifPresent(e -> e.simulateStreamEnd(channel.arn().value()));
            lowLatency.deleteChannel(channel.arn());
            say("deleted channel " + channel.arn());
            realTime.deletePublicKey(key.arn());
            say("deleted public key " + key.arn());
            realTime.deleteStage(stage.arn());
            say("deleted stage " + stage.arn());
        }
    }

    private void describe(String who, ParticipantToken token) {
        say(String.format("%-10s participant %s, %s, %s token, expires %s", who, token.participant().id(),
                token.participant().canPublish() ? "publishes and subscribes (host)" : "subscribes only (viewer)",
                token.selfSigned() ? "self-signed" : "API", token.expiresAt()));
        say("           token " + redact(token.token()) + "   <- hand this to " + who + "'s app only");
    }

    private void step(String title) {
        out.println();
        out.println("== " + title);
    }

    private void say(String line) {
        out.println("   " + line);
    }

    /** Secrets are shown only by their first characters and length, never whole. */
    private static String redact(String secret) {
        return secret.substring(0, Math.min(12, secret.length())) + "... (" + secret.length() + " characters)";
    }
}
