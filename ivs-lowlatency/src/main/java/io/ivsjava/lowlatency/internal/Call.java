package io.ivsjava.lowlatency.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.ivs.IvsAsyncClient;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.IvsRequest;
import software.amazon.awssdk.services.ivs.model.IvsResponse;

/**
 * One IVS operation as both SDK clients expose it: its name (for messages) and the method of the synchronous and of
 * the asynchronous client. Not part of the public API. Immutable; safe to share between threads.
 *
 * @param operation the IVS operation name, such as {@code CreateChannel}
 * @param sync the synchronous client's method
 * @param async the asynchronous client's method
 * @param <Q> the request type
 * @param <P> the response type
 */
public record Call<Q extends IvsRequest, P extends IvsResponse>(
        String operation,
        BiFunction<IvsClient, Q, P> sync,
        BiFunction<IvsAsyncClient, Q, CompletableFuture<P>> async) {
}
