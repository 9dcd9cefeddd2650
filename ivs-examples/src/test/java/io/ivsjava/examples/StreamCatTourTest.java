package io.ivsjava.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.IvsEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamCatTourTest {

    @Test
    void theTourRunsEndToEndOnTheEmbeddedEmulator() {
        Result result = run();

        assertThat(result.status).as(result.err).isZero();
        assertThat(result.out)
                .contains("Backend: embedded IVS emulator at http://127.0.0.1:")
                .contains("== 1. Kit goes live in real time")
                .contains("publishes and subscribes (host), API token")
                .contains("== 2. Bob joins to watch")
                .contains("subscribes only (viewer), API token")
                .contains("== 3. Cara joins too")
                .contains("subscribes only (viewer), self-signed token")
                .contains("== 4. The same show as a broadcast")
                .containsPattern("ingest     rtmps://[a-z0-9]{12}\\.global-contribute\\.live-video\\.net:443/app/")
                .containsPattern("playback   https://\\S+\\.m3u8")
                .contains("is LIVE, health HEALTHY")
                .contains("deleted stage arn:aws:ivs:us-east-1:123456789012:stage/")
                .endsWith("Tour complete." + System.lineSeparator());
        assertThat(result.out).doesNotContainPattern("sk_us-east-1_[A-Za-z0-9]{36}");
    }

    @Test
    void theTourRunsAgainstAnotherEmulatorGivenItsEndpoint() {
        try (IvsEmulator other = IvsEmulator.builder().region("eu-west-1").start()) {
            Result result = run("--endpoint", other.endpoint().toString(), "--region", "eu-west-1");

            assertThat(result.status).as(result.err).isZero();
            assertThat(result.out).contains("Backend: IVS emulator at " + other.endpoint())
                    .contains("arn:aws:ivs:eu-west-1:");
            assertThat(other.requestCount("CreateStage")).isEqualTo(1);
            assertThat(other.requestCount("DeleteChannel")).isEqualTo(1);
        }
    }

    @Test
    void badArgumentsPrintUsage() {
        Result result = run("--bogus");

        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("usage:");
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StreamCatTour.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
    }
}
