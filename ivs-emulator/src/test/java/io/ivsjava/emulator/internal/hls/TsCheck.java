package io.ivsjava.emulator.internal.hls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: reads an MPEG transport stream back and checks its framing: 188-byte packets starting with 0x47, the
 * continuity counter of each PID going up by one per packet with payload, a PAT and PMT before any PES, and PES
 * packets with their timestamps.
 */
final class TsCheck {
    /**
     * One PES packet.
     *
     * @param pid its PID
     * @param streamId its stream id
     * @param pts its PTS, 90 kHz
     * @param dts its DTS (its PTS when it has none)
     * @param randomAccess whether its first packet said a decoder can start here
     * @param payload its elementary-stream bytes
     */
    record Pes(int pid, int streamId, long pts, long dts, boolean randomAccess, byte[] payload) {
    }

    final List<Pes> pes = new ArrayList<>();
    /** The PMT's streams: PID to stream type, in PMT order. */
    final Map<Integer, Integer> streams = new LinkedHashMap<>();
    private final Map<Integer, Integer> counters = new HashMap<>();
    private final Map<Integer, ByteArrayOutputStream> open = new HashMap<>();
    private final Map<Integer, Boolean> openRandomAccess = new HashMap<>();
    private int pmtPid = -1;

    /**
     * Reads segments in order, as a player would play them one after another.
     *
     * @param segments the segments
     * @return what they hold
     * @throws AssertionError if the framing is wrong
     */
    static TsCheck read(List<byte[]> segments) {
        TsCheck check = new TsCheck();
        for (byte[] segment : segments) {
            check.segment(segment);
        }
        check.flush();
        return check;
    }

    private void segment(byte[] b) {
        if (b.length % 188 != 0) {
            throw new AssertionError("a segment of " + b.length + " bytes is not whole 188-byte packets");
        }
        if (b.length < 376 || pid(b, 0) != 0) {
            throw new AssertionError("a segment does not start with a PAT");
        }
        for (int p = 0; p < b.length; p += 188) {
            packet(b, p);
        }
    }

    private static int pid(byte[] b, int p) {
        return ((b[p + 1] & 0x1F) << 8) | (b[p + 2] & 0xFF);
    }

    private void packet(byte[] b, int p) {
        if (b[p] != 0x47) {
            throw new AssertionError("packet at " + p + " has no sync byte");
        }
        int pid = pid(b, p);
        boolean start = (b[p + 1] & 0x40) != 0;
        int control = (b[p + 3] >> 4) & 0x3;
        int cc = b[p + 3] & 0xF;
        if ((control & 1) != 0) {
            Integer last = counters.put(pid, cc);
            if (last != null && ((last + 1) & 0xF) != cc) {
                throw new AssertionError("PID " + pid + ": continuity counter " + cc + " after " + last);
            }
        }
        int q = p + 4;
        boolean randomAccess = false;
        if ((control & 2) != 0) {
            int length = b[q] & 0xFF;
            if (length > 0) {
                randomAccess = (b[q + 1] & 0x40) != 0;
            }
            q += 1 + length;
        }
        if ((control & 1) == 0 || q > p + 188) {
            return;
        }
        if (pid == 0) {
            int section = q + 1 + (b[q] & 0xFF);
            pmtPid = ((b[section + 10] & 0x1F) << 8) | (b[section + 11] & 0xFF);
            return;
        }
        if (pid == pmtPid) {
            int s = q + 1 + (b[q] & 0xFF);
            int sectionLength = ((b[s + 1] & 0xF) << 8) | (b[s + 2] & 0xFF);
            int programInfo = ((b[s + 10] & 0xF) << 8) | (b[s + 11] & 0xFF);
            int e = s + 12 + programInfo;
            int end = s + 3 + sectionLength - 4;
            while (e < end) {
                int type = b[e] & 0xFF;
                int esPid = ((b[e + 1] & 0x1F) << 8) | (b[e + 2] & 0xFF);
                int info = ((b[e + 3] & 0xF) << 8) | (b[e + 4] & 0xFF);
                streams.put(esPid, type);
                e += 5 + info;
            }
            return;
        }
        if (pmtPid < 0 || !streams.containsKey(pid)) {
            throw new AssertionError("PID " + pid + " before a PMT that lists it");
        }
        if (start) {
            close(pid);
            open.put(pid, new ByteArrayOutputStream());
            openRandomAccess.put(pid, randomAccess);
        }
        ByteArrayOutputStream pesBytes = open.get(pid);
        if (pesBytes != null) {
            pesBytes.write(b, q, p + 188 - q);
        }
    }

    private void flush() {
        for (Integer pid : new ArrayList<>(open.keySet())) {
            close(pid);
        }
    }

    private void close(int pid) {
        ByteArrayOutputStream bytes = open.remove(pid);
        if (bytes == null) {
            return;
        }
        byte[] b = bytes.toByteArray();
        if (b[0] != 0 || b[1] != 0 || b[2] != 1) {
            throw new AssertionError("PID " + pid + ": a PES without its start code");
        }
        int flags = b[7] & 0xFF;
        int headerLength = b[8] & 0xFF;
        long pts = timestamp(b, 9);
        long dts = (flags & 0x40) != 0 ? timestamp(b, 14) : pts;
        int length = ((b[4] & 0xFF) << 8) | (b[5] & 0xFF);
        int end = length == 0 ? b.length : 6 + length;
        pes.add(new Pes(pid, b[3] & 0xFF, pts, dts, openRandomAccess.get(pid),
                java.util.Arrays.copyOfRange(b, 9 + headerLength, end)));
    }

    private static long timestamp(byte[] b, int p) {
        return ((long) (b[p] & 0x0E) << 29) | ((b[p + 1] & 0xFFL) << 22) | ((long) (b[p + 2] & 0xFE) << 14)
                | ((b[p + 3] & 0xFFL) << 7) | ((b[p + 4] & 0xFFL) >> 1);
    }

    /**
     * The PES packets of one PID.
     *
     * @param pid the PID
     * @return its packets in order
     */
    List<Pes> of(int pid) {
        return pes.stream().filter(p -> p.pid() == pid).toList();
    }
}
