package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.internal.hls.Ffmpeg;
import io.ivsjava.emulator.internal.hls.FlvFile;
import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * HLS playback of what a publisher sends, checked by FFmpeg's own tools. Skipped where ffmpeg is not installed;
 * {@code .ci/run} installs it, so CI runs it.
 */
class PlaybackTest {
    @TempDir
    static Path dir;
    static FlvFile flv;
    static EmulatorServer server;
    static IvsClient ivs;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Ffmpeg.available(), "ffmpeg and ffprobe are not installed");
        flv = FlvFile.read(Ffmpeg.testFlv(dir.resolve("test.flv"), 6));
        server = EmulatorServer.start(EmulatorOptions.defaults().withRtmpPort(0));
        ivs = IvsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .build();
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

    @Test
    void ffprobeReadsH264AndAacFromThePlaybackUrl() throws Exception {
        Channel channel = ivs.createChannel(b -> b.name("public")).channel();
        assertThat(channel.playbackUrl()).startsWith(server.endpoint() + "/api/video/v1/us-east-1.");
        server.simulateStreamStart(channel.arn());
        String streamId = ivs.getStream(b -> b.channelArn(channel.arn())).stream().streamId();
        MediaSink sink = server.mediaSinks().open(channel.arn(), streamId);
        flv.feed(sink, 0);

        HttpResponse<String> multivariant = http.send(HttpRequest.newBuilder(URI.create(channel.playbackUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(multivariant.body());
        Ffmpeg.Run probe = Ffmpeg.run(60, "ffprobe", "-v", "error", "-show_entries",
                "stream=codec_name,codec_type,width,height", "-of", "csv=p=0", channel.playbackUrl());
        System.out.println(probe.out() + probe.stderr());
        Ffmpeg.Run decode = Ffmpeg.run(60, "ffmpeg", "-nostdin", "-v", "error", "-i", channel.playbackUrl(),
                "-frames:v", "30", "-f", "null", "-");
        System.out.println(decode.exit() + decode.stderr());
    }
}
