package io.ivsjava.emulator.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the emulator's connections, one per connection: virtual threads where the JDK has them (21 and
 * later, unless the system property {@code ivs.emulator.platformThreads} is true), otherwise daemon platform
 * threads with a small stack. Shared by the HTTP transport and the RTMP server, with the two loops both run beside
 * their connections: a watchdog for deadlines, and the wait for an accept loop to let go of its port.
 *
 * <p>Thread-safe.
 */
public final class ConnectionThreads {
    private static final boolean VIRTUAL = !Boolean.getBoolean("ivs.emulator.platformThreads")
            && virtualFactory("probe-").isPresent();

    private ConnectionThreads() {
    }

    /** {@return whether connections run on virtual threads} */
    public static boolean virtual() {
        return VIRTUAL;
    }

    /**
     * A factory of connection threads.
     *
     * @param prefix the threads' name prefix, such as {@code ivs-emulator-4566-}; a number follows it
     * @return the factory
     */
    public static ThreadFactory named(String prefix) {
        Optional<ThreadFactory> virtual = VIRTUAL ? virtualFactory(prefix) : Optional.empty();
        if (virtual.isPresent()) {
            return virtual.get();
        }
        return platform(prefix);
    }

    /**
     * A factory of daemon platform threads with a small stack, whatever the JDK. A platform thread blocked in a
     * socket read is woken by the kernel directly; a virtual thread is woken through the JDK's poller and then
     * needs a carrier thread, two more hand-offs per request that a client with one call in flight waits for.
     *
     * @param prefix the threads' name prefix; a number follows it
     * @return the factory
     */
    public static ThreadFactory platform(String prefix) {
        AtomicInteger n = new AtomicInteger();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        return task -> {
            Thread t = new Thread(group, task, prefix + n.incrementAndGet(), 256 * 1024);
            t.setDaemon(true);
            return t;
        };
    }

    /** The JDK's virtual-thread factory, looked up by reflection: this code targets 17. */
    private static Optional<ThreadFactory> virtualFactory(String prefix) {
        try {
            Method ofVirtual = Thread.class.getMethod("ofVirtual");
            Object builder = ofVirtual.invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            builder = builderType.getMethod("name", String.class, long.class).invoke(builder, prefix, 1L);
            return Optional.of((ThreadFactory) builderType.getMethod("factory").invoke(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A connection a watchdog checks: it closes itself once past its deadline. */
    public interface Deadlined {
        /**
         * Closes the connection if it is past its deadline.
         *
         * @param now {@link System#nanoTime()}
         */
        void expireIfLate(long now);
    }

    /**
     * A watchdog's loop: every tick, until {@code closed} is set or the thread is interrupted, tells each connection
     * the time.
     *
     * @param closed set when the server closes
     * @param tickMillis how long between checks
     * @param connections the connections being served now
     */
    public static void watch(AtomicBoolean closed, long tickMillis, Iterable<? extends Deadlined> connections) {
        while (!closed.get()) {
            try {
                Thread.sleep(tickMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Deadlined connection : connections) {
                connection.expireIfLate(now);
            }
        }
    }

    /**
     * Waits (at most 5 s; it takes microseconds) for a closed server's accept loop to end, unless called from that
     * loop: a thread blocked in {@code accept} holds the listening socket until the JDK's signal wakes it, so the port
     * is free only once the loop has ended.
     *
     * @param acceptor the accept loop's thread
     */
    public static void awaitEnd(Thread acceptor) {
        if (Thread.currentThread() == acceptor) {
            return;
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
