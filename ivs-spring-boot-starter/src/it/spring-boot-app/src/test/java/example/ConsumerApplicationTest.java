package example;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.spring.test.AutoConfigureIvsEmulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureIvsEmulator
class ConsumerApplicationTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    IvsEmulator ivs;

    @Test
    @SuppressWarnings("unchecked")
    void goesLiveAndFollowsTheLiveFlag() {
        Map<String, String> created = http.postForObject("/shows/kit", null, Map.class);
        String channel = created.get("channel");
        assertThat(channel).startsWith("arn:aws:ivs:us-east-1:123456789012:channel/");

        Map<String, Object> before = http.getForObject("/shows/kit", Map.class);
        assertThat((String) before.get("playbackUrl")).endsWith(".m3u8");
        assertThat(before.get("live")).isEqualTo(false);

        ivs.simulateStreamStart(channel);   // its events reach the application's dispatcher
        assertThat(http.getForObject("/shows/kit", Map.class).get("live")).isEqualTo(true);
        ivs.simulateStreamEnd(channel);
        assertThat(http.getForObject("/shows/kit", Map.class).get("live")).isEqualTo(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHealthIndicatorReachesTheEmulator() {
        Map<String, Object> health = http.getForObject("/actuator/health/ivs", Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) health.get("details")).containsEntry("realTime", "reachable")
                .containsEntry("lowLatency", "reachable").containsEntry("chat", "reachable");
    }
}
