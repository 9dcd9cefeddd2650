package io.ivsjava.emulator.internal.rtmp;

import java.net.ProtocolException;

/**
 * What an MPEG-4 {@code AudioSpecificConfig} (ISO/IEC 14496-3 1.6.2.1, the AAC sequence header RTMP carries) says:
 * the audio object type, the output sample rate and the channel count. Explicitly signalled SBR (HE-AAC) and
 * parametric stereo (HE-AAC v2) report their output rate and two channels.
 *
 * @param objectType the audio object type, such as 2 for AAC LC
 * @param sampleRate samples per second
 * @param channels the channel count; 0 when a program config element defines it
 */
record AudioSpecificConfig(int objectType, int sampleRate, int channels) {
    private static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025,
        8000, 7350};
    private static final int[] CHANNELS = {0, 1, 2, 3, 4, 5, 6, 8, 0, 0, 0, 7, 8, 24, 8, 0};

    /**
     * Parses the config.
     *
     * @param data the bytes
     * @param offset where the config starts
     * @param length its length
     * @return the config
     * @throws ProtocolException if it is cut short or names a reserved sample rate
     */
    static AudioSpecificConfig parse(byte[] data, int offset, int length) throws ProtocolException {
        BitReader r = new BitReader(data, offset, length);
        int type = objectType(r);
        int rate = rate(r);
        int channels = CHANNELS[(int) r.bits(4)];
        if (type == 5 || type == 29) { // explicit SBR (and PS): the extension's rate is the output rate
            rate = rate(r);
            if (type == 29) {
                channels = 2;
            }
        }
        return new AudioSpecificConfig(type, rate, channels);
    }

    private static int objectType(BitReader r) throws ProtocolException {
        int type = (int) r.bits(5);
        return type == 31 ? 32 + (int) r.bits(6) : type;
    }

    private static int rate(BitReader r) throws ProtocolException {
        int index = (int) r.bits(4);
        if (index == 15) {
            return (int) r.bits(24);
        }
        if (index >= RATES.length) {
            throw new ProtocolException("AAC sampling frequency index " + index + " is reserved");
        }
        return RATES[index];
    }

    /** {@return the RFC 6381 codec string, such as {@code mp4a.40.2}} */
    String codec() {
        return "mp4a.40." + objectType;
    }
}
