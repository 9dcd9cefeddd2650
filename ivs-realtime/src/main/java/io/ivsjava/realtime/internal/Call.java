package io.ivsjava.realtime.internal;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.internal.SdkErrors;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeAsyncClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * One real-time operation, defined once (a request already built from checked input, and how to turn the response
 * into domain values) and run by either client: the synchronous one blocks, the asynchronous one returns a future.
 * SDK failures become {@link IvsException}s on both paths. Immutable; thread-safe. Not part of the public API.
 *
 * @param <T> the result
 */
public abstract class Call<T> {
    Call() {
    }

    /**
     * Runs the operation, blocking.
     *
     * @param client the synchronous SDK client
     * @return the result
     * @throws IvsException for every failure
     */
    public abstract T run(IvsRealTimeClient client);

    /**
     * Runs the operation without blocking.
     *
     * @param client the asynchronous SDK client
     * @return the result's future; it completes exceptionally with the {@link IvsException} itself
     */
    public abstract CompletableFuture<T> runAsync(IvsRealTimeAsyncClient client);

    /**
     * A single SDK call.
     *
     * @param operation the IVS operation's name, for messages
     * @param request the SDK request
     * @param sync how the synchronous client sends it
     * @param async how the asynchronous client sends it
     * @param convert how the response becomes the result
     * @param <Q> the request type
     * @param <R> the response type
     * @param <T> the result type
     * @return the call
     */
    public static <Q, R, T> Call<T> of(String operation, Q request, BiFunction<IvsRealTimeClient, Q, R> sync,
                                       BiFunction<IvsRealTimeAsyncClient, Q, CompletableFuture<R>> async,
                                       Function<? super R, ? extends T> convert) {
        return new Call<>() {
            @Override
            public T run(IvsRealTimeClient client) {
                return convert.apply(SdkErrors.call(operation, () -> sync.apply(client, request)));
            }

            @Override
            public CompletableFuture<T> runAsync(IvsRealTimeAsyncClient client) {
                return SdkErrors.callAsync(operation, () -> async.apply(client, request), convert);
            }
        };
    }

    /**
     * This call, its result transformed.
     *
     * @param f the transformation
     * @param <U> the new result type
     * @return the call
     */
    public <U> Call<U> map(Function<? super T, ? extends U> f) {
        return then(t -> done(f.apply(t)));
    }

    /**
     * This call followed by another that depends on its result.
     *
     * @param next makes the next call from this one's result
     * @param <U> the final result type
     * @return the call
     */
    public <U> Call<U> then(Function<? super T, Call<U>> next) {
        Call<T> first = this;
        return new Call<>() {
            @Override
            public U run(IvsRealTimeClient client) {
                return next.apply(first.run(client)).run(client);
            }

            @Override
            public CompletableFuture<U> runAsync(IvsRealTimeAsyncClient client) {
                CompletableFuture<U> out = new CompletableFuture<>();
                first.runAsync(client).whenComplete((t, failure) -> {
                    if (failure != null) {
                        out.completeExceptionally(SdkErrors.unwrap(failure));
                        return;
                    }
                    try {
                        next.apply(t).runAsync(client).whenComplete((u, f) -> {
                            if (f != null) {
                                out.completeExceptionally(SdkErrors.unwrap(f));
                            } else {
                                out.complete(u);
                            }
                        });
                    } catch (RuntimeException e) {
                        out.completeExceptionally(e);
                    }
                });
                return out;
            }
        };
    }

    /**
     * A call that needs no request: its result is known.
     *
     * @param value the result
     * @param <T> the result type
     * @return the call
     */
    public static <T> Call<T> done(T value) {
        return new Call<>() {
            @Override
            public T run(IvsRealTimeClient client) {
                return value;
            }

            @Override
            public CompletableFuture<T> runAsync(IvsRealTimeAsyncClient client) {
                return CompletableFuture.completedFuture(value);
            }
        };
    }

}
