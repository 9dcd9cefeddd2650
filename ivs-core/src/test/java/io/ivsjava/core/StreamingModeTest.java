package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table in StreamingMode's javadoc, row by row, and the Delivery figures it quotes. */
class StreamingModeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // mode,     hostIngest, hostDelivery, viewerDelivery, stage, channel, composition
        "REAL_TIME,   WEBRTC,     WEBRTC,       WEBRTC,         true,  false,   false",
        "LOW_LATENCY, RTMPS,      HLS,          HLS,            false, true,    false",
        "HYBRID,      WEBRTC,     WEBRTC,       HLS,            true,  true,    true",
    })
    void eachModeUsesWhatTheTableSays(StreamingMode mode, Ingest hostIngest, Delivery hostDelivery,
                                      Delivery viewerDelivery, boolean stage, boolean channel, boolean composition) {
        assertThat(mode.hostIngest()).isEqualTo(hostIngest);
        assertThat(mode.hostDelivery()).isEqualTo(hostDelivery);
        assertThat(mode.viewerDelivery()).isEqualTo(viewerDelivery);
        assertThat(mode.usesStage()).isEqualTo(stage);
        assertThat(mode.usesChannel()).isEqualTo(channel);
        assertThat(mode.usesComposition()).isEqualTo(composition);
    }

    @Test
    void theTableAboveHasARowForEveryMode() {
        assertThat(StreamingMode.values())
                .containsExactly(StreamingMode.REAL_TIME, StreamingMode.LOW_LATENCY, StreamingMode.HYBRID);
        assertThat(Ingest.values()).containsExactly(Ingest.WEBRTC, Ingest.RTMPS);
        assertThat(Delivery.values()).containsExactly(Delivery.WEBRTC, Delivery.HLS);
    }

    @Test
    void webRtcCarriesUpTo720pAndHlsUpTo1080p() {
        assertThat(Delivery.WEBRTC.maxVideoHeight()).isEqualTo(720);
        assertThat(Delivery.HLS.maxVideoHeight()).isEqualTo(1080);
    }

    @Test
    void webRtcIsAboutAThirdOfASecondAndHlsTwoToFiveSeconds() {
        assertThat(Delivery.WEBRTC.typicalLatency()).isEqualTo(Duration.ofMillis(300));
        assertThat(Delivery.HLS.typicalLatency()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
