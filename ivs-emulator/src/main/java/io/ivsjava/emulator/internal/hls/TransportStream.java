package io.ivsjava.emulator.internal.hls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one program of an MPEG transport stream (ISO/IEC 13818-1) as HLS segments carry it: 188-byte packets, a
 * PAT and a PMT at the start of each segment, PES packets with PTS (and DTS where it differs), a PCR on the
 * program's clock track, and a continuity counter per PID that runs on across segments. The program has an H.264
 * track (stream type 0x1B), an AAC track in ADTS (0x0F), or both, and always a timed ID3 metadata track (0x15,
 * private stream 1), described by the metadata pointer and metadata descriptors of Apple's HLS timed metadata
 * specification, which is how hls.js and FFmpeg recognise it.
 *
 * <p>Not thread-safe: one per stream, used under the stream's lock.
 */
final class TransportStream {
    static final int PACKET = 188;
    static final int VIDEO_PID = 0x100;
    static final int AUDIO_PID = 0x101;
    static final int ID3_PID = 0x102;
    private static final int PMT_PID = 0x1000;
    private static final byte[] ID3 = "ID3 ".getBytes(StandardCharsets.US_ASCII);
    private static final int[] CRC = crcTable();

    private final boolean video;
    private final boolean audio;
    private final int pcrPid;
    private final int[] counters = new int[0x2000];

    /**
     * A program with the given tracks; the ID3 track is always there.
     *
     * @param video whether it has H.264 video
     * @param audio whether it has AAC audio
     */
    TransportStream(boolean video, boolean audio) {
        this.video = video;
        this.audio = audio;
        this.pcrPid = video ? VIDEO_PID : AUDIO_PID;
    }

    /**
     * Writes the PAT and the PMT, as each segment begins.
     *
     * @param out the segment
     */
    void tables(ByteArrayOutputStream out) {
        Section pat = new Section(0x00);
        pat.u16(1).u8(0xC1).u8(0).u8(0).u16(1).u16(0xE000 | PMT_PID);
        section(out, 0, pat.done());

        Section pmt = new Section(0x02);
        pmt.u16(1).u8(0xC1).u8(0).u8(0).u16(0xE000 | pcrPid);
        // metadata_pointer_descriptor: the program carries ID3 metadata, in this program.
        pmt.u16(0xF000 | 17).u8(0x25).u8(15).u16(0xFFFF).bytes(ID3).u8(0xFF).bytes(ID3).u8(0).u8(0x1F).u16(1);
        if (video) {
            pmt.u8(0x1B).u16(0xE000 | VIDEO_PID).u16(0xF000);
        }
        if (audio) {
            pmt.u8(0x0F).u16(0xE000 | AUDIO_PID).u16(0xF000);
        }
        // metadata_descriptor: format "ID3 ", no decoder config, carried in PES.
        pmt.u8(0x15).u16(0xE000 | ID3_PID).u16(0xF000 | 15)
                .u8(0x26).u8(13).u16(0xFFFF).bytes(ID3).u8(0xFF).bytes(ID3).u8(0).u8(0x0F);
        section(out, PMT_PID, pmt.done());
    }

    /**
     * Writes one PES packet, split into transport packets.
     *
     * @param out the segment
     * @param pid the track's PID
     * @param streamId the PES stream id (0xE0 video, 0xC0 audio, 0xBD metadata)
     * @param payload the elementary stream bytes
     * @param pts the presentation time, 90 kHz
     * @param dts the decoding time, 90 kHz; equal to {@code pts} to write no DTS
     * @param randomAccess whether a decoder can start here (an IDR frame)
     */
    void pes(ByteArrayOutputStream out, int pid, int streamId, byte[] payload, long pts, long dts,
             boolean randomAccess) {
        boolean withDts = dts != pts;
        int headerData = withDts ? 10 : 5;
        byte[] pes = new byte[9 + headerData + payload.length];
        pes[2] = 1;
        pes[3] = (byte) streamId;
        int length = 3 + headerData + payload.length;
        if (length <= 0xFFFF && streamId != 0xE0) {
            pes[4] = (byte) (length >> 8);
            pes[5] = (byte) length;
        }
        pes[6] = (byte) 0x84;
        pes[7] = (byte) (withDts ? 0xC0 : 0x80);
        pes[8] = (byte) headerData;
        timestamp(pes, 9, withDts ? 0x3 : 0x2, pts);
        if (withDts) {
            timestamp(pes, 14, 0x1, dts);
        }
        System.arraycopy(payload, 0, pes, 9 + headerData, payload.length);
        long pcr = pid == pcrPid ? Math.max(0, dts - 9000) : -1;
        packets(out, pid, pes, randomAccess, pcr);
    }

    /**
     * An ID3v2.4 tag with one {@code TXXX} (user-defined text) frame, UTF-8, with an empty description: how timed
     * metadata text reaches players as a text cue.
     *
     * @param text the metadata
     * @return the tag
     */
    static byte[] id3(String text) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        int frameBody = 1 + 1 + value.length + 1;
        int tagBody = 10 + frameBody;
        byte[] tag = new byte[10 + tagBody];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 4;
        syncSafe(tag, 6, tagBody);
        tag[10] = 'T';
        tag[11] = 'X';
        tag[12] = 'X';
        tag[13] = 'X';
        syncSafe(tag, 14, frameBody);
        tag[20] = 3;
        System.arraycopy(value, 0, tag, 22, value.length);
        return tag;
    }

    private static void syncSafe(byte[] b, int off, int value) {
        b[off] = (byte) ((value >> 21) & 0x7F);
        b[off + 1] = (byte) ((value >> 14) & 0x7F);
        b[off + 2] = (byte) ((value >> 7) & 0x7F);
        b[off + 3] = (byte) (value & 0x7F);
    }

    private static void timestamp(byte[] b, int off, int prefix, long ts) {
        long t = ts & 0x1FFFFFFFFL;
        b[off] = (byte) ((prefix << 4) | (int) ((t >> 29) & 0x0E) | 1);
        b[off + 1] = (byte) (t >> 22);
        b[off + 2] = (byte) (((t >> 14) & 0xFE) | 1);
        b[off + 3] = (byte) (t >> 7);
        b[off + 4] = (byte) (((t << 1) & 0xFE) | 1);
    }

    /** Splits a PES packet into transport packets; the first one carries the PCR and the random access flag. */
    private void packets(ByteArrayOutputStream out, int pid, byte[] pes, boolean randomAccess, long pcr) {
        byte[] packet = new byte[PACKET];
        int pos = 0;
        boolean first = true;
        while (pos < pes.length) {
            boolean flags = first && (randomAccess || pcr >= 0);
            int minAdaptation = flags ? 2 + (pcr >= 0 ? 6 : 0) : 0;
            int remaining = pes.length - pos;
            int payload = Math.min(remaining, 184 - minAdaptation);
            int adaptation = 184 - payload;
            packet[0] = 0x47;
            packet[1] = (byte) ((first ? 0x40 : 0) | (pid >> 8));
            packet[2] = (byte) pid;
            packet[3] = (byte) ((adaptation > 0 ? 0x30 : 0x10) | next(pid));
            int p = 4;
            if (adaptation > 0) {
                packet[p++] = (byte) (adaptation - 1);
                if (adaptation > 1) {
                    int flagByte = p++;
                    packet[flagByte] = 0;
                    if (flags && randomAccess) {
                        packet[flagByte] |= 0x40;
                    }
                    if (flags && pcr >= 0) {
                        packet[flagByte] |= 0x10;
                        long base = pcr & 0x1FFFFFFFFL;
                        packet[p++] = (byte) (base >> 25);
                        packet[p++] = (byte) (base >> 17);
                        packet[p++] = (byte) (base >> 9);
                        packet[p++] = (byte) (base >> 1);
                        packet[p++] = (byte) (((base & 1) << 7) | 0x7E);
                        packet[p++] = 0;
                    }
                    while (p < 4 + adaptation) {
                        packet[p++] = (byte) 0xFF;
                    }
                }
            }
            System.arraycopy(pes, pos, packet, p, payload);
            out.write(packet, 0, PACKET);
            pos += payload;
            first = false;
        }
    }

    /** One PSI section in one packet (ours are short), with its pointer field and stuffing. */
    private void section(ByteArrayOutputStream out, int pid, byte[] section) {
        byte[] packet = new byte[PACKET];
        java.util.Arrays.fill(packet, (byte) 0xFF);
        packet[0] = 0x47;
        packet[1] = (byte) (0x40 | (pid >> 8));
        packet[2] = (byte) pid;
        packet[3] = (byte) (0x10 | next(pid));
        packet[4] = 0;
        System.arraycopy(section, 0, packet, 5, section.length);
        out.write(packet, 0, PACKET);
    }

    private int next(int pid) {
        int cc = counters[pid];
        counters[pid] = (cc + 1) & 0xF;
        return cc;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int c = i << 24;
            for (int j = 0; j < 8; j++) {
                c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
            }
            table[i] = c;
        }
        return table;
    }

    /** A PSI section being written: table id, length, body, CRC-32/MPEG-2. */
    private static final class Section {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final int tableId;

        Section(int tableId) {
            this.tableId = tableId;
        }

        Section u8(int v) {
            body.write(v);
            return this;
        }

        Section u16(int v) {
            body.write(v >> 8);
            body.write(v);
            return this;
        }

        Section bytes(byte[] b) {
            body.write(b, 0, b.length);
            return this;
        }

        byte[] done() {
            byte[] b = body.toByteArray();
            int length = b.length + 4;
            byte[] s = new byte[3 + length];
            s[0] = (byte) tableId;
            s[1] = (byte) (0xB0 | (length >> 8));
            s[2] = (byte) length;
            System.arraycopy(b, 0, s, 3, b.length);
            int crc = 0xFFFFFFFF;
            for (int i = 0; i < 3 + b.length; i++) {
                crc = (crc << 8) ^ CRC[((crc >>> 24) ^ s[i]) & 0xFF];
            }
            s[s.length - 4] = (byte) (crc >>> 24);
            s[s.length - 3] = (byte) (crc >>> 16);
            s[s.length - 2] = (byte) (crc >>> 8);
            s[s.length - 1] = (byte) crc;
            return s;
        }
    }
}
