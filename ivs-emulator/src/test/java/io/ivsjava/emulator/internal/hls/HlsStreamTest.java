package io.ivsjava.emulator.internal.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The remuxer on its own, fed FLV bodies built here: the segments it cuts, the MPEG-TS it writes (read back by
 * {@link TsCheck}), and what it does with streams that are odd or hostile: no audio, no video, timestamp jumps,
 * frames too big, no key frames, garbage.
 */
class HlsStreamTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static HlsStream stream() {
        return new HlsStream("arn:aws:ivs:us-east-1:123456789012:channel/abcdABCD1234", "st-test", CLOCK);
    }

    /** Feeds a 30 fps video (a key frame every 2 s) and 44.1 kHz AAC, interleaved, from {@code fromMs}. */
    private static void feed(HlsStream s, long fromMs, long toMs, boolean video, boolean audio) {
        long nextVideo = fromMs;
        long nextAudio = fromMs;
        int frame = (int) Math.round(fromMs * 30 / 1000.0);
        long audioFrame = Math.round(fromMs * 44.1 / 1024);
        while ((video && nextVideo < toMs) || (audio && nextAudio < toMs)) {
            if (video && (nextVideo <= nextAudio || !audio) && nextVideo < toMs) {
                s.video(nextVideo, Media.frame(frame % 60 == 0, 2000, 33));
                frame++;
                nextVideo = frame * 1000L / 30;
            } else {
                s.audio(nextAudio, Media.aacFrame(300));
                audioFrame++;
                nextAudio = audioFrame * 1024 * 1000 / 44100;
            }
        }
    }

    private static HlsStream configured(boolean video, boolean audio) {
        HlsStream s = stream();
        if (video) {
            s.video(0, Media.avcConfig(Media.sps(1280, 720)));
        }
        if (audio) {
            s.audio(0, Media.aacConfig());
        }
        return s;
    }

    private static TsCheck read(HlsStream s) {
        return TsCheck.read(s.segments().stream().map(HlsStream.Segment::bytes).toList());
    }

    @Test
    void videoAndAudioAreCutIntoTwoSecondSegmentsThatStartAtKeyFrames() {
        HlsStream s = configured(true, true);
        feed(s, 0, 10_000, true, true);
        s.end();

        List<HlsStream.Segment> segments = s.segments();
        assertThat(segments).extracting(HlsStream.Segment::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(segments).allSatisfy(seg -> {
            assertThat(seg.durationMs()).isBetween(1990L, 2010L);
            assertThat(seg.videoFrames()).isEqualTo(60);
        });
        assertThat(segments.get(1).programDateTime()).isEqualTo(Instant.parse("2030-01-01T00:00:02Z"));
        for (HlsStream.Segment seg : segments) {
            TsCheck one = TsCheck.read(List.of(seg.bytes()));
            TsCheck.Pes first = one.of(TransportStream.VIDEO_PID).get(0);
            assertThat(first.randomAccess()).as("each segment starts with a key frame").isTrue();
            assertThat(nalTypes(first.payload())).as("AUD, then SPS and PPS before the IDR").startsWith(9, 7, 8, 5);
        }

        TsCheck ts = read(s);
        assertThat(ts.streams).containsExactly(entry(0x100, 0x1B), entry(0x101, 0x0F), entry(0x102, 0x15));
        List<TsCheck.Pes> video = ts.of(TransportStream.VIDEO_PID);
        assertThat(video).hasSize(300);
        assertThat(video.get(1).pts() - video.get(1).dts()).as("the composition offset, 33 ms").isEqualTo(33 * 90);
        assertThat(nalTypes(video.get(1).payload())).as("no parameter sets before other frames").containsExactly(9, 1);
        List<TsCheck.Pes> audio = ts.of(TransportStream.AUDIO_PID);
        assertThat(audio).hasSizeGreaterThan(420).allSatisfy(a -> {
            assertThat(a.payload()[0] & 0xFF).isEqualTo(0xFF);
            assertThat(a.payload()[1] & 0xF6).isEqualTo(0xF0);
            int length = ((a.payload()[3] & 0x3) << 11) | ((a.payload()[4] & 0xFF) << 3) | ((a.payload()[5] & 0xFF) >> 5);
            assertThat(length).as("the ADTS frame length").isEqualTo(a.payload().length).isEqualTo(307);
        });

        String playlist = s.mediaPlaylist("source/%d.ts");
        assertThat(playlist).startsWith("#EXTM3U\n").contains("#EXT-X-TARGETDURATION:2\n", "#EXT-X-MEDIA-SEQUENCE:0\n",
                "#EXT-X-PROGRAM-DATE-TIME:2030-01-01T00:00:00Z\n#EXTINF:2.000,\nsource/0.ts\n", "source/4.ts\n")
                .endsWith("#EXT-X-ENDLIST\n");
        HlsStream.Variant variant = s.variant();
        assertThat(variant.codecs()).isEqualTo("avc1.42C01F,mp4a.40.2");
        assertThat(variant.width()).isEqualTo(1280);
        assertThat(variant.height()).isEqualTo(720);
        assertThat(variant.frameRate()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(variant.bandwidth()).isGreaterThan(60 * 2000 * 8 / 2);
    }

    @Test
    void theSpsGivesThePictureSizeAfterCropping() {
        assertThat(Codecs.pictureSize(Media.sps(1920, 1080))).hasValueSatisfying(size ->
                assertThat(size).containsExactly(1920, 1080));
        assertThat(Codecs.pictureSize(Media.sps(640, 360))).hasValueSatisfying(size ->
                assertThat(size).containsExactly(640, 360));
        assertThat(Codecs.pictureSize(new byte[] {0x67})).isEmpty();
    }

    @Test
    void aStreamWithoutAudioIsVideoOnly() {
        HlsStream s = configured(true, false);
        feed(s, 0, 6_000, true, false);
        s.end();
        TsCheck ts = read(s);
        assertThat(ts.streams).containsExactly(entry(0x100, 0x1B), entry(0x102, 0x15));
        assertThat(s.segments()).hasSize(3);
        assertThat(s.variant().codecs()).isEqualTo("avc1.42C01F");
    }

    @Test
    void aStreamWithoutVideoIsCutEveryTwoSecondsOfAudio() {
        HlsStream s = configured(false, true);
        feed(s, 0, 9_000, false, true);
        s.end();
        TsCheck ts = read(s);
        assertThat(ts.streams).containsExactly(entry(0x101, 0x0F), entry(0x102, 0x15));
        assertThat(s.segments()).as("the first second waits for a video configuration that never comes")
                .hasSize(4).allSatisfy(seg -> assertThat(seg.durationMs()).isBetween(1900L, 2100L));
        assertThat(s.variant().codecs()).isEqualTo("mp4a.40.2");
        assertThat(s.variant().width()).isZero();
    }

    @Test
    void noMediaAtAllMakesNoSegmentAndNoConfigurationMakesNothing() {
        HlsStream s = stream();
        feed(s, 0, 4_000, true, true);
        s.end();
        assertThat(s.playable()).isFalse();
        assertThat(s.mediaPlaylist("%d.ts")).isEqualTo("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n"
                + "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-ENDLIST\n");
    }

    @Test
    void timestampJumpsForwardAndBackKeepEachTrackContinuous() {
        HlsStream s = configured(true, true);
        feed(s, 0, 4_000, true, true);
        feed(s, 3_600_000, 3_604_000, true, true);    // the publisher's clock jumps an hour ahead
        feed(s, 0, 4_000, true, true);                // and back to zero
        s.end();
        TsCheck ts = read(s);
        for (int pid : List.of(TransportStream.VIDEO_PID, TransportStream.AUDIO_PID)) {
            List<TsCheck.Pes> pes = ts.of(pid);
            for (int i = 1; i < pes.size(); i++) {
                long step = pes.get(i).dts() - pes.get(i - 1).dts();
                assertThat(step).as("PID %d, packet %d", pid, i).isBetween(1L, 90L * 100);
            }
        }
        assertThat(s.segments()).hasSize(6).allSatisfy(seg -> assertThat(seg.durationMs()).isBetween(1900L, 2100L));
    }

    @Test
    void hugeFramesAndMissingKeyFramesKeepMemoryBounded() {
        HlsStream s = configured(true, false);
        s.video(0, Media.frame(true, 1000, 0));
        long bound = HlsStream.MAX_RETAINED_BYTES + HlsStream.MAX_SEGMENT_BYTES + HlsStream.MAX_FRAME_BYTES;
        for (int i = 1; i < 200; i++) {                       // 6.6 s without a key frame, 1 MiB per frame
            s.video(i * 33L, Media.frame(false, 1 << 20, 0));
            assertThat(s.retainedBytes()).isLessThanOrEqualTo(bound);
        }
        s.video(6_600, Media.frame(false, HlsStream.MAX_FRAME_BYTES + 1, 0));
        s.end();
        assertThat(s.segments()).isNotEmpty().allSatisfy(seg -> {
            assertThat(seg.bytes().length).isLessThanOrEqualTo(HlsStream.MAX_SEGMENT_BYTES + HlsStream.MAX_FRAME_BYTES);
            assertThat(seg.durationMs()).isLessThanOrEqualTo(HlsStream.MAX_SEGMENT_MS);
        });
        assertThat(s.segments().size()).isLessThanOrEqualTo(HlsStream.RETAINED);
        assertThat(s.segments().get(0).sequence()).as("older segments were let go").isGreaterThan(0);
        assertThat(s.segments().stream().mapToLong(seg -> seg.bytes().length).sum())
                .isLessThanOrEqualTo(HlsStream.MAX_RETAINED_BYTES);
        TsCheck ts = TsCheck.read(List.of(s.segments().get(s.segments().size() - 1).bytes()));
        assertThat(ts.of(TransportStream.VIDEO_PID)).as("the frame over the limit was dropped")
                .allSatisfy(p -> assertThat(p.payload().length).isLessThan(HlsStream.MAX_FRAME_BYTES));
    }

    @Test
    void aDroppedFrameMakesVideoWaitForTheNextKeyFrame() {
        HlsStream s = configured(true, false);
        s.video(0, Media.frame(true, 100, 0));
        s.video(33, Media.frame(false, HlsStream.MAX_FRAME_BYTES + 1, 0));
        s.video(66, Media.frame(false, 100, 0));            // refers to the dropped frame: not written
        s.video(2000, Media.frame(true, 100, 0));
        s.video(2033, Media.frame(false, 100, 0));
        s.video(4000, Media.frame(true, 100, 0));
        s.end();
        assertThat(s.segments()).extracting(HlsStream.Segment::videoFrames).containsExactly(1, 2, 1);
    }

    @Test
    void garbageIsDroppedWithoutHarmAndAGoodStreamStillPlaysAfterIt() {
        HlsStream s = stream();
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            byte[] body = new byte[random.nextInt(i % 100 == 0 ? 70_000 : 64)];
            random.nextBytes(body);
            if (body.length > 1 && random.nextBoolean()) {
                body[0] = (byte) (random.nextBoolean() ? 0x17 : 0xAF);
                body[1] = (byte) random.nextInt(3);
            }
            long ts = random.nextInt(100_000) - 1000L;
            assertThatCode(() -> {
                if (random.nextBoolean()) {
                    s.video(ts, body);
                } else {
                    s.audio(ts, body);
                }
            }).doesNotThrowAnyException();
        }
        byte[] truncated = Media.avcConfig(Media.sps(1280, 720));
        s.video(0, java.util.Arrays.copyOf(truncated, truncated.length - 3));
        assertThat(s.retainedBytes()).isLessThanOrEqualTo(HlsStream.MAX_RETAINED_BYTES + HlsStream.MAX_SEGMENT_BYTES);

        s.video(0, Media.avcConfig(Media.sps(1280, 720)));
        s.audio(0, Media.aacConfig());
        feed(s, 200_000, 206_000, true, true);
        assertThat(s.playable()).isTrue();
        assertThatCode(() -> read(s)).doesNotThrowAnyException();
    }

    @Test
    void metadataIsAnId3TagAtTheNewestFrameAndWaitsForTheFirstSegment() {
        HlsStream s = configured(true, true);
        s.metadata("before the first frame");
        feed(s, 0, 3_000, true, true);
        s.metadata("{\"poll\":\"tuna or salmon?\"}");
        feed(s, 3_000, 6_000, true, true);
        s.end();
        s.metadata("after the end");

        TsCheck ts = read(s);
        List<TsCheck.Pes> id3 = ts.of(TransportStream.ID3_PID);
        assertThat(id3).hasSize(2).allSatisfy(p -> {
            assertThat(p.streamId()).isEqualTo(0xBD);
            assertThat(new String(p.payload(), 0, 3, StandardCharsets.US_ASCII)).isEqualTo("ID3");
            assertThat(new String(p.payload(), 10, 4, StandardCharsets.US_ASCII)).isEqualTo("TXXX");
        });
        assertThat(new String(id3.get(0).payload(), StandardCharsets.UTF_8)).contains("before the first frame");
        assertThat(new String(id3.get(1).payload(), StandardCharsets.UTF_8)).contains("{\"poll\":\"tuna or salmon?\"}");
        long origin = ts.of(TransportStream.VIDEO_PID).get(0).dts();
        long newest = ts.pes.stream().filter(p -> p.pid() != TransportStream.ID3_PID)
                .mapToLong(TsCheck.Pes::dts).filter(dts -> dts < origin + 3_000 * 90).max().orElseThrow();
        assertThat(id3.get(1).pts()).as("timed at the newest frame fed before it").isEqualTo(newest);
        assertThat(id3.get(0).pts()).isEqualTo(ts.of(TransportStream.VIDEO_PID).get(0).dts());
    }

    @Test
    void theWindowKeepsTheNewestSegmentsAndListsFewerOfThem() {
        HlsStream s = configured(true, true);
        feed(s, 0, 40_000, true, true);

        assertThat(s.segments()).hasSize(HlsStream.RETAINED);
        assertThat(s.segment(0)).isEmpty();
        assertThat(s.segment(18)).isPresent();
        String playlist = s.mediaPlaylist("%d.ts");
        assertThat(playlist).contains("#EXT-X-MEDIA-SEQUENCE:" + (19 - HlsStream.LISTED) + "\n")
                .doesNotContain("#EXT-X-ENDLIST");
        assertThat(playlist.lines().filter(l -> l.startsWith("#EXTINF")).count()).isEqualTo(HlsStream.LISTED);
        TsCheck.read(s.segments().stream().map(HlsStream.Segment::bytes).toList());
    }

    private static java.util.Map.Entry<Integer, Integer> entry(int pid, int type) {
        return java.util.Map.entry(pid, type);
    }

    /** The NAL unit types of an Annex-B access unit. */
    private static List<Integer> nalTypes(byte[] au) {
        List<Integer> types = new java.util.ArrayList<>();
        for (int i = 0; i + 4 < au.length; i++) {
            if (au[i] == 0 && au[i + 1] == 0 && au[i + 2] == 0 && au[i + 3] == 1) {
                types.add(au[i + 4] & 0x1F);
                i += 4;
            }
        }
        return types;
    }
}
