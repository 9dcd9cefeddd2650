package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.ChatToken;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.Room;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.core.TokenSigner;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.ChatAdmission;
import io.ivsjava.live.ChatEvent;
import io.ivsjava.live.GoLiveOptions;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.CreatedChannel;
import io.ivsjava.lowlatency.GeneratedPlaybackKeyPair;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.PlaybackToken;
import io.ivsjava.lowlatency.PlaybackTokenSigner;
import io.ivsjava.lowlatency.PlaybackTokenSpec;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.Host;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.ParticipantTokenVerifier;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageSpec;
import io.ivsjava.realtime.Viewer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No secret in any log: with every logger of every module at TRACE (and java.util.logging at ALL), captured by
 * {@link CapturedLogs}, the StreamCat demo runs end to end and the library is called directly through the flows
 * that handle secrets, failures included; then no captured line, no exception's text and no {@code toString} of a
 * value that held a secret may contain one.
 *
 * <p>The secrets: participant tokens (hosts', viewers', co-hosts', exchanged ones), playback tokens, chat tokens
 * (hosts', viewers', anonymous viewers'; used on the emulator's messaging WebSocket, refused, and refused to a banned
 * user), stream keys, P-384 private keys (as PEM, DER and the private number), StreamCat's API keys, the database
 * password and the AWS secret access key of the connection. Each is looked for whole, and signed tokens also by
 * their signature alone. The demo's own story (its standard output) is not a log and shows viewers' tokens on
 * purpose; it is not scanned.
 * Nor are Apache HttpClient's {@code org.apache.http.wire} and {@code org.apache.http.headers} loggers, which dump
 * every byte the AWS SDK sends and receives, nor the JDK HTTP client's WebSocket debug trace, which shows the chat
 * clients' connections with their subprotocol, where IVS Chat's protocol puts the token, nor (JDK 24 and later) the
 * JDK's trace of the commands it starts, FFmpeg's with its stream key (see {@link #WIRE_DUMPS}).
 */
class NoSecretInAnyLogTest {
    /**
     * Loggers that dump HTTP traffic byte for byte: what IVS answers (tokens from CreateParticipantToken, stream
     * key values) is in them by construction, whatever the library does. They are off unless a deployment turns
     * them on, and the README says never to do so in production. The JDK's {@code jdk.internal.httpclient}
     * WebSocket trace is the same for the chat clients here (the demo's and this test's, in a viewer's place: the
     * backend opens no WebSocket): it prints each connection with its subprotocol, which is the chat token. And
     * since JDK 24, {@code java.lang.ProcessBuilder} logs every command it starts, at {@code FINER}: the demo's
     * FFmpeg encoder has the stream key in its RTMPS URL, on its command line, as any FFmpeg publish has (and as the
     * process list shows it). Everything else is scanned.
     */
    static final Set<String> WIRE_DUMPS = Set.of("org.apache.http.wire", "org.apache.http.headers",
            "jdk.internal.httpclient.websocket.debug", "java.lang.ProcessBuilder");

    @TempDir
    Path data;

    /** Each secret met, with what it is (for the failure message, which never prints a secret whole). */
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    /** Texts the library shows: exception messages and stack traces, and toStrings of values that held secrets. */
    private final List<String> shown = new ArrayList<>();

    @Test
    void noTokenKeyPasswordOrApiKeyAppearsInALogLineAnExceptionOrAToString() throws Exception {
        String canary = "canary-" + HexFormat.of().formatHex(random(24));
        CapturedLogs.start();
        List<CapturedLogs.Line> lines;
        try {
            LoggerFactory.getLogger("io.ivsjava.canary").trace("a planted secret, to prove the scan finds one: {}",
                    canary);
            streamCatDemo();
            library();
        } finally {
            lines = CapturedLogs.stop();
        }

        // Every module was heard, at its most verbose. (Failures print logger names and levels only: a line may
        // hold a secret, and the reports are kept.)
        assertThat(lines.size()).as("captured lines").isGreaterThan(200);
        Set<String> loggers = new java.util.TreeSet<>();
        Set<String> levels = new java.util.TreeSet<>();
        lines.forEach(l -> {
            loggers.add(l.logger());
            levels.add(l.level());
        });
        for (String module : List.of("io.ivsjava.realtime", "io.ivsjava.lowlatency", "io.ivsjava.chat",
                "io.ivsjava.live", "io.ivsjava.examples", "io.ivsjava.emulator", "software.amazon.awssdk",
                "com.zaxxer.hikari")) {
            assertThat(loggers).as("loggers heard").anyMatch(name -> name.startsWith(module));
        }
        assertThat(levels).contains("TRACE", "DEBUG", "INFO", "JUL-FINE");
        if (usesPostgres) {
            assertThat(loggers).as("loggers heard").anyMatch(name -> name.startsWith("org.postgresql"));
        }
        assertThat(secrets.values()).as("kinds of secrets met").contains("participant token", "playback token",
                "chat token", "stream key", "private key", "API key", "events API key", "database password",
                "AWS secret access key");

        List<String> texts = new ArrayList<>();
        for (CapturedLogs.Line line : lines) {
            if (!WIRE_DUMPS.contains(line.logger())) {
                texts.add("log " + line.text());
            }
        }
        shown.forEach(s -> texts.add("shown " + s));
        List<String> wire = new ArrayList<>();
        lines.stream().filter(l -> WIRE_DUMPS.contains(l.logger())).forEach(l -> wire.add(l.text()));
        Map<String, Long> byModule = new java.util.TreeMap<>();
        lines.forEach(l -> byModule.merge(l.logger().replaceAll("^((?:[^.]+\\.){0,2}[^.]+).*", "$1"), 1L, Long::sum));
        System.out.printf("Scanned %d log lines (%s), %d exception texts and toStrings, for %d secrets; the HTTP "
                + "client's wire dumps (%d lines, not scanned) hold %d of them%n", texts.size() - shown.size(),
                byModule, shown.size(), secrets.size(), wire.size(), leaks(wire, secrets).size());
        assertThat(leaks(texts, Map.of(canary, "the canary"))).as("the planted canary is found").hasSize(1);
        assertThat(leaks(texts, secrets)).as("secrets in logs, exception messages or toStrings (of %s secrets, %s "
                + "texts)", secrets.size(), texts.size()).isEmpty();
    }

    private boolean usesPostgres;

    // ---- StreamCat, end to end

    /** The scripted demo through a recording proxy (which learns every secret the backend hands out). */
    private void streamCatDemo() throws Exception {
        String password = HexFormat.of().formatHex(random(16));
        DatabaseConfig database;
        TestPostgres postgres = null;
        if (System.getenv(TestPostgres.URL_VARIABLE) != null) {
            postgres = TestPostgres.require();
            database = postgres.config();
            password = database.password().orElseThrow();
            usesPostgres = true;
        } else {
            database = new DatabaseConfig(DatabaseConfig.embedded(data).jdbcUrl(), Optional.of("streamcat"),
                    Optional.of(password));
        }
        secret(password, "database password");
        // As the command line reads it: the password from the environment, the rest from arguments.
        Options options = Options.parse(new String[] {"serve", "--jdbc-url", database.jdbcUrl(), "--db-user",
            database.user().orElseThrow()}, Optional.of(password));
        show(options);
        show(options.database());
        EventsApiKey eventsKey = new EventsApiKey(EventsApiKey.DEFAULT_HEADER, hex(24));
        secret(eventsKey.value(), "events API key");
        show(eventsKey);
        show(io.ivsjava.emulator.EventWebhook.to(URI.create("http://127.0.0.1:9/events"))
                .withApiKey(eventsKey.headerName(), eventsKey.value()));
        // With the media plane on, the demo streams with FFmpeg where it is installed (CI installs it): the stream
        // key then also travels over RTMP(S) and is on FFmpeg's command line, and must reach no log either.
        try (IvsEmulator emulator = IvsEmulator.builder().rtmpPort(0).start();
             StreamCatBackend backend = StreamCatBackend.start(IvsTarget.embedded(emulator), options.database(),
                     new InetSocketAddress("127.0.0.1", 0), eventsKey);
             RecordingProxy proxy = new RecordingProxy(backend.endpoint())) {
            secret(emulator.secretAccessKey(), "AWS secret access key");
            ByteArrayOutputStream story = new ByteArrayOutputStream();
            new Demo(proxy.endpoint(), new PrintStream(story, true, StandardCharsets.UTF_8), Optional.of(eventsKey))
                    .run();
            assertThat(story.toString(StandardCharsets.UTF_8)).contains("Demo complete");
            if (FfmpegEncoder.available(FfmpegEncoder.PROGRAM)) {
                assertThat(story.toString(StandardCharsets.UTF_8)).as("the demo streamed with FFmpeg")
                        .containsPattern("FFmpeg streamed for .* and exited with status 0");
            }
            assertThat(proxy.exchanges).as("requests through the proxy").isGreaterThan(50);

            // Refusals that meet secrets: a wrong API key, a token of a user that does not exist any more.
            StreamCatClient api = new StreamCatClient(proxy.endpoint());
            String key = api.signUp("zed", "LOW_LATENCY");
            JsonNode studio = api.call("GET", "/api/studio", key, null, 200);
            assertThat(studio.path("admission").path("streamKey").asText()).startsWith("sk_");
            api.call("GET", "/api/me", key.substring(0, key.length() - 2) + "xx", null, 401);
            api.call("DELETE", "/api/me", key, null, 200);
            api.call("GET", "/api/me", key, null, 401);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }

        // The database refusing a wrong password, and a password written into the URL itself.
        String wrong = HexFormat.of().formatHex(random(16));
        secret(wrong, "database password");
        failure(() -> Database.open(new DatabaseConfig(database.jdbcUrl(), database.user(), Optional.of(wrong))));
        if (usesPostgres) {
            try (TestPostgres again = TestPostgres.require()) {
                openWithThePasswordInTheUrl(again.config(), "&password=", password);
            }
        } else {
            openWithThePasswordInTheUrl(database, ";PASSWORD=", password);
        }
    }

    private void openWithThePasswordInTheUrl(DatabaseConfig database, String parameter, String password) {
        DatabaseConfig inUrl = new DatabaseConfig(database.jdbcUrl() + parameter + password, database.user(),
                Optional.empty());
        show(inUrl);
        try (Database db = Database.open(inUrl)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
    }

    // ---- the library, called directly

    private void library() throws Exception {
        IvsEmulator strict = IvsEmulator.builder().strictSigV4("AKIDLOGSCAN", "wrong-secret-" + hex(12)).start();
        String secretKey = "real-secret-" + hex(12);
        secret(secretKey, "AWS secret access key");
        try (IvsEmulator emulator = IvsEmulator.start(); strict) {
            IvsConnection connection = IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                    .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
            show(connection);
            // A request signed with a secret the service does not know: refused without the secret in sight.
            IvsConnection refused = IvsConnection.builder().endpoint(strict.endpoint()).region(strict.region())
                    .credentials("AKIDLOGSCAN", secretKey).build();
            show(refused);
            try (IvsRealTime wrongSecret = IvsRealTime.connect(refused)) {
                failure(() -> wrongSecret.createStage(StageSpec.builder().name("x").build()));
            }
            try (IvsRealTime realTime = IvsRealTime.connect(connection);
                 IvsLowLatency lowLatency = IvsLowLatency.connect(connection);
                 IvsChat chat = IvsChat.connect(connection)) {
                keys(realTime);
                participantTokens(realTime, emulator);
                channelsAndPlayback(lowLatency);
                chatTokens(chat, emulator);
                live(realTime, lowLatency, emulator);
                liveChat(realTime, lowLatency, chat, emulator);
            }
        }
    }

    private void keys(IvsRealTime realTime) {
        P384KeyPair keys = P384Keys.generate();
        privateKey(keys);
        show(keys);
        String pem = P384Keys.toPem(keys.privateKey());
        show(P384Keys.readPrivateKey(pem));
        // A private key where a public one is due, a truncated one, one on another curve: refusals.
        failure(() -> P384Keys.readPublicKey(pem));
        failure(() -> P384Keys.readPrivateKey(pem.substring(0, pem.length() / 2)));
        failure(() -> P384Keys.readPrivateKey(pem.replace("PRIVATE KEY", "RSA PRIVATE KEY")));
        failure(() -> P384Keys.readPrivateKey(pem.replaceFirst("\n[A-Za-z0-9+/]{8}", "\n!!!!!!!!")));
        TokenSigner signer = TokenSigner.es384(keys.privateKey(), "kid");
        show(signer);
        String jwt = signer.sign(Map.of("hello", "world"));
        secret(jwt, "participant token");
        ImportedKeyPair imported = realTime.generateAndImportPublicKey("log-scan");
        privateKey(imported.keys());
        show(imported);
        show(imported.signer());
        show(imported.verifier());
    }

    private void participantTokens(IvsRealTime realTime, IvsEmulator emulator) {
        ImportedKeyPair pair = realTime.generateAndImportPublicKey("log-scan-tokens");
        privateKey(pair.keys());
        Stage stage = realTime.createStage(StageSpec.builder().name("log-scan").withToken(Host.of("kit")).build())
                .stage();
        ParticipantToken fromApi = token(realTime.createParticipantToken(stage.arn(), Viewer.of("bob")));
        ParticipantToken viewer = token(pair.signer().sign(stage, Viewer.of("cara")));
        List<ParticipantToken> crowd = pair.signer().signAll(stage, List.of(Viewer.of("d"), Viewer.of("e")),
                Duration.ofHours(1));
        crowd.forEach(this::token);
        show(crowd);
        String participant = emulator.simulateParticipantJoin(viewer.token());
        ParticipantToken exchanged = token(pair.signer().exchange(viewer, Host.of("cara"), Duration.ofHours(1)));
        emulator.simulateTokenExchange(exchanged.token());
        ParticipantTokenVerifier verifier = pair.verifier();
        show(verifier.verify(exchanged.token(), stage.arn(), Capability.PUBLISH));
        // Refusals of tokens, each of them shown a secret: the verifier's, the signer's and the emulator's.
        failure(() -> verifier.verify(fromApi.token(), stage.arn()));
        failure(() -> verifier.verify(viewer.token(), stage.arn(), Capability.PUBLISH));
        failure(() -> verifier.verify(viewer.token() + "x", stage.arn()));
        failure(() -> verifier.verify(viewer.token().replace('.', '!'), stage.arn()));
        failure(() -> pair.signer().exchange(fromApi, Host.of("bob"), Duration.ofHours(1)));
        failure(() -> emulator.simulateTokenExchange(fromApi.token()));
        failure(() -> emulator.simulateParticipantJoin(viewer.token().substring(0, viewer.token().length() - 4)));
        realTime.disconnectParticipant(stage.arn(), participant, "log scan");
        failure(() -> emulator.simulateParticipantJoin(exchanged.token()));
    }

    private void channelsAndPlayback(IvsLowLatency lowLatency) {
        CreatedChannel created = lowLatency.createChannel(io.ivsjava.lowlatency.ChannelSpec.builder().name("log-scan")
                .authorized(true).build());
        streamKey(created.streamKey());
        show(created);
        show(created.channel());
        StreamKey rotated = streamKey(lowLatency.rotateStreamKey(created.channel().arn()));
        show(lowLatency.getStreamKey(rotated.arn()));
        show(lowLatency.listStreamKeys(created.channel().arn()).toList());
        GeneratedPlaybackKeyPair playbackKeys = lowLatency.createPlaybackKeyPair("log-scan");
        privateKey(playbackKeys.keys());
        show(playbackKeys);
        PlaybackTokenSigner signer = PlaybackTokenSigner.create(playbackKeys.keys().privateKey());
        show(signer);
        PlaybackToken token = signer.sign(PlaybackTokenSpec.builder(created.channel().arn()).viewerId("viewer-1")
                .build());
        secret(token.token(), "playback token");
        secret(token.token().substring(token.token().lastIndexOf('.') + 1), "playback token");
        show(token);
        show(created.channel().playbackUrl().withToken(token).getPath());
        failure(() -> lowLatency.getStreamKey(io.ivsjava.core.StreamKeyArn.parse(
                rotated.arn().value().replaceAll(".$", "Z"))));
    }

    private void chatTokens(IvsChat chat, IvsEmulator emulator) throws Exception {
        Room room = chat.createRoom(RoomSpec.builder().name("log-scan").build());
        show(room);
        ChatToken host = chatToken(chat.createChatToken(room.arn(), ChatRole.host("kit")));
        ChatToken viewer = chatToken(chat.createChatToken(room.arn(), ChatRole.viewer("bob"), Duration.ofMinutes(5)));
        chatToken(chat.createChatToken(room.arn(), ChatRole.anonymous()));
        // Tokens at work on the messaging WebSocket (the JDK's client, as StreamCat's demo uses it), then refused:
        // used twice, tampered with, and for a deleted room.
        try (ChatClient kit = ChatClient.connect("kit", emulator.chatMessagingEndpoint(), host.token(),
                Duration.ofSeconds(30));
             ChatClient bob = ChatClient.connect("bob", emulator.chatMessagingEndpoint(), viewer.token(),
                     Duration.ofSeconds(30))) {
            show(kit);
            bob.send("log-scan-1", "hello");
            assertThat(kit.next(ChatClient.entity("MESSAGE", null), Duration.ofSeconds(30))).isPresent();
            chat.disconnectUser(room.arn(), "bob", "log scan");
            assertThat(bob.awaitClosed(Duration.ofSeconds(30))).isPresent();
        }
        refusedChat(emulator, viewer.token());
        refusedChat(emulator, viewer.token().substring(0, viewer.token().length() - 3) + "abc");
        ChatToken orphan = chatToken(chat.createChatToken(room.arn(), ChatRole.viewer("cara")));
        chat.deleteRoom(room.arn());
        refusedChat(emulator, orphan.token());
        failure(() -> chat.createChatToken(room.arn(), ChatRole.viewer("dan")));
    }

    private void refusedChat(IvsEmulator emulator, String token) {
        try (ChatClient accepted = ChatClient.connect("refused", emulator.chatMessagingEndpoint(), token,
                Duration.ofSeconds(30))) {
            throw new AssertionError("expected the messaging endpoint to refuse the token, but it took it: "
                    + accepted);
        } catch (IOException refused) {
            java.io.StringWriter trace = new java.io.StringWriter();
            refused.printStackTrace(new java.io.PrintWriter(trace));
            shown.add("exception " + trace);
        }
    }

    private void liveChat(IvsRealTime realTime, IvsLowLatency lowLatency, IvsChat chat, IvsEmulator emulator) {
        try (IvsLive live = IvsLive.builder().clients(realTime, lowLatency).namespace("log-scan-chat")
                .chatClient(chat).chatMessagingEndpoint(emulator.chatMessagingEndpoint()).build()) {
            show(live);
            show(live.chat());
            Broadcast show = live.provision("kit", StreamingMode.HYBRID);
            show(show);
            chatAdmission(live.chat().admit(show, "kit"));
            chatAdmission(live.chat().admit(show, "bob", Map.of("displayName", "Bob")));
            chatAdmission(live.chat().admitAnonymous(show));
            show(live.chat().ban(show, "bob", "log scan"));
            failure(() -> live.chat().admit(show, "bob"));
            live.chat().unban(show, "bob");
            chatAdmission(live.chat().admit(show, "bob"));
            live.chat().sendEvent(show, ChatEvent.streamEnding());
            show(live.teardown(show));
            failure(() -> live.chat().admit(show, "eve"));
        }
    }

    private void live(IvsRealTime realTime, IvsLowLatency lowLatency, IvsEmulator emulator) {
        ImportedKeyPair participantKey = realTime.generateAndImportPublicKey("log-scan-live");
        privateKey(participantKey.keys());
        GeneratedPlaybackKeyPair playbackKey = lowLatency.createPlaybackKeyPair("log-scan-live");
        privateKey(playbackKey.keys());
        try (IvsLive live = IvsLive.builder().clients(realTime, lowLatency).namespace("log-scan")
                .participantTokenKey(participantKey).playbackTokenKey(playbackKey.keys().privateKey()).build()) {
            show(live);
            Broadcast hybrid = live.goLive("kit", StreamingMode.HYBRID,
                    GoLiveOptions.builder().privatePlayback(true).build());
            show(hybrid);
            admission(live.admitHost(hybrid, "kit"));
            admission(live.admitViewer(hybrid, "bob"));
            Broadcast realTimeShow = live.goLive("dan", StreamingMode.REAL_TIME);
            Admission.WebRtc asViewer = (Admission.WebRtc) admission(live.admitViewer(realTimeShow, "eve"));
            String eve = emulator.simulateParticipantJoin(asViewer.token().token());
            admission(live.promote(realTimeShow, "eve", eve));
            Broadcast lowLatencyShow = live.goLive("fay", StreamingMode.LOW_LATENCY);
            show(lowLatencyShow);
            Admission ingest = admission(live.admitHost(lowLatencyShow, "fay"));
            streamKey(((Admission.Rtmps) ingest).streamKey());
            show(live.hostTokens());
            failure(() -> live.admitHost(realTimeShow, "mallory"));
            live.end(hybrid);
            show(live.teardown("kit"));
            show(live.teardown("dan"));
            show(live.teardown("fay"));
        }
    }

    // ---- bookkeeping

    private ParticipantToken token(ParticipantToken token) {
        secret(token.token(), "participant token");
        secret(token.token().substring(token.token().lastIndexOf('.') + 1), "participant token");
        show(token);
        show(token.participant());
        return token;
    }

    private Admission admission(Admission admission) {
        if (admission instanceof Admission.WebRtc webRtc) {
            token(webRtc.token());
        } else if (admission instanceof Admission.Hls hls) {
            hls.token().ifPresent(t -> {
                secret(t.token(), "playback token");
                secret(t.token().substring(t.token().lastIndexOf('.') + 1), "playback token");
                show(t);
            });
        } else if (admission instanceof Admission.Rtmps rtmps) {
            streamKey(rtmps.streamKey());
        }
        show(admission);
        return admission;
    }

    private ChatToken chatToken(ChatToken token) {
        secret(token.token(), "chat token");
        show(token);
        show(token.role());
        return token;
    }

    private void chatAdmission(ChatAdmission admission) {
        chatToken(admission.token());
        show(admission);
    }

    private StreamKey streamKey(StreamKey key) {
        secret(key.value(), "stream key");
        show(key);
        return key;
    }

    private void privateKey(P384KeyPair keys) {
        String pem = P384Keys.toPem(keys.privateKey());
        secret(pem, "private key");
        // Every line of the PEM body, the DER in one piece, and the private number itself.
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----") && line.length() >= 16) {
                secret(line, "private key");
            }
        }
        byte[] der = keys.privateKey().getEncoded();
        secret(Base64.getEncoder().encodeToString(der), "private key");
        secret(HexFormat.of().formatHex(der), "private key");
        BigInteger s = keys.privateKey().getS();
        secret(s.toString(), "private key");
        secret(s.toString(16), "private key");
        show(keys.privateKey());
    }

    private void secret(String value, String kind) {
        secrets.put(value, kind);
    }

    private void show(Object value) {
        shown.add(value.getClass().getName() + ": " + value);
    }

    private void failure(Supplier<?> action) {
        failure(() -> {
            action.get();
        });
    }

    private void failure(Runnable action) {
        try {
            action.run();
        } catch (IvsException | IllegalArgumentException | IllegalStateException | Database.StoreException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            shown.add("exception " + trace);
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    /** Which texts contain which secrets, described without the secret. */
    private static List<String> leaks(List<String> texts, Map<String, String> secrets) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                if (text.contains(secret.getKey())) {
                    found.add(secret.getValue() + " (" + secret.getKey().length() + " chars) in: "
                            + text.replace(secret.getKey(), "<" + secret.getValue() + ">"));
                }
            }
        }
        return found;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String hex(int n) {
        return HexFormat.of().formatHex(random(n));
    }

    /**
     * Forwards requests to the backend and learns the secrets in them: API keys from {@code Authorization}, and
     * tokens, stream keys and API keys from the JSON both ways.
     */
    private final class RecordingProxy implements AutoCloseable {
        private final URI target;
        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();
        volatile int exchanges;

        RecordingProxy(URI target) throws IOException {
            this.target = target;
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.createContext("/", this::forward);
            server.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private void forward(HttpExchange exchange) throws IOException {
            exchanges++;
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                learn(body);
                HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                for (String header : List.of("Authorization", "Content-Type", EventsApiKey.DEFAULT_HEADER)) {
                    String value = exchange.getRequestHeaders().getFirst(header);
                    if (value != null) {
                        request.header(header, value);
                        if (header.equals("Authorization") && value.startsWith("Bearer ")) {
                            secret(value.substring(7), "API key");
                        }
                    }
                }
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                learn(response.body());
                response.headers().firstValue("Content-Type").ifPresent(
                        type -> exchange.getResponseHeaders().set("Content-Type", type));
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1
                        : response.body().length);
                if (response.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(response.body());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        }

        private void learn(byte[] json) {
            if (json.length == 0) {
                return;
            }
            try {
                learn(Http.JSON.readTree(json));
            } catch (IOException notJson) {
                // nothing to learn
            }
        }

        private void learn(JsonNode node) {
            Map<String, String> kinds = new LinkedHashMap<>();
            kinds.put("token", "participant token");
            kinds.put("playbackToken", "playback token");
            kinds.put("streamKey", "stream key");
            kinds.put("apiKey", "API key");
            kinds.put("chatToken", "chat token");
            node.properties().forEach(e -> {
                String kind = kinds.get(e.getKey());
                if (kind != null && e.getValue().isTextual() && e.getValue().asText().length() > 16) {
                    String value = e.getValue().asText();
                    secret(value, kind);
                    if (kind.endsWith("token")) {
                        secret(value.substring(value.lastIndexOf('.') + 1), kind);
                    }
                }
                if (e.getValue().isContainerNode()) {
                    learn(e.getValue());
                }
            });
            if (node.isArray()) {
                node.forEach(this::learn);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
