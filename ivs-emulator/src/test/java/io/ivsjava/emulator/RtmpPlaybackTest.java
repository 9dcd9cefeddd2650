package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.internal.hls.Ffmpeg;
import io.ivsjava.emulator.testing.Sdk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;

/**
 * The whole media plane as a user meets it: FFmpeg publishes over RTMP with the channel's stream key, and FFmpeg's
 * own tools play the channel's playback URL. Skipped only where ffmpeg is not installed (CI installs it).
 */
class RtmpPlaybackTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().rtmpPort(0).start();
    @AutoClose
    private static final IvsClient ivs = Sdk.lowLatency(emulator);
    private static final HttpClient http = HttpClient.newHttpClient();

    private Process encoder;

    @BeforeAll
    static void needsFfmpeg() {
        Assumptions.assumeTrue(Ffmpeg.available(), "ffmpeg and ffprobe are not installed");
    }

    @AfterEach
    void stopEncoder() {
        if (encoder != null) {
            encoder.destroyForcibly();
        }
    }

    @Test
    void whatFfmpegPublishesOverRtmpPlaysAtThePlaybackUrlAndEndsWithIt() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("e2e"));
        String playbackUrl = created.channel().playbackUrl();
        assertThat(status(playbackUrl)).as("offline").isEqualTo(404);

        encoder = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine", "-t", "12",
                "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-c:a", "aac",
                "-f", "flv", emulator.rtmpEndpoint().orElseThrow() + created.streamKey().value())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (status(playbackUrl) != 200) {
            assertThat(System.nanoTime()).as("the first segment within %s", WAIT).isLessThan(deadline);
            assertThat(encoder.isAlive()).as("ffmpeg still publishing").isTrue();
            Thread.sleep(100);
        }

        Ffmpeg.Run probe = Ffmpeg.run(90, "ffprobe", "-v", "error", "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0", playbackUrl);
        assertThat(probe.exit()).as(probe.stderr()).isZero();
        assertThat(probe.out().lines().distinct().toList()).contains("h264,1280,720", "aac");
        String multivariant = http.send(HttpRequest.newBuilder(URI.create(playbackUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String rendition = URI.create(playbackUrl).resolve(multivariant.lines()
                .filter(l -> !l.startsWith("#")).findFirst().orElseThrow()).toString();

        assertThat(encoder.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("ffmpeg done").isTrue();
        deadline = System.nanoTime() + WAIT.toNanos();
        while (status(playbackUrl) != 404) {
            assertThat(System.nanoTime()).as("offline after the publisher left").isLessThan(deadline);
            Thread.sleep(100);
        }
        String ended = http.send(HttpRequest.newBuilder(URI.create(rendition)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(ended).contains("#EXTINF:2.0").endsWith("#EXT-X-ENDLIST\n");
        Ffmpeg.Run decode = Ffmpeg.run(90, "ffmpeg", "-nostdin", "-v", "error", "-i", rendition, "-map", "0:v",
                "-f", "framemd5", "-");
        assertThat(decode.exit()).as(decode.stderr()).isZero();
        assertThat(decode.out().lines().filter(l -> l.startsWith("0,")).count())
                .as("the last segments' frames, decoded").isGreaterThanOrEqualTo(5 * 60 - 30);
    }

    private static int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
