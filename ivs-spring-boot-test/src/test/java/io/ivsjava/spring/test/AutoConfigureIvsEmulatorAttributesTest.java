package io.ivsjava.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The annotation's attributes, and its connection winning over the application's own IVS properties. */
@SpringBootTest(classes = TestApplication.class,
        properties = {"spring.cloud.aws.ivs.endpoint=http://127.0.0.1:1", "spring.cloud.aws.ivs.region=us-west-2"})
@AutoConfigureIvsEmulator(region = "eu-west-1", accountId = "111122223333", deliverEvents = false)
class AutoConfigureIvsEmulatorAttributesTest {
    @Autowired
    IvsEmulator emulator;
    @Autowired
    IvsLive live;
    @Autowired
    IvsEventDispatcher events;

    @Test
    void theAnnotationWinsOverTheProperties() {
        assertThat(emulator.region()).isEqualTo("eu-west-1");
        Broadcast show = live.goLive("host-3", StreamingMode.REAL_TIME);
        assertThat(show.stage().orElseThrow().arn().value())
                .startsWith("arn:aws:ivs:eu-west-1:111122223333:stage/");
    }

    @Test
    @SuppressWarnings("try")
    void eventsAreLeftToTheTest() {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (var registration = events.on(StreamStateChange.class, e -> heard.add(e.rawName()))) {
            Broadcast show = live.goLive("streamer-4", StreamingMode.LOW_LATENCY);
            emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
            assertThat(heard).isEmpty();
            assertThat(emulator.calls("CreateChannel")).hasSize(1);
        }
    }
}
