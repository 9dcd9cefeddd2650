package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.fixtures.Collector;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asynchronous entry point over the SDK's async (Netty) client, against the embedded emulator. */
class IvsRealTimeAsyncTest {
    /** One emulator for the class, reset before each test; room for more stages than IVS's default 100. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().quota(Quota.STAGES, 1_000).build();

    private static IvsEmulator emulator;
    private static IvsRealTimeAsync ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connectAsync(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @Test
    void aStageIsCreatedReadAndDeletedWithoutBlocking() {
        CreatedStage created = ivs.createStage(StageSpec.builder().name("async").withToken(Host.of("kit")).build())
                .join();

        assertThat(created.tokens()).singleElement().satisfies(t -> {
            assertThat(Jwt.parse(t.token()).verifies(emulator.participantTokenPublicKey())).isTrue();
            assertThat(t.participant().userId()).hasValue("kit");
        });
        assertThat(ivs.getStage(created.stage().arn()).join()).isEqualTo(created.stage());
        assertThat(ivs.updateStage(created.stage().arn(), StageUpdate.rename("renamed")).join().name())
                .isEqualTo("renamed");
        ivs.deleteStage(created.stage().arn()).join();
        assertThatThrownBy(() -> ivs.getStage(created.stage().arn()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void callbacksReceiveTheLibrarysExceptionItself() throws Exception {
        StageArn missing = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/missing");
        AtomicReference<Throwable> seen = new AtomicReference<>();

        ivs.getStage(missing).whenComplete((stage, failure) -> seen.set(failure))
                .exceptionally(e -> null).get(10, TimeUnit.SECONDS);

        assertThat(seen.get()).isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
            assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
            assertThat(e.httpStatus()).hasValue(404);
            assertThat(e.getMessage()).startsWith("GetStage failed");
        });
    }

    @Test
    void badInputFailsTheFutureBeforeAnyCall() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("checked").build()).join().stage().arn();

        CompletableFuture<ParticipantToken> tooLong =
                ivs.createParticipantToken(stage, Viewer.anonymous(), Duration.ofMinutes(20_161));

        assertThat(tooLong).isCompletedExceptionally();
        assertInvalid(() -> failureOf(tooLong), "duration", "20161 minutes is too long");
        assertInvalid(() -> failureOf(ivs.getStage(null)), "arn", "is missing");
        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateStage");

        ParticipantToken longest = ivs.createParticipantToken(stage, Viewer.anonymous(), Duration.ofMinutes(20_160))
                .join();
        assertThat(Jwt.parse(longest.token()).claims.path("exp").asLong()
                - Jwt.parse(longest.token()).claims.path("iat").asLong()).isEqualTo(Duration.ofDays(14).toSeconds());
    }

    @Test
    void listsArePublishersThatFetchAPageOnlyWhenAsked() throws Exception {
        List<CompletableFuture<CreatedStage>> creations = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            creations.add(ivs.createStage(StageSpec.builder().name("p" + i).build()));
        }
        CompletableFuture.allOf(creations.toArray(new CompletableFuture<?>[0])).join();

        Collector<StageSummary> five = new Collector<>(5);
        ivs.listStages().subscribe(five);
        assertThat(five.await()).hasSize(5);
        assertThat(five.completed).isFalse();
        assertThat(emulator.calls("ListStages")).hasSize(1);

        Collector<StageSummary> all = new Collector<>(Long.MAX_VALUE);
        ivs.listStages().subscribe(all);
        assertThat(all.await()).hasSize(150).extracting(StageSummary::arn).doesNotHaveDuplicates();
        assertThat(all.completed).isTrue();
        assertThat(emulator.calls("ListStages")).hasSize(1 + 2);
    }

    @Test
    void aListWithBadInputSignalsTheErrorToItsSubscriber() throws Exception {
        Collector<ParticipantSummary> collector = new Collector<>(10);

        ivs.listParticipants(StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/x"), "not-a-session")
                .subscribe(collector);

        collector.await();
        assertThat(collector.error).isInstanceOfSatisfying(IvsValidationException.class,
                e -> assertThat(e.field()).hasValue("sessionId"));
    }

    @Test
    void promotionChainsItsCallsAsynchronously() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("async-promotion").build()).join().stage().arn();
        ParticipantToken viewer = ivs.createParticipantToken(stage, Viewer.of("bob")).join();

        ParticipantToken host = ivs.promoteToHost(stage, viewer.participant(), Duration.ofHours(1)).join();

        assertThat(host.participant().canPublish()).isTrue();
        assertThat(host.participant().userId()).hasValue("bob");
    }

    /** Waits for a future that must fail, and throws its failure as the callbacks see it. */
    private static void failureOf(CompletableFuture<?> future) throws Throwable {
        try {
            future.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
        throw new AssertionError("the future completed normally");
    }
}
