package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The exactly-once loop against the SDK's own standard retry strategy (three attempts, millisecond backoff), with
 * scripted outcomes: an "account" of created resources shows what each attempt really did.
 */
class ExactlyOnceTest {
    private static final RetryStrategy THREE_ATTEMPTS = AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(3)
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(4)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(4)))
            .circuitBreakerEnabled(false)
            .build();

    /** What an attempt does: creates or not, then answers or fails. */
    private enum Outcome { OK, LOST_AFTER_CREATING, SERVER_ERROR_BEFORE, THROTTLED, INVALID }

    /** A pretend IVS: each attempt plays the next scripted outcome; the lookup finds what was created. */
    private static final class Script {
        final Deque<Outcome> outcomes;
        final List<String> created = new ArrayList<>();
        int attempts;
        int lookups;

        Script(Outcome... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        String attempt() {
            attempts++;
            Outcome o = outcomes.isEmpty() ? Outcome.OK : outcomes.poll();
            switch (o) {
                case OK:
                    created.add("stage-" + attempts);
                    return "stage-" + attempts;
                case LOST_AFTER_CREATING:
                    created.add("stage-" + attempts);
                    throw SdkErrors.translate("CreateStage", SdkClientException.builder()
                            .message("Unable to execute HTTP request: Connection reset")
                            .cause(new SocketException("Connection reset")).build());
                case SERVER_ERROR_BEFORE:
                    throw SdkErrors.translate("CreateStage", service("InternalServerException", 500));
                case THROTTLED:
                    throw SdkErrors.translate("CreateStage", service("ThrottlingException", 429));
                default:
                    throw SdkErrors.translate("CreateStage", service("ValidationException", 400));
            }
        }

        Optional<String> lookup() {
            lookups++;
            return created.stream().findFirst();
        }

        String run() {
            return ExactlyOnce.create("CreateStage", THREE_ATTEMPTS, this::attempt, this::lookup);
        }
    }

    private static AwsServiceException service(String code, int status) {
        return AwsServiceException.builder().statusCode(status).message(code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }

    @Test
    void aFirstAttemptThatAnswersIsTheResultAndNothingIsLookedUp() {
        Script ivs = new Script(Outcome.OK);
        assertThat(ivs.run()).isEqualTo("stage-1");
        assertThat(ivs.attempts).isEqualTo(1);
        assertThat(ivs.lookups).isZero();
    }

    @Test
    void aLostAnswerIsFoundByTheLookupInsteadOfCreatingAgain() {
        Script ivs = new Script(Outcome.LOST_AFTER_CREATING);
        assertThat(ivs.run()).isEqualTo("stage-1");
        assertThat(ivs.created).containsExactly("stage-1");
        assertThat(ivs.attempts).isEqualTo(1);
        assertThat(ivs.lookups).isEqualTo(1);
    }

    @Test
    void aServerErrorThatCreatedNothingIsRetriedAfterTheLookupFindsNothing() {
        Script ivs = new Script(Outcome.SERVER_ERROR_BEFORE, Outcome.OK);
        assertThat(ivs.run()).isEqualTo("stage-2");
        assertThat(ivs.created).containsExactly("stage-2");
        assertThat(ivs.lookups).isEqualTo(1);
    }

    @Test
    void throttlingIsRetriedWithoutALookupSinceIvsRefusedBeforeActing() {
        Script ivs = new Script(Outcome.THROTTLED, Outcome.THROTTLED, Outcome.OK);
        assertThat(ivs.run()).isEqualTo("stage-3");
        assertThat(ivs.lookups).isZero();
    }

    @Test
    void aValidationErrorIsNeverRetried() {
        Script ivs = new Script(Outcome.INVALID, Outcome.OK);
        assertThatThrownBy(ivs::run).isInstanceOf(IvsValidationException.class);
        assertThat(ivs.attempts).isEqualTo(1);
        assertThat(ivs.created).isEmpty();
    }

    @Test
    void theStrategysMaximumAttemptsAreHonouredAndTheLastFailureThrown() {
        Script ivs = new Script(Outcome.SERVER_ERROR_BEFORE, Outcome.SERVER_ERROR_BEFORE, Outcome.SERVER_ERROR_BEFORE,
                Outcome.OK);
        assertThatThrownBy(ivs::run).isInstanceOf(IvsException.class).hasMessageContaining("InternalServerException");
        assertThat(ivs.attempts).isEqualTo(3);
        assertThat(ivs.lookups).isEqualTo(3);   // before the second and third attempts, and before giving up
        assertThat(ivs.created).isEmpty();
    }

    @Test
    void whenTheLastAnswerIsLostTheLastLookupFindsWhatItCreated() {
        Script ivs = new Script(Outcome.SERVER_ERROR_BEFORE, Outcome.SERVER_ERROR_BEFORE, Outcome.LOST_AFTER_CREATING);
        assertThat(ivs.run()).isEqualTo("stage-3");
        assertThat(ivs.created).containsExactly("stage-3");
        assertThat(ivs.attempts).isEqualTo(3);
    }

    @Test
    void aLookupThatFailsIsRetriedLikeAnAttemptAndNeverSkipped() {
        Script ivs = new Script(Outcome.LOST_AFTER_CREATING);
        int[] lookups = {0};
        Supplier<Optional<String>> flakyLookup = () -> {
            if (lookups[0]++ == 0) {
                throw SdkErrors.translate("ListStages", service("InternalServerException", 500));
            }
            return ivs.lookup();
        };
        assertThat(ExactlyOnce.create("CreateStage", THREE_ATTEMPTS, ivs::attempt, flakyLookup)).isEqualTo("stage-1");
        assertThat(ivs.created).containsExactly("stage-1");
        assertThat(ivs.attempts).isEqualTo(1);
    }

    @Test
    void aStrategyThatDoesNotRetryMakesOneAttempt() {
        Script ivs = new Script(Outcome.SERVER_ERROR_BEFORE, Outcome.OK);
        assertThatThrownBy(() -> ExactlyOnce.create("CreateStage", AwsRetryStrategy.doNotRetry(), ivs::attempt,
                ivs::lookup)).isInstanceOf(IvsException.class);
        assertThat(ivs.attempts).isEqualTo(1);
    }
}
