package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/** Stalled and oversized requests never hold up other clients. */
class SlowClientsTest {

    @Test
    void fiftyStalledConnectionsDoNotDelayAClientCallingAtFullSpeed() throws IOException {
        try (IvsEmulator emulator = IvsEmulator.start();
             IvsRealTimeClient client = IvsRealTimeClient.builder().endpointOverride(emulator.endpoint())
                     .region(Region.of(emulator.region()))
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                     // generous, but far below the emulator's 30 s body deadline: a call queued behind a
                     // stalled client would fail
                     .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(5))
                             .retryStrategy(r -> r.maxAttempts(1)))
                     .build()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /CreateStage HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 40\r\n\r\n{\"name\":\"half").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    stalled.add(socket);
                }
                String arn = client.createStage(b -> b.name("fast")).stage().arn();
                for (int i = 0; i < 300; i++) {
                    assertThat(client.getStage(b -> b.arn(arn)).stage().arn()).isEqualTo(arn);
                }
                assertThat(emulator.requestCount()).as("the stalled requests were never answered").isEqualTo(301);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsSent() throws IOException {
        try (IvsEmulator emulator = IvsEmulator.start();
             Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /CreateStage HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("x-amzn-ErrorType: RequestEntityTooLargeException")
                    .contains("Connection: close").contains("1 MiB");
        }
    }

    @Test
    void chunkedBodiesAndExpectContinueAreUnderstood() throws IOException {
        try (IvsEmulator emulator = IvsEmulator.start();
             Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /CreateStage HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] interim = new byte["HTTP/1.1 100 Continue\r\n\r\n".length()];
            assertThat(in.readNBytes(interim, 0, interim.length)).isEqualTo(interim.length);
            assertThat(new String(interim, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            out.write("9\r\n{\"name\":\"\r\n7\r\nchunky\"\r\n1\r\n}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(head(in)).startsWith("HTTP/1.1 200 OK");
            assertThat(emulator.calls("CreateStage")).singleElement()
                    .satisfies(call -> assertThat(call.input()).isEqualTo("{\"name\":\"chunky\"}"));
        }
    }

    @Test
    void aMalformedRequestIsA400AndTheEmulatorGoesOn() throws IOException {
        try (IvsEmulator emulator = IvsEmulator.start()) {
            try (Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 400 ");
            }
            try (Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /x HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000)
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 431 ");
            }
            try (Socket socket = new Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("POST /ListStages HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith("HTTP/1.1 200 OK").contains("\"stages\":[]");
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            sb.append((char) b);
        }
        return sb.toString();
    }
}
