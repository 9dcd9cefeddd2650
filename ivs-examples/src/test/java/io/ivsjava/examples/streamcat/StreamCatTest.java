package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's command: the backend and the scripted demo, in one process. */
class StreamCatTest {
    @TempDir
    Path data;

    @Test
    void theDemoWalksAllThreeModesOverHttpAndExitsZero() {
        Result result = run("--data", data.toString());

        assertThat(result.status).as(result.err).isZero();
        assertThat(result.out)
                .contains("IVS embedded IVS emulator at http://127.0.0.1:")
                .contains("=== REAL_TIME").contains("=== LOW_LATENCY").contains("=== HYBRID")
                .contains("reloading the studio gives the same token")
                .contains("is promoted to co-host")
                .contains("exchanges its token on the stage (stage.exchangeToken)")
                .contains("old token is refused at join time")
                .containsPattern("destination \\w+ \\(ACTIVE\\): channel arn:aws:ivs:us-east-1:123456789012:channel/\\w+"
                        + ", encoded 1920x1080 at 30 fps, 6000 kbps")
                .contains("an older stream cannot take the flag")
                .contains("=== CHAT")
                .containsPattern("the anonymous viewer receives MESSAGE \\w{12} from gil-[0-9a-f]+: hello fay-")
                .contains("the anonymous viewer tries to send -> ERROR 403")
                .containsPattern("receives MESSAGE (\\w{12}) from hal-[0-9a-f]+: BUY CHEAP FOLLOWERS\\R"
                        + "   everyone receives EVENT aws:DELETE_MESSAGE of message \\1 \\(reason \"spam\"\\)")
                .containsPattern("hal-[0-9a-f]+'s chat connection is closed by IVS Chat: 1000")
                .contains("reloads the page -> no chat token")
                .contains("gets a chat token again")
                .contains("stream-ending event sent to the chat")
                .contains("the anonymous viewer receives EVENT stream-ending")
                .contains("\"chatRoomsDeleted\":1")
                .endsWith("Demo complete: all three modes ran end to end." + System.lineSeparator());
        assertThat(result.out.split("live flag of [a-z]+-[0-9a-f]+: true", -1)).hasSize(5);
        assertThat(result.out.split("live flag of [a-z]+-[0-9a-f]+: false", -1)).hasSize(4);
        // Stream keys and API keys are redacted; host tokens too (only viewers' pages are shown whole).
        assertThat(result.out).doesNotContainPattern("sk_us-east-1_[A-Za-z0-9]{36}")
                .doesNotContainPattern("sc_[A-Za-z0-9_-]{43}");
        assertThat(data.resolve("streamcat.mv.db")).exists();
    }

    @Test
    void badArgumentsPrintTheUsage() {
        Result result = run("--bogus");
        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("unknown option --bogus").contains("usage:");
        assertThat(run("--aws", "--endpoint", "http://127.0.0.1:1").err).contains("exclude each other");
        assertThat(run("serve", "--url", "http://127.0.0.1:1").status).isEqualTo(2);
    }

    @Test
    void theDatabasePasswordComesFromTheEnvironmentAndIsNeverShown() {
        Options options = Options.parse(new String[] {"serve", "--jdbc-url", "jdbc:postgresql://127.0.0.1/streamcat",
            "--db-user", "streamcat"}, Optional.of("s3cret"));
        assertThat(options.database().password()).contains("s3cret");
        assertThat(options.database().user()).contains("streamcat");
        assertThat(options.database().toString()).doesNotContain("s3cret").contains("****");
    }

    @Test
    void theEventsApiKeyComesFromTheEnvironmentOrAFlagAndIsNeverShown() {
        Options fromEnvironment = Options.parse(new String[] {"serve", "--aws"}, Optional.empty(),
                Optional.of("key-from-the-environment-0123"));
        assertThat(fromEnvironment.eventsApiKey()).contains(new EventsApiKey("x-api-key",
                "key-from-the-environment-0123"));
        Options fromFlags = Options.parse(new String[] {"serve", "--events-api-key", "key-from-the-flag-456789",
            "--events-api-key-header", "x-ivs-secret"}, Optional.empty(), Optional.of("key-from-the-environment-0123"));
        assertThat(fromFlags.eventsApiKey()).contains(new EventsApiKey("x-ivs-secret", "key-from-the-flag-456789"));
        assertThat(fromEnvironment + " " + fromFlags).doesNotContain("key-from-the").contains("x-ivs-secret");
        assertThat(Options.parse(new String[] {"serve"}, Optional.empty(), Optional.empty()).eventsApiKey()).isEmpty();

        Result tooShort = run("--events-api-key", "short-key");
        assertThat(tooShort.status).isEqualTo(2);
        assertThat(tooShort.err).contains("events API key: ").contains("16").doesNotContain("short-key");
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
