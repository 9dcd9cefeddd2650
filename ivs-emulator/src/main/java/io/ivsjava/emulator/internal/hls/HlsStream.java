package io.ivsjava.emulator.internal.hls;

import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live stream remuxed to HLS as it arrives, without re-encoding: H.264 and AAC from FLV tag bodies into MPEG-TS
 * segments, and a sliding-window media playlist over them.
 *
 * <p><b>Segments.</b> A segment starts at a key frame and is cut at the first key frame {@link #TARGET_MS} (2 s)
 * after its start (or up to 100 ms sooner, for timestamp rounding): IVS asks encoders for a 2-second key frame interval, so with such an
 * encoder each segment is one GOP of 2 s. A stream without video is cut every 2 s of audio. A stream whose key
 * frames are further apart than {@link #MAX_SEGMENT_MS} (10 s), or whose segment reaches
 * {@link #MAX_SEGMENT_BYTES}, is cut there anyway (the next segment then starts without a key frame).
 *
 * <p><b>Timestamps.</b> Each track's decode times are made continuous: a jump back of more than 1 s or forward of
 * more than 10 s (a publisher that restarted its clock, a 32-bit wrap) continues the track one frame after its last
 * frame; a small step back is moved just after the last frame. Composition offsets give the PTS.
 *
 * <p><b>Memory.</b> What a stream keeps is bounded whatever the publisher sends: at most {@link #RETAINED} finished
 * segments and {@link #MAX_RETAINED_BYTES} of them (the oldest go first), the segment being written (at most
 * {@link #MAX_SEGMENT_BYTES}), the codec configurations, and at most {@link #MAX_PENDING_METADATA} metadata items
 * waiting for the first segment. A frame over {@link #MAX_FRAME_BYTES} is dropped (video then waits for the next key
 * frame). Bodies that are not H.264 or AAC, or are malformed, are dropped; nothing here throws on input.
 *
 * <p>Thread-safe: the publisher's thread feeds it while players read playlists and segments.
 */
public final class HlsStream implements MediaSink {
    /** The segment length aimed at, in milliseconds: IVS's recommended key frame interval. */
    public static final long TARGET_MS = 2000;
    /** A segment is cut at this length even without a key frame. */
    public static final long MAX_SEGMENT_MS = 10_000;
    /** A segment is cut at this size even without a key frame. */
    public static final int MAX_SEGMENT_BYTES = 16 << 20;
    /** Finished segments kept for players (the playlist lists the newest {@link #LISTED}). */
    public static final int RETAINED = 8;
    /** Segments the live playlist lists. */
    public static final int LISTED = 5;
    /** Bytes of finished segments kept at most. */
    public static final long MAX_RETAINED_BYTES = 48L << 20;
    /** The largest frame taken. */
    public static final int MAX_FRAME_BYTES = 4 << 20;
    /** Metadata items kept while no segment has started yet. */
    public static final int MAX_PENDING_METADATA = 16;

    private static final Logger LOG = LoggerFactory.getLogger(HlsStream.class);
    /** Waiting this much audio without a video configuration makes the stream audio-only. */
    private static final long AUDIO_ONLY_AFTER_MS = 1000;
    /** A key frame this much short of the target still cuts: 60 frames at 30 fps can be 1999 ms in FLV. */
    private static final long CUT_TOLERANCE_MS = 100;
    /** Added to every timestamp, so that PTS minus PCR delay and small reorderings stay positive. */
    private static final long OFFSET_MS = 1400;
    private static final byte[] START_CODE = {0, 0, 0, 1};
    private static final byte[] AUD = {0, 0, 0, 1, 0x09, (byte) 0xF0};

    /**
     * A finished segment.
     *
     * @param sequence its media sequence number
     * @param bytes the MPEG-TS bytes (not to be modified)
     * @param durationMs its length
     * @param programDateTime the wall-clock time of its first frame
     * @param videoFrames how many video frames it holds
     */
    public record Segment(long sequence, byte[] bytes, long durationMs, Instant programDateTime, int videoFrames) {
    }

    /**
     * What the multivariant playlist says of the stream.
     *
     * @param codecs the RFC 6381 codec strings, comma-separated
     * @param width the picture width, 0 if unknown or no video
     * @param height the picture height, 0 if unknown or no video
     * @param bandwidth the peak bit rate over the kept segments
     * @param frameRate frames per second over the kept segments, 0 without video
     */
    public record Variant(String codecs, int width, int height, long bandwidth, double frameRate) {
    }

    private final String channelArn;
    private final String streamId;
    private final Clock clock;

    private Codecs.Avc avc;
    private Codecs.Aac aac;
    private TransportStream ts;
    private boolean hasVideo;
    private boolean hasAudio;
    private boolean ended;
    private long endedNanos;
    private boolean waitForKey;
    private final Track video = new Track();
    private final Track audio = new Track();
    private long firstAudioInput = Long.MIN_VALUE;
    private Instant firstWall;
    private long firstMediaMs;

    private ByteArrayOutputStream current;
    private long segmentStart;
    private int segmentFrames;
    private int segmentMedia;
    private long nextSequence;
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    private long retainedBytes;
    private long longestMs;
    private final List<String> pendingMetadata = new ArrayList<>();
    private final boolean[] warned = new boolean[4];

    /**
     * A new stream's output.
     *
     * @param channelArn the channel it plays on
     * @param streamId the stream's id
     * @param clock gives the wall-clock time of the first frame, for {@code #EXT-X-PROGRAM-DATE-TIME}
     */
    public HlsStream(String channelArn, String streamId, Clock clock) {
        this.channelArn = channelArn;
        this.streamId = streamId;
        this.clock = clock;
    }

    /** {@return the stream's id} */
    public String streamId() {
        return streamId;
    }

    @Override
    public synchronized void video(long timestampMs, byte[] body) {
        if (ended || body.length < 2) {
            return;
        }
        int frameType = (body[0] >> 4) & 0x7;
        if ((body[0] & 0x80) != 0 || (body[0] & 0x0F) != 7) {
            warnOnce(0, "video that is not H.264 (FLV codec id {})", body[0] & 0x0F);
            return;
        }
        if (frameType == 5 || body.length < 5) {
            return;
        }
        if (body[1] == 0) {
            Codecs.avc(body, 5).ifPresentOrElse(c -> avc = c,
                    () -> warnOnce(1, "an H.264 configuration record that cannot be read", 0));
            return;
        }
        if (body[1] != 1 || avc == null) {
            return;
        }
        if (body.length > MAX_FRAME_BYTES) {
            warnOnce(2, "a video frame over the limit of " + MAX_FRAME_BYTES + " bytes", 0);
            waitForKey = true;
            return;
        }
        int cts = ((body[2] << 16) | ((body[3] & 0xFF) << 8) | (body[4] & 0xFF));
        List<byte[]> units = units(body, 5, avc.lengthSize());
        boolean idr = false;
        boolean sps = false;
        boolean aud = false;
        for (byte[] unit : units) {
            int type = unit[0] & 0x1F;
            idr |= type == 5;
            sps |= type == 7;
            aud |= type == 9;
        }
        if (units.isEmpty()) {
            return;
        }
        boolean key = frameType == 1 || idr;
        if (ts == null) {
            if (!key) {
                return;
            }
            start(true, aac != null, timestampMs);
        }
        if (!hasVideo || (waitForKey && !key)) {
            return;
        }
        waitForKey = false;
        long dts = video.map(timestampMs);
        long since = dts - segmentStart;
        if ((key && since >= TARGET_MS - CUT_TOLERANCE_MS) || since >= MAX_SEGMENT_MS
                || current.size() >= MAX_SEGMENT_BYTES) {
            cut(dts);
        }
        ByteArrayOutputStream au = new ByteArrayOutputStream(body.length + 64);
        if (!aud) {
            au.write(AUD, 0, AUD.length);
        }
        boolean parameterSets = !key || sps;
        for (byte[] unit : units) {
            if (!parameterSets && (unit[0] & 0x1F) != 9) {
                for (byte[] s : avc.sps()) {
                    annexB(au, s);
                }
                for (byte[] p : avc.pps()) {
                    annexB(au, p);
                }
                parameterSets = true;
            }
            annexB(au, unit);
        }
        long pts = dts + Math.max(0, cts);
        ts.pes(current, TransportStream.VIDEO_PID, 0xE0, au.toByteArray(), ticks(pts), ticks(dts), key);
        segmentFrames++;
        segmentMedia++;
    }

    @Override
    public synchronized void audio(long timestampMs, byte[] body) {
        if (ended || body.length < 2) {
            return;
        }
        if (((body[0] >> 4) & 0xF) != 10) {
            warnOnce(3, "audio that is not AAC (FLV sound format {})", (body[0] >> 4) & 0xF);
            return;
        }
        if (body[1] == 0) {
            Codecs.aac(body, 2).ifPresent(c -> aac = c);
            return;
        }
        if (body[1] != 1 || aac == null || body.length == 2 || body.length - 2 > 8191 - 7) {
            return;
        }
        if (ts == null) {
            if (avc != null) {
                return;
            }
            if (firstAudioInput == Long.MIN_VALUE) {
                firstAudioInput = timestampMs;
            }
            if (timestampMs - firstAudioInput < AUDIO_ONLY_AFTER_MS) {
                return;
            }
            start(false, true, timestampMs);
        }
        if (!hasAudio) {
            return;
        }
        long dts = audio.map(timestampMs);
        if (!hasVideo) {
            long since = dts - segmentStart;
            if (since >= TARGET_MS || current.size() >= MAX_SEGMENT_BYTES) {
                cut(dts);
            }
        }
        int length = body.length - 2;
        byte[] frame = new byte[7 + length];
        System.arraycopy(aac.adtsHeader(length), 0, frame, 0, 7);
        System.arraycopy(body, 2, frame, 7, length);
        ts.pes(current, TransportStream.AUDIO_PID, 0xC0, frame, ticks(dts), ticks(dts), false);
        segmentMedia++;
    }

    @Override
    public synchronized void end() {
        if (ended) {
            return;
        }
        ended = true;
        endedNanos = System.nanoTime();
        if (ts != null && segmentMedia > 0) {
            Track master = hasVideo ? video : audio;
            cut(Math.max(segmentStart + 1, master.last + master.step));
        }
        current = null;
        pendingMetadata.clear();
    }

    /**
     * Timed metadata, as {@code PutMetadata} inserts it: an ID3 tag at the stream's current time (its newest
     * frame), in the segment being written. Before the first segment it waits (at most
     * {@link #MAX_PENDING_METADATA} items); after the end it is dropped.
     *
     * @param text the metadata, at most 1 KB as the API allows
     */
    public synchronized void metadata(String text) {
        if (ended) {
            return;
        }
        if (ts == null) {
            if (pendingMetadata.size() < MAX_PENDING_METADATA) {
                pendingMetadata.add(text);
            }
            return;
        }
        long now = Math.max(segmentStart, Math.max(video.last, audio.last));
        ts.pes(current, TransportStream.ID3_PID, 0xBD, TransportStream.id3(text), ticks(now), ticks(now), false);
    }

    /** {@return whether the publisher is gone} */
    public synchronized boolean ended() {
        return ended;
    }

    /**
     * Whether the stream ended longer ago than a given time.
     *
     * @param nanos how long, in nanoseconds
     * @return true once it has been over for that long
     */
    public synchronized boolean endedLongerThan(long nanos) {
        return ended && System.nanoTime() - endedNanos > nanos;
    }

    /** {@return whether a player can start: a first segment is finished} */
    public synchronized boolean playable() {
        return !segments.isEmpty();
    }

    /**
     * A finished segment, while it is kept.
     *
     * @param sequence its media sequence number
     * @return the segment, empty if it is not (or no longer) kept
     */
    public synchronized Optional<Segment> segment(long sequence) {
        for (Segment s : segments) {
            if (s.sequence() == sequence) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@return the bytes this stream holds now: kept segments and the one being written} */
    public synchronized long retainedBytes() {
        return retainedBytes + (current == null ? 0 : current.size());
    }

    /** {@return the kept segments, oldest first} */
    public synchronized List<Segment> segments() {
        return List.copyOf(segments);
    }

    /**
     * The live media playlist: the newest {@link #LISTED} segments, each with its program date-time, and
     * {@code #EXT-X-ENDLIST} once the stream has ended.
     *
     * @param segmentPath the URI of a segment relative to the playlist, with {@code %d} for its sequence number
     * @return the playlist text
     */
    public synchronized String mediaPlaylist(String segmentPath) {
        List<Segment> listed = new ArrayList<>(segments);
        listed = listed.subList(Math.max(0, listed.size() - LISTED), listed.size());
        StringBuilder m = new StringBuilder(512);
        m.append("#EXTM3U\n#EXT-X-VERSION:3\n");
        // Each EXTINF, rounded to the nearest second, must not exceed the target duration.
        m.append("#EXT-X-TARGETDURATION:").append(Math.max(2, (longestMs + 500) / 1000)).append('\n');
        m.append("#EXT-X-MEDIA-SEQUENCE:").append(listed.isEmpty() ? nextSequence : listed.get(0).sequence())
                .append('\n');
        for (Segment s : listed) {
            m.append("#EXT-X-PROGRAM-DATE-TIME:").append(DateTimeFormatter.ISO_INSTANT.format(s.programDateTime()))
                    .append('\n');
            m.append("#EXTINF:").append(String.format(Locale.ROOT, "%.3f", s.durationMs() / 1000.0)).append(",\n");
            m.append(String.format(Locale.ROOT, segmentPath, s.sequence())).append('\n');
        }
        if (ended) {
            m.append("#EXT-X-ENDLIST\n");
        }
        return m.toString();
    }

    /** {@return the stream's codecs, picture size, peak bit rate and frame rate, from what was kept} */
    public synchronized Variant variant() {
        List<String> codecs = new ArrayList<>();
        if (hasVideo) {
            codecs.add(avc.codec());
        }
        if (hasAudio && aac != null) {
            codecs.add(aac.codec());
        }
        long peak = 0;
        long frames = 0;
        long videoMs = 0;
        for (Segment s : segments) {
            peak = Math.max(peak, s.bytes().length * 8_000L / Math.max(1, s.durationMs()));
            frames += s.videoFrames();
            videoMs += s.durationMs();
        }
        double rate = hasVideo && videoMs > 0 ? frames * 1000.0 / videoMs : 0;
        return new Variant(String.join(",", codecs), hasVideo ? avc.width() : 0, hasVideo ? avc.height() : 0,
                Math.max(peak, 1), rate);
    }

    @Override
    public String toString() {
        return "HlsStream[" + channelArn + ", " + streamId + "]";
    }

    private void start(boolean withVideo, boolean withAudio, long timestampMs) {
        hasVideo = withVideo;
        hasAudio = withAudio;
        ts = new TransportStream(withVideo, withAudio);
        firstWall = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        firstMediaMs = timestampMs;
        current = new ByteArrayOutputStream(1 << 16);
        ts.tables(current);
        segmentStart = timestampMs;
        for (String text : pendingMetadata) {
            ts.pes(current, TransportStream.ID3_PID, 0xBD, TransportStream.id3(text), ticks(timestampMs),
                    ticks(timestampMs), false);
        }
        pendingMetadata.clear();
        LOG.debug("{}: first segment started ({}{})", this, withVideo ? avc.codec() : "no video",
                withAudio ? ", " + aac.codec() : ", no audio");
    }

    /** Finishes the segment being written at {@code next} and starts the following one there. */
    private void cut(long next) {
        long duration = Math.max(1, next - segmentStart);
        byte[] bytes = current.toByteArray();
        Instant at = firstWall.plusMillis(segmentStart - firstMediaMs);
        segments.addLast(new Segment(nextSequence++, bytes, duration, at, segmentFrames));
        retainedBytes += bytes.length;
        longestMs = Math.max(longestMs, duration);
        while (segments.size() > RETAINED || (retainedBytes > MAX_RETAINED_BYTES && segments.size() > 1)) {
            retainedBytes -= segments.removeFirst().bytes().length;
        }
        if (!ended) {
            current = new ByteArrayOutputStream(Math.max(1 << 16, Math.min(bytes.length, MAX_SEGMENT_BYTES)));
            ts.tables(current);
        }
        segmentStart = next;
        segmentFrames = 0;
        segmentMedia = 0;
    }

    /** The NAL units of an AVCC access unit; a length running past the end ends the list. */
    private static List<byte[]> units(byte[] b, int off, int lengthSize) {
        List<byte[]> out = new ArrayList<>();
        int p = off;
        while (p + lengthSize <= b.length) {
            long len = 0;
            for (int i = 0; i < lengthSize; i++) {
                len = (len << 8) | (b[p + i] & 0xFF);
            }
            p += lengthSize;
            if (len <= 0 || len > b.length - p) {
                break;
            }
            out.add(java.util.Arrays.copyOfRange(b, p, p + (int) len));
            p += (int) len;
        }
        return out;
    }

    private static void annexB(ByteArrayOutputStream out, byte[] unit) {
        out.write(START_CODE, 0, START_CODE.length);
        out.write(unit, 0, unit.length);
    }

    private static long ticks(long ms) {
        return (ms + OFFSET_MS) * 90;
    }

    private void warnOnce(int kind, String what, int value) {
        if (!warned[kind]) {
            warned[kind] = true;
            LOG.warn("{}: dropping " + what + "; the emulator plays back H.264 video and AAC audio only", this, value);
        }
    }

    /** One track's timeline: input timestamps made continuous. */
    private static final class Track {
        long adjust;
        long last = Long.MIN_VALUE;
        long step = 20;

        long map(long input) {
            long t = input + adjust;
            if (last != Long.MIN_VALUE) {
                long delta = t - last;
                if (delta < -1000 || delta > 10_000) {
                    adjust += last + step - t;
                    t = last + step;
                } else if (delta <= 0) {
                    t = last + 1;
                } else {
                    step = Math.min(delta, 1000);
                }
            }
            last = t;
            return t;
        }
    }
}
