package io.ivsjava.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's clock: the system's by default; tests can move it forward ({@link #advance}) or stop it at an
 * instant ({@link #set}), and {@link #useSystemTime} goes back to the system's. Token {@code iat}/{@code exp},
 * {@code startTime}/{@code endTime} fields and session times all read it.
 *
 * <p>Thread-safe: the setting is one immutable value behind a volatile field.
 */
final class EmulatorClock extends Clock {
    /** Either ticking with an offset from the system clock, or stopped at an instant. */
    private record Setting(Duration offset, Instant stoppedAt) {
    }

    private static final Setting SYSTEM = new Setting(Duration.ZERO, null);

    private final Clock system;
    private volatile Setting setting = SYSTEM;

    EmulatorClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Setting s = setting;
        if (s.stoppedAt != null) {
            return s.stoppedAt;
        }
        Instant now = system.instant();
        return s.offset.isZero() ? now : now.plus(s.offset);
    }

    /**
     * Moves time forward (or back, for a negative amount); a stopped clock stays stopped at the new instant.
     *
     * @param amount how far
     */
    synchronized void advance(Duration amount) {
        Setting s = setting;
        setting = s.stoppedAt != null ? new Setting(Duration.ZERO, s.stoppedAt.plus(amount))
                : new Setting(s.offset.plus(amount), null);
    }

    /**
     * Stops the clock at an instant; {@link #advance} then moves it.
     *
     * @param instant the time to show
     */
    synchronized void set(Instant instant) {
        setting = new Setting(Duration.ZERO, instant);
    }

    /** Goes back to the system's time. */
    synchronized void useSystemTime() {
        setting = SYSTEM;
    }

    /** {@return {@code system}, {@code offset} or {@code stopped}} */
    String mode() {
        Setting s = setting;
        return s.stoppedAt != null ? "stopped" : s.offset.isZero() ? "system" : "offset";
    }
}
