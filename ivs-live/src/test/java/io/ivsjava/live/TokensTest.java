package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.MutableClock;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.lowlatency.GeneratedPlaybackKeyPair;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.ParticipantTokenVerifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host-token source (kept, then re-minted before expiry on the instance's clock) and the viewers' fast path. */
class TokensTest {
    private static Fixture fx;
    private static ImportedKeyPair keys;

    @BeforeAll
    static void start() {
        fx = Fixture.start();
        keys = fx.realTime.generateAndImportPublicKey("tokens-test");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aHostGetsTheSameTokenUntilItNearsExpiryThenANewOne() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock).participantTokenKey(keys)
                .hostTokenLifetime(Duration.ofHours(4)).hostTokenRefreshAhead(Duration.ofMinutes(30)));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

        Admission.WebRtc first = (Admission.WebRtc) live.admitHost(show, "kit");
        assertThat(first.expiresAt()).hasValue(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(Duration.ofHours(4)));
        clock.advance(Duration.ofHours(3).plusMinutes(29));
        assertThat(live.hostTokens().token(show, "kit")).isEqualTo(first);

        clock.advance(Duration.ofMinutes(2));   // 29 minutes left: inside the refresh window
        Admission.WebRtc second = live.hostTokens().token(show, "kit");

        assertThat(second.participantId()).isNotEqualTo(first.participantId());
        assertThat(second.expiresAt().orElseThrow()).isAfter(first.expiresAt().orElseThrow());
        assertThat(live.admitHost(show, "kit")).isEqualTo(second);
        ParticipantTokenVerifier.create(keys.keys().publicKey(), keys.publicKey().arn(), clock)
                .verify(second.token().token(), show.stage().orElseThrow().arn(), Capability.PUBLISH);

        live.hostTokens().forget(show, "kit");
        assertThat(live.hostTokens().token(show, "kit").participantId()).isNotEqualTo(second.participantId());
        assertThat(live.hostTokens().refreshAhead()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void hostTokensFromTheApiAreKeptToo() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        long before = fx.emulator.requestCount("CreateParticipantToken");

        Admission first = live.admitHost(show, "kit");
        Admission again = live.admitHost(show, "kit");

        assertThat(again).isEqualTo(first);
        assertThat(fx.emulator.requestCount("CreateParticipantToken")).isEqualTo(before + 1);
    }

    @Test
    void concurrentRequestsForOneHostMintOneToken() throws Exception {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        long before = fx.emulator.requestCount("CreateParticipantToken");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Admission>> tasks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                tasks.add(() -> live.admitHost(show, "kit"));
            }
            Set<String> participants = new HashSet<>();
            for (Future<Admission> f : pool.invokeAll(tasks)) {
                participants.add(((Admission.WebRtc) f.get()).participantId());
            }
            assertThat(participants).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.emulator.requestCount("CreateParticipantToken")).isEqualTo(before + 1);
    }

    @Test
    void onlyTheOwnerAndInvitedCoHostsGetHostTokens() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        long before = fx.emulator.requestCount();

        assertInvalid(() -> live.hostTokens().token(show, "eve"), "userId", "neither the owner");
        assertThat(fx.emulator.requestCount()).isEqualTo(before);

        live.invite(show, "eve");
        assertThat(live.hostTokens().token(show, "eve").canPublish()).isTrue();
    }

    @Test
    void aCrowdOfViewersIsAdmittedWithoutACallToIvs() {
        GeneratedPlaybackKeyPair playback = fx.lowLatency.createPlaybackKeyPair("crowd-test");
        IvsLive live = fx.live(b -> b.participantTokenKey(keys).playbackTokenKey(playback.keys().privateKey()));
        Broadcast stage = live.goLive("kit", StreamingMode.REAL_TIME);
        Broadcast channel = live.goLive("bob", StreamingMode.HYBRID,
                GoLiveOptions.builder().privatePlayback(true).build());
        long before = fx.emulator.requestCount();

        Set<String> participants = new HashSet<>();
        Set<String> playbackTokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Admission.WebRtc webRtc = (Admission.WebRtc) live.admitViewer(stage, "viewer-" + i);
            assertThat(webRtc.canPublish()).isFalse();
            participants.add(webRtc.participantId());
            playbackTokens.add(((Admission.Hls) live.admitViewer(channel, "viewer-" + i)).token().orElseThrow()
                    .token());
        }

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        assertThat(participants).hasSize(1_000);
        assertThat(playbackTokens).hasSize(1_000);
        // each token admits: the emulator verifies them as IVS would at join time
        assertThat(fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitViewer(stage, "last")).token()
                .token())).isNotEmpty();
    }
}
