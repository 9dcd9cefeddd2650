package io.ivsjava.emulator.internal.rtmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ProtocolException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The H.264 SPS parser, on sequence parameter sets that FFmpeg's libx264 (x264 core 164) wrote for this test, and
 * on garbage.
 */
class SpsTest {
    /** {@code testsrc=size=1280x720:rate=30 -pix_fmt yuv420p -preset veryfast}: High, level 3.1. */
    static final String HD_720P30 = "6764001facd9405005bb0110000003001000000303c0f1831960";
    /** 1920x1080 at 60, coded as 1088 lines and cropped: High, level 4.2. */
    private static final String FHD_1080P60 = "6764002aacd940780227e5c044000003000400000301e03c60c658";
    /** testsrc's RGB kept, so libx264 coded 4:4:4: High 4:4:4 Predictive. */
    private static final String RGB_444 = "67f4001f919b280a00b76022000003000200000300781e30632c";
    /** 640x360 at 25, {@code -preset ultrafast}: Constrained Baseline, level 3.0, 368 lines cropped to 360. */
    private static final String BASELINE_360P25 = "6742c01eda0280bfe5c044000003000400000300c83c58ba80";
    /** 720x480 at 30000/1001, interlaced ({@code -flags +ildct+ilme}): field macroblock pairs. */
    private static final String INTERLACED_480I = "6764001eacd940b47b6022000007d20001d4c03e28532c";
    /** 854x480 with {@code cqm=jvt}: a scaling matrix flag, and 10 columns cropped. */
    private static final String SCALING_480P = "6764001facd940d83de6f0110000030001000003003c0f183196";
    /** 1280x720 in 4:2:2: High 4:2:2 (profile 122). */
    private static final String YUV422_720P = "677a001fbcd9405005bb0110000003001000000303c0f1831960";

    private static Sps parse(String hex) throws ProtocolException {
        byte[] nal = HexFormat.of().parseHex(hex);
        return Sps.parse(nal, 0, nal.length);
    }

    @Test
    void readsProfileLevelSizeAndFrameRateOfA720pHighStream() throws Exception {
        Sps sps = parse(HD_720P30);
        assertThat(sps.width()).isEqualTo(1280);
        assertThat(sps.height()).isEqualTo(720);
        assertThat(sps.codec()).isEqualTo("avc1.64001F");
        assertThat(sps.profileName()).isEqualTo("High");
        assertThat(sps.levelName()).isEqualTo("3.1");
        assertThat(sps.framerate()).hasValue(30.0);
    }

    @Test
    void cropsTheCodedPictureToItsDisplayedSize() throws Exception {
        Sps fhd = parse(FHD_1080P60);
        assertThat(fhd.width()).isEqualTo(1920);
        assertThat(fhd.height()).as("1088 coded lines, 8 cropped").isEqualTo(1080);
        assertThat(fhd.codec()).isEqualTo("avc1.64002A");
        assertThat(fhd.levelName()).isEqualTo("4.2");
        assertThat(fhd.framerate()).hasValue(60.0);

        Sps baseline = parse(BASELINE_360P25);
        assertThat(baseline.width()).isEqualTo(640);
        assertThat(baseline.height()).isEqualTo(360);
        assertThat(baseline.codec()).isEqualTo("avc1.42C01E");
        assertThat(baseline.profileName()).isEqualTo("Baseline");
        assertThat(baseline.framerate()).hasValue(25.0);

        Sps odd = parse(SCALING_480P);
        assertThat(odd.width()).as("864 coded columns, 10 cropped").isEqualTo(854);
        assertThat(odd.height()).isEqualTo(480);
    }

    @Test
    void readsTheHighProfilesChromaFormats() throws Exception {
        Sps rgb = parse(RGB_444);
        assertThat(rgb.profileName()).isEqualTo("High 4:4:4 Predictive");
        assertThat(rgb.codec()).isEqualTo("avc1.F4001F");
        assertThat(rgb.width()).isEqualTo(1280);
        assertThat(rgb.height()).isEqualTo(720);

        Sps yuv422 = parse(YUV422_720P);
        assertThat(yuv422.profileName()).isEqualTo("High 4:2:2");
        assertThat(yuv422.width()).isEqualTo(1280);
        assertThat(yuv422.height()).isEqualTo(720);
    }

    @Test
    void anInterlacedStreamCountsTwoFieldsPerMacroblockRow() throws Exception {
        Sps sps = parse(INTERLACED_480I);
        assertThat(sps.width()).isEqualTo(720);
        assertThat(sps.height()).isEqualTo(480);
        assertThat(sps.framerate().getAsDouble()).isCloseTo(29.97, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void expGolombCodesDecodeAsTheStandardTabulatesThem() throws Exception {
        // 1 | 010 | 011 | 00100 | 00101 | 00110 | 00111 | 0001000 : codeNum 0..7
        BitReader r = new BitReader(new byte[] {(byte) 0b10100110, (byte) 0b01000010, (byte) 0b10011000,
            (byte) 0b11100010, 0}, 0, 5);
        for (long expected = 0; expected < 8; expected++) {
            assertThat(r.ue()).isEqualTo(expected);
        }
        // se(v) maps codeNum 1, 2, 3, 4 to 1, -1, 2, -2
        BitReader s = new BitReader(new byte[] {(byte) 0b01001100, (byte) 0b10000101, 0}, 0, 3);
        assertThat(s.se()).isEqualTo(1);
        assertThat(s.se()).isEqualTo(-1);
        assertThat(s.se()).isEqualTo(2);
        assertThat(s.se()).isEqualTo(-2);
    }

    @Test
    void emulationPreventionBytesAreRemovedBeforeParsing() {
        byte[] escaped = {0x67, 0, 0, 3, 1, 0, 0, 3, 0, 0, 0, 3};
        assertThat(BitReader.unescape(escaped, 0, escaped.length)).containsExactly(0x67, 0, 0, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void codesLongerThan32BitsAndReadsPastTheEndAreRefused() {
        assertThatThrownBy(() -> new BitReader(new byte[6], 0, 6).ue()).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("longer than 32 bits");
        assertThatThrownBy(() -> new BitReader(new byte[] {1}, 0, 1).bits(9)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void somethingElseThanAnSpsIsRefused() {
        assertThatThrownBy(() -> parse("68ebe3cb22c0")).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("not a sequence parameter set");
    }

    @Test
    void everyTruncationOfARealSpsIsRefusedOrParsedNeverAnotherFailure() {
        byte[] whole = HexFormat.of().parseHex(FHD_1080P60);
        for (int length = 0; length < whole.length; length++) {
            try {
                Sps sps = Sps.parse(whole, 0, length);
                assertThat(sps.width()).isPositive(); // the VUI's end may be cut without harm
            } catch (ProtocolException expected) {
                // cut short
            }
        }
    }

    @Test
    void randomBytesAreRefusedOrParsedIntoAPositiveSizeNeverAnotherFailure() {
        Random random = new Random(22);
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] nal = new byte[1 + random.nextInt(40)];
            random.nextBytes(nal);
            nal[0] = 0x67;
            try {
                Sps sps = Sps.parse(nal, 0, nal.length);
                assertThat(sps.width()).isBetween(1, 16384);
                assertThat(sps.height()).isBetween(1, 2 * 16384);
                parsed++;
            } catch (ProtocolException expected) {
                // malformed
            }
        }
        assertThat(parsed).as("some random SPSs are well-formed enough").isPositive();
    }

    @Test
    void audioSpecificConfigsGiveTheObjectTypeRateAndChannels() throws Exception {
        assertThat(AudioSpecificConfig.parse(new byte[] {0x12, 0x10}, 0, 2))
                .isEqualTo(new AudioSpecificConfig(2, 44100, 2));
        assertThat(AudioSpecificConfig.parse(new byte[] {0x11, (byte) 0x88}, 0, 2))
                .isEqualTo(new AudioSpecificConfig(2, 48000, 1));
        assertThat(AudioSpecificConfig.parse(new byte[] {0x12, 0x08}, 0, 2).codec()).isEqualTo("mp4a.40.2");
        // HE-AAC v1, explicit: object type 5 at 24 kHz core, SBR to 48 kHz, then AAC LC; stereo
        assertThat(AudioSpecificConfig.parse(new byte[] {0x2B, (byte) 0x11, (byte) 0x88, 0x00}, 0, 4))
                .isEqualTo(new AudioSpecificConfig(5, 48000, 2));
        // an explicit 24-bit rate (index 15)
        assertThat(AudioSpecificConfig.parse(new byte[] {0x17, (byte) 0x80, 0x5D, (byte) 0xC0, 0x08}, 0, 5))
                .isEqualTo(new AudioSpecificConfig(2, 48000, 1));
        assertThatThrownBy(() -> AudioSpecificConfig.parse(new byte[] {0x16, (byte) 0x90}, 0, 2))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> AudioSpecificConfig.parse(new byte[] {0x12}, 0, 1))
                .isInstanceOf(ProtocolException.class);
    }
}
