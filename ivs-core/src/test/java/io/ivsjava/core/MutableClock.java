package io.ivsjava.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves only when a test moves it; for tests of the modules that take a {@link Clock}. Thread-safe:
 * a test may move it while the code under test reads it on other threads.
 */
public final class MutableClock extends Clock {
    private volatile Instant now;

    /**
     * A clock standing at a moment.
     *
     * @param start the moment
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock on.
     *
     * @param by how far
     */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
