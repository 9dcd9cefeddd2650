package io.ivsjava.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @SpringBootTest} with the annotation and no property: every bean on a fresh emulator. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureIvsEmulator
class AutoConfigureIvsEmulatorTest {
    @Autowired
    IvsEmulator emulator;
    @Autowired
    IvsConnection connection;
    @Autowired
    IvsRealTime realTime;
    @Autowired
    IvsLowLatency lowLatency;
    @Autowired
    IvsLive live;
    @Autowired
    IvsEventDispatcher events;
    @Autowired
    HealthEndpoint health;

    @Test
    void everyBeanTalksToTheEmulator() {
        assertThat(connection.endpoint()).contains(emulator.endpoint());
        assertThat(connection.region()).contains("us-east-1");
        assertThat(live.realTime()).isSameAs(realTime);
        assertThat(live.lowLatency()).isSameAs(lowLatency);

        long before = emulator.requestCount();
        Broadcast show = live.goLive("host-1", StreamingMode.HYBRID);
        assertThat(show.stage().orElseThrow().arn().value()).startsWith("arn:aws:ivs:us-east-1:123456789012:stage/");
        assertThat(live.admitViewer(show, "viewer-1")).isInstanceOf(Admission.Hls.class);
        assertThat(emulator.requestCount()).isGreaterThan(before);
        assertThat(emulator.calls("StartComposition")).isNotEmpty();
    }

    @Test
    @SuppressWarnings("try")
    void theEmulatorsEventsReachTheDispatcher() {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (var registration = events.on(StreamStateChange.class, e -> heard.add(e.rawName()))) {
            Broadcast show = live.goLive("streamer-2", StreamingMode.LOW_LATENCY);
            emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
            assertThat(heard).contains("Stream Start");
        }
    }

    @Test
    void theHealthIndicatorSeesTheEmulator() {
        var ivs = health.healthForPath("ivs");
        assertThat(ivs).isNotNull();
        assertThat(ivs.getStatus()).isEqualTo(Status.UP);
    }
}
