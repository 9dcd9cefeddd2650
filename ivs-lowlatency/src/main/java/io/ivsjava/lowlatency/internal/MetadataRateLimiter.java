package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsException.ErrorDetails;
import io.ivsjava.core.IvsThrottlingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Keeps PutMetadata within IVS's per-channel rate (five calls in any one second) by refusing the call that would
 * exceed it, before it leaves the process. Thread-safe. Not part of the public API.
 */
public final class MetadataRateLimiter {
    /** Calls IVS accepts per channel in any window of {@link #WINDOW}. */
    public static final int CALLS_PER_WINDOW = 5;
    /** The window of the rate. */
    public static final Duration WINDOW = Duration.ofSeconds(1);
    private static final int SWEEP_THRESHOLD = 1024;

    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    /** The number of tracked channels above which the next call forgets idle ones; grows with the active ones. */
    private int sweepAbove = SWEEP_THRESHOLD;

    /**
     * A limiter reading the time from the given clock.
     *
     * @param clock the clock
     */
    public MetadataRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one call's permit for the channel.
     *
     * @param channel the channel
     * @throws IvsThrottlingException if the channel already had its five calls within the last second
     */
    public synchronized void acquire(ChannelArn channel) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        if (recent.size() > sweepAbove) {
            sweep(windowStart);
            // more channels than the threshold active at once: sweep again only when their number has doubled,
            // rather than on every call
            sweepAbove = Math.max(SWEEP_THRESHOLD, 2 * recent.size());
        }
        Deque<Instant> calls = recent.computeIfAbsent(channel.value(), k -> new ArrayDeque<>());
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(windowStart)) {
            calls.removeFirst();
        }
        if (calls.size() >= CALLS_PER_WINDOW) {
            Duration wait = Duration.between(windowStart, calls.peekFirst());
            throw new IvsThrottlingException("metadata: channel " + channel + " already had " + CALLS_PER_WINDOW
                    + " PutMetadata calls in the last second, the most IVS allows per channel; retry in "
                    + Math.max(1, (wait.toNanos() + 999_999) / 1_000_000) + " ms, or put several items into one call (up to 1024 bytes)",
                    new ErrorDetails(Optional.of("ThrottlingException"), OptionalInt.empty(), Optional.empty()), null);
        }
        calls.addLast(now);
    }

    /** The number of channels whose recent calls are remembered; for tests. */
    synchronized int trackedChannels() {
        return recent.size();
    }

    private void sweep(Instant windowStart) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
            Deque<Instant> calls = it.next();
            if (calls.isEmpty() || !calls.peekLast().isAfter(windowStart)) {
                it.remove();
            }
        }
    }
}
