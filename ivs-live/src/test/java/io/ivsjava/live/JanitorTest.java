package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.MutableClock;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.Quota;
import io.ivsjava.realtime.Composition;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The janitor deletes idle stages and offline channels by the caller's policy, on a clock the test moves. The
 * emulator stamps sessions with the real time, so the test clock starts at the real now and only moves forward.
 */
class JanitorTest {
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
    private static Fixture fx;

    @BeforeAll
    static void start() {
        fx = Fixture.withQuota(Quota.COMPOSITIONS, 100);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aStageNobodyJoinedIsDeletedOnceIdleLongerThanThePolicyAllows() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR));

        clock.advance(Duration.ofMinutes(29));
        assertThat(janitor.sweep().removedAnything()).isFalse();

        clock.advance(Duration.ofMinutes(2));
        CleanupReport report = janitor.sweep();

        assertThat(report.deletedStages()).containsExactly(show.stage().orElseThrow().arn());
        assertThat(report.users()).containsExactly("kit");
        assertThat(janitor.sweep().removedAnything()).isFalse();
        // the user going live again gets a new stage
        assertThat(live.goLive("kit", StreamingMode.REAL_TIME).stage()).isNotEqualTo(show.stage());
    }

    @Test
    void aStageWithASessionIsKeptAndIsIdleOnlyFromWhenTheSessionEnded() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR));
        String stage = show.stage().orElseThrow().arn().value();
        String host = fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token()
                .token());

        clock.advance(Duration.ofHours(2));
        assertThat(janitor.sweep().deletedStages()).isEmpty();   // someone is on it

        fx.emulator.simulateParticipantLeave(stage, host);
        clock.advance(Duration.ofMinutes(5));
        assertThat(janitor.sweep().deletedStages()).containsExactly(show.stage().get().arn());
    }

    @Test
    void aRecentlyEndedSessionKeepsAnOldStage() {
        // the stage is created two hours ago, by the test clock
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofHours(2)));
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR));
        // a session that ends now (the emulator stamps it with the real time)
        String host = fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token()
                .token());
        fx.emulator.simulateParticipantLeave(show.stage().orElseThrow().arn().value(), host);

        clock.advance(Duration.ofHours(2).plusMinutes(10));   // ten minutes after the session ended
        assertThat(janitor.sweep().deletedStages()).isEmpty();

        clock.advance(Duration.ofMinutes(25));
        assertThat(janitor.sweep().deletedStages()).containsExactly(show.stage().get().arn());
    }

    @Test
    void anIdleHybridStageHasItsCompositionStoppedFirstAndItsChannelFollowsOnceOffline() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR)
                .withOfflineChannels(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(31));
        CleanupReport first = janitor.sweep();

        assertThat(first.stoppedCompositions()).containsExactly(show.composition().orElseThrow());
        assertThat(first.deletedStages()).containsExactly(show.stage().orElseThrow().arn());
        assertThat(first.deletedChannels()).isEmpty();   // its last stream ended only when the composition stopped
        assertThat(fx.realTime.getComposition(show.composition().get()).state()).isEqualTo(Composition.State.STOPPED);

        clock.advance(Duration.ofMinutes(61));
        assertThat(janitor.sweep().deletedChannels()).containsExactly(show.channel().orElseThrow().arn());
    }

    @Test
    void aLiveChannelIsKeptAndAnOfflineOneGoesByItsLastStream() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withOfflineChannels(Duration.ofHours(1)));
        String channel = show.channel().orElseThrow().arn().value();
        fx.emulator.simulateStreamStart(channel);

        clock.advance(Duration.ofHours(5));
        assertThat(janitor.sweep().deletedChannels()).isEmpty();

        fx.emulator.simulateStreamEnd(channel);
        assertThat(janitor.sweep().deletedChannels()).containsExactly(show.channel().get().arn());
    }

    @Test
    void otherNamespacesAndUntaggedResourcesAreLeftAlone() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive mine = fx.live(b -> b.clock(clock));
        IvsLive theirs = fx.live(b -> b.clock(clock));
        Broadcast their = theirs.goLive("kit", StreamingMode.REAL_TIME);
        io.ivsjava.realtime.Stage untagged = fx.realTime.createStage(io.ivsjava.realtime.StageSpec.builder().build())
                .stage();
        clock.advance(Duration.ofDays(3));

        CleanupReport report = mine.janitor(CleanupPolicy.NONE.withIdleStages(Duration.ofMinutes(1))
                .withOfflineChannels(Duration.ofMinutes(1))).sweep();

        assertThat(report.removedAnything()).isFalse();
        assertThat(fx.realTime.getStage(their.stage().orElseThrow().arn())).isNotNull();
        assertThat(fx.realTime.getStage(untagged.arn())).isNotNull();
    }

    @Test
    void aStageHandedOutAgainWithinTheLimitIsKeptThoughItsHostHasNotJoinedYet() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast first = live.goLive("kit", StreamingMode.REAL_TIME);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR));
        clock.advance(Duration.ofMinutes(31));

        // idle past the limit, but handed out again just now: the host's app is about to join
        Broadcast again = live.goLive("kit", StreamingMode.REAL_TIME);
        assertThat(again.stage()).isEqualTo(first.stage());
        assertThat(janitor.sweep().deletedStages()).isEmpty();
        assertThat(fx.realTime.getStage(again.stage().orElseThrow().arn())).isNotNull();

        clock.advance(Duration.ofMinutes(31));   // and nobody came
        assertThat(janitor.sweep().deletedStages()).containsExactly(again.stage().get().arn());
    }

    @Test
    void aChannelWhoseStreamKeyWasHandedOutAgainWithinTheLimitIsKeptThoughNoEncoderConnectedYet() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        Broadcast first = live.goLive("kit", StreamingMode.LOW_LATENCY);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withOfflineChannels(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(61));

        Broadcast again = live.goLive("kit", StreamingMode.LOW_LATENCY);
        assertThat(again.channel()).isEqualTo(first.channel());
        assertThat(janitor.sweep().deletedChannels()).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        assertThat(janitor.sweep().deletedChannels()).containsExactly(again.channel().orElseThrow().arn());
    }

    @Test
    void aSweepWaitsForAGoLiveOfTheSameUserAndKeepsWhatItHandsOut() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.live(b -> b.clock(clock));
        live.goLive("kit", StreamingMode.REAL_TIME);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR));
        clock.advance(Duration.ofMinutes(31));
        // the next goLive finds the stage again, then checks it for compositions, slowly: the sweep runs meanwhile
        fx.emulator.injectFault("ListCompositions", 1, Fault.delay(Duration.ofSeconds(1)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Broadcast> goingLive = pool.submit(() -> live.goLive("kit", StreamingMode.REAL_TIME));
            Thread.sleep(300);
            CleanupReport report = janitor.sweep();
            Broadcast broadcast = goingLive.get(30, TimeUnit.SECONDS);

            // (had the sweep taken the user's lock first, it deleted the stage and the goLive made a new one)
            assertThat(report.deletedStages()).doesNotContain(broadcast.stage().orElseThrow().arn());
            assertThat(fx.realTime.getStage(broadcast.stage().get().arn()))
                    .as("the stage the host was just given still exists").isNotNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void policiesAreChecked() {
        assertInvalid(() -> CleanupPolicy.NONE.withIdleStages(Duration.ZERO), "idleStages", "not a positive duration");
        assertInvalid(() -> CleanupPolicy.NONE.withOfflineChannels(Duration.ofMinutes(-1)), "offlineChannels",
                "not a positive duration");
        assertThat(CleanupPolicy.NONE.withIdleStages(HALF_AN_HOUR).idleStages()).hasValue(HALF_AN_HOUR);
    }
}
