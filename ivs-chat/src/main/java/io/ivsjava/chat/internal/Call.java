package io.ivsjava.chat.internal;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.SdkErrors;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ValidationException;

/**
 * One IVS Chat operation, defined once (a request already built from checked input, and how to turn the response
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
    public abstract T run(IvschatClient client);

    /**
     * Runs the operation without blocking.
     *
     * @param client the asynchronous SDK client
     * @return the result's future; it completes exceptionally with the {@link IvsException} itself
     */
    public abstract CompletableFuture<T> runAsync(IvschatAsyncClient client);

    /**
     * A single SDK call.
     *
     * @param operation the IVS Chat operation's name, for messages
     * @param request the SDK request
     * @param sync how the synchronous client sends it
     * @param async how the asynchronous client sends it
     * @param convert how the response becomes the result
     * @param <Q> the request type
     * @param <R> the response type
     * @param <T> the result type
     * @return the call
     */
    public static <Q, R, T> Call<T> of(String operation, Q request, BiFunction<IvschatClient, Q, R> sync,
                                       BiFunction<IvschatAsyncClient, Q, CompletableFuture<R>> async,
                                       Function<? super R, ? extends T> convert) {
        return new Call<>() {
            @Override
            public T run(IvschatClient client) {
                R response;
                try {
                    response = sync.apply(client, request);
                } catch (SdkException e) {
                    throw translate(operation, e);
                }
                return convert.apply(response);
            }

            @Override
            public CompletableFuture<T> runAsync(IvschatAsyncClient client) {
                CompletableFuture<T> out = new CompletableFuture<>();
                CompletableFuture<R> sent;
                try {
                    sent = async.apply(client, request);
                } catch (SdkException e) {
                    return CompletableFuture.failedFuture(translate(operation, e));
                }
                sent.whenComplete((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = SdkErrors.unwrap(failure);
                        out.completeExceptionally(cause instanceof SdkException
                                ? translate(operation, (SdkException) cause) : cause);
                        return;
                    }
                    try {
                        out.complete(convert.apply(response));
                    } catch (RuntimeException e) {
                        out.completeExceptionally(e);
                    }
                });
                return out;
            }
        };
    }

    /**
     * Translates an SDK failure as {@link SdkErrors} does for every IVS service, then names the field of an IVS
     * Chat validation error: IVS Chat lists the fields at fault in the error's {@code fieldList}, where the other
     * IVS services name them in the message.
     *
     * @param operation the operation's name
     * @param e the SDK's exception
     * @return the library's exception
     */
    static IvsException translate(String operation, SdkException e) {
        IvsException translated = SdkErrors.translate(operation, e);
        if (translated instanceof IvsValidationException && ((IvsValidationException) translated).field().isEmpty()
                && e instanceof ValidationException) {
            ValidationException v = (ValidationException) e;
            if (v.hasFieldList() && !v.fieldList().isEmpty() && v.fieldList().get(0).name() != null) {
                return new IvsValidationException(v.fieldList().get(0).name(), translated.getMessage(),
                        new IvsException.ErrorDetails(translated.errorCode(), translated.httpStatus(),
                                translated.requestId()), e);
            }
        }
        return translated;
    }
}
