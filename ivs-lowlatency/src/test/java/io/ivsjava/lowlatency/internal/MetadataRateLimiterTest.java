package io.ivsjava.lowlatency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-channel PutMetadata window, on a clock the test moves. */
class MetadataRateLimiterTest {
    private static final ChannelArn A = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/aaaa");
    private static final ChannelArn B = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/bbbb");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final MetadataRateLimiter limiter = new MetadataRateLimiter(clock);

    @Test
    void fiveCallsInASecondPassAndTheSixthWaitsForTheOldestToAge() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(A);
        }
        assertThatThrownBy(() -> limiter.acquire(A)).isInstanceOfSatisfying(IvsThrottlingException.class,
                e -> assertThat(e.getMessage()).contains("retry in 1000 ms"));

        clock.advance(Duration.ofMillis(999));
        assertThatThrownBy(() -> limiter.acquire(A)).isInstanceOfSatisfying(IvsThrottlingException.class,
                e -> assertThat(e.getMessage()).contains("retry in 1 ms"));

        clock.advance(Duration.ofMillis(1));
        for (int i = 0; i < 5; i++) {
            limiter.acquire(A);
        }
        assertThatThrownBy(() -> limiter.acquire(A)).as("a refused call takes no permit, an accepted one does")
                .isInstanceOf(IvsThrottlingException.class);
    }

    @Test
    void aSlidingWindowNotAFixedSecond() {
        limiter.acquire(A);
        clock.advance(Duration.ofMillis(900));
        for (int i = 0; i < 4; i++) {
            limiter.acquire(A);
        }
        clock.advance(Duration.ofMillis(200));
        limiter.acquire(A);
        assertThatThrownBy(() -> limiter.acquire(A)).isInstanceOf(IvsThrottlingException.class);
    }

    @Test
    void channelsHaveTheirOwnWindows() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(A);
        }
        for (int i = 0; i < 5; i++) {
            limiter.acquire(B);
        }
        assertThatThrownBy(() -> limiter.acquire(B)).isInstanceOf(IvsThrottlingException.class);
    }

    @Test
    void manyIdleChannelsAreForgotten() {
        for (int i = 0; i < 3000; i++) {
            limiter.acquire(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/c" + i));
            clock.advance(Duration.ofMillis(10));
        }
        for (int i = 0; i < 5; i++) {
            limiter.acquire(A);
        }
        assertThatThrownBy(() -> limiter.acquire(A)).isInstanceOf(IvsThrottlingException.class);
        assertThat(limiter.trackedChannels()).isLessThanOrEqualTo(1100);
    }

    @Test
    void manyChannelsActiveAtOnceAreAllKeptAndEachKeepsItsWindow() {
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 3000; i++) {
                limiter.acquire(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/c" + i));
            }
        }
        assertThat(limiter.trackedChannels()).isEqualTo(3000);
        assertThatThrownBy(() -> limiter.acquire(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/c0")))
                .isInstanceOf(IvsThrottlingException.class);

        clock.advance(Duration.ofSeconds(1));
        limiter.acquire(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/c0"));
        for (int i = 0; i < 6000; i++) {
            limiter.acquire(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/d" + i));
        }
        assertThat(limiter.trackedChannels()).as("the idle c channels were forgotten").isLessThanOrEqualTo(6001);
    }
}
