package io.ivsjava.emulator.internal.rtmp;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that messages still being reassembled may hold, across every connection of a server: a publisher
 * that announces a large message gets its buffer only if the budget allows it, so many connections announcing
 * large messages cannot exhaust the heap.
 *
 * <p>Thread-safe.
 */
final class MemoryBudget {
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    MemoryBudget(long limit) {
        this.limit = limit;
    }

    /** A budget that never refuses, for tests of one reader. */
    static MemoryBudget unlimited() {
        return new MemoryBudget(Long.MAX_VALUE);
    }

    /**
     * Takes bytes from the budget.
     *
     * @param bytes how many
     * @return false, taking nothing, if that would exceed the limit
     */
    boolean reserve(long bytes) {
        while (true) {
            long now = used.get();
            if (now + bytes > limit) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /**
     * Gives bytes back.
     *
     * @param bytes how many were reserved
     */
    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** {@return the bytes reserved now} */
    long used() {
        return used.get();
    }
}
