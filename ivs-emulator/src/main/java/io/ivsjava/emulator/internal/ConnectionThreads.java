package io.ivsjava.emulator.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the emulator's connections, one per connection: virtual threads where the JDK has them (21 and
 * later, unless the system property {@code ivs.emulator.platformThreads} is true), otherwise daemon platform
 * threads with a small stack. Shared by the HTTP transport and the RTMP server.
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
}
