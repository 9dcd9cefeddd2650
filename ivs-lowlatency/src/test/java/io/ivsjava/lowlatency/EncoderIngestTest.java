package io.ivsjava.lowlatency;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.emulator.IvsEmulator;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The URL the wrapper gives an encoder reaches the emulator's media plane: FFmpeg publishes over RTMPS to
 * {@code ingest().rtmpsUrl(key)}, and the channel is live with what it sent. Skipped where {@code ffmpeg} is not
 * installed (CI installs it).
 */
class EncoderIngestTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void start() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "ffmpeg is not installed");
        emulator = IvsEmulator.builder().region(Emulated.REGION).rtmpPort(0).start();
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void stop() {
        if (ivs != null) {
            ivs.close();
            emulator.close();
        }
    }

    @Test
    void ffmpegPublishesOverRtmpsToTheUrlTheWrapperBuilds() throws Exception {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("encoder").build());
        IngestEndpoint ingest = created.channel().ingest();
        URI url = ingest.rtmpsUrl(created.streamKey());
        URI rtmp = emulator.rtmpEndpoint().orElseThrow();
        assertThat(url.toString()).startsWith("rtmps://" + rtmp.getHost() + ":" + rtmp.getPort() + "/app/sk_");

        ChannelArn channel = created.channel().arn();
        Process encoder = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25", "-t", "300", "-pix_fmt", "yuv420p",
                "-c:v", "libx264", "-preset", "veryfast", "-f", "flv", url.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ivs.getStream(channel).isEmpty()) {
                assertThat(System.nanoTime() - deadline).as("waiting for the channel to go live").isNegative();
                assertThat(encoder.isAlive()).as("ffmpeg is still publishing").isTrue();
                Thread.sleep(50);
            }
            VideoInput video = ivs.getStreamSession(channel).video().get(0);
            assertThat(video.codec()).startsWith("avc1.64");
            assertThat(video.width()).isEqualTo(640);
            assertThat(video.height()).isEqualTo(360);
            assertThat(video.targetFramerate()).isEqualTo(25);
            assertThat(ivs.getStreamSession(channel).audio()).as("video only").isEmpty();

            ivs.stopStream(channel);
            assertThat(encoder.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("StopStream cut ffmpeg off").isTrue();
        } finally {
            encoder.destroyForcibly();
        }
    }
}
