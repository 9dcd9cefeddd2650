package io.ivsjava.lowlatency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The encoder URLs built from a channel's ingest endpoint: IVS's host names, and an endpoint with its own port. */
class IngestEndpointTest {
    @Test
    void anIvsHostNameGetsIvsPorts() {
        IngestEndpoint ivs = new IngestEndpoint("a1b2c3d4e5f6.global-contribute.live-video.net", true, Optional.empty());
        assertThat(ivs.rtmpsUrl()).isEqualTo(URI.create("rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/"));
        assertThat(ivs.rtmpUrl()).hasValue(URI.create("rtmp://a1b2c3d4e5f6.global-contribute.live-video.net:1935/app/"));
    }

    @Test
    void anEndpointThatNamesItsPortIsUsedAsGivenForBothProtocols() {
        IngestEndpoint local = new IngestEndpoint("127.0.0.1:41935", true, Optional.empty());
        assertThat(local.rtmpsUrl()).isEqualTo(URI.create("rtmps://127.0.0.1:41935/app/"));
        assertThat(local.rtmpUrl()).hasValue(URI.create("rtmp://127.0.0.1:41935/app/"));

        IngestEndpoint v6 = new IngestEndpoint("[::1]:41935", false, Optional.empty());
        assertThat(v6.rtmpsUrl()).isEqualTo(URI.create("rtmps://[::1]:41935/app/"));
        assertThat(v6.rtmpUrl()).as("plain RTMP still only with insecure ingest").isEmpty();
    }

    @Test
    void anIpv6HostWithoutAPortGetsTheDefaultPort() {
        assertThat(new IngestEndpoint("[::1]", true, Optional.empty()).rtmpsUrl())
                .isEqualTo(URI.create("rtmps://[::1]:443/app/"));
    }
}
