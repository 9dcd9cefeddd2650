package io.ivsjava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak, bounded for the test suite: 8 clients x 25 go-live / admit / end / teardown cycles through one IvsLive,
 * with 20 % of all calls faulted (5xx before and after acting, throttling, latency, resets, cut answers), checked
 * against the intended state at five checkpoints and at the end. The SDK's standard retry strategy with
 * millisecond backoff keeps it short; {@code java -jar ivs-benchmarks.jar soak} runs the full size with the SDK's
 * defaults.
 */
class SoakTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void underTwentyPercentFaultsNothingIsDuplicatedLostOrLeftOver() throws InterruptedException {
        Soak.Figures figures = Soak.run(new Soak.Settings(8, 4, 25, 0.2, Duration.ofMillis(20), 5, true));

        assertThat(figures.problems()).isEmpty();
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.lost()).isZero();
        assertThat(figures.orphans()).isZero();
        assertThat(figures.checkpoints()).isEqualTo(6);
        // every cycle completed each operation (200 cycles; the last of each client ends without a teardown)
        assertThat(figures.operations()).containsEntry("goLive", 200L).containsEntry("admitHost", 200L)
                .containsEntry("admitViewer", 200L).containsEntry("end", 200L).containsEntry("teardown", 192L);
        // the faults really were there, every kind, about a fifth of the calls
        assertThat(figures.faults()).containsOnlyKeys("InternalServerException before acting", "throttling 429",
                "latency 20 ms", "connection reset", "answer cut short", "InternalServerException after acting");
        long injected = figures.faults().values().stream().mapToLong(Long::longValue).sum();
        assertThat(injected).isBetween(figures.apiCalls() / 5 - 6, figures.apiCalls() / 5);
        assertThat(figures.sdkRetries()).isPositive();
        // and some of them took a create's answer away after it had acted: each was found again, not made twice
        assertThat(figures.createsWithLostAnswers().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(figures.resourcesChecked()).isPositive();
    }
}
