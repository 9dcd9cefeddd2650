package io.ivsjava.core.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy iteration over IVS's {@code nextToken} pagination. Not part of the public API. */
public final class Pages {
    private Pages() {
    }

    /**
     * One page of results.
     *
     * @param items the page's items
     * @param nextToken the token for the next page; empty on the last page
     * @param <T> the item type
     */
    public record Page<T>(List<T> items, Optional<String> nextToken) {
    }

    /**
     * A stream that fetches pages only as they are consumed: taking the first ten items of a list of thousands
     * costs one call.
     *
     * @param fetch fetches the page after the given token (empty for the first page)
     * @param <T> the item type
     * @return the items of every page, in order
     */
    public static <T> Stream<T> stream(Function<Optional<String>, Page<T>> fetch) {
        Iterator<T> iterator = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private Optional<String> next = Optional.empty();
            private boolean started;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (started && next.isEmpty()) {
                        return false;
                    }
                    Page<T> page = fetch.apply(next);
                    started = true;
                    current = page.items().iterator();
                    Optional<String> following = page.nextToken().filter(token -> !token.isEmpty());
                    if (following.isPresent() && following.equals(next)) {
                        throw new IllegalStateException("the service returned the page token it was given; "
                                + "stopping rather than reading the same page forever");
                    }
                    next = following;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
