package io.ivsjava.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.ApiDestinationReceiver;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.spring.test.AutoConfigureIvsEmulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sample as a client sees it, on a fresh emulator. The emulator's events are not delivered to the dispatcher
 * directly: the test posts them to the webhook, the path EventBridge takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sample.webhook-secret=" + SampleApplicationTest.SECRET)
@AutoConfigureIvsEmulator(deliverEvents = false)
class SampleApplicationTest {
    static final String SECRET = "test-webhook-secret";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IvsEmulator ivs;

    @Test
    @SuppressWarnings("unchecked")
    void aViewerTokenThatJoinsTheStage() {
        Map<String, Object> show = http.postForObject("/api/broadcasts/kit?mode=REAL_TIME", null, Map.class);
        assertThat((String) show.get("stageArn")).startsWith("arn:aws:ivs:us-east-1:123456789012:stage/");

        Map<String, Object> viewer = http.getForObject("/api/broadcasts/kit/viewers/bob/token", Map.class);
        assertThat(viewer).containsEntry("kind", "WEBRTC").containsKeys("token", "participantId", "expiresAt");
        // the token is real: the emulator admits it to the stage, as IVS would at join time
        assertThat(ivs.simulateParticipantJoin((String) viewer.get("token"))).isEqualTo(viewer.get("participantId"));

        Map<String, Object> host = http.getForObject("/api/broadcasts/kit/token", Map.class);
        assertThat(host).containsEntry("kind", "WEBRTC");
        assertThat(host.get("token")).isNotEqualTo(viewer.get("token"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void streamEventsPostedToTheWebhookSetTheLiveFlag() {
        Map<String, Object> show = http.postForObject("/api/broadcasts/mia?mode=LOW_LATENCY", null, Map.class);
        String channel = (String) show.get("channelArn");
        assertThat(show).containsEntry("live", false);
        Map<String, Object> encoder = http.getForObject("/api/broadcasts/mia/token", Map.class);
        assertThat(encoder).containsEntry("kind", "RTMPS").containsKeys("serverUrl", "streamKey");
        Map<String, Object> viewer = http.getForObject("/api/broadcasts/mia/viewers/ann/token", Map.class);
        assertThat(viewer).containsEntry("kind", "HLS").containsEntry("playbackUrl", show.get("playbackUrl"));

        List<String> events = new CopyOnWriteArrayList<>();
        Consumer<String> capture = events::add;
        ivs.addEventListener(capture);
        try {
            ivs.simulateStreamStart(channel);
        } finally {
            ivs.removeEventListener(capture);
        }
        assertThat(events).isNotEmpty();
        for (String event : events) {
            assertThat(post(event, SECRET).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(http.getForObject("/api/broadcasts/mia", Map.class)).containsEntry("live", true);
    }

    @Test
    void theWebhookRefusesWithoutTheSecretAndRefusesWhatIsNoEvent() {
        assertThat(post("{}", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("{}", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("{}", SECRET + "x").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("{\"source\":\"aws.s3\"}", SECRET).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("x".repeat(ApiDestinationReceiver.MAX_BODY_BYTES + 1), SECRET).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void withoutASecretConfiguredEveryDeliveryIsRefused() throws Exception {
        EventsWebhook unconfigured = new EventsWebhook(IvsEventDispatcher.create(), "");
        for (String given : new String[] {null, "", SECRET}) {
            HttpHeaders headers = new HttpHeaders();
            if (given != null) {
                headers.set(EventsWebhook.HEADER, given);
            }
            assertThat(unconfigured.receive(headers, new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void aSecretTooShortToBeOneStopsTheApplicationNamingTheProperty() {
        assertThatThrownBy(() -> new EventsWebhook(IvsEventDispatcher.create(), "short-secret"))
                .isInstanceOf(IvsValidationException.class)
                .hasMessageStartingWith("sample.webhook-secret: is 12 characters long; allowed 16 or more")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void inputIvsWouldRefuseIsABadRequestNamingTheField() {
        ResponseEntity<Map> refused = http.postForEntity("/api/broadcasts/" + "x".repeat(129) + "?mode=HYBRID",
                null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("error")).startsWith("userId:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthAndMetricsShowIvs() {
        http.postForObject("/api/broadcasts/ola?mode=HYBRID", null, Map.class);
        Map<String, Object> health = http.getForObject("/actuator/health/ivs", Map.class);
        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> metric = http.getForObject(
                "/actuator/metrics/ivs.client.requests?tag=operation:StartComposition", Map.class);
        assertThat(metric).containsEntry("name", "ivs.client.requests");
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) metric.get("measurements");
        assertThat(measurements).anySatisfy(m -> {
            assertThat(m).containsEntry("statistic", "COUNT");
            assertThat(((Number) m.get("value")).doubleValue()).isGreaterThanOrEqualTo(1);
        });
    }

    private ResponseEntity<Void> post(String body, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            headers.set("x-ivs-secret", secret);
        }
        return http.postForEntity("/ivs/events", new HttpEntity<>(body, headers), Void.class);
    }
}
