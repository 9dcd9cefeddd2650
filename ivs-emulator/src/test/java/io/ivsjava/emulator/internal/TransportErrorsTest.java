package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An Error while answering one request ends that connection only; the server goes on answering. */
class TransportErrorsTest {

    @Test
    void anOutOfMemoryErrorInOneRequestLeavesTheServerAnswering() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpTransport.Handler handler = request -> {
            if (calls.incrementAndGet() == 1) {
                throw new OutOfMemoryError("simulated: Java heap space");
            }
            return HttpTransport.Response.of(200, Map.of(), "ok".getBytes(StandardCharsets.US_ASCII));
        };
        try (HttpTransport transport = HttpTransport.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, e -> { })) {
            assertThat(exchange(transport)).as("the failing request's connection is closed without an answer")
                    .isEmpty();
            assertThat(exchange(transport)).startsWith("HTTP/1.1 200 OK").endsWith("ok");
            assertThat(exchange(transport)).startsWith("HTTP/1.1 200 OK");
        }
    }

    private static String exchange(HttpTransport transport) throws IOException {
        try (Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
