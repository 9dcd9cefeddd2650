package io.ivsjava.core.internal;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsThrottlingException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Makes a create that IVS does not make idempotent ({@code CreateStage}, {@code CreateChannel}...) safe to retry.
 * Such a create whose answer was lost (a reset connection, an answer cut short, a 5xx) may have succeeded, and the
 * SDK, which retries it blindly, then makes a second resource. So each attempt is sent once ({@link #SINGLE_ATTEMPT}
 * turns the SDK's own retries off for that request) and carries an idempotency id in its tags; before each retry,
 * and before giving up, the caller's lookup searches for a resource carrying that id, and a resource found is the
 * result.
 *
 * <p>The retries follow the SDK client's own {@link RetryStrategy} ({@link #retryStrategy(SdkClient)}): its maximum
 * attempts, its backoff (exponential with full jitter in the SDK's standard and legacy modes, half jitter for
 * throttling), its retry quota and its idea of what is retryable, so a create never gets a budget of its own. Only
 * failures the library deems retryable ({@link IvsException#isRetryable()}: throttling, 5xx, connection failures,
 * unreadable answers) are offered to it; validation and every other 4xx fail at once.
 *
 * <p>Not part of the public API. Stateless; thread-safe.
 */
public final class ExactlyOnce {
    /** Turns the SDK's automatic retries off for one request: add it to the request's override configuration. */
    public static final SdkPlugin SINGLE_ATTEMPT = config -> config.overrideConfiguration(
            config.overrideConfiguration().toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnce.class);
    /** The scope the SDK acquires its retry tokens in, so a create draws on the same retry quota as other calls. */
    private static final String SCOPE = "GLOBAL";

    private ExactlyOnce() {
    }

    /**
     * The retry strategy an SDK client was built with: the one configured on it, the one for its configured retry
     * mode, or the SDK's default (which also follows {@code AWS_RETRY_MODE} and {@code AWS_MAX_ATTEMPTS}).
     *
     * @param client an SDK client
     * @return its strategy
     */
    public static RetryStrategy retryStrategy(SdkClient client) {
        ClientOverrideConfiguration config;
        try {
            config = client.serviceClientConfiguration().overrideConfiguration();
        } catch (UnsupportedOperationException notAvailable) {
            // a hand-written SdkClient (a test double) exposes no configuration
            return AwsRetryStrategy.defaultRetryStrategy();
        }
        return config.retryStrategy()
                .or(() -> config.retryMode().map(AwsRetryStrategy::forRetryMode))
                .orElseGet(AwsRetryStrategy::defaultRetryStrategy);
    }

    /**
     * Creates something exactly once: sends the attempt, retries it by the strategy, and before each retry (and
     * before giving up) asks the lookup whether an earlier attempt, whose answer was lost, created it after all.
     *
     * @param operation the IVS operation, for the log, such as {@code CreateStage}
     * @param strategy the SDK client's retry strategy
     * @param attempt one attempt, sent with {@link #SINGLE_ATTEMPT}; throws an {@link IvsException} on failure
     * @param lookup finds what an earlier attempt created, by the idempotency id the attempts carry
     * @param <T> what is created (its ARN, say)
     * @return what the attempt created, or what the lookup found
     * @throws IvsException the last failure (of an attempt or a lookup), when it is not retryable, when the strategy
     *     allows no more attempts, or when the thread is interrupted while waiting; failures of a last lookup are
     *     suppressed in it
     */
    public static <T> T create(String operation, RetryStrategy strategy, Supplier<T> attempt,
                               Supplier<Optional<T>> lookup) {
        RetryToken token;
        try {
            AcquireInitialTokenResponse initial = strategy.acquireInitialToken(AcquireInitialTokenRequest.create(SCOPE));
            token = initial.token();
            pause(initial.delay());
        } catch (TokenAcquisitionFailedException e) {
            throw new IvsException(operation + " was not sent: the SDK's retry strategy refused it: " + e.getMessage(),
                    IvsException.ErrorDetails.NONE, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IvsException(operation + " was not sent: interrupted", IvsException.ErrorDetails.NONE, false, e);
        }
        boolean mayExist = false;
        while (true) {
            IvsException failure;
            try {
                if (mayExist) {
                    Optional<T> found = lookup.get();
                    if (found.isPresent()) {
                        return foundAfterLostAnswer(operation, strategy, token, found.get());
                    }
                }
                try {
                    T created = attempt.get();
                    strategy.recordSuccess(RecordSuccessRequest.create(token));
                    return created;
                } catch (IvsException e) {
                    // refused before acting (429), or no telling: the create may have happened
                    mayExist |= e.isRetryable() && !(e instanceof IvsThrottlingException);
                    throw e;
                }
            } catch (IvsException e) {
                failure = e;
            }
            if (!failure.isRetryable()) {
                throw failure;
            }
            Duration delay;
            try {
                var refreshed = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder().token(token)
                        .failure(failure.getCause() instanceof SdkException ? failure.getCause() : failure).build());
                token = refreshed.token();
                delay = refreshed.delay();
            } catch (TokenAcquisitionFailedException noMore) {
                if (mayExist) {
                    try {
                        Optional<T> found = lookup.get();
                        if (found.isPresent()) {
                            return foundAfterLostAnswer(operation, strategy, token, found.get());
                        }
                    } catch (IvsException lookupFailed) {
                        failure.addSuppressed(lookupFailed);
                    }
                }
                throw failure;
            }
            LOG.info("{} failed ({}); retrying in {} ms{}", operation, failure.getMessage(), delay.toMillis(),
                    mayExist ? ", after looking for what a lost answer may have created" : "");
            try {
                pause(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failure.addSuppressed(interrupted);
                throw failure;
            }
        }
    }

    private static <T> T foundAfterLostAnswer(String operation, RetryStrategy strategy, RetryToken token, T found) {
        LOG.info("{}: an attempt whose answer was lost had succeeded; using what it created", operation);
        strategy.recordSuccess(RecordSuccessRequest.create(token));
        return found;
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero() && !delay.isNegative()) {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        }
    }
}
