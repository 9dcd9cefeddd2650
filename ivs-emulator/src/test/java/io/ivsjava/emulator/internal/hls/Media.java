package io.ivsjava.emulator.internal.hls;

import java.io.ByteArrayOutputStream;

/** Test-only: FLV tag bodies of H.264 and AAC, built bit by bit, for feeding a sink without FFmpeg. */
final class Media {
    static final byte[] PPS = {0x68, (byte) 0xCE, 0x38, (byte) 0x80};

    private Media() {
    }

    /**
     * A baseline-profile SPS for a picture size, cropped as encoders do for heights that are not multiples of 16.
     *
     * @param width a multiple of 16
     * @param height any height up to a multiple of 16 above it
     * @return the SPS NAL unit
     */
    static byte[] sps(int width, int height) {
        Bits w = new Bits();
        w.put(0x67, 8).put(66, 8).put(0xC0, 8).put(31, 8);
        w.ue(0).ue(0).ue(2).ue(1).put(0, 1);
        int mbsHigh = (height + 15) / 16;
        w.ue(width / 16 - 1).ue(mbsHigh - 1).put(1, 1).put(1, 1);
        int crop = mbsHigh * 16 - height;
        if (crop > 0) {
            w.put(1, 1).ue(0).ue(0).ue(0).ue(crop / 2);
        } else {
            w.put(0, 1);
        }
        w.put(0, 1).put(1, 1);
        return w.bytes();
    }

    /** The sequence header tag body: an AVCDecoderConfigurationRecord with one SPS and one PPS. */
    static byte[] avcConfig(byte[] sps) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x17, 0, 0, 0, 0, 1, sps[1], sps[2], sps[3], (byte) 0xFF, (byte) 0xE1});
        b.write(sps.length >> 8);
        b.write(sps.length);
        b.writeBytes(sps);
        b.write(1);
        b.write(0);
        b.write(PPS.length);
        b.writeBytes(PPS);
        return b.toByteArray();
    }

    /**
     * A video frame: one slice NAL unit (IDR for a key frame) of the given size, 4-byte length prefixed.
     *
     * @param key whether it is a key frame
     * @param size the slice's size in bytes
     * @param ctsMs the composition time offset
     * @return the tag body
     */
    static byte[] frame(boolean key, int size, int ctsMs) {
        byte[] b = new byte[9 + size];
        b[0] = (byte) (key ? 0x17 : 0x27);
        b[1] = 1;
        b[2] = (byte) (ctsMs >> 16);
        b[3] = (byte) (ctsMs >> 8);
        b[4] = (byte) ctsMs;
        b[5] = (byte) (size >> 24);
        b[6] = (byte) (size >> 16);
        b[7] = (byte) (size >> 8);
        b[8] = (byte) size;
        b[9] = (byte) (key ? 0x65 : 0x41);
        for (int i = 10; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    /** The AAC sequence header: AAC LC, 44.1 kHz, stereo. */
    static byte[] aacConfig() {
        return new byte[] {(byte) 0xAF, 0, 0x12, 0x10};
    }

    /** A raw AAC frame's tag body. */
    static byte[] aacFrame(int size) {
        byte[] b = new byte[2 + size];
        b[0] = (byte) 0xAF;
        b[1] = 1;
        for (int i = 2; i < b.length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** A big-endian bit writer with Exp-Golomb codes. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int count;

        Bits put(int value, int bits) {
            for (int i = bits - 1; i >= 0; i--) {
                current = (current << 1) | ((value >> i) & 1);
                if (++count == 8) {
                    out.write(current);
                    current = 0;
                    count = 0;
                }
            }
            return this;
        }

        Bits ue(int value) {
            int v = value + 1;
            int bits = 32 - Integer.numberOfLeadingZeros(v);
            put(0, bits - 1);
            return put(v, bits);
        }

        byte[] bytes() {
            if (count > 0) {
                put(0, 8 - count);
            }
            return out.toByteArray();
        }
    }
}
