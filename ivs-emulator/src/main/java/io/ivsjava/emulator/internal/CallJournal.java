package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The calls an emulator answered: the most recent {@code capacity} in full, in a ring, and a count of all of them
 * per operation. The ring bounds memory in a load test, while counts stay exact. Most of a call's strings repeat
 * from call to call (the header names, the User-Agent, the host, the path...): {@link #share} gives the ring one
 * copy of each, which takes a Java SDK call from about 2.2 KB to about 0.9 KB. Calls can be taken once each, in
 * arrival order, waiting for one to arrive ({@link #take}), like MockWebServer's {@code takeRequest}. A call's
 * input is written as JSON when the call is first read, not on the request's path: most calls are never read.
 *
 * <p>Thread-safe: appends and reads synchronize on the journal; counts are lock-free.
 */
final class CallJournal {
    private final int capacity;
    private final Entry[] ring;
    private final boolean[] taken;
    /** Sequence number of the next call; the ring holds sequences {@code [max(0, next - capacity), next)}. */
    private long next;
    private final LongAdder total = new LongAdder();
    private final Map<String, LongAdder> perOperation = new ConcurrentHashMap<>();
    /** One instance of each string the recorded calls hold; forgotten past {@link #MAX_SHARED}. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    /** Each call brings a few strings of its own (its signature, its invocation id), so the pool is bounded. */
    private static final int MAX_SHARED = 4096;

    CallJournal(int capacity) {
        this.capacity = capacity;
        this.ring = new Entry[capacity];
        this.taken = new boolean[capacity];
    }

    /**
     * A call as the ring keeps it: a {@link RecordedCall} whose input is written when it is first read. Guarded by
     * the journal's lock once added.
     */
    static final class Entry {
        private RecordedCall call;
        /** Writes the input; null once written. */
        private Supplier<String> input;

        /**
         * A call and its input, to be written later.
         *
         * @param call the call, its input still {@code {}}
         * @param input writes the input as compact JSON; {@code {}} if it fails
         */
        Entry(RecordedCall call, Supplier<String> input) {
            this.call = call;
            this.input = input;
        }

        String operation() {
            return call.operation();
        }

        /** {@return the call, its input written on the first read} */
        RecordedCall call() {
            if (input != null) {
                String json;
                try {
                    json = input.get();
                } catch (RuntimeException e) {
                    json = "{}";
                }
                RecordedCall c = call;
                call = new RecordedCall(c.operation(), c.service(), c.region(), c.accountId(), c.method(), c.path(),
                        json, c.headers(), c.status(), c.errorCode(), c.fault(), c.time(), c.requestId());
                input = null;
            }
            return call;
        }
    }

    /**
     * Records a call.
     *
     * @param call the call
     */
    void add(Entry call) {
        total.increment();
        perOperation.computeIfAbsent(call.operation(), k -> new LongAdder()).increment();
        if (capacity == 0) {
            return;
        }
        synchronized (this) {
            int slot = (int) (next % capacity);
            ring[slot] = call;
            taken[slot] = false;
            next++;
            notifyAll();
        }
    }

    /**
     * The instance of a string that the ring keeps for every call that repeats it (the string itself if the journal
     * keeps no calls).
     *
     * @param s a string of a call, such as its path
     * @return an equal string
     */
    String share(String s) {
        if (capacity == 0) {
            return s;
        }
        String known = shared.putIfAbsent(s, s);
        if (known != null) {
            return known;
        }
        if (shared.size() > MAX_SHARED) {
            shared.clear();
        }
        return s;
    }

    /**
     * Headers as the ring keeps them: an immutable map of {@linkplain #share shared} names and values. The values
     * that differ on every call by design, the signature and the SDK's invocation id, are kept as they are: sharing
     * them would only fill the pool and push out the strings that do repeat.
     *
     * @param headers a request's headers
     * @return equal headers
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String> share(Map<String, String> headers) {
        if (capacity == 0) {
            return headers;
        }
        Map.Entry<String, String>[] out = new Map.Entry[headers.size()];
        int i = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = share(header.getKey());
            String value = UNIQUE_PER_CALL.contains(name) ? header.getValue() : share(header.getValue());
            out[i++] = Map.entry(name, value);
        }
        return Map.ofEntries(out);
    }

    /** Headers whose value is new on every call. */
    private static final Set<String> UNIQUE_PER_CALL = Set.of("authorization", "amz-sdk-invocation-id");

    /** {@return how many calls were answered since start or the last reset} */
    long count() {
        return total.sum();
    }

    /**
     * How many calls to one operation were answered.
     *
     * @param operation the operation
     * @return the count since start or the last reset
     */
    long count(String operation) {
        LongAdder adder = perOperation.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * The recorded calls, oldest first.
     *
     * @param operation only this operation's, if given
     * @return the calls still in the ring
     */
    synchronized List<RecordedCall> calls(Optional<String> operation) {
        List<RecordedCall> out = new ArrayList<>();
        for (long s = oldest(); s < next; s++) {
            Entry call = ring[(int) (s % capacity)];
            if (operation.isEmpty() || operation.get().equals(call.operation())) {
                out.add(call.call());
            }
        }
        return out;
    }

    /**
     * Takes the oldest call not yet taken, waiting for one.
     *
     * @param operation only a call to this operation, if given; others stay untaken
     * @param timeout how long to wait
     * @return the call, or empty if none arrived in time
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized Optional<RecordedCall> take(Optional<String> operation, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long scanned = oldest();
        while (true) {
            for (long s = Math.max(scanned, oldest()); s < next; s++) {
                int slot = (int) (s % capacity);
                if (!taken[slot] && (operation.isEmpty() || operation.get().equals(ring[slot].operation()))) {
                    taken[slot] = true;
                    return Optional.of(ring[slot].call());
                }
            }
            scanned = next;
            long left = deadline - System.nanoTime();
            if (left <= 0 || capacity == 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Forgets every call and count. */
    void clear() {
        synchronized (this) {
            java.util.Arrays.fill(ring, null);
            java.util.Arrays.fill(taken, false);
            next = 0;
        }
        total.reset();
        perOperation.clear();
        shared.clear();
    }

    private long oldest() {
        return Math.max(0, next - capacity);
    }
}
