package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StreamCat with the embedded emulator's real media plane ({@code --rtmp-port}): the demo streams with FFmpeg, which
 * CI installs (the test that needs it is skipped only where {@code ffmpeg} is missing), and falls back to the
 * simulation without it.
 */
class StreamCatMediaPlaneTest {
    @TempDir
    Path data;

    @Test
    void withRtmpPortTheDemoStreamsWithFfmpegAndALiveFlagPlaylistAndStreamEndFollow() {
        Assumptions.assumeTrue(FfmpegEncoder.available(FfmpegEncoder.PROGRAM), "ffmpeg is not installed");

        Result result = run("--data", data.toString(), "--rtmp-port", "0");

        assertThat(result.status).as(result.err).isZero();
        assertThat(result.out)
                .containsPattern("IVS embedded IVS emulator at http://127\\.0\\.0\\.1:\\d+ \\(us-east-1\\), "
                        + "RTMP ingest at rtmp://127\\.0\\.0\\.1:\\d+/app/")
                .contains("in LOW_LATENCY, FFmpeg streams to the channel")
                // the studio's RTMPS server is the emulator's port, with the commands to use it
                .containsPattern("the encoder receives: RTMPS server rtmps://127\\.0\\.0\\.1:\\d+/app/ "
                        + "\\(OBS: Server\\)")
                .containsPattern("to stream to it yourself: ffmpeg -re .* -pix_fmt yuv420p -c:v libx264 -g 60 .*"
                        + "rtmps://127\\.0\\.0\\.1:\\d+/app/<stream key>")
                .containsPattern("OBS: Settings, Stream, Service \"Custom...\", Server "
                        + "rtmp://127\\.0\\.0\\.1:\\d+/app/")
                .containsPattern("to watch it while it is live: ffplay http://127\\.0\\.0\\.1:\\d+/api/video/v1/"
                        + "us-east-1\\.123456789012\\.channel\\.\\w+\\.m3u8 \\(.*hls\\.js")
                // FFmpeg really streams; the live flag follows the emulator's own Stream Start
                .containsPattern("\\$ ffmpeg .*-pix_fmt yuv420p .*rtmps://127\\.0\\.0\\.1:\\d+/app/<stream key>")
                .contains("the emulator's Stream Start event, sent when FFmpeg's first frames arrived, reached "
                        + "/events")
                .containsPattern("-> 200, a multivariant playlist: #EXT-X-STREAM-INF:.*RESOLUTION=640x360.*"
                        + "CODECS=\"avc1\\.\\w+,mp4a\\.40\\.2\"")
                .containsPattern("its media playlist lists \\d+ MPEG-TS segments? \\(#EXTINF:(1\\.9|2\\.0)")
                .contains("an older stream cannot take the flag")
                .containsPattern("FFmpeg streamed for \\d+\\.\\d s and exited with status 0; the emulator sends "
                        + "Stream End")
                .contains("-> 404: the channel is offline again")
                .doesNotContain("the emulator simulates the encoder")
                .endsWith("Demo complete: all three modes ran end to end." + System.lineSeparator());
        // REAL_TIME, LOW_LATENCY (live, and still live after the stale event), HYBRID
        assertThat(result.out.split("live flag of [a-z]+-[0-9a-f]+: true", -1)).hasSize(5);
        // REAL_TIME, LOW_LATENCY (after FFmpeg stopped, and after the studio's end), HYBRID
        assertThat(result.out.split("live flag of [a-z]+-[0-9a-f]+: false", -1)).hasSize(5);
        assertThat(result.out).doesNotContainPattern("sk_us-east-1_[A-Za-z0-9]{36}");
    }

    @Test
    void withoutFfmpegTheDemoSimulatesTheEncoderAndSaysSo() {
        EventsApiKey key = EventsApiKey.generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamCatBackend backend = StreamCatBackend.start(IvsTarget.embeddedWithMediaPlane(0),
                DatabaseConfig.embedded(data), new InetSocketAddress("127.0.0.1", 0), key)) {
            assertThat(backend.rtmpIngest()).hasValueSatisfying(rtmp -> assertThat(rtmp.toString())
                    .matches("rtmp://127\\.0\\.0\\.1:\\d+/app/"));
            new Demo(backend.endpoint(), new PrintStream(out, true, StandardCharsets.UTF_8), Optional.of(key),
                    data.resolve("no-ffmpeg-here").toString()).run();
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("is not on the PATH: the encoder is simulated instead")
                .contains("(the emulator simulates the encoder)")
                .doesNotContain("FFmpeg streamed")
                .contains("Demo complete");
    }

    @Test
    void rtmpPortIsForTheEmbeddedEmulatorOnlyAndWithoutItNothingChanges() {
        assertThat(Options.parse(new String[] {"serve", "--rtmp-port", "1935"}, Optional.empty()).rtmpPort())
                .contains(1935);
        assertThat(Options.parse(new String[] {"demo"}, Optional.empty()).rtmpPort()).isEmpty();
        Result aws = run("--aws", "--rtmp-port", "0");
        assertThat(aws.status).isEqualTo(2);
        assertThat(aws.err).contains("--rtmp-port is for the embedded emulator only: with --aws, encoders stream to "
                + "the ingest endpoint IVS gives each channel");
        assertThat(run("serve", "--endpoint", "http://127.0.0.1:4566", "--rtmp-port", "0").err)
                .contains("start the emulator at --endpoint with --rtmp-port instead");
        assertThat(run("--url", "http://127.0.0.1:8080", "--rtmp-port", "0").err)
                .contains("the backend at --url has its own");
        assertThat(run("--rtmp-port", "70000").err).contains("--rtmp-port: must be 0..65535");
        assertThat(run("--rtmp-port", "x").err).contains("--rtmp-port: not a number: x");
    }

    @Test
    void serveSaysHowToStreamAndWatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamCat.mediaPlane(URI.create("rtmp://127.0.0.1:1935/app/"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("hands out its RTMPS server, rtmps://127.0.0.1:1935/app/, and stream key")
                .contains("ffmpeg -re -f lavfi -i testsrc=size=1280x720:rate=30 -f lavfi -i sine -pix_fmt yuv420p "
                        + "-c:v libx264 -g 60 -c:a aac -f flv rtmps://127.0.0.1:1935/app/<stream key>")
                .contains("Server rtmp://127.0.0.1:1935/app/ (plain RTMP")
                .contains("ffplay <playbackUrl>");
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StreamCat.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Optional.empty());
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
    }
}
