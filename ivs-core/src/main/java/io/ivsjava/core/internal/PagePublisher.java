package io.ivsjava.core.internal;

import io.ivsjava.core.IvsException;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A {@link Flow.Publisher} over IVS's {@code nextToken} pagination that fetches a page only when the subscriber
 * has asked for more items than it holds: requesting ten items of a list of thousands costs one call. Signals are
 * serialized, as the Reactive Streams rules require. Each subscription reads the list from its start. Not part of
 * the public API. Thread-safe: any thread may subscribe, any number of times.
 *
 * @param <T> the item type
 */
public final class PagePublisher<T> implements Flow.Publisher<T> {
    private final Function<Optional<String>, CompletableFuture<Pages.Page<T>>> fetch;

    /**
     * A publisher of every page's items.
     *
     * @param fetch fetches the page after the given token (empty for the first page)
     */
    public PagePublisher(Function<Optional<String>, CompletableFuture<Pages.Page<T>>> fetch) {
        this.fetch = fetch;
    }

    /**
     * A publisher that fails every subscriber at once: for input rejected before any call.
     *
     * @param failure the failure
     * @param <T> the item type
     * @return the publisher
     */
    public static <T> Flow.Publisher<T> failed(Throwable failure) {
        return subscriber -> {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(failure);
        };
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        if (subscriber == null) {
            throw new NullPointerException("subscriber");   // Reactive Streams rule 1.9
        }
        Subscription s = new Subscription(subscriber);
        subscriber.onSubscribe(s);
    }

    private final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> downstream;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private final ArrayDeque<T> buffer = new ArrayDeque<>();
        private volatile boolean cancelled;
        private volatile Pages.Page<T> arrived;
        private volatile Throwable failed;
        private boolean fetching;
        private boolean started;
        private boolean done;
        private Optional<String> next = Optional.empty();

        Subscription(Flow.Subscriber<? super T> downstream) {
            this.downstream = downstream;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                failed = new IllegalArgumentException("request(" + n + "): Reactive Streams rule 3.9 asks for n > 0");
            } else {
                demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        private void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            do {
                step();
            } while (work.decrementAndGet() != 0);
        }

        /** Runs inside {@link #drain()} only, so one thread at a time. */
        private void step() {
            if (done || cancelled) {
                buffer.clear();
                return;
            }
            Pages.Page<T> page = arrived;
            if (page != null) {
                arrived = null;
                fetching = false;
                try {
                    next = Pages.nextToken(next, page);
                } catch (IvsException e) {
                    failed = e;
                }
                buffer.addAll(page.items());
                started = true;
            }
            Throwable failure = failed;
            if (failure != null) {
                done = true;
                downstream.onError(failure);
                return;
            }
            while (demand.get() > 0 && !buffer.isEmpty() && !cancelled) {
                demand.decrementAndGet();
                downstream.onNext(buffer.poll());
            }
            if (buffer.isEmpty() && started && next.isEmpty() && !fetching) {
                done = true;
                downstream.onComplete();
                return;
            }
            if (buffer.isEmpty() && demand.get() > 0 && !fetching && !cancelled) {
                fetching = true;
                CompletableFuture<Pages.Page<T>> f;
                try {
                    f = fetch.apply(next);
                } catch (RuntimeException e) {
                    failed = e;
                    work.incrementAndGet();
                    return;
                }
                f.whenComplete((p, e) -> {
                    if (e != null) {
                        failed = SdkErrors.unwrap(e);
                    } else {
                        arrived = p;
                    }
                    drain();
                });
            }
        }
    }
}
