package io.ivsjava.examples.streamcat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.StreamSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded emulator's in-process event feed: EventBridge-shaped JSON for the stream starts and ends its
 * simulations imply, handed to the backend as if EventBridge had posted it to {@code /events}.
 *
 * <p>This is the one place the feed is wired. {@link #connect} is meant to be
 * {@code emulator.addEventListener(sink)}; until the emulator has that method, a stand-in below derives the same
 * {@code IVS Stream State Change} events by watching the emulator's {@code ListStreams} every
 * {@value #POLL_MILLIS} ms.
 *
 * <p>Thread-safe.
 */
final class EmulatorEventFeed {
    static final long POLL_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorEventFeed.class);

    private EmulatorEventFeed() {
    }

    /**
     * Delivers the emulator's events to a sink until closed.
     *
     * @param emulator the embedded emulator
     * @param connection a connection to it
     * @param sink what receives each event's JSON
     * @return what stops the feed
     */
    static AutoCloseable connect(IvsEmulator emulator, IvsConnection connection, Consumer<String> sink) {
        // Once IvsEmulator.addEventListener is on main, this line is the whole method:
        //     emulator.addEventListener(sink); return () -> { };
        return StreamWatcher.start(emulator, connection, sink);
    }

    /** The stand-in: stream starts and ends as seen through ListStreams, as EventBridge JSON. */
    private static final class StreamWatcher implements AutoCloseable {
        private final IvsEmulator emulator;
        private final IvsLowLatency ivs;
        private final Consumer<String> sink;
        private final ScheduledExecutorService timer;
        private Map<String, String> live = Map.of(); // channel ARN -> stream id; touched by the timer thread only

        private StreamWatcher(IvsEmulator emulator, IvsConnection connection, Consumer<String> sink) {
            this.emulator = emulator;
            this.ivs = IvsLowLatency.connect(connection);
            this.sink = sink;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "emulator-event-feed");
                t.setDaemon(true);
                return t;
            });
        }

        static StreamWatcher start(IvsEmulator emulator, IvsConnection connection, Consumer<String> sink) {
            StreamWatcher watcher = new StreamWatcher(emulator, connection, sink);
            watcher.timer.scheduleWithFixedDelay(watcher::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
            return watcher;
        }

        private void poll() {
            Map<String, String> now;
            try {
                now = ivs.listStreams().collect(Collectors.toMap(s -> s.channel().value(), StreamSummary::streamId,
                        (a, b) -> a));
            } catch (IvsException | IllegalStateException e) {
                LOG.debug("The emulator's streams could not be listed: {}", e.getMessage());
                return;
            }
            Map<String, String> before = live;
            before.forEach((channel, stream) -> {
                if (!stream.equals(now.get(channel))) {
                    emit(channel, stream, "Stream End");
                }
            });
            now.forEach((channel, stream) -> {
                if (!stream.equals(before.get(channel))) {
                    emit(channel, stream, "Stream Start");
                }
            });
            live = new HashMap<>(now);
        }

        private void emit(String channelArn, String streamId, String eventName) {
            ObjectNode event = Http.JSON.createObjectNode();
            event.put("version", "0");
            event.put("id", UUID.randomUUID().toString());
            event.put("detail-type", "IVS Stream State Change");
            event.put("source", "aws.ivs");
            event.put("account", emulator.accountId());
            event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            event.put("region", emulator.region());
            event.putArray("resources").add(channelArn);
            ObjectNode detail = event.putObject("detail");
            detail.put("event_name", eventName);
            // channel_name is left out: ListStreams does not carry it (the emulator's own feed will).
            detail.put("stream_id", streamId);
            try {
                sink.accept(event.toString());
            } catch (RuntimeException e) {
                LOG.warn("The backend failed on an emulator event ({} of {})", eventName, channelArn, e);
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ivs.close();
        }
    }
}
