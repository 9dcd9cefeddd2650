package io.ivsjava.events;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class IvsEventDispatcherTest {
    private final IvsEventDispatcher dispatcher = IvsEventDispatcher.create();
    private final IvsEvent joined = Fixtures.parse("stage-update-participant-joined.json");
    private final IvsEvent streamStart = Fixtures.parse("stream-state-stream-start.json");
    private final IvsEvent unknown = Fixtures.parse("unknown-detail-type.json");

    @Test
    void listenersGetTheirTypeOnlyAndOnAnyGetsEverything() {
        List<String> calls = new ArrayList<>();
        dispatcher.on(StageUpdate.class, e -> calls.add("stage " + e.name()));
        dispatcher.on(StreamStateChange.class, e -> calls.add("stream " + e.name()));
        dispatcher.onAny(e -> calls.add("any " + e.envelope().detailType()));

        assertThat(dispatcher.dispatch(joined)).isTrue();
        assertThat(dispatcher.dispatch(streamStart)).isTrue();
        assertThat(dispatcher.dispatch(unknown)).isTrue();

        assertThat(calls).containsExactly(
                "stage PARTICIPANT_JOINED", "any IVS Stage Update",
                "stream STREAM_START", "any IVS Stream State Change",
                "any IVS Hologram State Change");
    }

    @Test
    void listenersRunInTheOrderRegistered() {
        List<Integer> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            if (i % 2 == 0) {
                dispatcher.onAny(e -> calls.add(n));
            } else {
                dispatcher.on(StageUpdate.class, e -> calls.add(n));
            }
        }

        dispatcher.dispatch(joined);

        assertThat(calls).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aDispatchWithoutListenersSucceeds() {
        assertThat(dispatcher.dispatch(joined)).isTrue();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersAndIsLoggedWithoutTheDetail() {
        List<String> calls = new ArrayList<>();
        dispatcher.on(StageUpdate.class, e -> calls.add("first"));
        dispatcher.on(StageUpdate.class, e -> {
            throw new IllegalStateException("database down");
        });
        dispatcher.onAny(e -> calls.add("third"));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        boolean ok;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            ok = dispatcher.dispatch(joined);
        } finally {
            System.setErr(err);
        }

        assertThat(ok).isFalse();
        assertThat(calls).containsExactly("first", "third");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("WARN", "An IVS event listener failed on event " + joined.id(),
                "(IVS Stage Update)", "IllegalStateException: database down");
        assertThat(logged).as("the detail (user id, participant id) stays out of the log")
                .doesNotContain("xYz1c2d3e4f", "kit", "st-ZyXwvu1T2s");
    }

    @Test
    void theNextDispatchRunsEveryListenerAgain() {
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        dispatcher.onAny(e -> {
            if (failures.getAndIncrement() == 0) {
                throw new IllegalStateException("once");
            }
        });
        dispatcher.onAny(e -> calls.incrementAndGet());

        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(dispatcher.dispatch(joined)).isFalse();
        } finally {
            System.setErr(err);
        }
        assertThat(dispatcher.dispatch(joined)).isTrue();
        assertThat(calls).hasValue(2);
    }

    @Test
    void errorsAreNotSwallowed() {
        dispatcher.onAny(e -> {
            throw new AssertionError("a bug in the listener");
        });

        assertThatThrownBy(() -> dispatcher.dispatch(joined)).isInstanceOf(AssertionError.class)
                .hasMessage("a bug in the listener");
    }

    @Test
    void closingARegistrationRemovesThatListenerOnly() {
        List<String> calls = new ArrayList<>();
        Consumer<IvsEvent> same = e -> calls.add("same");
        IvsEventDispatcher.Registration first = dispatcher.onAny(same);
        dispatcher.onAny(same);

        dispatcher.dispatch(joined);
        first.close();
        first.close();
        dispatcher.dispatch(joined);

        assertThat(calls).containsExactly("same", "same", "same");
    }

    @Test
    void nullsAreRejected() {
        assertInvalid(() -> dispatcher.on(null, e -> { }), "type", "is missing");
        assertInvalid(() -> dispatcher.on(StageUpdate.class, null), "listener", "is missing");
        assertInvalid(() -> dispatcher.onAny(null), "listener", "is missing");
        assertInvalid(() -> dispatcher.dispatch(null), "event", "is missing");
    }

    @Test
    void dispatchingFromManyThreadsWhileListenersComeAndGo() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        dispatcher.on(StageUpdate.class, e -> delivered.incrementAndGet());
        List<Throwable> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    await(go);
                    for (int i = 0; i < 500; i++) {
                        if (!dispatcher.dispatch(joined)) {
                            problems.add(new AssertionError("a listener failed"));
                        }
                    }
                }));
            }
            work.add(pool.submit(() -> {
                await(go);
                for (int i = 0; i < 500; i++) {
                    dispatcher.onAny(e -> { }).close();
                }
            }));
            go.countDown();
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(problems).isEmpty();
        assertThat(delivered).hasValue(1500);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
