package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the transport reads a request's head and writes an answer's, on the fast paths and the general ones. */
class RequestReadingTest {
    private final BlockingQueue<HttpTransport.Request> received = new LinkedBlockingQueue<>();

    private HttpTransport start(Map<String, String> answerHeaders) throws IOException {
        return HttpTransport.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), request -> {
            received.add(request);
            return HttpTransport.Response.of(200, answerHeaders, "ok".getBytes(StandardCharsets.US_ASCII));
        }, e -> { });
    }

    @Test
    void namesAreInLowerCaseValuesTrimmedAndTheFirstOfARepeatedHeaderCounts() throws Exception {
        try (HttpTransport transport = start(Map.of());
             Socket socket = connect(transport)) {
            String longValue = "v".repeat(12_000);  // longer than the transport's 8 KiB buffer
            send(socket, "POST /GetStage?x=1 HTTP/1.1\r\n"
                    + "HOST:  example \t\r\n"
                    + "User-Agent: aws-sdk-java/2.40.2 md/http#Apache\r\n"
                    + "X-Custom-Thing:\tvalue with  inner  spaces  \r\n"
                    + "x-custom-thing: second\r\n"
                    + "X-Latin: caf\u00e9\r\n"
                    + "N\u00c4ME: umlaut in the name\r\n"
                    + "X-Long: " + longValue + "\r\n"
                    + "Bare-Lf: yes\n"
                    + "Content-Length: 2\r\n\r\n{}");
            HttpTransport.Request request = next();
            assertThat(response(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");

            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.rawPath()).isEqualTo("/GetStage");
            assertThat(request.rawQuery()).contains("x=1");
            assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "host", "example",
                    "user-agent", "aws-sdk-java/2.40.2 md/http#Apache",
                    "x-custom-thing", "value with  inner  spaces",
                    "x-latin", "caf\u00e9",
                    "n\u00e4me", "umlaut in the name",
                    "x-long", longValue,
                    "bare-lf", "yes",
                    "content-length", "2"));
            assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
        }
    }

    @Test
    void aHeadArrivingInPiecesIsReadWhole() throws Exception {
        try (HttpTransport transport = start(Map.of());
             Socket socket = connect(transport)) {
            String head = "POST /ListStages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n{}";
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < head.length(); i += 7) {
                out.write(head.substring(i, Math.min(head.length(), i + 7)).getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            HttpTransport.Request request = next();

            assertThat(request.rawPath()).isEqualTo("/ListStages");
            assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("host", "x",
                    "content-type", "application/json", "content-length", "2"));
            assertThat(response(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void aKeptAliveConnectionReusesTheStringsOfWhatRepeats() throws Exception {
        try (HttpTransport transport = start(Map.of());
             Socket socket = connect(transport)) {
            send(socket, "POST /GetStage HTTP/1.1\r\nHost: x\r\nUser-Agent: sdk/1\r\nX-Amz-Date: 20300101T000000Z\r\n"
                    + "Content-Length: 0\r\n\r\n");
            HttpTransport.Request first = next();
            response(socket.getInputStream());
            send(socket, "POST /GetStage HTTP/1.1\r\nHost: x\r\nUser-Agent: sdk/1\r\nX-Amz-Date: 20300101T000001Z\r\n"
                    + "Content-Length: 0\r\n\r\n");
            HttpTransport.Request second = next();
            response(socket.getInputStream());

            assertThat(second.headers().get("user-agent")).isEqualTo("sdk/1").isSameAs(first.headers().get("user-agent"));
            assertThat(second.rawPath()).isSameAs(first.rawPath());
            assertThat(second.headers().get("x-amz-date")).isEqualTo("20300101T000001Z");
            assertThat(second.headers().keySet()).allSatisfy(name -> assertThat(first.headers().keySet())
                    .anySatisfy(other -> assertThat(other).isSameAs(name)));
        }
    }

    @Test
    void answerHeadersAreIso88591AndACharacterBeyondItIsAQuestionMark() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Latin", "caf\u00e9");
        try (HttpTransport transport = start(headers);
             Socket socket = connect(transport)) {
            send(socket, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(response(socket.getInputStream())).isEqualTo(
                    "HTTP/1.1 200 OK\r\nX-Latin: caf\u00e9\r\nContent-Length: 2\r\n\r\nok");
        }
        try (HttpTransport transport = start(Map.of("X-Euro", "5 \u20ac, a camera \ud83c\udfa5"));
             Socket socket = connect(transport)) {
            send(socket, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(response(socket.getInputStream())).as("a surrogate pair is one character, so one ?").isEqualTo(
                    "HTTP/1.1 200 OK\r\nX-Euro: 5 ?, a camera ?\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    }

    private HttpTransport.Request next() throws InterruptedException {
        HttpTransport.Request request = received.poll(30, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the handler").isNotNull();
        return request;
    }

    private static Socket connect(HttpTransport transport) throws IOException {
        Socket socket = new Socket(transport.address().getAddress(), transport.address().getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** One answer: its head up to the blank line, then Content-Length bytes. */
    private static String response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Content-Length: ");
        int length = Integer.parseInt(text.substring(at + 16, text.indexOf('\r', at)));
        return text + new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
    }
}
