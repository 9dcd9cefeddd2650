package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Quota;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.StageSpec;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Re-running any step is safe: going live again, after a crash, in another mode; ending and tearing down twice. */
class RepeatsTest {
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
    void goingLiveTwiceReusesEverythingAndCreatesNothing() {
        IvsLive live = fx.live();
        Broadcast first = live.goLive("kit", StreamingMode.HYBRID);
        long stages = fx.emulator.requestCount("CreateStage");
        long channels = fx.emulator.requestCount("CreateChannel");
        long compositions = fx.emulator.requestCount("StartComposition");
        long lists = fx.emulator.requestCount("ListStages") + fx.emulator.requestCount("ListChannels");

        Broadcast second = live.goLive("kit", StreamingMode.HYBRID);

        assertThat(second).isEqualTo(first);
        assertThat(fx.emulator.requestCount("CreateStage")).isEqualTo(stages);
        assertThat(fx.emulator.requestCount("CreateChannel")).isEqualTo(channels);
        assertThat(fx.emulator.requestCount("StartComposition")).isEqualTo(compositions);
        // the instance remembers what it provisioned: no scan by tag
        assertThat(fx.emulator.requestCount("ListStages") + fx.emulator.requestCount("ListChannels")).isEqualTo(lists);
    }

    @Test
    void afterACrashAnotherInstanceFindsTheUsersResourcesByTag() {
        IvsLive crashed = fx.live();
        Broadcast before = crashed.goLive("kit", StreamingMode.LOW_LATENCY);
        long created = fx.emulator.requestCount("CreateChannel");

        IvsLive restarted = fx.sameNamespaceAs(crashed);
        Broadcast after = restarted.goLive("kit", StreamingMode.LOW_LATENCY);

        assertThat(after).isEqualTo(before);
        assertThat(fx.emulator.requestCount("CreateChannel")).isEqualTo(created);
        // another namespace is another application: it provisions its own
        assertThat(fx.live().goLive("kit", StreamingMode.LOW_LATENCY).channel()).isNotEqualTo(before.channel());
    }

    @Test
    void resourcesDeletedBehindTheInstancesBackAreCreatedAgain() {
        IvsLive live = fx.live();
        Broadcast first = live.goLive("kit", StreamingMode.REAL_TIME);
        fx.realTime.deleteStage(first.stage().orElseThrow().arn());

        Broadcast second = live.goLive("kit", StreamingMode.REAL_TIME);

        assertThat(second.stage()).isPresent().isNotEqualTo(first.stage());
        assertThat(fx.realTime.getStage(second.stage().get().arn()).tags()).containsEntry(IvsLive.TAG_USER, "kit");
    }

    @Test
    void provisioningThenGoingLiveStartsOnlyTheComposition() {
        IvsLive live = fx.live();
        Broadcast signedUp = live.provision("kit", StreamingMode.HYBRID);
        assertThat(signedUp.composition()).isEmpty();
        assertThat(fx.realTime.listCompositions(signedUp.stage().orElseThrow().arn())).isEmpty();
        assertThat(live.provision("kit", StreamingMode.HYBRID)).isEqualTo(signedUp);

        Broadcast onAir = live.goLive("kit", StreamingMode.HYBRID);

        assertThat(onAir.withComposition(java.util.Optional.empty())).isEqualTo(signedUp);
        assertThat(onAir.composition()).isPresent();
    }

    @Test
    void switchingModesKeepsTheStageAndChannelAndStopsACompositionNoLongerWanted() {
        IvsLive live = fx.live();
        Broadcast realTime = live.goLive("kit", StreamingMode.REAL_TIME);
        Broadcast hybrid = live.goLive("kit", StreamingMode.HYBRID);
        assertThat(hybrid.stage()).isEqualTo(realTime.stage());
        assertThat(fx.lowLatency.getStream(hybrid.channel().orElseThrow().arn())).isPresent();

        Broadcast lowLatency = live.goLive("kit", StreamingMode.LOW_LATENCY);

        assertThat(lowLatency.channel()).isEqualTo(hybrid.channel());
        assertThat(fx.realTime.getComposition(hybrid.composition().orElseThrow()).state())
                .isEqualTo(Composition.State.STOPPED);
        assertThat(fx.lowLatency.getStream(lowLatency.channel().get().arn())).isEmpty();   // free for the encoder
        fx.emulator.simulateStreamStart(lowLatency.channel().get().arn().value());

        // an encoder still broadcasting keeps the channel from being composed into: end that broadcast first
        assertThatThrownBy(() -> live.goLive("kit", StreamingMode.HYBRID)).isInstanceOf(IvsConflictException.class)
                .hasMessageContaining("is broadcasting");
        live.end(lowLatency);
        Broadcast back = live.goLive("kit", StreamingMode.HYBRID);
        assertThat(back.stage()).isEqualTo(hybrid.stage());
        live.end(back);
        Broadcast realTimeAgain = live.goLive("kit", StreamingMode.REAL_TIME);
        assertThat(realTimeAgain).isEqualTo(realTime);
    }

    @Test
    void goingLiveInRealTimeStopsTheUsersHybridComposition() {
        IvsLive live = fx.live();
        Broadcast hybrid = live.goLive("kit", StreamingMode.HYBRID);

        live.goLive("kit", StreamingMode.REAL_TIME);

        assertThat(fx.realTime.getComposition(hybrid.composition().orElseThrow()).state())
                .isEqualTo(Composition.State.STOPPED);
    }

    @Test
    void aStageOfAnotherApplicationWithTheSameUserTagIsNotTaken() {
        IvsLive live = fx.live();
        fx.realTime.createStage(StageSpec.builder().name("not-ours")
                .tags(Map.of(IvsLive.TAG_USER, "kit", IvsLive.TAG_NAMESPACE, live.namespace())).build());

        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

        assertThat(fx.realTime.getStage(show.stage().orElseThrow().arn()).name()).isNotEqualTo("not-ours");
    }

    @Test
    void endingAndTearingDownTwiceDoNothingTheSecondTime() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        live.end(show);
        long calls = fx.emulator.requestCount("StopComposition") + fx.emulator.requestCount("StopStream");
        live.end(show);
        assertThat(fx.emulator.requestCount("StopComposition") + fx.emulator.requestCount("StopStream"))
                .isEqualTo(calls + 1);   // one StopStream that finds the channel offline

        CleanupReport first = live.teardown("kit");
        CleanupReport second = live.teardown("kit");

        assertThat(first.removedAnything()).isTrue();
        assertThat(first.users()).containsExactly("kit");
        assertThat(second.removedAnything()).isFalse();
        assertThat(second.users()).isEmpty();
        assertThat(live.teardown(show).removedAnything()).isFalse();
    }
}
