package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A takeover answer writes its head, then the connection is its own: the bytes a client sent right behind the
 * request reach it first, nothing times it out, and plain answers on other connections go on.
 */
class TakeoverTest {

    @Test
    void theTakeoverGetsTheBytesAfterTheRequestAndOwnsTheConnectionUntilItReturns() throws IOException {
        HttpTransport.Handler handler = request -> request.rawPath().equals("/echo")
                ? HttpTransport.Response.takeover(101, Map.of("Upgrade", "echo", "Connection", "Upgrade"),
                        TakeoverTest::echoUntilDot)
                : HttpTransport.Response.of(200, Map.of(), "plain".getBytes(StandardCharsets.US_ASCII));
        try (HttpTransport transport = HttpTransport.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, e -> { });
             Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // The request and the first protocol bytes in one write, as a client that does not wait may send them.
            out.write("GET /echo HTTP/1.1\r\nHost: x\r\n\r\nab".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 101 Switching Protocols\r\n").contains("Upgrade: echo\r\n")
                    .doesNotContain("Content-Length").doesNotContain("Connection: close");
            assertThat(readN(in, 2)).isEqualTo("ab");

            assertThat(plainExchange(transport)).as("other connections are answered meanwhile")
                    .startsWith("HTTP/1.1 200 OK").endsWith("plain");

            out.write("cd.".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .as("the rest of the echo, then the connection closes when the takeover returns").isEqualTo("cd");
        }
    }

    @Test
    void anEventStreamHeadSaysTheConnectionCloses() throws IOException {
        HttpTransport.Handler handler = request -> HttpTransport.Response.takeover(200,
                Map.of("Content-Type", "text/event-stream"), (in, out) -> {
                    out.write("data: one\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                });
        try (HttpTransport transport = HttpTransport.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, e -> { });
             Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(all).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: text/event-stream\r\n")
                    .contains("Connection: close\r\n").doesNotContain("Content-Length").endsWith("\r\n\r\ndata: one\n\n");
        }
    }

    private static void echoUntilDot(InputStream in, OutputStream out) throws IOException {
        int b;
        while ((b = in.read()) >= 0 && b != '.') {
            out.write(b);
            out.flush();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static String readN(InputStream in, int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.US_ASCII);
    }

    private static String plainExchange(HttpTransport transport) throws IOException {
        try (Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
