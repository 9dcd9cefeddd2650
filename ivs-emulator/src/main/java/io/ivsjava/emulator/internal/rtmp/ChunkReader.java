package io.ivsjava.emulator.internal.rtmp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reassembles RTMP messages from the chunk stream a peer sends: basic headers with one-, two- and three-byte chunk
 * stream ids, message headers of formats 0 to 3, extended timestamps (also repeated on format-3 chunks), timestamp
 * deltas, interleaved chunk streams, the peer's Set Chunk Size and Abort.
 *
 * <p>Bounded: a message longer than {@link #maxMessageBytes(int)} allows, more than {@code maxChunkStreams} chunk
 * streams, more than {@code maxPendingBytes} held in partial messages, or a buffer the shared {@link MemoryBudget}
 * refuses, ends the connection with a {@link ProtocolException}. A message's buffer is allocated when its first
 * chunk arrives and given back to the budget when it completes or the reader is {@linkplain #close() closed}.
 *
 * <p>Not thread-safe: one reader per connection, used by its thread.
 */
final class ChunkReader implements AutoCloseable {
    /** The chunk size until the peer sets one. */
    static final int DEFAULT_CHUNK_SIZE = 128;
    /** The largest chunk size RTMP allows (31 bits). */
    static final int MAX_CHUNK_SIZE = 0x7FFFFFFF;

    /** One chunk stream's previous header and the message being reassembled on it. */
    private static final class ChunkStream {
        long timestamp;
        long timestampField;
        int length;
        int type;
        int streamId;
        boolean extended;
        byte[] buffer;
        int filled;
        long messageTimestamp;
    }

    private final InputStream in;
    private final MemoryBudget budget;
    private final int maxChunkStreams;
    private final long maxPendingBytes;
    private final Map<Integer, ChunkStream> streams = new HashMap<>();
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private int maxMessageBytes;
    private long pendingBytes;
    private long bytesRead;

    /**
     * A reader.
     *
     * @param in the peer's bytes (buffer it: the reader reads headers a few bytes at a time)
     * @param budget the server-wide budget for partial messages
     * @param maxMessageBytes the longest message accepted
     * @param maxChunkStreams how many chunk streams the peer may use
     * @param maxPendingBytes how many bytes partial messages of this connection may hold
     */
    ChunkReader(InputStream in, MemoryBudget budget, int maxMessageBytes, int maxChunkStreams, long maxPendingBytes) {
        this.in = in;
        this.budget = budget;
        this.maxMessageBytes = maxMessageBytes;
        this.maxChunkStreams = maxChunkStreams;
        this.maxPendingBytes = maxPendingBytes;
    }

    /**
     * Changes the longest message accepted from now on (a publisher's video needs more than commands do).
     *
     * @param bytes the new limit
     */
    void maxMessageBytes(int bytes) {
        this.maxMessageBytes = bytes;
    }

    /**
     * Applies the peer's Set Chunk Size.
     *
     * @param size the new size, 1 to 2^31-1
     * @throws ProtocolException if out of range
     */
    void chunkSize(long size) throws ProtocolException {
        if (size < 1 || size > MAX_CHUNK_SIZE) {
            throw new ProtocolException("Set Chunk Size " + size + " is out of range 1..2^31-1");
        }
        this.chunkSize = (int) size;
    }

    /**
     * Applies the peer's Abort: the partial message on a chunk stream is dropped.
     *
     * @param chunkStreamId the chunk stream
     */
    void abort(long chunkStreamId) {
        ChunkStream cs = chunkStreamId > 65599 ? null : streams.get((int) chunkStreamId);
        if (cs != null) {
            drop(cs);
        }
    }

    /** {@return how many bytes have been read, for acknowledgements} */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * Reads chunks until a message is complete.
     *
     * @return the message
     * @throws EOFException if the peer closed the connection, cleanly or mid-chunk
     * @throws ProtocolException if the chunks are malformed or exceed a limit
     * @throws IOException if reading fails
     */
    Message next() throws IOException {
        while (true) {
            Message m = chunk();
            if (m != null) {
                return m;
            }
        }
    }

    private Message chunk() throws IOException {
        int b0 = u8();
        int format = b0 >>> 6;
        int csid = b0 & 0x3F;
        if (csid == 0) {
            csid = 64 + u8();
        } else if (csid == 1) {
            csid = 64 + u8() + (u8() << 8);
        }
        ChunkStream cs = streams.get(csid);
        if (cs == null) {
            if (format > 1) {
                throw new ProtocolException("chunk stream " + csid + " starts with a format-" + format
                        + " chunk, which needs a previous header");
            }
            if (streams.size() >= maxChunkStreams) {
                throw new ProtocolException("more than " + maxChunkStreams + " chunk streams");
            }
            cs = new ChunkStream();
            streams.put(csid, cs);
        }
        if (format < 3 && cs.buffer != null) {
            drop(cs); // a new header before the previous message completed: that message is lost
        }
        boolean newMessage = cs.buffer == null;
        if (format < 3) {
            long field = u24();
            if (format < 2) {
                cs.length = (int) u24();
                cs.type = u8();
                if (format == 0) {
                    cs.streamId = (int) u32le();
                }
            }
            cs.extended = field == 0xFFFFFF;
            if (cs.extended) {
                field = u32();
            }
            cs.timestampField = field;
            cs.timestamp = format == 0 ? field : (cs.timestamp + field) & 0xFFFFFFFFL;
        } else {
            long field = cs.extended ? u32() : cs.timestampField;
            if (newMessage) {
                // A format-3 chunk that starts a message repeats the previous delta (or absolute time).
                cs.timestampField = field;
                cs.timestamp = (cs.timestamp + field) & 0xFFFFFFFFL;
            }
        }
        if (newMessage) {
            start(cs);
        }
        int n = Math.min(chunkSize, cs.length - cs.filled);
        readFully(cs.buffer, cs.filled, n);
        cs.filled += n;
        if (cs.filled < cs.length) {
            return null;
        }
        Message m = new Message(cs.type, cs.streamId, cs.messageTimestamp, cs.buffer);
        release(cs);
        return m;
    }

    private void start(ChunkStream cs) throws ProtocolException {
        int length = cs.length;
        if (length > maxMessageBytes) {
            throw new ProtocolException("a message of " + length + " bytes; at most " + maxMessageBytes
                    + " are accepted here");
        }
        if (pendingBytes + length > maxPendingBytes) {
            throw new ProtocolException("partial messages would hold " + (pendingBytes + length)
                    + " bytes; at most " + maxPendingBytes + " per connection");
        }
        if (!budget.reserve(length)) {
            throw new ProtocolException("the server's memory budget for partial messages is exhausted");
        }
        pendingBytes += length;
        cs.buffer = new byte[length];
        cs.filled = 0;
        cs.messageTimestamp = cs.timestamp;
    }

    private void release(ChunkStream cs) {
        budget.release(cs.length);
        pendingBytes -= cs.length;
        cs.buffer = null;
        cs.filled = 0;
    }

    private void drop(ChunkStream cs) {
        if (cs.buffer != null) {
            release(cs);
        }
    }

    /** Gives the partial messages' bytes back to the budget. */
    @Override
    public void close() {
        streams.values().forEach(this::drop);
        streams.clear();
    }

    private void readFully(byte[] b, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int r = in.read(b, off + done, len - done);
            if (r < 0) {
                throw new EOFException("the peer closed the connection in the middle of a chunk");
            }
            done += r;
        }
        bytesRead += len;
    }

    private int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the peer closed the connection");
        }
        bytesRead++;
        return b;
    }

    private long u24() throws IOException {
        return ((long) u8() << 16) | (u8() << 8) | u8();
    }

    private long u32() throws IOException {
        return ((long) u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
    }

    private long u32le() throws IOException {
        return u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
    }
}
