package io.ivsjava.emulator.internal.rtmp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes RTMP messages as chunks: a format-0 header, then format-3 continuation chunks of the current chunk size
 * (with the extended timestamp repeated where the timestamp needs one). Each message goes out in one write.
 *
 * <p>Not thread-safe: one writer per connection.
 */
final class ChunkWriter {
    private final OutputStream out;
    private int chunkSize = ChunkReader.DEFAULT_CHUNK_SIZE;

    ChunkWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Changes the chunk size of the following messages; announce it first with a Set Chunk Size message.
     *
     * @param size 1 to 2^31-1
     */
    void chunkSize(int size) {
        this.chunkSize = size;
    }

    /**
     * Writes and flushes one message.
     *
     * @param chunkStreamId 2 to 63
     * @param message the message
     * @throws IOException if the connection fails
     */
    void write(int chunkStreamId, Message message) throws IOException {
        out.write(encode(chunkStreamId, message, chunkSize));
        out.flush();
    }

    /**
     * The chunks of one message.
     *
     * @param chunkStreamId 2 to 63
     * @param m the message
     * @param chunkSize the chunk size
     * @return the bytes
     */
    static byte[] encode(int chunkStreamId, Message m, int chunkSize) {
        byte[] payload = m.payload();
        ByteArrayOutputStream b = new ByteArrayOutputStream(payload.length + 16 + payload.length / chunkSize * 5);
        boolean extended = m.timestamp() >= 0xFFFFFF;
        b.write(chunkStreamId & 0x3F);
        u24(b, extended ? 0xFFFFFF : m.timestamp());
        u24(b, payload.length);
        b.write(m.type());
        int sid = m.streamId();
        b.write(sid);
        b.write(sid >>> 8);
        b.write(sid >>> 16);
        b.write(sid >>> 24);
        if (extended) {
            u32(b, m.timestamp());
        }
        int off = 0;
        do {
            if (off > 0) {
                b.write(0xC0 | (chunkStreamId & 0x3F));
                if (extended) {
                    u32(b, m.timestamp());
                }
            }
            int n = Math.min(chunkSize, payload.length - off);
            b.write(payload, off, n);
            off += n;
        } while (off < payload.length);
        return b.toByteArray();
    }

    private static void u24(ByteArrayOutputStream b, long v) {
        b.write((int) (v >>> 16));
        b.write((int) (v >>> 8));
        b.write((int) v);
    }

    private static void u32(ByteArrayOutputStream b, long v) {
        b.write((int) (v >>> 24));
        u24(b, v);
    }
}
