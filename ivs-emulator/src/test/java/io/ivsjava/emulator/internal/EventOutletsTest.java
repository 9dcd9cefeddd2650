package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.EventWebhook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the event outlets a test over HTTP cannot reach deterministically. */
class EventOutletsTest {

    @Test
    void aSubscriberTooFarBehindIsEndedWithACommentAndHoldsNothing() throws Exception {
        EventOutlets outlets = new EventOutlets(Optional.empty());
        HttpTransport.Response answer = outlets.stream(new HttpTransport.Request("GET", "/_emulator/events",
                Optional.empty(), Map.of(), new byte[0]));
        // The client reads nothing while the emulator emits more than a subscriber may have waiting.
        for (int i = 0; i <= EventOutlets.SUBSCRIBER_BACKLOG; i++) {
            outlets.accept("{\"n\":" + i + "}");
        }
        assertThat(outlets.describe().path("streamSubscribers").asInt()).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.takeover().orElseThrow().run(new ByteArrayInputStream(new byte[0]), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("data:")
                .endsWith(": more than 10000 events were waiting for this client; reconnect with Last-Event-ID\n\n");
        outlets.close();
    }

    @Test
    void aReconnectBeyondWhatIsKeptIsToldSoAndGetsWhatIsLeft() throws Exception {
        EventOutlets outlets = new EventOutlets(Optional.empty());
        for (int i = 1; i <= EventOutlets.REPLAYED + 5; i++) {
            outlets.accept("{\"n\":" + i + "}");
        }
        HttpTransport.Response answer = outlets.stream(new HttpTransport.Request("GET", "/_emulator/events",
                Optional.empty(), Map.of("last-event-id", "2"), new byte[0]));
        outlets.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.takeover().orElseThrow().run(new ByteArrayInputStream(new byte[0]), out);
        String stream = out.toString(StandardCharsets.UTF_8);
        assertThat(stream).contains(": events 3 to 5 are no longer kept\n\n")
                .contains("id: 6\ndata: {\"n\":6}\n\n").endsWith("id: 1005\ndata: {\"n\":1005}\n\n");
        assertThat(stream.split("\ndata: ", -1)).hasSize(EventOutlets.REPLAYED + 1);
    }

    @Test
    void retriesBackOffExponentiallyWithJitterWithinTheCapAndHonourRetryAfter() {
        EventWebhookSender sender = new EventWebhookSender(EventWebhook.to(URI.create("http://127.0.0.1:9/"))
                .withRetries(20, Duration.ofMillis(100), Duration.ofSeconds(1)));
        for (int round = 0; round < 200; round++) {
            assertThat(sender.delay(1, Duration.ZERO)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(sender.delay(3, Duration.ZERO)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(sender.delay(5, Duration.ZERO)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(sender.delay(70, Duration.ZERO)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(sender.delay(1, Duration.ofMillis(700))).isEqualTo(Duration.ofMillis(700));
            assertThat(sender.delay(1, Duration.ofSeconds(30))).as("within the cap").isEqualTo(Duration.ofSeconds(1));
        }
        assertThat(EventWebhookSender.retryAfter("3")).contains(Duration.ofSeconds(3));
        assertThat(EventWebhookSender.retryAfter("-1")).contains(Duration.ofSeconds(-1));
        assertThat(EventWebhookSender.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(EventWebhookSender.retryAfter("soon")).isEmpty();
        sender.close();
    }
}
