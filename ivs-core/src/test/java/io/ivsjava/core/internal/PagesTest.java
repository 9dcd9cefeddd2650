package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagesTest {
    /** Three pages (the middle one empty, as IVS may return with filters) then the end. */
    private static final Map<Optional<String>, Pages.Page<Integer>> PAGES = Map.of(
            Optional.empty(), new Pages.Page<>(List.of(1, 2, 3), Optional.of("t1")),
            Optional.of("t1"), new Pages.Page<>(List.of(), Optional.of("t2")),
            Optional.of("t2"), new Pages.Page<>(List.of(4, 5), Optional.of("")));

    @Test
    void allPagesAreReadInOrderFollowingTheTokens() {
        List<Optional<String>> asked = new ArrayList<>();

        List<Integer> all = Pages.stream((Optional<String> token) -> {
            asked.add(token);
            return PAGES.get(token);
        }).collect(Collectors.toList());

        assertThat(all).containsExactly(1, 2, 3, 4, 5);
        assertThat(asked).containsExactly(Optional.empty(), Optional.of("t1"), Optional.of("t2"));
    }

    @Test
    void pagesAreFetchedOnlyWhenNeeded() {
        List<Optional<String>> asked = new ArrayList<>();
        java.util.function.Function<Optional<String>, Pages.Page<Integer>> fetch = token -> {
            asked.add(token);
            return PAGES.get(token);
        };

        assertThat(Pages.stream(fetch).limit(3).collect(Collectors.toList())).containsExactly(1, 2, 3);
        assertThat(asked).hasSize(1);

        asked.clear();
        assertThat(Pages.stream(fetch).limit(4).collect(Collectors.toList())).containsExactly(1, 2, 3, 4);
        assertThat(asked).hasSize(3);

        asked.clear();
        Pages.stream(fetch);
        assertThat(asked).as("building the stream fetches nothing").isEmpty();
    }

    @Test
    void anEmptyFirstPageWithoutATokenIsAnEmptyList() {
        assertThat(Pages.stream(token -> new Pages.Page<Integer>(List.of(), Optional.empty())).count()).isZero();
    }
}
