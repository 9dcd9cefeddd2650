package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A request's parts must arrive within their deadlines, enforced by the transport's watchdog rather than socket
 * timeouts: a stalled header, a stalled body, a header trickled a byte at a time and an idle kept-alive connection
 * are each closed, unanswered, once their deadline passes, while a client within its deadlines is answered.
 */
class DeadlinesTest {
    private static final HttpTransport.Timeouts SHORT = new HttpTransport.Timeouts(
            Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofMillis(400));
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final AtomicInteger answered = new AtomicInteger();
    private final HttpTransport.Handler handler = request -> {
        answered.incrementAndGet();
        return HttpTransport.Response.of(200, Map.of(), "ok".getBytes(StandardCharsets.US_ASCII));
    };

    @Test
    void aStalledHeaderSectionIsClosedUnanswered() throws IOException {
        try (HttpTransport transport = start(SHORT); Socket socket = connect(transport)) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(readToEnd(socket)).as("no answer, then the end of the stream").isEmpty();
            assertThat(answered).hasValue(0);
        }
    }

    @Test
    void aStalledBodyIsClosedUnanswered() throws IOException {
        try (HttpTransport transport = start(SHORT); Socket socket = connect(transport)) {
            socket.getOutputStream().write(("POST /CreateStage HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n"
                    + "{\"name\":").getBytes(StandardCharsets.US_ASCII));

            assertThat(readToEnd(socket)).isEmpty();
            assertThat(answered).hasValue(0);
        }
    }

    @Test
    void aHeaderTrickledAByteAtATimeIsClosedAtItsDeadlineThoughBytesKeepArriving() throws Exception {
        try (HttpTransport transport = start(SHORT); Socket socket = connect(transport)) {
            OutputStream out = socket.getOutputStream();
            byte[] endless = "GET / HTTP/1.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            out.write(endless);
            int sent = 0;
            try {
                // 20 s of bytes at 20 ms apart, far beyond the 400 ms header deadline
                for (; sent < 1000; sent++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(20);
                }
            } catch (SocketException closedByServer) {
                // the server closed the connection: writing fails
            }
            assertThat(sent).as("bytes sent before the server closed the connection").isLessThan(1000);
            assertThat(readToEnd(socket)).isEmpty();
            assertThat(answered).hasValue(0);
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterItsAnswers() throws IOException {
        try (HttpTransport transport = start(SHORT); Socket socket = connect(transport)) {
            socket.getOutputStream().write(REQUEST);
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[1024];
            int n = in.read(answer);
            assertThat(new String(answer, 0, n, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200 OK");

            assertThat(readToEnd(socket)).as("then nothing more, and the end of the stream").isEmpty();
            assertThat(answered).hasValue(1);
        }
    }

    @Test
    void aConnectionThatKeepsWithinItsDeadlinesIsAnsweredEveryTime() throws IOException {
        HttpTransport.Timeouts generous = new HttpTransport.Timeouts(
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
        try (HttpTransport transport = start(generous); Socket socket = connect(transport)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 50; i++) {
                out.write(REQUEST);
                byte[] answer = new byte[1024];
                int n = in.read(answer);
                assertThat(new String(answer, 0, n, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200 OK")
                        .endsWith("ok");
            }
            assertThat(answered).hasValue(50);
        }
    }

    @Test
    void theWatchdogLooksOftenEnoughForTheShortestTimeout() {
        assertThat(SHORT.checkEveryMillis()).isEqualTo(40);
        assertThat(HttpTransport.Timeouts.DEFAULT.checkEveryMillis()).isEqualTo(250);
        assertThat(new HttpTransport.Timeouts(Duration.ofMillis(5), Duration.ofSeconds(1), Duration.ofSeconds(1))
                .checkEveryMillis()).isEqualTo(10);
    }

    @Test
    void theWatchdogStopsWithTheTransport() throws Exception {
        HttpTransport transport = start(SHORT);
        String name = "ivs-emulator-" + transport.address().getPort() + "-deadlines";
        Thread watchdog = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                .findFirst().orElseThrow();

        transport.close();
        watchdog.join(10_000);

        assertThat(watchdog.isAlive()).isFalse();
    }

    private HttpTransport start(HttpTransport.Timeouts timeouts) throws IOException {
        return HttpTransport.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, e -> { },
                timeouts);
    }

    private static Socket connect(HttpTransport transport) throws IOException {
        Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort());
        // a failing server must fail the test, not hang it
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** Reads until the server closes; a reset counts as closed. */
    private static String readToEnd(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        } catch (SocketException reset) {
            return "";
        }
    }
}
