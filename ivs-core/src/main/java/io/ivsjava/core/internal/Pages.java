package io.ivsjava.core.internal;

import io.ivsjava.core.IvsException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy iteration over IVS's {@code nextToken} pagination. Not part of the public API. Stateless; thread-safe. */
public final class Pages {
    private Pages() {
    }

    /**
     * One page of results. Immutable when its list is; safe to share between threads then.
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
                    next = nextToken(next, page);
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

    /**
     * The token to fetch the page after {@code page} with: empty after the last page (IVS may end a list with an
     * empty token instead of none).
     *
     * @param token the token {@code page} was fetched with; empty for the first page
     * @param page the page
     * @return the next page's token, empty if {@code page} is the last
     * @throws IvsException if the service handed back the token it was given, which would read the same page
     *     forever
     */
    public static Optional<String> nextToken(Optional<String> token, Page<?> page) {
        Optional<String> next = page.nextToken().filter(t -> !t.isEmpty());
        if (next.isPresent() && next.equals(token)) {
            throw new IvsException("the service returned the page token it was given; stopping rather than reading "
                    + "the same page forever", IvsException.ErrorDetails.NONE, false, null);
        }
        return next;
    }
}
