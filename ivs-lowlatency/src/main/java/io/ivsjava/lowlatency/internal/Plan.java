package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.core.internal.SdkErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import software.amazon.awssdk.services.ivs.IvsAsyncClient;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.IvsRequest;
import software.amazon.awssdk.services.ivs.model.IvsResponse;

/**
 * What one library operation does, as data: IVS calls, how each answer converts, what follows it and which failures
 * it recovers from. Each operation is written once as a plan; {@link #runSync(IvsClient)} runs it on the
 * synchronous SDK client and {@link #runAsync(IvsAsyncClient)} on the asynchronous one, so the two entry points
 * share every line of logic. Plans are immutable and thread-safe, and may be run more than once. Not part of the
 * public API.
 *
 * @param <T> the result type
 */
public abstract class Plan<T> {
    Plan() {
    }

    // ---- building

    /**
     * One IVS call.
     *
     * @param call the operation
     * @param request its request
     * @param convert turns the response into the result
     * @param <Q> the request type
     * @param <P> the response type
     * @param <T> the result type
     * @return the plan
     */
    public static <Q extends IvsRequest, P extends IvsResponse, T> Plan<T> call(
            Call<Q, P> call, Q request, Function<? super P, ? extends T> convert) {
        return new Single<>(call, request, convert);
    }

    /**
     * A result known without a call.
     *
     * @param value the result
     * @param <T> the result type
     * @return the plan
     */
    public static <T> Plan<T> value(T value) {
        return new Value<>(value);
    }

    /**
     * A failure known without a call.
     *
     * @param failure the failure
     * @param <T> the result type
     * @return the plan
     */
    public static <T> Plan<T> failed(IvsException failure) {
        return new Failed<>(failure);
    }

    /**
     * A pause between two calls.
     *
     * @param pause how long
     * @return the plan
     */
    public static Plan<Void> pause(Duration pause) {
        return new Pause(pause);
    }

    /**
     * Every item of a paged list, page after page.
     *
     * @param page the plan that fetches the page after a token (empty for the first page)
     * @param <T> the item type
     * @return the plan
     */
    public static <T> Plan<List<T>> allPages(Function<Optional<String>, Plan<Pages.Page<T>>> page) {
        return collect(page, Optional.empty(), new ArrayList<>());
    }

    private static <T> Plan<List<T>> collect(Function<Optional<String>, Plan<Pages.Page<T>>> page,
                                             Optional<String> token, List<T> sofar) {
        return page.apply(token).then(p -> {
            List<T> items = new ArrayList<>(sofar);
            items.addAll(p.items());
            Optional<String> next = Pages.nextToken(token, p);
            return next.isEmpty() ? value(List.copyOf(items)) : collect(page, next, items);
        });
    }

    /**
     * Runs plans one after the other, stopping at the first failure.
     *
     * @param items the inputs
     * @param step the plan for one input
     * @param <A> the input type
     * @return the plan
     */
    public static <A> Plan<Void> forEach(List<A> items, Function<? super A, Plan<?>> step) {
        Plan<Void> plan = value(null);
        for (A item : items) {
            plan = plan.then(ignored -> step.apply(item).map(x -> null));
        }
        return plan;
    }

    /**
     * What follows this plan, given its result.
     *
     * @param next the plan after, from this plan's result
     * @param <U> the final result type
     * @return the combined plan
     */
    public <U> Plan<U> then(Function<? super T, Plan<U>> next) {
        return new Then<>(this, next);
    }

    /**
     * This plan's result, converted.
     *
     * @param convert the conversion
     * @param <U> the converted type
     * @return the plan
     */
    public <U> Plan<U> map(Function<? super T, ? extends U> convert) {
        return then(value -> value(convert.apply(value)));
    }

    /**
     * Recovers from one kind of failure.
     *
     * @param type the failures to recover from
     * @param handler the plan to run instead, given the failure
     * @param <E> the failure type
     * @return the plan
     */
    public <E extends IvsException> Plan<T> recover(Class<E> type, Function<? super E, Plan<T>> handler) {
        return new Recover<>(this, type, handler);
    }

    // ---- running

    /**
     * Runs the plan on the synchronous client.
     *
     * @param client the client
     * @return the result
     * @throws IvsException for any failure
     */
    public abstract T runSync(IvsClient client);

    /**
     * Runs the plan on the asynchronous client. The future fails with the {@link IvsException} itself (so that
     * {@code join()} throws a {@link CompletionException} whose cause it is).
     *
     * @param client the client
     * @return the result, when it comes
     */
    public final CompletableFuture<T> runAsync(IvsAsyncClient client) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<T> started;
        try {
            started = start(client);
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        started.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(SdkErrors.unwrap(failure));
            }
        });
        return result;
    }

    /** Starts the plan on the asynchronous client; failures may arrive wrapped. */
    abstract CompletableFuture<T> start(IvsAsyncClient client);

    private static final class Single<Q extends IvsRequest, P extends IvsResponse, T> extends Plan<T> {
        private final Call<Q, P> call;
        private final Q request;
        private final Function<? super P, ? extends T> convert;

        Single(Call<Q, P> call, Q request, Function<? super P, ? extends T> convert) {
            this.call = call;
            this.request = request;
            this.convert = convert;
        }

        @Override
        public T runSync(IvsClient client) {
            P response = SdkErrors.call(call.operation(), () -> call.sync().apply(client, request));
            return convert.apply(response);
        }

        @Override
        CompletableFuture<T> start(IvsAsyncClient client) {
            return SdkErrors.callAsync(call.operation(), () -> call.async().apply(client, request), convert);
        }
    }

    private static final class Value<T> extends Plan<T> {
        private final T value;

        Value(T value) {
            this.value = value;
        }

        @Override
        public T runSync(IvsClient client) {
            return value;
        }

        @Override
        CompletableFuture<T> start(IvsAsyncClient client) {
            return CompletableFuture.completedFuture(value);
        }
    }

    private static final class Failed<T> extends Plan<T> {
        private final IvsException failure;

        Failed(IvsException failure) {
            this.failure = failure;
        }

        @Override
        public T runSync(IvsClient client) {
            throw failure;
        }

        @Override
        CompletableFuture<T> start(IvsAsyncClient client) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    private static final class Pause extends Plan<Void> {
        private final Duration pause;

        Pause(Duration pause) {
            this.pause = pause;
        }

        @Override
        public Void runSync(IvsClient client) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IvsException("interrupted while waiting to call IVS again", IvsException.ErrorDetails.NONE,
                        false, e);
            }
            return null;
        }

        @Override
        CompletableFuture<Void> start(IvsAsyncClient client) {
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private static final class Then<A, T> extends Plan<T> {
        private final Plan<A> first;
        private final Function<? super A, Plan<T>> next;

        Then(Plan<A> first, Function<? super A, Plan<T>> next) {
            this.first = first;
            this.next = next;
        }

        @Override
        public T runSync(IvsClient client) {
            return next.apply(first.runSync(client)).runSync(client);
        }

        @Override
        CompletableFuture<T> start(IvsAsyncClient client) {
            return first.start(client).thenCompose(a -> next.apply(a).start(client));
        }
    }

    private static final class Recover<T, E extends IvsException> extends Plan<T> {
        private final Plan<T> plan;
        private final Class<E> type;
        private final Function<? super E, Plan<T>> handler;

        Recover(Plan<T> plan, Class<E> type, Function<? super E, Plan<T>> handler) {
            this.plan = plan;
            this.type = type;
            this.handler = handler;
        }

        @Override
        public T runSync(IvsClient client) {
            try {
                return plan.runSync(client);
            } catch (IvsException e) {
                if (!type.isInstance(e)) {
                    throw e;
                }
                return handler.apply(type.cast(e)).runSync(client);
            }
        }

        @Override
        CompletableFuture<T> start(IvsAsyncClient client) {
            CompletableFuture<T> started;
            try {
                started = plan.start(client);
            } catch (IvsException e) {
                started = CompletableFuture.failedFuture(e);
            }
            return started.handle((value, failure) -> {
                if (failure == null) {
                    return CompletableFuture.completedFuture(value);
                }
                Throwable cause = SdkErrors.unwrap(failure);
                if (type.isInstance(cause)) {
                    return handler.apply(type.cast(cause)).start(client);
                }
                return CompletableFuture.<T>failedFuture(cause);
            }).thenCompose(Function.identity());
        }
    }
}
