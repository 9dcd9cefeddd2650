package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

class EmulatorLifecycleTest {

    @Test
    void startsOnAFreeLoopbackPort() {
        try (IvsEmulator emulator = IvsEmulator.start()) {
            assertThat(emulator.endpoint().getScheme()).isEqualTo("http");
            assertThat(emulator.endpoint().getHost()).isEqualTo(InetAddress.getLoopbackAddress().getHostAddress());
            assertThat(emulator.endpoint().getPort()).isPositive();
            assertThat(emulator.region()).isEqualTo("us-east-1");
            assertThat(emulator.accountId()).isEqualTo("123456789012");
            assertThat(emulator.toString()).contains(emulator.endpoint().toString());
        }
    }

    @Test
    void twoEmulatorsShareNothing() {
        try (IvsEmulator a = IvsEmulator.start();
             IvsEmulator b = IvsEmulator.builder().region("ap-northeast-1").accountId("999999999999").start();
             IvsRealTimeClient ca = Sdk.realTime(a);
             IvsRealTimeClient cb = Sdk.realTime(b)) {
            String arn = ca.createStage(r -> r.name("only-in-a")).stage().arn();

            assertThat(a.endpoint()).isNotEqualTo(b.endpoint());
            assertThat(cb.listStages(r -> r.maxResults(100)).stages()).isEmpty();
            assertThat(cb.createStage(r -> r.name("in-b")).stage().arn())
                    .startsWith("arn:aws:ivs:ap-northeast-1:999999999999:stage/");
            assertThat(ca.listStages(r -> r.maxResults(100)).stages()).singleElement()
                    .satisfies(s -> assertThat(s.arn()).isEqualTo(arn));
        }
    }

    // repeated: the close used to return before the accept loop let go of the port, which failed one run in two
    @RepeatedTest(20)
    void closeIsIdempotentAndFreesThePort() throws IOException {
        // A port below Linux's ephemeral range (32768 and up): once the emulator lets it go, no outgoing connection
        // of this or another process can be given it as its local port, so binding it again fails only if something
        // still listens on it.
        int port = freePortBelowTheEphemeralRange();
        IvsEmulator emulator = IvsEmulator.builder().port(port).start();
        emulator.close();
        emulator.close();

        // Binding the port again proves nothing listens on it any more. (A connect attempt would prove less: on
        // Linux, a connect to a free port in the ephemeral range can connect the socket to itself.)
        assertThat(emulator.isRunning()).isFalse();
        try (ServerSocket reuse = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(reuse.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aFixedPortServesAgainAtOnceAfterAnEmulatorThatServedClientsClosed() {
        // The emulator closes its clients' connections first, so they linger on its port in TIME_WAIT for a minute;
        // a restart on the same port (the standalone jar's 4566, an extension with a fixed port) must not wait.
        int port = freePortBelowTheEphemeralRange();
        for (int round = 0; round < 3; round++) {
            IvsEmulator emulator = IvsEmulator.builder().port(port).start();
            try (IvsRealTimeClient client = Sdk.realTime(emulator)) {
                String arn = client.createStage(r -> r.name("restart")).stage().arn();
                assertThat(client.getStage(r -> r.arn(arn)).stage().name()).isEqualTo("restart");
                assertThat(emulator.endpoint().getPort()).isEqualTo(port);
                // while the client still keeps its connection alive
                emulator.close();
            }
        }
    }

    private static int freePortBelowTheEphemeralRange() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    @Test
    void aClosedEmulatorAnswersNothing() {
        IvsEmulator emulator = IvsEmulator.start();
        IvsRealTimeClient client = Sdk.realTime(emulator);
        emulator.close();

        assertThatThrownBy(() -> client.listStages(r -> r.maxResults(1))).isInstanceOf(SdkClientException.class);
        client.close();
    }

    @Test
    void aFixedPortIsHonoured() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (IvsEmulator emulator = IvsEmulator.builder().port(port).start()) {
            assertThat(emulator.endpoint().getPort()).isEqualTo(port);
            assertThatThrownBy(() -> IvsEmulator.builder().port(port).start())
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining(String.valueOf(port));
        }
    }

    @Test
    void countsRequestsPerOperation() {
        try (IvsEmulator emulator = IvsEmulator.start(); IvsRealTimeClient client = Sdk.realTime(emulator)) {
            client.createStage(r -> r.name("a"));
            client.createStage(r -> r.name("b"));
            client.listStages(r -> r.maxResults(5));

            assertThat(emulator.requestCount("CreateStage")).isEqualTo(2);
            assertThat(emulator.requestCount("ListStages")).isEqualTo(1);
            assertThat(emulator.requestCount("DeleteStage")).isZero();
            assertThat(emulator.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void optionsAreValidatedWithClearMessages() {
        assertThatThrownBy(() -> IvsEmulator.builder().port(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port").hasMessageContaining("0..65535");
        assertThatThrownBy(() -> IvsEmulator.builder().region("Mars"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> IvsEmulator.builder().accountId("12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12-digit");
    }

    @Test
    void aMissingValueIsRefusedWithTheFieldNamedThroughoutTheApi() {
        assertThatThrownBy(() -> IvsEmulator.builder().bindAddress(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bindAddress: is missing");
        assertThatThrownBy(() -> IvsEmulator.builder().region(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("region: is missing");
        assertThatThrownBy(() -> IvsEmulator.builder().quota(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quota: is missing");
        assertThatThrownBy(() -> new EmulatorOptions(0, InetAddress.getLoopbackAddress(), "us-east-1",
                "123456789012", null, 10, Map.of(), java.util.OptionalInt.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), EmulatorOptions.DEFAULT_CHAT_REVIEW_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quotas: is missing");
        assertThatThrownBy(() -> Fault.delay(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("latency: is missing");
        try (IvsEmulator emulator = IvsEmulator.start()) {
            assertThatThrownBy(() -> emulator.simulateStreamStart(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("channelArn: is missing");
            assertThatThrownBy(() -> emulator.simulateParticipantLeave("arn:aws:ivs:us-east-1:123456789012:stage/a", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("participantId: is missing");
            assertThatThrownBy(() -> emulator.injectFault("GetStage", 1, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("fault: is missing");
        }
    }

    @Test
    void commandLineOptionsMapOntoTheSameOptions() {
        EmulatorOptions options = EmulatorOptions.fromArgs(
                "--port", "4566", "--region", "eu-central-1", "--account-id", "111122223333", "--bind", "127.0.0.1");

        assertThat(options.port()).isEqualTo(4566);
        assertThat(options.region()).isEqualTo("eu-central-1");
        assertThat(options.accountId()).isEqualTo("111122223333");
        assertThat(options.bindAddress().isLoopbackAddress()).isTrue();
        assertThat(EmulatorOptions.fromArgs()).isEqualTo(EmulatorOptions.defaults());
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--colour", "blue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--port", "http"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }

    @Test
    void theMediaPlaneIsOffUnlessAnRtmpPortIsGiven() {
        assertThat(EmulatorOptions.defaults().rtmpPort()).isEmpty();
        EmulatorOptions on = EmulatorOptions.fromArgs("--rtmp-port", "0", "--region", "eu-west-1");
        assertThat(on.rtmpPort()).hasValue(0);
        assertThat(on.region()).as("the other options are kept").isEqualTo("eu-west-1");
        assertThat(on.withPort(4566).rtmpPort()).as("changing another option keeps it").hasValue(0);
        assertThat(IvsEmulator.builder().rtmpPort(1935).options().rtmpPort()).hasValue(1935);
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--rtmp-port", "70000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rtmpPort: 70000 is out of range; allowed 0..65535 (0 picks a free port)");
    }
}
