package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Quota;
import io.ivsjava.realtime.Composition;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Teardown of a user's resources: found by tag and by stored ARNs, in the order IVS needs, idempotent. */
class TeardownTest {
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
    void aLiveChannelIsStoppedBeforeItIsDeleted() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);
        fx.emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
        // IVS refuses to delete a live channel
        assertThatThrownBy(() -> fx.lowLatency.deleteChannel(show.channel().get().arn()))
                .isInstanceOf(IvsConflictException.class);

        CleanupReport report = live.teardown("kit");

        assertThat(report.deletedChannels()).containsExactly(show.channel().get().arn());
        assertThat(fx.emulator.requestCount("StopStream")).isPositive();
        assertThatThrownBy(() -> fx.lowLatency.getChannel(show.channel().get().arn()))
                .isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aHybridBroadcastIsTornDownCompositionFirst() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        live.invite(show, "cara");
        fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token().token());

        CleanupReport report = live.teardown("kit");

        assertThat(report.users()).containsExactly("kit");
        assertThat(report.stoppedCompositions()).containsExactly(show.composition().orElseThrow());
        assertThat(report.deletedChannels()).containsExactly(show.channel().orElseThrow().arn());
        assertThat(report.deletedStages()).containsExactly(show.stage().orElseThrow().arn());
        assertThat(report.revokedInvites()).isEqualTo(1);
        assertThat(fx.realTime.getComposition(show.composition().get()).state()).isEqualTo(Composition.State.STOPPED);
        assertThatThrownBy(() -> fx.realTime.getStage(show.stage().get().arn()))
                .isInstanceOf(IvsNotFoundException.class);
        assertThat(live.invites().list("kit")).isEmpty();
    }

    @Test
    void storedArnsAreDeletedEvenWhenTheirTagsAreGone() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        fx.realTime.untagResource(show.stage().orElseThrow().arn(), List.of(IvsLive.TAG_USER));
        fx.lowLatency.untagResource(show.channel().orElseThrow().arn(), List.of(IvsLive.TAG_USER));
        assertThat(live.teardown("kit").deletedStages()).isEmpty();   // by tag alone: not found

        CleanupReport report = live.teardown(show);

        assertThat(report.deletedStages()).containsExactly(show.stage().get().arn());
        assertThat(report.deletedChannels()).containsExactly(show.channel().get().arn());
        assertThat(live.teardown(show).removedAnything()).isFalse();
    }

    @Test
    void everyTaggedResourceOfTheUserGoesEvenDuplicatesFromAnotherInstance() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        // a second backend raced this one and created a second stage for the same user
        io.ivsjava.realtime.Stage extra = fx.realTime.createStage(io.ivsjava.realtime.StageSpec.builder()
                .tags(fx.realTime.getStage(show.stage().orElseThrow().arn()).tags()).build()).stage();
        Broadcast other = fx.live().goLive("kit", StreamingMode.REAL_TIME);   // another namespace

        CleanupReport report = live.teardown("kit");

        assertThat(report.deletedStages()).containsExactlyInAnyOrder(show.stage().get().arn(), extra.arn());
        assertThat(fx.realTime.getStage(other.stage().orElseThrow().arn())).isNotNull();
    }

    @Test
    void afterATeardownGoingLiveProvisionsAnew() {
        IvsLive live = fx.live();
        Broadcast first = live.goLive("kit", StreamingMode.REAL_TIME);
        live.teardown(first);

        Broadcast second = live.goLive("kit", StreamingMode.REAL_TIME);

        assertThat(second.stage()).isPresent().isNotEqualTo(first.stage());
    }
}
