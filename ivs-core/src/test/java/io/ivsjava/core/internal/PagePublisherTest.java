package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Collector;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The asynchronous list publisher: demand drives fetching, signals follow the Reactive Streams rules. */
class PagePublisherTest {

    /** Three pages of three items: a1..a3, b1..b3, c1..c3. */
    private static final class ThreePages {
        final AtomicInteger fetches = new AtomicInteger();
        final boolean completeAtOnce;

        ThreePages(boolean completeAtOnce) {
            this.completeAtOnce = completeAtOnce;
        }

        CompletableFuture<Pages.Page<String>> fetch(Optional<String> token) {
            fetches.incrementAndGet();
            String page = token.orElse("a");
            Optional<String> next = page.equals("a") ? Optional.of("b") : page.equals("b") ? Optional.of("c")
                    : Optional.empty();
            Pages.Page<String> result = new Pages.Page<>(List.of(page + 1, page + 2, page + 3), next);
            return completeAtOnce ? CompletableFuture.completedFuture(result)
                    : CompletableFuture.supplyAsync(() -> result);
        }
    }

    /** Records every signal; requests nothing by itself. */
    private static final class Recorder implements Flow.Subscriber<String> {
        Flow.Subscription subscription;
        final List<String> items = new ArrayList<>();
        int completions;
        Throwable error;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public synchronized void onNext(String item) {
            items.add(item);
        }

        @Override
        public synchronized void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public synchronized void onComplete() {
            completions++;
        }
    }

    @Test
    void nothingIsFetchedBeforeDemandAndOnlyWhatDemandNeeds() {
        ThreePages source = new ThreePages(true);
        Recorder r = new Recorder();

        new PagePublisher<>(source::fetch).subscribe(r);
        assertThat(source.fetches).hasValue(0);

        r.subscription.request(2);
        assertThat(r.items).containsExactly("a1", "a2");
        assertThat(source.fetches).hasValue(1);

        r.subscription.request(2);
        assertThat(r.items).containsExactly("a1", "a2", "a3", "b1");
        assertThat(source.fetches).hasValue(2);

        r.subscription.request(Long.MAX_VALUE);
        r.subscription.request(Long.MAX_VALUE);
        assertThat(r.items).containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3");
        assertThat(r.completions).isEqualTo(1);
        assertThat(source.fetches).hasValue(3);
    }

    @Test
    void pagesArrivingOnOtherThreadsAreDeliveredInOrder() throws Exception {
        ThreePages source = new ThreePages(false);
        Collector<String> all = new Collector<>(Long.MAX_VALUE);

        new PagePublisher<>(source::fetch).subscribe(all);

        assertThat(all.await()).containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3");
        assertThat(all.completed).isTrue();
    }

    @Test
    void aFailedPageIsSignalledOnceAndNothingFollows() {
        IvsException notFound = new IvsNotFoundException("ListParticipants failed", IvsException.ErrorDetails.NONE, null);
        Recorder r = new Recorder();

        new PagePublisher<String>(token -> CompletableFuture.failedFuture(notFound)).subscribe(r);
        r.subscription.request(5);
        r.subscription.request(5);

        assertThat(r.error).isSameAs(notFound);
        assertThat(r.items).isEmpty();
        assertThat(r.completions).isZero();
    }

    @Test
    void cancellingStopsDeliveryAndNonPositiveRequestsAreAnError() {
        ThreePages source = new ThreePages(true);
        Recorder cancelled = new Recorder();
        new PagePublisher<>(source::fetch).subscribe(cancelled);
        cancelled.subscription.request(1);
        cancelled.subscription.cancel();
        cancelled.subscription.request(10);
        assertThat(cancelled.items).containsExactly("a1");
        assertThat(source.fetches).hasValue(1);

        Recorder zero = new Recorder();
        new PagePublisher<>(new ThreePages(true)::fetch).subscribe(zero);
        zero.subscription.request(0);
        assertThat(zero.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
    }

    @Test
    void aServiceRepeatingItsPageTokenIsStoppedRatherThanFollowedForever() {
        Recorder r = new Recorder();

        new PagePublisher<String>(token -> CompletableFuture.completedFuture(
                new Pages.Page<>(List.of("x"), Optional.of("same")))).subscribe(r);
        r.subscription.request(Long.MAX_VALUE);

        assertThat(r.error).isExactlyInstanceOf(IvsException.class).hasMessageContaining("same page forever");
    }
}
