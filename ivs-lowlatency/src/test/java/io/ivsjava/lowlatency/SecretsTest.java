package io.ivsjava.lowlatency;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stream keys, SRT passphrases and tokens stay out of toString() and out of the library's log. */
class SecretsTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    @Test
    void secretsStayOutOfToString(IvsEmulator emulator) {
        try (IvsLowLatency ivs = Emulated.connect(emulator)) {
            CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("secretive").build());
            StreamKey key = created.streamKey();
            IngestEndpoint ingest = created.channel().ingest();
            String passphrase = ingest.srt().orElseThrow().passphrase().orElseThrow();

            assertThat(key.toString()).doesNotContain(key.value()).contains("<redacted>").contains(key.arn().value());
            assertThat(ingest.toString()).doesNotContain(passphrase).contains("<redacted>");
            assertThat(created.toString()).doesNotContain(key.value()).doesNotContain(passphrase);
            assertThat(created.channel().toString()).doesNotContain(passphrase);
            assertThat(ivs.getStreamKey(key.arn()).toString()).doesNotContain(key.value());
        }
    }

    @Test
    void theLibrarysDebugLogNamesOperationsButNoSecret(IvsEmulator emulator) {
        // simplelogger.properties (test resources) turns io.ivsjava.lowlatency's debug logging on; slf4j-simple
        // writes to whatever System.err is at the time.
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        String streamKey;
        String passphrase;
        try (IvsLowLatency ivs = Emulated.connect(emulator)) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("logged").build());
            ChannelArn channel = created.channel().arn();
            streamKey = created.streamKey().value();
            passphrase = created.channel().ingest().srt().orElseThrow().passphrase().orElseThrow();
            emulator.simulateStreamStart(channel.value());
            ivs.putMetadata(channel, "{\"secret-ish\":true}");
            emulator.simulateStreamEnd(channel.value());
            ivs.deleteChannel(channel);
        } finally {
            System.setErr(original);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the capture works").contains("CreateChannel name=logged").contains("DeleteChannel");
        assertThat(log).doesNotContain(streamKey).doesNotContain(passphrase);
    }
}
