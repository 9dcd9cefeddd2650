package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Quota;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.realtime.StageSummary;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Provisioning leaves no orphans: when a create fails, what that call created for the user is removed again. */
class NoOrphansTest {

    private static List<ChannelSummary> channels(Fixture fx, IvsLive live) {
        return fx.lowLatency.listChannels()
                .filter(c -> live.namespace().equals(c.tags().get(IvsLive.TAG_NAMESPACE)))
                .collect(Collectors.toList());
    }

    private static List<StageSummary> stages(Fixture fx, IvsLive live) {
        return fx.realTime.listStages()
                .filter(s -> live.namespace().equals(s.tags().get(IvsLive.TAG_NAMESPACE)))
                .collect(Collectors.toList());
    }

    @Test
    void whenTheStageHitsTheQuotaTheChannelCreatedBeforeItIsDeleted() {
        try (Fixture fx = Fixture.withQuota(Quota.STAGES, 0)) {
            IvsLive live = fx.live();

            assertThatThrownBy(() -> live.goLive("kit", StreamingMode.HYBRID))
                    .isInstanceOf(IvsQuotaExceededException.class)
                    .hasMessageContaining("CreateStage");

            assertThat(fx.emulator.requestCount("CreateChannel")).isEqualTo(1);
            assertThat(fx.emulator.requestCount("DeleteChannel")).isEqualTo(1);
            assertThat(channels(fx, live)).isEmpty();
            assertThat(fx.lowLatency.listChannels()).isEmpty();
        }
    }

    @Test
    void whenTheCompositionHitsTheQuotaTheStageAndChannelAreDeleted() {
        try (Fixture fx = Fixture.withQuota(Quota.COMPOSITIONS, 0)) {
            IvsLive live = fx.live();

            IvsQuotaExceededException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    IvsQuotaExceededException.class, () -> live.goLive("kit", StreamingMode.HYBRID));

            assertThat(e).isNotNull();
            assertThat(e.errorCode()).hasValue("ServiceQuotaExceededException");
            assertThat(e.getSuppressed()).isEmpty();   // the clean-up itself went well
            assertThat(channels(fx, live)).isEmpty();
            assertThat(stages(fx, live)).isEmpty();
            // provisioning alone starts no composition, so it succeeds
            assertThat(live.provision("kit", StreamingMode.HYBRID).stage()).isPresent();
        }
    }

    @Test
    void whatTheUserHadBeforeIsKept() {
        try (Fixture fx = Fixture.withQuota(Quota.STAGES, 0)) {
            IvsLive live = fx.live();
            Broadcast lowLatency = live.goLive("kit", StreamingMode.LOW_LATENCY);

            assertThatThrownBy(() -> live.goLive("kit", StreamingMode.HYBRID))
                    .isInstanceOf(IvsQuotaExceededException.class);

            assertThat(channels(fx, live)).extracting(ChannelSummary::arn)
                    .containsExactly(lowLatency.channel().orElseThrow().arn());
            assertThat(live.goLive("kit", StreamingMode.LOW_LATENCY)).isEqualTo(lowLatency);
        }
    }

    @Test
    void whenTheChannelHitsTheQuotaNothingIsCreated() {
        try (Fixture fx = Fixture.withQuota(Quota.CHANNELS, 0)) {
            IvsLive live = fx.live();

            assertThatThrownBy(() -> live.goLive("kit", StreamingMode.HYBRID))
                    .isInstanceOf(IvsQuotaExceededException.class);

            assertThat(fx.emulator.requestCount("CreateStage")).isZero();
            assertThat(stages(fx, live)).isEmpty();
        }
    }
}
