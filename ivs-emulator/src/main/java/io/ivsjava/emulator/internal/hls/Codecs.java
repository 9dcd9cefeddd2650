package io.ivsjava.emulator.internal.hls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the FLV sequence headers say about a stream's codecs, read without decoding anything: H.264's
 * {@code AVCDecoderConfigurationRecord} (its SPS and PPS, the NAL unit length size, the profile and level, and the
 * picture size from the SPS) and AAC's {@code AudioSpecificConfig} (object type, sampling rate, channels), with the
 * ADTS header each raw AAC frame needs in MPEG-TS.
 *
 * <p>Every reader here takes untrusted bytes: a truncated or malformed input gives an empty result, never an
 * exception. Immutable records; thread-safe.
 */
public final class Codecs {
    private static final int[] AAC_RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000,
        11025, 8000, 7350};

    private Codecs() {
    }

    /**
     * An H.264 decoder configuration.
     *
     * @param lengthSize bytes in each NAL unit's length prefix: 1, 2 or 4
     * @param sps the sequence parameter sets
     * @param pps the picture parameter sets
     * @param codec the RFC 6381 codec string, such as {@code avc1.64001F}
     * @param width the picture width in pixels, 0 if the SPS could not be read
     * @param height the picture height in pixels, 0 if the SPS could not be read
     */
    public record Avc(int lengthSize, List<byte[]> sps, List<byte[]> pps, String codec, int width, int height) {
    }

    /**
     * An AAC configuration.
     *
     * @param objectType the audio object type (2 for AAC LC)
     * @param rateIndex the sampling frequency index
     * @param sampleRate the sampling rate in Hz
     * @param channels the channel configuration
     */
    public record Aac(int objectType, int rateIndex, int sampleRate, int channels) {
        /** {@return the RFC 6381 codec string, such as {@code mp4a.40.2}} */
        public String codec() {
            return "mp4a.40." + objectType;
        }

        /**
         * The 7-byte ADTS header of one raw frame (no CRC). ADTS can only say object types 1 to 4; HE-AAC (5, 29)
         * is written as AAC LC, which players then extend implicitly.
         *
         * @param frameLength the raw frame's length in bytes
         * @return the header
         */
        public byte[] adtsHeader(int frameLength) {
            int profile = (objectType >= 1 && objectType <= 4 ? objectType : 2) - 1;
            int length = frameLength + 7;
            return new byte[] {
                (byte) 0xFF, (byte) 0xF1,
                (byte) ((profile << 6) | (rateIndex << 2) | ((channels >> 2) & 0x1)),
                (byte) (((channels & 0x3) << 6) | ((length >> 11) & 0x3)),
                (byte) ((length >> 3) & 0xFF),
                (byte) (((length & 0x7) << 5) | 0x1F),
                (byte) 0xFC};
        }
    }

    /**
     * Reads an {@code AVCDecoderConfigurationRecord}.
     *
     * @param b the bytes
     * @param off where the record starts
     * @return the configuration, empty if the record is malformed or names no SPS
     */
    public static Optional<Avc> avc(byte[] b, int off) {
        try {
            if (b.length - off < 7 || b[off] != 1) {
                return Optional.empty();
            }
            int lengthSize = (b[off + 4] & 0x3) + 1;
            if (lengthSize == 3) {
                return Optional.empty();
            }
            int p = off + 5;
            List<byte[]> sps = new ArrayList<>();
            int count = b[p++] & 0x1F;
            for (int i = 0; i < count; i++) {
                int len = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
                p += 2;
                sps.add(java.util.Arrays.copyOfRange(checked(b, p, len), p, p + len));
                p += len;
            }
            List<byte[]> pps = new ArrayList<>();
            count = b[p++] & 0xFF;
            for (int i = 0; i < count; i++) {
                int len = ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
                p += 2;
                pps.add(java.util.Arrays.copyOfRange(checked(b, p, len), p, p + len));
                p += len;
            }
            if (sps.isEmpty() || sps.get(0).length < 4) {
                return Optional.empty();
            }
            byte[] first = sps.get(0);
            String codec = String.format("avc1.%02X%02X%02X", first[1] & 0xFF, first[2] & 0xFF, first[3] & 0xFF);
            int[] size = pictureSize(first).orElse(new int[] {0, 0});
            return Optional.of(new Avc(lengthSize, List.copyOf(sps), List.copyOf(pps), codec, size[0], size[1]));
        } catch (ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an {@code AudioSpecificConfig}.
     *
     * @param b the bytes
     * @param off where it starts
     * @return the configuration, empty if malformed or at a rate ADTS cannot say
     */
    public static Optional<Aac> aac(byte[] b, int off) {
        if (b.length - off < 2) {
            return Optional.empty();
        }
        Bits bits = new Bits(b, off, b.length);
        int objectType = bits.read(5);
        if (objectType == 31) {
            objectType = 32 + bits.read(6);
        }
        int rateIndex = bits.read(4);
        if (rateIndex >= AAC_RATES.length || bits.overrun()) {
            return Optional.empty();
        }
        int channels = bits.read(4);
        if (bits.overrun() || objectType == 0) {
            return Optional.empty();
        }
        return Optional.of(new Aac(objectType, rateIndex, AAC_RATES[rateIndex], channels));
    }

    /**
     * The picture size a sequence parameter set declares, after cropping.
     *
     * @param sps the SPS NAL unit, with its one-byte header
     * @return width and height, empty if the SPS cannot be read
     */
    static Optional<int[]> pictureSize(byte[] sps) {
        Bits r = new Bits(unescape(sps), 1, Integer.MAX_VALUE);
        int profile = r.read(8);
        r.read(16);
        r.ue();
        int chroma = 1;
        boolean separatePlanes = false;
        if (profile == 100 || profile == 110 || profile == 122 || profile == 244 || profile == 44 || profile == 83
                || profile == 86 || profile == 118 || profile == 128 || profile == 138 || profile == 139
                || profile == 134 || profile == 135) {
            chroma = r.ue();
            if (chroma == 3) {
                separatePlanes = r.read(1) == 1;
            }
            r.ue();
            r.ue();
            r.read(1);
            if (r.read(1) == 1) {
                for (int i = 0; i < (chroma != 3 ? 8 : 12) && !r.overrun(); i++) {
                    if (r.read(1) == 1) {
                        skipScalingList(r, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        r.ue();
        int pocType = r.ue();
        if (pocType == 0) {
            r.ue();
        } else if (pocType == 1) {
            r.read(1);
            r.se();
            r.se();
            int cycle = r.ue();
            for (int i = 0; i < cycle && i < 256 && !r.overrun(); i++) {
                r.se();
            }
        }
        r.ue();
        r.read(1);
        int widthMbs = r.ue() + 1;
        int heightUnits = r.ue() + 1;
        int frameMbsOnly = r.read(1);
        if (frameMbsOnly == 0) {
            r.read(1);
        }
        r.read(1);
        int cropLeft = 0;
        int cropRight = 0;
        int cropTop = 0;
        int cropBottom = 0;
        if (r.read(1) == 1) {
            cropLeft = r.ue();
            cropRight = r.ue();
            cropTop = r.ue();
            cropBottom = r.ue();
        }
        if (r.overrun() || widthMbs > 1024 || heightUnits > 1024) {
            return Optional.empty();
        }
        int arrayType = separatePlanes ? 0 : chroma;
        int cropX = arrayType == 0 ? 1 : (arrayType == 3 ? 1 : 2);
        int cropY = (arrayType == 0 ? 1 : (arrayType == 1 ? 2 : 1)) * (2 - frameMbsOnly);
        int width = widthMbs * 16 - cropX * (cropLeft + cropRight);
        int height = (2 - frameMbsOnly) * heightUnits * 16 - cropY * (cropTop + cropBottom);
        return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
    }

    private static void skipScalingList(Bits r, int size) {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size && !r.overrun(); j++) {
            if (next != 0) {
                next = (last + r.se() + 256) % 256;
            }
            last = next == 0 ? last : next;
        }
    }

    /** The RBSP of a NAL unit: its bytes without the emulation-prevention {@code 0x03} after two zero bytes. */
    private static byte[] unescape(byte[] nal) {
        byte[] out = new byte[nal.length];
        int n = 0;
        int zeros = 0;
        for (byte value : nal) {
            if (zeros >= 2 && value == 3) {
                zeros = 0;
                continue;
            }
            zeros = value == 0 ? zeros + 1 : 0;
            out[n++] = value;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static byte[] checked(byte[] b, int p, int len) {
        if (len < 0 || p + len > b.length) {
            throw new ArrayIndexOutOfBoundsException(p + len);
        }
        return b;
    }

    /** A big-endian bit reader that reads zeros past its end and remembers that it did. */
    private static final class Bits {
        private final byte[] b;
        private final long end;
        private long pos;
        private boolean overrun;

        Bits(byte[] b, int off, int end) {
            this.b = b;
            this.pos = (long) off * 8;
            this.end = (long) Math.min(end, b.length) * 8;
        }

        int read(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                int bit = 0;
                if (pos < end) {
                    bit = (b[(int) (pos >> 3)] >> (7 - (pos & 7))) & 1;
                } else {
                    overrun = true;
                }
                pos++;
                v = (v << 1) | bit;
            }
            return v;
        }

        /** Unsigned Exp-Golomb; at most 31 leading zeros, more is an overrun. */
        int ue() {
            int zeros = 0;
            while (read(1) == 0) {
                if (++zeros > 31 || overrun) {
                    overrun = true;
                    return 0;
                }
            }
            return (int) ((1L << zeros) - 1 + read(zeros));
        }

        int se() {
            int k = ue();
            return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
        }

        boolean overrun() {
            return overrun;
        }
    }
}
