package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat client's WebSocket, after the handshake: who it is (from its token), its reading loop on the
 * connection's own thread, and a writer thread that sends what the room delivers, so that a client that does not
 * read never holds up the API or the room's other clients (past {@link #MAX_QUEUED_BYTES} unsent, it is cut off).
 *
 * <p>Thread-safe: frames may be queued and the connection closed from any thread.
 */
final class ChatConnection implements HttpTransport.Takeover {
    private static final Logger LOG = LoggerFactory.getLogger(ChatConnection.class);

    /** The largest message a client may send, fragments together. */
    static final int MAX_MESSAGE_BYTES = 32 * 1024;
    /** How much may wait unsent for a client before it is cut off as too slow. */
    static final long MAX_QUEUED_BYTES = 1 << 20;
    /** How long a frame may take to arrive once it began. */
    static final long FRAME_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** How long the client has to answer the server's close frame. */
    static final long CLOSE_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** How long a handshake answer may wait for its connection to be taken over. */
    static final long START_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private static final byte[] END = new byte[0];

    private final ChatMessaging messaging;
    private final String roomArn;
    private final String partitionKey;
    private final String userId;
    private final Set<String> capabilities;
    private final ObjectNode attributes;
    private final String ip;
    private final Instant sessionExpires;
    private final ThreadFactory threads;
    private final long created = System.nanoTime();
    private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean expired;
    private volatile long closeDeadline;
    private volatile OutputStream out;
    private volatile WebSocket.Reader reader;

    ChatConnection(ChatMessaging messaging, String roomArn, String partitionKey, String userId,
                   Set<String> capabilities, ObjectNode attributes, String ip, Instant sessionExpires,
                   ThreadFactory threads) {
        this.messaging = messaging;
        this.roomArn = roomArn;
        this.partitionKey = partitionKey;
        this.userId = userId;
        this.capabilities = Set.copyOf(capabilities);
        this.attributes = attributes;
        this.ip = ip;
        this.sessionExpires = sessionExpires;
        this.threads = threads;
    }

    String roomArn() {
        return roomArn;
    }

    String partitionKey() {
        return partitionKey;
    }

    String userId() {
        return userId;
    }

    boolean can(String capability) {
        return capabilities.contains(capability);
    }

    /** {@return the attributes of the token, a private copy} */
    ObjectNode attributes() {
        return attributes.deepCopy();
    }

    String ip() {
        return ip;
    }

    Instant sessionExpires() {
        return sessionExpires;
    }

    @Override
    public void run(InputStream in, OutputStream stream) throws IOException {
        this.out = stream;
        this.started = true;
        if (ended.get()) {
            return;
        }
        Thread writer = threads.newThread(this::writeLoop);
        writer.start();
        WebSocket.Reader frames = new WebSocket.Reader(in, MAX_MESSAGE_BYTES);
        this.reader = frames;
        try {
            read(frames);
        } catch (WebSocket.ProtocolException e) {
            LOG.debug("chat client of room {} broke the WebSocket protocol: {}", roomArn, e.getMessage());
            close(e.code(), e.getMessage());
        } catch (EOFException e) {
            LOG.trace("chat client of room {} went away", roomArn);
        } finally {
            messaging.unregister(this);
            queue.add(END);
            try {
                writer.join(TimeUnit.NANOSECONDS.toMillis(CLOSE_DEADLINE_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
        }
    }

    private void read(WebSocket.Reader frames) throws IOException {
        while (true) {
            WebSocket.Message message = frames.next();
            switch (message.opcode()) {
                case WebSocket.TEXT:
                    if (!closing.get()) {
                        messaging.received(this, message.text());
                    }
                    break;
                case WebSocket.BINARY:
                    close(WebSocket.UNSUPPORTED_DATA, "The chat messaging API takes JSON text messages only.");
                    break;
                case WebSocket.PING:
                    send(WebSocket.frame(WebSocket.PONG, message.payload()));
                    break;
                case WebSocket.CLOSE:
                    if (closing.compareAndSet(false, true)) {
                        int code = message.closeCode();
                        enqueue(WebSocket.close(code == 1005 ? WebSocket.NORMAL : code, ""));
                    }
                    return;
                default:
                    break; // a pong: nothing to do
            }
        }
    }

    private void writeLoop() {
        try {
            while (true) {
                byte[] frame = queue.take();
                if (frame == END) {
                    return;
                }
                OutputStream stream = out;
                stream.write(frame);
                stream.flush();
                queued.addAndGet(-frame.length);
            }
        } catch (IOException e) {
            abort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
        }
    }

    /**
     * Queues a frame for the client; does nothing once the connection is closing (nothing may follow a close
     * frame). A client that leaves more than {@link #MAX_QUEUED_BYTES} unread is cut off.
     *
     * @param frame the frame
     */
    void send(byte[] frame) {
        if (!closing.get()) {
            enqueue(frame);
        }
    }

    private void enqueue(byte[] frame) {
        if (ended.get()) {
            return;
        }
        if (queued.addAndGet(frame.length) > MAX_QUEUED_BYTES) {
            LOG.debug("chat client of room {} reads too slowly; it is cut off", roomArn);
            abort();
            return;
        }
        queue.add(frame);
    }

    /**
     * Starts the closing handshake: a close frame to the client, whose answer ends the connection (or, after
     * {@link #CLOSE_DEADLINE_NANOS}, the watchdog does). Does nothing if it is already closing.
     *
     * @param code the close code
     * @param reason why, for the client
     */
    void close(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            closeDeadline = System.nanoTime() + CLOSE_DEADLINE_NANOS;
            enqueue(WebSocket.close(code, reason));
            if (!started) {
                abort();
            }
        }
    }

    /** Ends the connection at once: the socket is closed under both threads, and the connection forgotten. */
    void abort() {
        ended.set(true);
        closing.set(true);
        messaging.unregister(this);
        OutputStream stream = out;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /**
     * The watchdog's look at this connection: a handshake never taken over, a frame stalled half-way, or a close
     * never answered ends it; a session past its end (by the emulator's clock) gets error 401 and is closed.
     *
     * @param now the emulator's time
     */
    void checkDeadlines(Instant now) {
        long nanos = System.nanoTime();
        WebSocket.Reader frames = reader;
        long frameStarted = frames == null ? 0 : frames.busy();
        if (!started && nanos - created > START_DEADLINE_NANOS) {
            abort();
        } else if (frameStarted != 0 && nanos - frameStarted > FRAME_DEADLINE_NANOS) {
            LOG.debug("chat client of room {} stalled in the middle of a frame; it is cut off", roomArn);
            abort();
        } else if (closing.get() && closeDeadline != 0 && nanos - closeDeadline > 0) {
            abort();
        } else if (!closing.get() && !expired && !now.isBefore(sessionExpires)) {
            expired = true;
            messaging.sessionExpired(this);
        }
    }
}
