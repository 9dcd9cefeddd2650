package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.internal.hls.Ffmpeg;
import io.ivsjava.emulator.internal.hls.FlvFile;
import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.Channel;

/**
 * HLS playback of what a publisher sends, checked with FFmpeg's own tools: until RTMP ingest feeds it, an FLV file
 * made by FFmpeg feeds the channel's media sink (FLV tags carry exactly the bodies RTMP messages do). Skipped where
 * ffmpeg is not installed; {@code .ci/run} installs it, so CI runs it.
 */
class PlaybackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @TempDir
    static Path dir;
    static FlvFile flv;
    static EmulatorServer server;
    static IvsClient ivs;
    static KeyPair playbackKey;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Ffmpeg.available(), "ffmpeg and ffprobe are not installed");
        flv = FlvFile.read(Ffmpeg.testFlv(dir.resolve("test.flv"), 6));
        server = EmulatorServer.start(EmulatorOptions.defaults().withRtmpPort(0));
        ivs = IvsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .build();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        playbackKey = g.generateKeyPair();
        ivs.importPlaybackKeyPair(b -> b.name("web").publicKeyMaterial(pem(playbackKey)));
    }

    @AfterAll
    static void stop() {
        if (ivs != null) {
            ivs.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A channel made live by the simulation, with the test file's six seconds fed to its sink. */
    private static MediaSink live(Channel channel) {
        server.simulateStreamStart(channel.arn());
        String streamId = ivs.getStream(b -> b.channelArn(channel.arn())).stream().streamId();
        MediaSink sink = server.mediaSinks().open(channel.arn(), streamId);
        flv.feed(sink, 0);
        return sink;
    }

    private static Channel channel(Consumer<software.amazon.awssdk.services.ivs.model.CreateChannelRequest.Builder> spec) {
        return ivs.createChannel(b -> spec.accept(b.name("playback"))).channel();
    }

    @Test
    void aLiveChannelPlaysItsH264AndAacAndTheMultivariantPlaylistSaysWhatTheyAre() throws Exception {
        Channel channel = channel(b -> { });
        assertThat(channel.playbackUrl()).startsWith(server.endpoint() + "/api/video/v1/us-east-1.123456789012.channel.")
                .endsWith(".m3u8");
        live(channel);

        HttpResponse<String> multivariant = get(channel.playbackUrl(), Map.of());
        assertThat(multivariant.statusCode()).isEqualTo(200);
        assertThat(multivariant.headers().firstValue("content-type")).hasValue("application/vnd.apple.mpegurl");
        assertThat(multivariant.headers().firstValue("access-control-allow-origin")).hasValue("*");
        assertThat(multivariant.body()).startsWith("#EXTM3U\n").contains("RESOLUTION=1280x720",
                "FRAME-RATE=30.000").containsPattern("BANDWIDTH=[1-9][0-9]{4,}")
                .containsPattern("CODECS=\"avc1\\.[0-9A-F]{6},mp4a\\.40\\.2\"");

        Ffmpeg.Run probe = Ffmpeg.run(90, "ffprobe", "-v", "error", "-show_entries",
                "stream=index,codec_name,codec_type,width,height", "-of", "csv=p=0", channel.playbackUrl());
        assertThat(probe.exit()).as(probe.stderr()).isZero();
        assertThat(probe.out().lines().distinct().toList())
                .contains("0,h264,video,1280,720", "1,aac,audio", "2,timed_id3,data");

        Ffmpeg.Run decode = Ffmpeg.run(90, "ffmpeg", "-nostdin", "-v", "error", "-i", channel.playbackUrl(),
                "-map", "0:v", "-frames:v", "30", "-f", "framemd5", "-");
        assertThat(decode.exit()).as(decode.stderr()).isZero();
        assertThat(decode.out().lines().filter(l -> l.startsWith("0,")).count()).as("decoded frames").isEqualTo(30);
    }

    @Test
    void hlsJsInHeadlessChromiumPlaysTheStreamAndReceivesTheMetadata() throws Exception {
        Path check = Path.of("..", "tools", "hls-browser-check").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(check.resolve("node_modules")) && Ffmpeg.run(30, "node", "--version").exit() == 0
                && Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))),
                "Node.js, Chromium or " + check + "/node_modules (npm ci) is missing");
        Channel channel = channel(b -> { });
        MediaSink sink = live(channel);
        ivs.putMetadata(b -> b.channelArn(channel.arn()).metadata("{\"question\":\"tuna?\"}"));
        flv.feed(sink, 6_000);

        Ffmpeg.Run browser = Ffmpeg.run(120, "node", check.resolve("check.mjs").toString(), channel.playbackUrl(), "60");
        assertThat(browser.exit()).as(browser.stderr()).isZero();
        com.fasterxml.jackson.databind.JsonNode report = JSON.readTree(browser.out());
        assertThat(report.path("fatal").isNull()).as(report.toString()).isTrue();
        assertThat(report.path("levels").get(0).path("w").asInt()).isEqualTo(1280);
        assertThat(report.path("width").asInt()).as("decoded picture").isEqualTo(1280);
        assertThat(report.path("height").asInt()).isEqualTo(720);
        assertThat(report.path("currentTime").asDouble()).as("played").isGreaterThan(1.0);
        assertThat(report.path("metadata").toString()).contains("TXXX", "tuna?");
    }

    @Test
    void putMetadataReachesTheSegmentsAsId3AndTheEndEndsThePlaylist() throws Exception {
        Channel channel = channel(b -> { });
        MediaSink sink = live(channel);
        String rendition = rendition(channel.playbackUrl(), get(channel.playbackUrl(), Map.of()).body());
        String poll = "{\"poll\":\"tuna or salmon?\"}";
        ivs.putMetadata(b -> b.channelArn(channel.arn()).metadata(poll));
        flv.feed(sink, 6_000);
        sink.end();
        server.simulateStreamEnd(channel.arn());

        assertThat(get(channel.playbackUrl(), Map.of()).statusCode()).as("offline again").isEqualTo(404);
        String playlist = get(rendition, Map.of()).body();
        assertThat(playlist).contains("#EXT-X-PROGRAM-DATE-TIME:", "#EXTINF:2.0").endsWith("#EXT-X-ENDLIST\n");
        Ffmpeg.Run data = Ffmpeg.run(90, "ffmpeg", "-nostdin", "-v", "error", "-i", rendition, "-map", "0:d",
                "-c", "copy", "-f", "data", "-");
        assertThat(data.exit()).as(data.stderr()).isZero();
        // FFmpeg 5.1 drops the first 5 bytes of every stream type 0x15 PES payload (taking them for an ISO 13818-1
        // metadata AU cell header, which Apple's ID3-in-TS carriage has not), so "ID3" itself is not in its output;
        // HlsStreamTest reads the whole tag back.
        assertThat(new String(data.stdout(), StandardCharsets.UTF_8)).contains("TXXX", poll);
    }

    @Test
    void aChannelThatIsNotLiveOrDoesNotExistAnswers404() throws Exception {
        Channel channel = channel(b -> { });
        assertThat(get(channel.playbackUrl(), Map.of()).statusCode()).isEqualTo(404);
        server.simulateStreamStart(channel.arn());
        assertThat(get(channel.playbackUrl(), Map.of()).statusCode()).as("live, but no media").isEqualTo(404);
        server.simulateStreamEnd(channel.arn());
        String missing = channel.playbackUrl().replaceAll("channel\\.[a-zA-Z0-9]+\\.m3u8", "channel.missingMissi.m3u8");
        assertThat(get(missing, Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(channel.playbackUrl().replace("123456789012", "111122223333"), Map.of()).statusCode())
                .as("an account the emulator never saw").isEqualTo(404);
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(channel.playbackUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://cats.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).hasValue("https://cats.example");
        assertThat(preflight.headers().firstValue("access-control-allow-methods")).hasValue("GET, OPTIONS");
    }

    @Test
    void aPrivateChannelAnswers403WithoutAValidTokenAndPlaysWithOne() throws Exception {
        Channel channel = channel(b -> b.authorized(true));
        Channel other = channel(b -> b.authorized(true));
        live(channel);

        assertThat(get(channel.playbackUrl(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(get(channel.playbackUrl() + "?token=not.a.jwt", Map.of()).statusCode()).isEqualTo(403);
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair stranger = g.generateKeyPair();
        assertThat(play(channel, sign(stranger, claims(channel, 300)))).as("signed by a key never imported")
                .isEqualTo(403);
        assertThat(play(channel, sign(playbackKey, claims(channel, -10)))).as("expired").isEqualTo(403);
        assertThat(play(channel, sign(playbackKey, claims(other, 300)))).as("for another channel").isEqualTo(403);
        ObjectNode tooLong = claims(channel, 3600).put("aws:viewer-id", "cara");
        assertThat(play(channel, sign(playbackKey, tooLong))).as("a viewer id allows 10 minutes at most")
                .isEqualTo(403);

        String url = channel.playbackUrl() + "?token=" + sign(playbackKey, claims(channel, 300));
        assertThat(get(url, Map.of()).statusCode()).isEqualTo(200);
        Ffmpeg.Run probe = Ffmpeg.run(90, "ffprobe", "-v", "error", "-show_entries", "stream=codec_name",
                "-of", "csv=p=0", url);
        assertThat(probe.exit()).as(probe.stderr()).isZero();
        assertThat(probe.out().lines().distinct().toList()).contains("h264", "aac");

        String rendition = rendition(channel.playbackUrl(), get(url, Map.of()).body());
        String forged = rendition.replaceAll("/[a-zA-Z0-9]+/source\\.m3u8$", "/public/source.m3u8");
        assertThat(get(forged, Map.of()).statusCode()).as("a private channel has no public session").isEqualTo(403);
    }

    @Test
    void aRevokedViewerIsRefusedIncludingTheSessionItIsPlaying() throws Exception {
        Channel channel = channel(b -> b.authorized(true));
        live(channel);
        String token = sign(playbackKey, claims(channel, 300).put("aws:viewer-id", "dan")
                .put("aws:viewer-session-version", 1));
        HttpResponse<String> multivariant = get(channel.playbackUrl() + "?token=" + token, Map.of());
        assertThat(multivariant.statusCode()).isEqualTo(200);
        String rendition = rendition(channel.playbackUrl(), multivariant.body());
        assertThat(get(rendition, Map.of()).statusCode()).isEqualTo(200);

        ivs.startViewerSessionRevocation(b -> b.channelArn(channel.arn()).viewerId("dan")
                .viewerSessionVersionsLessThanOrEqualTo(1));

        assertThat(get(rendition, Map.of()).statusCode()).as("the session playing").isEqualTo(403);
        assertThat(play(channel, token)).as("a new session with the same version").isEqualTo(403);
        assertThat(play(channel, sign(playbackKey, claims(channel, 300).put("aws:viewer-id", "dan")
                .put("aws:viewer-session-version", 2)))).as("a newer version").isEqualTo(200);
        assertThat(play(channel, sign(playbackKey, claims(channel, 300).put("aws:viewer-id", "eve"))))
                .as("another viewer").isEqualTo(200);
    }

    @Test
    void theTokensOriginsAndSingleUseAreEnforced() throws Exception {
        Channel channel = channel(b -> b.authorized(true));
        live(channel);
        String lax = sign(playbackKey, claims(channel, 300)
                .put("aws:access-control-allow-origin", "https://cats.example,https://*.kittens.example"));
        String url = channel.playbackUrl() + "?token=" + lax;
        assertThat(get(url, Map.of("Origin", "https://dogs.example")).statusCode()).isEqualTo(403);
        assertThat(get(url, Map.of("Origin", "https://www.kittens.example")).statusCode()).isEqualTo(200);
        HttpResponse<String> withoutOrigin = get(url, Map.of());
        assertThat(withoutOrigin.statusCode()).as("not a browser").isEqualTo(200);
        assertThat(get(rendition(channel.playbackUrl(), withoutOrigin.body()), Map.of()).statusCode()).isEqualTo(200);

        String strict = sign(playbackKey, claims(channel, 300).put("aws:access-control-allow-origin",
                "https://cats.example").put("aws:strict-origin-enforcement", true));
        assertThat(get(channel.playbackUrl() + "?token=" + strict, Map.of()).statusCode()).isEqualTo(403);
        HttpResponse<String> fromCats = get(channel.playbackUrl() + "?token=" + strict,
                Map.of("Origin", "https://cats.example"));
        assertThat(fromCats.statusCode()).isEqualTo(200);
        assertThat(fromCats.headers().firstValue("access-control-allow-origin")).hasValue("https://cats.example");
        String rendition = rendition(channel.playbackUrl(), fromCats.body());
        assertThat(get(rendition, Map.of()).statusCode()).as("strict: every request").isEqualTo(403);
        assertThat(get(rendition, Map.of("Origin", "https://cats.example")).statusCode()).isEqualTo(200);

        String once = sign(playbackKey, claims(channel, 300).put("aws:single-use-uuid", UUID.randomUUID().toString()));
        assertThat(play(channel, once)).isEqualTo(200);
        assertThat(play(channel, once)).as("single use").isEqualTo(403);
    }

    @Test
    void aPlaybackRestrictionPolicyLimitsCountriesAndOriginsOfPublicChannelsOnly() throws Exception {
        String policy = ivs.createPlaybackRestrictionPolicy(b -> b.allowedCountries("DE", "FR")
                .allowedOrigins("https://cats.example")).playbackRestrictionPolicy().arn();
        String strictPolicy = ivs.createPlaybackRestrictionPolicy(b -> b.allowedOrigins("https://cats.example")
                .enableStrictOriginEnforcement(true)).playbackRestrictionPolicy().arn();
        Channel open = channel(b -> b.playbackRestrictionPolicyArn(policy));
        Channel strict = channel(b -> b.playbackRestrictionPolicyArn(strictPolicy));
        Channel authorized = channel(b -> b.playbackRestrictionPolicyArn(policy).authorized(true));
        live(open);
        live(strict);
        live(authorized);
        String country = Playback.COUNTRY_HEADER;

        assertThat(get(open.playbackUrl(), Map.of(country, "US")).statusCode()).isEqualTo(403);
        assertThat(get(open.playbackUrl(), Map.of(country, "de")).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = get(open.playbackUrl(), Map.of());
        assertThat(unknown.statusCode()).as("no country header: an allowed country").isEqualTo(200);
        String rendition = rendition(open.playbackUrl(), unknown.body());
        assertThat(get(rendition, Map.of(country, "US")).statusCode()).as("every request").isEqualTo(403);
        assertThat(get(open.playbackUrl(), Map.of("Origin", "https://evil.example")).statusCode()).isEqualTo(403);
        assertThat(get(open.playbackUrl(), Map.of("Origin", "https://cats.example")).statusCode()).isEqualTo(200);

        HttpResponse<String> strictPlay = get(strict.playbackUrl(), Map.of("Origin", "https://cats.example"));
        assertThat(strictPlay.statusCode()).isEqualTo(200);
        assertThat(get(strict.playbackUrl(), Map.of()).statusCode()).isEqualTo(403);
        String strictRendition = rendition(strict.playbackUrl(), strictPlay.body());
        assertThat(get(strictRendition, Map.of()).statusCode()).isEqualTo(403);
        assertThat(get(strictRendition, Map.of("Origin", "https://cats.example")).statusCode()).isEqualTo(200);

        assertThat(get(authorized.playbackUrl() + "?token=" + sign(playbackKey, claims(authorized, 300)),
                Map.of(country, "US")).statusCode()).as("IVS ignores a policy on a private channel").isEqualTo(200);
    }

    private static int play(Channel channel, String token) throws Exception {
        return get(channel.playbackUrl() + "?token=" + token, Map.of()).statusCode();
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The rendition playlist's URL, resolved from the multivariant playlist's one line that is a URI. */
    private static String rendition(String playbackUrl, String multivariant) {
        String line = multivariant.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
        return URI.create(playbackUrl).resolve(line).toString();
    }

    private static ObjectNode claims(Channel channel, long lifetimeSeconds) {
        ObjectNode claims = JSON.createObjectNode();
        claims.put("aws:channel-arn", channel.arn());
        claims.put("aws:access-control-allow-origin", "*");
        claims.put("exp", Instant.now().getEpochSecond() + lifetimeSeconds);
        return claims;
    }

    private static String sign(KeyPair key, ObjectNode claims) throws Exception {
        String input = B64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "ES384", "typ", "JWT"))) + "."
                + B64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature signer = Signature.getInstance("SHA384withECDSAinP1363Format");
        signer.initSign(key.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signer.sign());
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

}
