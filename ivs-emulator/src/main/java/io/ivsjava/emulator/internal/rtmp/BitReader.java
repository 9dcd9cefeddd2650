package io.ivsjava.emulator.internal.rtmp;

import java.net.ProtocolException;

/**
 * Reads bits most significant first, and H.264's Exp-Golomb codes ({@code ue(v)}, {@code se(v)}). Reading past the
 * end, or a code longer than 32 bits, is a {@link ProtocolException}.
 *
 * <p>Not thread-safe.
 */
final class BitReader {
    private final byte[] data;
    private final int end;
    private long pos;

    BitReader(byte[] data, int offset, int length) {
        this.data = data;
        this.pos = (long) offset * 8;
        this.end = offset + length;
    }

    /**
     * Reads bits.
     *
     * @param n 0 to 32
     * @return them, as an unsigned value
     * @throws ProtocolException if fewer remain
     */
    long bits(int n) throws ProtocolException {
        if (pos + n > (long) end * 8) {
            throw new ProtocolException("bit field cut short: " + n + " bits needed at bit " + pos);
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int b = data[(int) (pos >>> 3)] >>> (7 - (int) (pos & 7)) & 1;
            v = (v << 1) | b;
            pos++;
        }
        return v;
    }

    boolean flag() throws ProtocolException {
        return bits(1) == 1;
    }

    /** {@return an unsigned Exp-Golomb code, {@code ue(v)}} */
    long ue() throws ProtocolException {
        int zeros = 0;
        while (bits(1) == 0) {
            if (++zeros > 31) {
                throw new ProtocolException("Exp-Golomb code longer than 32 bits");
            }
        }
        return (1L << zeros) - 1 + bits(zeros);
    }

    /** {@return a signed Exp-Golomb code, {@code se(v)}} */
    long se() throws ProtocolException {
        long k = ue();
        return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
    }

    /**
     * Removes H.264's emulation prevention bytes (the {@code 03} of each {@code 00 00 03}) from a NAL unit.
     *
     * @param nal the NAL unit as sent
     * @param offset where it starts
     * @param length its length
     * @return its raw bytes (RBSP with the header)
     */
    static byte[] unescape(byte[] nal, int offset, int length) {
        byte[] out = new byte[length];
        int n = 0;
        int zeros = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = nal[i] & 0xFF;
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            out[n++] = (byte) b;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
