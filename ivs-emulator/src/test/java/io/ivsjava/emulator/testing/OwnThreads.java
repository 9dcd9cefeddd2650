package io.ivsjava.emulator.testing;

import java.util.concurrent.Executor;

/**
 * Test-only: an executor that runs each task on a new daemon thread of its own, for blocking reads of a process's
 * output or a socket. On JDK 25, {@code CompletableFuture.supplyAsync} without an executor uses the common pool even
 * when it has a single thread (2 cores), where one blocked read starves the next: the second drain of a process
 * waits for the first to end while the process blocks on the full pipe of the second.
 *
 * <p>Thread-safe.
 */
public final class OwnThreads {
    private OwnThreads() {
    }

    /**
     * An executor starting one daemon thread per task.
     *
     * @param name the threads' name
     * @return the executor
     */
    public static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
