package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A subscriber for tests of the modules' asynchronous lists: it requests a number of items up front and collects
 * what arrives. Thread-safe: signals may come on any thread while the test awaits.
 *
 * @param <T> the item type
 */
public final class Collector<T> implements Flow.Subscriber<T> {
    private final long wanted;
    private final List<T> items = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    /** Whether the publisher completed. */
    public volatile boolean completed;
    /** The error the publisher signalled, if any; null otherwise. */
    public volatile Throwable error;

    /**
     * A collector requesting items.
     *
     * @param wanted how many, {@link Long#MAX_VALUE} for all
     */
    public Collector(long wanted) {
        this.wanted = wanted;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(wanted);
    }

    @Override
    public synchronized void onNext(T item) {
        items.add(item);
        if (items.size() == wanted) {
            done.countDown();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        error = throwable;
        done.countDown();
    }

    @Override
    public void onComplete() {
        completed = true;
        done.countDown();
    }

    /**
     * Waits until the wanted items arrived, or the publisher completed or failed.
     *
     * @return the items so far
     * @throws InterruptedException if interrupted
     */
    public List<T> await() throws InterruptedException {
        assertThat(done.await(30, TimeUnit.SECONDS)).as("signalled in time").isTrue();
        synchronized (this) {
            return new ArrayList<>(items);
        }
    }
}
