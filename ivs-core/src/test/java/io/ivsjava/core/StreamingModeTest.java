package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingModeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // mode,     hostIngest, hostDelivery, viewerDelivery, stage, channel, composition
        "REAL_TIME,   WEBRTC,     WEBRTC,       WEBRTC,         true,  false,   false",
        "LOW_LATENCY, RTMPS,      HLS,          HLS,            false, true,    false",
        "HYBRID,      WEBRTC,     WEBRTC,       HLS,            true,  true,    true",
    })
    void eachModeImpliesItsDeliveryAndResources(StreamingMode mode, Ingest hostIngest, Delivery hostDelivery,
                                                 Delivery viewerDelivery, boolean stage, boolean channel,
                                                 boolean composition) {
        assertThat(mode.hostIngest()).isEqualTo(hostIngest);
        assertThat(mode.hostDelivery()).isEqualTo(hostDelivery);
        assertThat(mode.viewerDelivery()).isEqualTo(viewerDelivery);
        assertThat(mode.usesStage()).isEqualTo(stage);
        assertThat(mode.usesChannel()).isEqualTo(channel);
        assertThat(mode.usesComposition()).isEqualTo(composition);
    }

    @Test
    void webRtcIsFasterAndHlsIsSharper() {
        assertThat(Delivery.WEBRTC.maxVideoHeight()).isEqualTo(720);
        assertThat(Delivery.HLS.maxVideoHeight()).isEqualTo(1080);
        assertThat(Delivery.WEBRTC.typicalLatency()).isLessThan(Duration.ofSeconds(1));
        assertThat(Delivery.HLS.typicalLatency()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
