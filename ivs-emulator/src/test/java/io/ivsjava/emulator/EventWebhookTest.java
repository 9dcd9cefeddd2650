package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.emulator.testing.Sdk;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * Every event the emulator emits is also posted to a webhook, as an EventBridge API destination posts it: in order,
 * with the connection's credential, retried after a 5xx, never holding up the API.
 */
class EventWebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FAST = Duration.ofMillis(5);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final List<String> inProcess = new CopyOnWriteArrayList<>();
    private IvsEmulator emulator;
    private IvsClient ivs;

    EventWebhookTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        if (ivs != null) {
            ivs.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        receiver.close();
    }

    private void start(EventWebhook webhook) {
        emulator = IvsEmulator.builder().eventWebhook(webhook).start();
        emulator.addEventListener(inProcess::add);
        ivs = Sdk.lowLatency(emulator);
    }

    private String channel(String name) {
        return ivs.createChannel(b -> b.name(name)).channel().arn();
    }

    @Test
    void eachEventIsPostedInOrderAsAnApiDestinationWithAnApiKeyConnectionPostsIt() throws Exception {
        start(EventWebhook.to(receiver.url("/ivs/events?tenant=a")).withApiKey("x-ivs-secret", "s3cret-value"));
        String channel = channel("cat");
        emulator.simulateStreamStart(channel);
        emulator.simulateStreamEnd(channel);

        List<WebhookReceiver.Received> posts = receiver.take(4);
        assertThat(posts).extracting(p -> JSON.readTree(p.body()).path("detail").path("event_name").asText())
                .containsExactly("Session Created", "Stream Start", "Stream End", "Session Ended");
        assertThat(posts).extracting(WebhookReceiver.Received::body).as("the envelopes, unchanged")
                .containsExactlyElementsOf(inProcess);
        WebhookReceiver.Received first = posts.get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/ivs/events?tenant=a");
        assertThat(first.headers()).containsEntry("user-agent", "Amazon/EventBridge/ApiDestinations")
                .containsEntry("content-type", "application/json; charset=utf-8")
                .containsEntry("range", "bytes=0-1048575")
                .containsEntry("accept-encoding", "gzip,deflate")
                .containsEntry("connection", "close")
                .containsEntry("x-ivs-secret", "s3cret-value")
                .containsEntry("content-length", String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));
        JsonNode envelope = JSON.readTree(first.body());
        assertThat(envelope.path("source").asText()).isEqualTo("aws.ivs");
        assertThat(envelope.path("resources").get(0).asText()).isEqualTo(channel);
        // the receiver has the fourth post a moment before the sender reads its answer and counts it delivered
        assertThat(awaitInfo(i -> i.path("delivered").asLong() >= 4).path("delivered").asLong()).isEqualTo(4);
    }

    @Test
    void aBasicAuthConnectionSendsItsAuthorizationHeader() throws Exception {
        start(EventWebhook.to(receiver.url("/events")).withBasicAuth("eventbridge", "pa:ss wörd"));
        emulator.simulateStreamStart(channel("basic"));

        assertThat(receiver.take().headers().get("authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("eventbridge:pa:ss wörd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a500IsRetriedAndLaterEventsWaitTheirTurn() throws Exception {
        receiver.answer(500, 503);
        start(EventWebhook.to(receiver.url("/events")).withRetries(5, FAST, Duration.ofMillis(50)));
        String channel = channel("retried");
        emulator.simulateStreamStart(channel);
        emulator.simulateStreamEnd(channel);

        List<WebhookReceiver.Received> posts = receiver.take(6);
        assertThat(posts).extracting(WebhookReceiver.Received::answeredWith).containsExactly(500, 503, 204, 204, 204, 204);
        assertThat(posts).extracting(p -> JSON.readTree(p.body()).path("detail").path("event_name").asText())
                .containsExactly("Session Created", "Session Created", "Session Created", "Stream Start", "Stream End",
                        "Session Ended");
        assertThat(posts.get(0).body()).as("the same event, again").isEqualTo(posts.get(2).body());
        JsonNode info = awaitInfo(i -> i.path("delivered").asLong() >= 4);
        assertThat(info.path("delivered").asLong()).isEqualTo(4);
        assertThat(info.path("retries").asLong()).isEqualTo(2);
        assertThat(info.path("failed").asLong()).isZero();
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterAndA4xxIsNotRetried() throws Exception {
        receiver.answer(429, 400).retryAfter(429, "0");
        start(EventWebhook.to(receiver.url("/events")).withRetries(5, FAST, Duration.ofMillis(50)));
        emulator.simulateStreamStart(channel("throttled"));

        List<WebhookReceiver.Received> posts = receiver.take(3);
        assertThat(posts).extracting(WebhookReceiver.Received::answeredWith).containsExactly(429, 400, 204);
        assertThat(posts.get(0).body()).isEqualTo(posts.get(1).body());
        assertThat(posts.get(2).body()).as("the 400 was given up, the next event goes on").isNotEqualTo(posts.get(1).body());
        JsonNode info = info();
        assertThat(info.path("failed").asLong()).isEqualTo(1);
        assertThat(info.path("lastFailure").asText()).isEqualTo("HTTP 400");
    }

    @Test
    void aReceiverThatIsDownIsRetriedUntilTheAttemptsRunOut() throws Exception {
        URI nobody;
        try (java.net.ServerSocket closedPort = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + closedPort.getLocalPort() + "/events");
        }
        start(EventWebhook.to(nobody).withRetries(3, FAST, Duration.ofMillis(20)));
        emulator.simulateStreamStart(channel("down"));

        JsonNode info = awaitInfo(i -> i.path("failed").asLong() == 2);
        assertThat(info.path("retries").asLong()).isEqualTo(4);
        assertThat(info.path("delivered").asLong()).isZero();
        assertThat(info.path("lastFailure").asText()).startsWith("ConnectException");
    }

    @Test
    void aStalledReceiverNeverHoldsUpTheApiAndAFullQueueDropsNewEvents() throws Exception {
        receiver.hold();
        start(EventWebhook.to(receiver.url("/events")).withQueueCapacity(2));
        String channel = channel("stalled");
        int events = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 5; i++) {
                emulator.simulateStreamStart(channel);
                emulator.simulateStreamEnd(channel);
            }
            return inProcess.size();
        }, "the API waited for the webhook");
        assertThat(events).isEqualTo(20);
        assertThat(ivs.getChannel(b -> b.arn(channel)).channel().name()).isEqualTo("stalled");

        receiver.release();
        JsonNode info = awaitInfo(i -> i.path("delivered").asLong() + i.path("dropped").asLong() == events);
        assertThat(info.path("dropped").asLong()).as("at most the queue and the event in flight are kept")
                .isBetween(17L, 18L);
        // An attempt held past the 5-second timeout is retried, so the receiver may see an event twice.
        List<String> delivered = new ArrayList<>();
        receiver.drain(Duration.ofMillis(500)).stream().map(WebhookReceiver.Received::body).distinct()
                .forEach(delivered::add);
        assertThat(delivered).hasSize((int) info.path("delivered").asLong());
        assertThat(delivered).as("what is delivered keeps the emitted order").isSubsetOf(inProcess);
        assertThat(inProcess).containsSubsequence(delivered);
    }

    @Test
    void optionsAndFlagsNeverShowTheSecret() {
        EmulatorOptions options = EmulatorOptions.fromArgs("--event-webhook", "http://127.0.0.1:9/events?token=q",
                "--event-webhook-api-key", "x-api-key:top-secret-key");
        EventWebhook webhook = options.eventWebhook().orElseThrow();
        assertThat(webhook.credential()).contains(new EventWebhook.ApiKey("x-api-key", "top-secret-key"));
        assertThat(options.toString()).contains("x-api-key").contains("127.0.0.1:9/events")
                .doesNotContain("top-secret-key").doesNotContain("token=q");
        EmulatorOptions basic = EmulatorOptions.fromArgs("--event-webhook-basic-auth", "eb:pass:word",
                "--event-webhook", "https://example.test/hook");
        assertThat(basic.eventWebhook().orElseThrow().credential())
                .contains(new EventWebhook.BasicAuth("eb", "pass:word"));
        assertThat(basic.toString()).doesNotContain("pass:word");

        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--event-webhook-api-key", "x:y"))
                .hasMessageContaining("without --event-webhook");
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--event-webhook", "ftp://host/x"))
                .hasMessageStartingWith("url: ");
        assertThatThrownBy(() -> EmulatorOptions.fromArgs("--event-webhook", "http://h/x", "--event-webhook-api-key",
                "no-colon-secret")).hasMessage("event-webhook-api-key: expected NAME:VALUE");
        assertThatThrownBy(() -> EventWebhook.to(URI.create("http://h/")).withApiKey("x-key", "a\r\nInjected: 1"))
                .hasMessageStartingWith("value: must not contain control characters");
        assertThatThrownBy(() -> EventWebhook.to(URI.create("http://h/")).withApiKey("Content-Type", "k"))
                .hasMessageStartingWith("headerName: Content-Type is a header the request sets itself");
        assertThatThrownBy(() -> EventWebhook.to(URI.create("http://h/")).withRetries(3, Duration.ofSeconds(2),
                Duration.ofSeconds(1))).hasMessageStartingWith("maxRetryDelay: ");
    }

    private JsonNode info() throws Exception {
        return JSON.readTree(PlainHttp.send(emulator, "GET", "/_emulator/info", "").body()).path("events")
                .path("webhook");
    }

    private JsonNode awaitInfo(java.util.function.Predicate<JsonNode> reached) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode info = info();
        while (!reached.test(info)) {
            assertThat(System.nanoTime()).as("the webhook's counts to reach the expected ones: %s", info)
                    .isLessThan(deadline);
            Thread.sleep(10);
            info = info();
        }
        return info;
    }
}
