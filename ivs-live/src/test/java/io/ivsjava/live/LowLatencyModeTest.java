package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Es384Jwt;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.GeneratedPlaybackKeyPair;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LOW_LATENCY end to end against the emulator: a channel, its one broadcaster's ingest, viewers over HLS. */
class LowLatencyModeTest {
    private static Fixture fx;

    @BeforeAll
    static void start() {
        fx = Fixture.start();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void goingLiveCreatesATaggedChannelAndTheHostGetsItsIngest() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);

        assertThat(show.stage()).isEmpty();
        assertThat(show.composition()).isEmpty();
        BroadcastChannel channel = show.channel().orElseThrow();
        assertThat(channel.privatePlayback()).isFalse();
        Channel read = fx.lowLatency.getChannel(channel.arn());
        assertThat(read.tags()).containsEntry(IvsLive.TAG_LIBRARY, "ivs-live")
                .containsEntry(IvsLive.TAG_USER, "kit")
                .containsEntry(IvsLive.TAG_NAMESPACE, live.namespace());
        assertThat(read.playbackUrl()).isEqualTo(channel.playbackUrl());

        Admission host = live.admitHost(show, "kit");

        assertThat(host).isInstanceOf(Admission.Rtmps.class);
        Admission.Rtmps rtmps = (Admission.Rtmps) host;
        assertThat(rtmps.serverUrl()).isEqualTo(URI.create("rtmps://" + read.ingest().host() + ":443/app/"));
        String key = fx.lowLatency.getStreamKey(fx.lowLatency.listStreamKeys(channel.arn()).findFirst().orElseThrow()
                .arn()).value();
        assertThat(rtmps.streamKey().value()).isEqualTo(key);
        assertThat(rtmps.url()).hasToString(rtmps.serverUrl() + key);
        assertThat(rtmps.expiresAt()).isEmpty();
        assertThat(rtmps.toString()).doesNotContain(key);
        assertThat(show.toString()).doesNotContain(key);
    }

    @Test
    void viewersOfAPublicChannelGetThePlaybackUrlAlone() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);
        long before = fx.emulator.requestCount();

        Admission viewer = live.admitViewer(show, "bob");

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        assertThat(viewer).isInstanceOf(Admission.Hls.class);
        Admission.Hls hls = (Admission.Hls) viewer;
        assertThat(hls.token()).isEmpty();
        assertThat(hls.uri()).isEqualTo(show.channel().get().playbackUrl().uri());
        assertThat(hls.uri().toString()).endsWith(".m3u8");
        assertThat(hls.expiresAt()).isEmpty();
    }

    @Test
    void viewersOfAPrivateChannelGetASignedPlaybackTokenNamingThem() {
        GeneratedPlaybackKeyPair pair = fx.lowLatency.createPlaybackKeyPair("live-test");
        IvsLive live = fx.live(b -> b.playbackTokenKey(pair.keys().privateKey()));
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY,
                GoLiveOptions.builder().privatePlayback(true).build());
        assertThat(fx.lowLatency.getChannel(show.channel().get().arn()).authorized()).isTrue();
        assertThat(show.channel().get().privatePlayback()).isTrue();
        long before = fx.emulator.requestCount();

        Admission.Hls hls = (Admission.Hls) live.admitViewer(show, "bob");
        Admission.Hls anonymous = (Admission.Hls) live.admitViewer(show);

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        String jwt = hls.token().orElseThrow().token();
        assertThat(hls.uri().toString()).startsWith(show.channel().get().playbackUrl() + "?token=")
                .endsWith(jwt);
        Map<String, Object> claims = Es384Jwt.verify(jwt, pair.keys().publicKey()).claims();
        assertThat(claims).containsEntry("aws:channel-arn", show.channel().get().arn().value())
                .containsEntry("aws:viewer-id", "bob")
                .containsEntry("aws:access-control-allow-origin", "*")
                .containsKey("exp");
        assertThat(hls.expiresAt()).hasValue(hls.token().get().expiresAt());
        assertThat(hls.toString()).doesNotContain(jwt);
        assertThat(Es384Jwt.verify(anonymous.token().orElseThrow().token(), pair.keys().publicKey()).claims())
                .doesNotContainKey("aws:viewer-id");
    }

    @Test
    void thereIsOneBroadcasterAndNoCoHost() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);

        assertInvalid(() -> live.admitHost(show, "cara"), "userId", "one broadcaster and no co-hosts");
        assertInvalid(() -> live.invite(show, "cara"), "broadcast.mode", "one broadcaster and no co-hosts");
        assertInvalid(() -> live.promote(show, "cara"), "broadcast.mode", "one broadcaster");
        assertInvalid(() -> live.hostTokens().token(show, "kit"), "broadcast.mode", "is LOW_LATENCY");
    }

    @Test
    void endingStopsTheLiveStreamAndCanBeRepeated() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);
        fx.emulator.simulateStreamStart(show.channel().get().arn().value());
        assertThat(fx.lowLatency.getStream(show.channel().get().arn())).isPresent();

        live.end(show);

        assertThat(fx.lowLatency.getStream(show.channel().get().arn())).isEmpty();
        assertThat(live.end(show)).isEqualTo(show);
        // the channel and its key stay for the next broadcast
        Broadcast again = live.goLive("kit", StreamingMode.LOW_LATENCY);
        assertThat(again).isEqualTo(show);
    }
}
