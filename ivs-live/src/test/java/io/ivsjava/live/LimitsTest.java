package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.GeneratedPlaybackKeyPair;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.Video;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each mode's limits, stated and enforced before any call to IVS, with errors that name the field. */
class LimitsTest {
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
    void aStageHoldsTheHostAndElevenCoHosts() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        for (int i = 1; i <= IvsLive.MAX_CO_HOSTS; i++) {
            live.invite(show, "co-host-" + i);
        }
        long before = fx.emulator.requestCount();

        assertInvalid(() -> live.invite(show, "co-host-12"), "coHostUserId", "11 co-hosts are invited already",
                "a stage holds 12 publishers, the host and at most 11 co-hosts");
        assertInvalid(() -> live.promote(show, "co-host-12"), "coHostUserId", "11 co-hosts are invited already");

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        // inviting someone already invited is a repeat, not a twelfth co-host
        assertThat(live.invite(show, "co-host-3")).isEqualTo(live.invites().find("kit", "co-host-3").orElseThrow());
        live.removeHost(show, "co-host-1", "making room");
        assertThat(live.invite(show, "co-host-12").coHostUserId()).isEqualTo("co-host-12");
    }

    @Test
    void webRtcDeliversAtMost720pAndHlsAtMost1080p() {
        IvsLive live = fx.live();
        long before = fx.emulator.requestCount();
        GoLiveOptions fullHd = GoLiveOptions.builder().video(new Video(1920, 1080, 30, 6_000_000)).build();

        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME, fullHd), "options.video",
                "1920x1080 is more than REAL_TIME delivers: WEBRTC carries at most 720p (1280x720)",
                "choose HYBRID or LOW_LATENCY");
        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME,
                GoLiveOptions.builder().video(new Video(720, 1282, 30, 2_000_000)).build()), "options.video",
                "720x1282 is more than REAL_TIME delivers");
        assertInvalid(() -> GoLiveOptions.builder().video(new Video(1440, 1440, 30, 6_000_000)).build(), "video",
                "1440x1440 is more than a channel delivers: HLS carries at most 1080p");
        assertInvalid(() -> GoLiveOptions.builder().video(new Video(1922, 1080, 30, 6_000_000)).build(),
                "video.width", "1922 is out of range; allowed 2..1920");
        assertInvalid(() -> GoLiveOptions.builder().video(new Video(1280, 720, 30, 9_000_000)).build(),
                "video.bitrate", "9000000 is out of range; allowed 1..8500000");
        assertInvalid(() -> GoLiveOptions.builder().video(new Video(1280, 721, 30, 1)).build(), "video.height",
                "721 is odd");

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        // 720p is fine in REAL_TIME, and 1080p over HLS
        assertThat(live.goLive("kit", StreamingMode.REAL_TIME,
                GoLiveOptions.builder().video(new Video(1280, 720, 30, 2_500_000)).build()).stage()).isPresent();
        assertThat(live.goLive("bob", StreamingMode.LOW_LATENCY, fullHd).channel()).isPresent();
    }

    @Test
    void aBasicChannelTakes480pAt1point5Mbps() {
        assertInvalid(() -> GoLiveOptions.builder().channelType(ChannelType.BASIC)
                .video(new Video(1280, 720, 30, 1_000_000)).build(), "video.height",
                "1280x720 is 720p; a BASIC channel takes at most 480p");
        assertInvalid(() -> GoLiveOptions.builder().channelType(ChannelType.BASIC)
                .video(new Video(854, 480, 30, 2_000_000)).build(), "video.bitrate",
                "2000000 bits per second is too much for a BASIC channel; allowed 1..1500000");
        assertInvalid(() -> GoLiveOptions.builder().channelType(ChannelType.UNKNOWN).build(), "channelType",
                "UNKNOWN stands for a value this library could not read and cannot be sent; "
                        + "allowed BASIC, STANDARD, ADVANCED_SD, ADVANCED_HD");
    }

    @Test
    void optionsAModeCannotUseAreRefusedNotIgnored() {
        IvsLive live = fx.live();
        long before = fx.emulator.requestCount();

        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME,
                GoLiveOptions.builder().layout(Layout.grid()).build()), "options.layout", "only HYBRID composes");
        assertInvalid(() -> live.goLive("kit", StreamingMode.LOW_LATENCY,
                GoLiveOptions.builder().layout(Layout.grid()).build()), "options.layout", "only HYBRID composes");
        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME,
                GoLiveOptions.builder().channelType(ChannelType.BASIC).build()), "options.channelType",
                "REAL_TIME uses no channel");
        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME,
                GoLiveOptions.builder().privatePlayback(true).build()), "options.privatePlayback",
                "REAL_TIME has no channel");
        assertInvalid(() -> live.goLive("kit", StreamingMode.LOW_LATENCY,
                GoLiveOptions.builder().privatePlayback(true).build()), "options.privatePlayback",
                "no playback token key");

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
    }

    @Test
    void userAndViewerIdsAreChecked() {
        IvsLive live = fx.live();
        long before = fx.emulator.requestCount();

        assertInvalid(() -> live.goLive("", StreamingMode.REAL_TIME), "userId", "is 0 characters long; allowed 1..128");
        assertInvalid(() -> live.goLive("kit cat", StreamingMode.REAL_TIME), "userId", "\"kit cat\" is malformed",
                "letters, digits and _ . : / = + - @");
        assertInvalid(() -> live.goLive("k".repeat(129), StreamingMode.REAL_TIME), "userId", "129 characters");
        assertInvalid(() -> live.goLive(null, StreamingMode.REAL_TIME), "userId", "is missing");
        assertInvalid(() -> live.goLive("kit", null), "mode", "is missing");
        assertInvalid(() -> live.goLive("kit", StreamingMode.REAL_TIME, null), "options", "is missing");
        assertThat(fx.emulator.requestCount()).isEqualTo(before);

        GeneratedPlaybackKeyPair pair = fx.lowLatency.createPlaybackKeyPair("limits-test");
        IvsLive signing = fx.live(b -> b.playbackTokenKey(pair.keys().privateKey()));
        Broadcast show = signing.goLive("kit", StreamingMode.LOW_LATENCY,
                GoLiveOptions.builder().privatePlayback(true).build());
        assertInvalid(() -> signing.admitViewer(show, "v".repeat(41)), "viewerId", "is 41 characters long",
                "a playback token names its viewer in 1..40 characters");
        assertInvalid(() -> signing.admitViewer(show, null), "viewerId", "is missing");
        assertInvalid(() -> signing.admitViewer(null, "bob"), "broadcast", "is missing");
        // a public channel's viewers are not named in any token: any id will do
        Broadcast open = signing.goLive("bob", StreamingMode.LOW_LATENCY);
        assertThat(signing.admitViewer(open, "v".repeat(41))).isInstanceOf(Admission.Hls.class);
        // a private channel seen by an instance without the key
        IvsLive keyless = fx.sameNamespaceAs(signing);
        assertInvalid(() -> keyless.admitViewer(show, "bob"), "broadcast.channel.privatePlayback",
                "no playback token key");
    }

    @Test
    void tokenLifetimesAreWithinWhatIvsAllows() {
        assertInvalid(() -> fx.live(b -> b.hostTokenLifetime(Duration.ofDays(15))), "hostTokenLifetime",
                "21600 minutes is too long; allowed 1..20160 whole minutes");
        assertInvalid(() -> fx.live(b -> b.viewerTokenLifetime(Duration.ofSeconds(90))), "viewerTokenLifetime",
                "not a positive whole number of minutes");
        assertInvalid(() -> fx.live(b -> b.hostTokenLifetime(Duration.ofHours(1))), "hostTokenRefreshAhead",
                "allowed more than zero and less than the host token lifetime");
        assertInvalid(() -> fx.live(b -> b.playbackTokenValidity(Duration.ofMinutes(11))), "playbackTokenValidity",
                "660 seconds is too long; allowed 1..600 whole seconds");
        assertInvalid(() -> IvsLive.builder().build(), "connection",
                "is missing; give connection(...) or clients(...)");
        assertInvalid(() -> IvsLive.builder().connection(fx.connection).clients(fx.realTime, fx.lowLatency).build(),
                "connection", "give one or the other");
        assertInvalid(() -> IvsLive.builder().namespace("has space"), "namespace", "is malformed");
        assertInvalid(() -> IvsLive.builder().participantTokenKey(P384Keys.generate().privateKey(), null),
                "publicKeyArn", "is missing");
    }

    @Test
    void theBroadcastHandleHasTheMode_sParts() {
        Broadcast show = fx.live().goLive("kit", StreamingMode.HYBRID);

        assertInvalid(() -> new Broadcast("kit", StreamingMode.REAL_TIME, show.stage(), show.channel(),
                show.ingest(), java.util.Optional.empty()), "channel", "is set, but a REAL_TIME broadcast has none");
        assertInvalid(() -> new Broadcast("kit", StreamingMode.HYBRID, show.stage(), java.util.Optional.empty(),
                show.ingest(), java.util.Optional.empty()), "channel", "is missing; a HYBRID broadcast has one");
        assertInvalid(() -> new Broadcast("kit", StreamingMode.LOW_LATENCY, java.util.Optional.empty(),
                show.channel(), java.util.Optional.empty(), java.util.Optional.empty()), "ingest",
                "is missing; a LOW_LATENCY broadcast has one");
        assertInvalid(() -> new Broadcast("kit", StreamingMode.REAL_TIME, show.stage(), java.util.Optional.empty(),
                java.util.Optional.empty(), show.composition()), "composition", "only HYBRID composes");
        // rebuilt from stored values, it is the same broadcast
        assertThat(new Broadcast(show.userId(), show.mode(), show.stage(), show.channel(), show.ingest(),
                show.composition())).isEqualTo(show);
    }
}
