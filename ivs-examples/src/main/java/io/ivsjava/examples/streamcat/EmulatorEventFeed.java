package io.ivsjava.examples.streamcat;

import io.ivsjava.emulator.IvsEmulator;
import java.util.function.Consumer;

/**
 * The embedded emulator's in-process event feed: the EventBridge-shaped JSON of the stream, stage and composition
 * events its simulations imply, handed to the backend as if EventBridge had posted it to {@code /events}.
 *
 * <p>Thread-safe.
 */
final class EmulatorEventFeed {
    private EmulatorEventFeed() {
    }

    /**
     * Delivers the emulator's events to a sink until closed.
     *
     * @param emulator the embedded emulator
     * @param sink what receives each event's JSON, on the thread whose call or simulation caused it
     * @return what stops the feed
     */
    static AutoCloseable connect(IvsEmulator emulator, Consumer<String> sink) {
        emulator.addEventListener(sink);
        return () -> emulator.removeEventListener(sink);
    }
}
