package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.testing.Sdk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.AudioConfiguration;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.VideoConfiguration;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationState;
import software.amazon.awssdk.services.ivsrealtime.model.IngestProtocol;

/**
 * A real encoder, FFmpeg with libx264 and AAC, publishing to the emulator's RTMP port as a user would. Skipped only
 * where {@code ffmpeg} is not installed (CI installs it).
 */
class FfmpegPublishTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().rtmpPort(0).start();
    @AutoClose
    private static final IvsClient ivs = Sdk.lowLatency(emulator);
    @AutoClose
    private static final IvsRealTimeClient realTime = Sdk.realTime(emulator);

    @TempDir
    Path logs;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = events::add;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void needsFfmpeg() {
        Assumptions.assumeTrue(ffmpegInstalled(), "ffmpeg is not installed");
    }

    private static boolean ffmpegInstalled() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @BeforeEach
    void listen() {
        emulator.addEventListener(listener);
    }

    @AfterEach
    void cleanUp() {
        emulator.removeEventListener(listener);
        started.forEach(Process::destroyForcibly);
    }

    /**
     * Starts the README's command: a 1280x720 test picture at 30 fps in H.264 (4:2:0, libx264's veryfast preset
     * to spare the CI machine) and a sine tone in AAC, sent in real time.
     */
    private Process ffmpeg(String streamKey, int seconds, String name) throws IOException {
        String url = emulator.rtmpEndpoint().orElseThrow() + streamKey;
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine",
                "-t", String.valueOf(seconds), "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "veryfast",
                "-g", "60", "-c:a", "aac", "-f", "flv", url)
                .redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile()).start();
        started.add(p);
        return p;
    }

    private String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    private static int exitOf(Process p) throws InterruptedException {
        assertThat(p.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("ffmpeg ended within %s", WAIT).isTrue();
        return p.exitValue();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for %s", what).isNegative();
            Thread.sleep(50);
        }
    }

    private static boolean live(String channelArn) {
        try {
            ivs.getStream(b -> b.channelArn(channelArn));
            return true;
        } catch (ChannelNotBroadcastingException e) {
            return false;
        }
    }

    private List<String> streamEvents(String channelArn) {
        List<String> names = new ArrayList<>();
        for (String event : events) {
            if (event.contains("\"IVS Stream State Change\"") && event.contains(channelArn)) {
                names.add(event.replaceAll(".*\"event_name\":\"([^\"]+)\".*", "$1"));
            }
        }
        return names;
    }

    @Test
    void ffmpegMakesTheChannelLiveWithWhatItSendsAndEndingItEndsTheStream() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("ffmpeg"));
        String channel = created.channel().arn();
        Process encoder = ffmpeg(created.streamKey().value(), 8, "live");

        await("the channel to go live", () -> live(channel));
        String streamId = ivs.getStream(b -> b.channelArn(channel)).stream().streamId();
        assertThat(ivs.listStreams(b -> { }).streams()).anySatisfy(s -> assertThat(s.streamId()).isEqualTo(streamId));
        await("a measured video bit rate", () -> ivs.getStreamSession(b -> b.channelArn(channel)).streamSession()
                .ingestConfiguration().video().targetBitrate() > 0);
        StreamSession session = ivs.getStreamSession(b -> b.channelArn(channel)).streamSession();
        VideoConfiguration video = session.ingestConfiguration().video();
        assertThat(video.codec()).isEqualTo("avc1.64001F");
        assertThat(video.profile()).isEqualTo("High");
        assertThat(video.level()).isEqualTo("3.1");
        assertThat(video.videoWidth()).isEqualTo(1280L);
        assertThat(video.videoHeight()).isEqualTo(720L);
        assertThat(video.targetFramerate()).isEqualTo(30L);
        assertThat(video.encoder()).startsWith("Lavf");
        AudioConfiguration audio = session.ingestConfiguration().audio();
        assertThat(audio.codec()).isEqualTo("mp4a.40.2");
        assertThat(audio.sampleRate()).isEqualTo(44_100L); // lavfi's sine: mono, 44.1 kHz
        assertThat(audio.channels()).isEqualTo(1L);
        assertThat(audio.targetBitrate()).isPositive();
        assertThat(session.ingestConfigurations().videoConfigurations()).singleElement()
                .satisfies(v -> assertThat(v.videoHeight()).isEqualTo(720L));

        assertThat(exitOf(encoder)).as("ffmpeg's log: %s", log("live")).isZero();
        await("the stream to end", () -> !live(channel));
        await("the end's events", () -> streamEvents(channel).size() == 4);
        assertThat(streamEvents(channel)).containsExactly("Session Created", "Stream Start", "Stream End",
                "Session Ended");
        assertThat(ivs.getStreamSession(b -> b.channelArn(channel).streamId(streamId)).streamSession().endTime())
                .isNotNull();
    }

    @Test
    void aWrongStreamKeyIsRefused() throws Exception {
        Process encoder = ffmpeg("sk_us-east-1_notAKeyOfThisEmulatorAtAll00000000", 5, "wrong");
        assertThat(exitOf(encoder)).isNotZero();
        assertThat(log("wrong")).contains("No channel or ingest configuration has this stream key");
    }

    @Test
    void aSecondPublisherIsRefusedAndStopStreamCutsTheFirstOff() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("ffmpeg-twice"));
        String channel = created.channel().arn();
        Process first = ffmpeg(created.streamKey().value(), 300, "first");
        await("the channel to go live", () -> live(channel));

        Process second = ffmpeg(created.streamKey().value(), 5, "second");
        assertThat(exitOf(second)).isNotZero();
        assertThat(log("second")).contains("is live already");
        assertThat(first.isAlive()).isTrue();

        ivs.stopStream(b -> b.channelArn(channel));
        assertThat(exitOf(first)).as("ffmpeg was cut off long before its 300 s").isNotZero();
        assertThat(live(channel)).isFalse();
        assertThat(streamEvents(channel)).containsExactly("Session Created", "Stream Start", "Stream End",
                "Session Ended");
    }

    @Test
    void ffmpegPublishesIntoAStageWithAnIngestConfigurationsStreamKey() throws Exception {
        String stage = realTime.createStage(b -> b.name("ffmpeg-stage")).stage().arn();
        IngestConfiguration ingest = realTime.createIngestConfiguration(b -> b.stageArn(stage).userId("ffmpeg")
                .ingestProtocol(IngestProtocol.RTMPS)).ingestConfiguration();
        Process encoder = ffmpeg(ingest.streamKey(), 4, "stage");

        await("the participant to publish", () -> realTime.getIngestConfiguration(b -> b.arn(ingest.arn()))
                .ingestConfiguration().state() == IngestConfigurationState.ACTIVE);
        String session = realTime.getStage(b -> b.arn(stage)).stage().activeSessionId();
        assertThat(realTime.getParticipant(b -> b.stageArn(stage).sessionId(session)
                .participantId(ingest.participantId())).participant().published()).isTrue();

        assertThat(exitOf(encoder)).as("ffmpeg's log: %s", log("stage")).isZero();
        await("the participant to leave", () -> realTime.getIngestConfiguration(b -> b.arn(ingest.arn()))
                .ingestConfiguration().state() == IngestConfigurationState.INACTIVE);
    }
}
