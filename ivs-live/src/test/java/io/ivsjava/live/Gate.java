package io.ivsjava.live;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: holds a thread at a point until the test opens the gate, and tells the test when one arrived. Waits are
 * bounded (a minute), so a failing test fails rather than hangs.
 *
 * <p>Thread-safe.
 */
final class Gate {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);

    /** Called by the thread to hold: says it arrived, then waits until the gate opens. */
    void pass() {
        arrived.countDown();
        try {
            opened.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for a thread to arrive.
     *
     * @return whether one did within a minute
     * @throws InterruptedException if interrupted
     */
    boolean awaitArrival() throws InterruptedException {
        return arrived.await(1, TimeUnit.MINUTES);
    }

    /** Lets the held thread, and any later one, through. */
    void open() {
        opened.countDown();
    }
}
