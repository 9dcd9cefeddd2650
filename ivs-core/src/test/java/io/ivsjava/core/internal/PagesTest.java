package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

    /** A paginated list served from a map of token to page, remembering every token it was asked for. */
    private static final class CountingFetcher implements Function<Optional<String>, Pages.Page<Integer>> {
        private final Map<Optional<String>, Pages.Page<Integer>> pages;
        final List<Optional<String>> asked = new ArrayList<>();

        CountingFetcher(Map<Optional<String>, Pages.Page<Integer>> pages) {
            this.pages = pages;
        }

        @Override
        public Pages.Page<Integer> apply(Optional<String> token) {
            asked.add(token);
            Pages.Page<Integer> page = pages.get(token);
            if (page == null) {
                throw new AssertionError("asked for a page that does not exist: " + token);
            }
            return page;
        }

        int calls() {
            return asked.size();
        }
    }

    /** Three pages of 3, 3 and 2 items; the last has no token. */
    private static CountingFetcher threePages() {
        return new CountingFetcher(Map.of(
                Optional.empty(), page(List.of(1, 2, 3), "t1"),
                Optional.of("t1"), page(List.of(4, 5, 6), "t2"),
                Optional.of("t2"), page(List.of(7, 8), null)));
    }

    @Test
    void allItemsComeInOrderFollowingTheTokensInOrder() {
        CountingFetcher fetcher = threePages();

        assertThat(Pages.stream(fetcher).collect(Collectors.toList())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(fetcher.asked).containsExactly(Optional.empty(), Optional.of("t1"), Optional.of("t2"));
    }

    @Test
    void buildingTheStreamFetchesNothing() {
        CountingFetcher fetcher = threePages();

        Stream<Integer> stream = Pages.stream(fetcher);

        assertThat(fetcher.calls()).isZero();
        assertThat(stream.findFirst()).hasValue(1);
        assertThat(fetcher.calls()).isEqualTo(1);
    }

    @ParameterizedTest(name = "first {0} items cost {1} calls")
    @CsvSource({
        "0, 0",
        "1, 1",
        "3, 1",
        "4, 2",
        "6, 2",
        "7, 3",
        "8, 3",
        "100, 3",
    })
    void takingTheFirstItemsFetchesOnlyThePagesThatHoldThem(int items, int calls) {
        CountingFetcher fetcher = threePages();

        List<Integer> taken = Pages.stream(fetcher).limit(items).collect(Collectors.toList());

        assertThat(taken).hasSize(Math.min(items, 8));
        assertThat(taken).containsExactlyElementsOf(List.of(1, 2, 3, 4, 5, 6, 7, 8).subList(0, taken.size()));
        assertThat(fetcher.calls()).isEqualTo(calls);
    }

    @Test
    void anEmptyTokenEndsTheListLikeAnAbsentOne() {
        CountingFetcher fetcher = new CountingFetcher(Map.of(
                Optional.empty(), page(List.of(1), "t1"),
                Optional.of("t1"), page(List.of(2), "")));

        assertThat(Pages.stream(fetcher).collect(Collectors.toList())).containsExactly(1, 2);
        assertThat(fetcher.asked).containsExactly(Optional.empty(), Optional.of("t1"));
    }

    @Test
    void emptyPagesInTheMiddleAreSkipped() {
        // IVS may answer a filtered list with empty pages that still carry a token
        CountingFetcher fetcher = new CountingFetcher(Map.of(
                Optional.empty(), page(List.of(), "t1"),
                Optional.of("t1"), page(List.of(1, 2), "t2"),
                Optional.of("t2"), page(List.of(), "t3"),
                Optional.of("t3"), page(List.of(), "t4"),
                Optional.of("t4"), page(List.of(3), "t5"),
                Optional.of("t5"), page(List.of(), null)));

        assertThat(Pages.stream(fetcher).collect(Collectors.toList())).containsExactly(1, 2, 3);
        assertThat(fetcher.asked).containsExactly(Optional.empty(), Optional.of("t1"), Optional.of("t2"),
                Optional.of("t3"), Optional.of("t4"), Optional.of("t5"));
    }

    @Test
    void anEmptyFirstPageWithoutATokenIsAnEmptyList() {
        CountingFetcher fetcher = new CountingFetcher(Map.of(Optional.empty(), page(List.of(), null)));

        assertThat(Pages.stream(fetcher).count()).isZero();
        assertThat(fetcher.calls()).isEqualTo(1);
    }

    @Test
    void theIteratorAsksOnceHowEverOftenHasNextIsCalled() {
        CountingFetcher fetcher = threePages();
        Iterator<Integer> iterator = Pages.stream(fetcher).iterator();

        assertThat(iterator.hasNext()).isTrue();
        assertThat(iterator.hasNext()).isTrue();
        assertThat(fetcher.calls()).isEqualTo(1);
        List<Integer> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        assertThat(iterator.hasNext()).isFalse();
        assertThat(iterator.hasNext()).isFalse();
        assertThat(all).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(fetcher.calls()).as("no page is asked for after the last").isEqualTo(3);
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aFailingFetchSurfacesOnlyWhenItsPageIsNeeded() {
        RuntimeException failure = new IllegalStateException("the second page failed");
        Function<Optional<String>, Pages.Page<Integer>> fetch = token -> {
            if (token.isPresent()) {
                throw failure;
            }
            return page(List.of(1, 2, 3), "t1");
        };

        assertThat(Pages.stream(fetch).limit(3).collect(Collectors.toList())).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> Pages.stream(fetch).collect(Collectors.toList())).isSameAs(failure);
    }

    @Test
    void aServiceThatHandsBackTheSameTokenIsNotFollowedForever() {
        Function<Optional<String>, Pages.Page<Integer>> stuck = token -> page(List.of(1), "again");

        assertThatThrownBy(() -> Pages.stream(stuck).limit(100).count())
                .isExactlyInstanceOf(IvsException.class)
                .hasMessageContaining("returned the page token it was given");
    }

    private static Pages.Page<Integer> page(List<Integer> items, String nextToken) {
        return new Pages.Page<>(items, Optional.ofNullable(nextToken));
    }
}
