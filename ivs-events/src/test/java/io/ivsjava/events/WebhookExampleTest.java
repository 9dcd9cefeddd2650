package io.ivsjava.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ivsjava.core.ChannelArn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's webhook handler, run over HTTP the way an EventBridge API destination calls it. */
class WebhookExampleTest {
    private final String secret = "s3cret-from-the-connection";
    private final Map<ChannelArn, Boolean> liveFlags = new ConcurrentHashMap<>();
    private final List<String> left = new CopyOnWriteArrayList<>();
    private final IvsEventDispatcher events = IvsEventDispatcher.create();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;
    private URI uri;

    @BeforeEach
    void start() throws Exception {
        LiveStatusTracker live = LiveStatusTracker.create();
        events.on(StreamStateChange.class, e -> live.apply(e)
                .ifPresent(s -> liveFlags.put(s.channel(), s.live())));
        events.on(StageUpdate.class, e -> {
            if (e.name() == StageUpdate.Name.PARTICIPANT_LEFT) {
                e.participantId().ifPresent(left::add);
            }
        });

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(events,
                ConnectionCredential.apiKey("x-ivs-secret", secret));
        server.createContext("/ivs/events", exchange -> {
            ApiDestinationReceiver.Reply reply = receiver.receive(exchange.getRequestMethod(),
                    name -> Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)), exchange.getRequestBody());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), -1);
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ivs/events");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int post(String body, String secretHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (secretHeader != null) {
            request.header("x-ivs-secret", secretHeader);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void eventsSetTheLiveFlagWhateverTheirOrder() throws Exception {
        String key = secret;
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/AbCdef1G2hij");

        assertThat(post(Fixtures.text("stream-state-stream-end.json"), key)).isEqualTo(200);
        assertThat(post(Fixtures.text("stream-state-stream-start.json"), key)).as("late").isEqualTo(200);
        assertThat(liveFlags).doesNotContainKey(channel);

        assertThat(post(Fixtures.text("stage-update-participant-left.json"), key)).isEqualTo(200);
        assertThat(left).containsExactly("xYz1c2d3e4f");
    }

    @Test
    void theLiveFlagFollowsAStreamInOrder() throws Exception {
        String key = secret;
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/AbCdef1G2hij");

        post(Fixtures.text("stream-state-stream-start.json"), key);
        assertThat(liveFlags).containsEntry(channel, true);
        post(Fixtures.text("stream-state-stream-end.json"), key);
        assertThat(liveFlags).containsEntry(channel, false);
    }

    @Test
    void aWrongSecretNotAnEventAndAFailingListener() throws Exception {
        String key = secret;
        events.onAny(e -> {
            throw new IllegalStateException("database down");
        });

        assertThat(post(Fixtures.text("stream-state-stream-start.json"), null)).isEqualTo(401);
        assertThat(post(Fixtures.text("stream-state-stream-start.json"), "guess")).isEqualTo(401);
        assertThat(post("{\"source\":\"aws.s3\"}", key)).isEqualTo(400);
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(post(Fixtures.text("stream-state-stream-start.json"), key)).isEqualTo(500);
        } finally {
            System.setErr(err);
        }
    }
}
