package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.emulator.testing.Sdk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * {@code GET /_emulator/events}: the emulator's events as server-sent events, read as a backend in any language reads
 * them (here the JDK's HTTP client, line by line).
 */
class EventStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String END = "(end of stream)";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> inProcess = new CopyOnWriteArrayList<>();
    private IvsEmulator emulator;
    private IvsClient ivs;

    @BeforeEach
    void start() {
        emulator = IvsEmulator.start();
        emulator.addEventListener(inProcess::add);
        ivs = Sdk.lowLatency(emulator);
    }

    @AfterEach
    void stop() {
        ivs.close();
        emulator.close();
    }

    /** A subscription: the answer's head has arrived; its lines are read by a thread of their own. */
    private record Subscription(HttpResponse<Stream<String>> response, BlockingQueue<String> lines) {
        String next() throws InterruptedException {
            String line = lines.poll(30, TimeUnit.SECONDS);
            assertThat(line).as("a line of the event stream within 30 s").isNotNull();
            return line;
        }

        /** The next event's id and data, skipping comments. */
        String[] nextEvent() throws InterruptedException {
            String line = next();
            while (line.isEmpty() || line.startsWith(":")) {
                line = next();
            }
            assertThat(line).startsWith("id: ");
            String data = next();
            assertThat(data).startsWith("data: ");
            assertThat(next()).as("one data line per event").isEmpty();
            return new String[] {line.substring(4), data.substring(6)};
        }
    }

    private Subscription subscribe(String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/events"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException e) {
                // the connection ended
            } finally {
                lines.add(END);
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return new Subscription(response, lines);
    }

    @Test
    void eventsArriveAsTheyHappenNumberedWithTheEnvelopeAsData() throws Exception {
        Subscription events = subscribe(null);
        assertThat(events.response().statusCode()).isEqualTo(200);
        assertThat(events.response().headers().firstValue("content-type")).contains("text/event-stream");

        String channel = ivs.createChannel(b -> b.name("sse")).channel().arn();
        emulator.simulateStreamStart(channel);
        String[] created = events.nextEvent();
        String[] started = events.nextEvent();
        assertThat(JSON.readTree(started[1]).path("detail").path("event_name").asText()).isEqualTo("Stream Start");
        assertThat(Long.parseLong(started[0])).isEqualTo(Long.parseLong(created[0]) + 1);

        emulator.simulateStreamEnd(channel);
        String[] ended = events.nextEvent();
        assertThat(JSON.readTree(ended[1]).path("detail").path("event_name").asText()).isEqualTo("Stream End");
        assertThat(List.of(created[1], started[1], ended[1])).isEqualTo(inProcess.subList(0, 3));
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsWhatItMissed() throws Exception {
        Subscription first = subscribe(null);
        String channel = ivs.createChannel(b -> b.name("again")).channel().arn();
        emulator.simulateStreamStart(channel);
        String[] created = first.nextEvent();

        emulator.simulateStreamEnd(channel);
        Subscription again = subscribe(created[0]);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add(JSON.readTree(again.nextEvent()[1]).path("detail").path("event_name").asText());
        }
        assertThat(names).containsExactly("Stream Start", "Stream End", "Session Ended");
    }

    @Test
    void closingTheEmulatorEndsEveryStream() throws Exception {
        Subscription one = subscribe(null);
        Subscription two = subscribe(null);
        assertThat(JSON.readTree(PlainHttp.send(emulator, "GET", "/_emulator/info", "").body())
                .path("events").path("streamSubscribers").asInt()).isEqualTo(2);

        emulator.close();

        for (Subscription s : List.of(one, two)) {
            String line = s.next();
            while (!line.equals(END)) {
                assertThat(line).as("nothing but comments before the end").matches("(:.*)?");
                line = s.next();
            }
        }
    }
}
