package io.ivsjava.emulator.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Something the extension store closes when its context ends. It is both the store's older
 * {@code CloseableResource} (JUnit before 5.13 closes only those) and an {@link AutoCloseable} (which 5.13 and later
 * close); closing twice does nothing. Thread-safe.
 */
@SuppressWarnings({"deprecation", "try"})
public final class Closer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final AutoCloseable resource;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Wraps a resource.
     *
     * @param resource what to close
     */
    public Closer(AutoCloseable resource) {
        this.resource = resource;
    }

    @Override
    public void close() throws Exception {
        if (closed.compareAndSet(false, true)) {
            resource.close();
        }
    }
}
