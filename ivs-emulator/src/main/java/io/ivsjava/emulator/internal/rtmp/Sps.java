package io.ivsjava.emulator.internal.rtmp;

import java.net.ProtocolException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What an H.264 sequence parameter set says about a stream: profile, constraint flags and level, the picture size
 * after cropping, and the frame rate where its VUI carries timing. Parsed as ITU-T H.264 7.3.2.1.1 lays it out,
 * through the high profiles' chroma format and scaling lists, both picture order count types, interlaced coding and
 * the VUI up to its timing information.
 *
 * @param profileIdc {@code profile_idc}, such as 100 for High
 * @param constraints the byte of {@code constraint_set0..5_flag}s
 * @param levelIdc {@code level_idc}, ten times the level
 * @param width the displayed width in pixels
 * @param height the displayed height in pixels
 * @param framerate frames per second, if the VUI has timing information
 */
record Sps(int profileIdc, int constraints, int levelIdc, int width, int height, OptionalDouble framerate) {
    private static final Set<Integer> HIGH_PROFILES = Set.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134,
            135);
    /** Pictures up to 16384 pixels wide and high, far beyond any level's limits. */
    private static final int MAX_MACROBLOCKS = 1024;

    /**
     * Parses an SPS NAL unit.
     *
     * @param nal the NAL unit, header byte first, as carried in an {@code AVCDecoderConfigurationRecord}
     * @param offset where it starts
     * @param length its length
     * @return the SPS
     * @throws ProtocolException if it is not an SPS or is malformed
     */
    static Sps parse(byte[] nal, int offset, int length) throws ProtocolException {
        byte[] rbsp = BitReader.unescape(nal, offset, length);
        BitReader r = new BitReader(rbsp, 0, rbsp.length);
        r.bits(1); // forbidden_zero_bit
        r.bits(2); // nal_ref_idc
        long type = r.bits(5);
        if (type != 7) {
            throw new ProtocolException("NAL unit type " + type + " is not a sequence parameter set (7)");
        }
        int profile = (int) r.bits(8);
        int constraints = (int) r.bits(8);
        int level = (int) r.bits(8);
        bounded(r.ue(), 31, "seq_parameter_set_id");
        long chromaFormat = 1;
        boolean separateColourPlanes = false;
        if (HIGH_PROFILES.contains(profile)) {
            chromaFormat = bounded(r.ue(), 3, "chroma_format_idc");
            if (chromaFormat == 3) {
                separateColourPlanes = r.flag();
            }
            bounded(r.ue(), 6, "bit_depth_luma_minus8");
            bounded(r.ue(), 6, "bit_depth_chroma_minus8");
            r.flag(); // qpprime_y_zero_transform_bypass_flag
            if (r.flag()) { // seq_scaling_matrix_present_flag
                int lists = chromaFormat != 3 ? 8 : 12;
                for (int i = 0; i < lists; i++) {
                    if (r.flag()) {
                        skipScalingList(r, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        bounded(r.ue(), 12, "log2_max_frame_num_minus4");
        long pocType = bounded(r.ue(), 2, "pic_order_cnt_type");
        if (pocType == 0) {
            bounded(r.ue(), 12, "log2_max_pic_order_cnt_lsb_minus4");
        } else if (pocType == 1) {
            r.flag(); // delta_pic_order_always_zero_flag
            r.se(); // offset_for_non_ref_pic
            r.se(); // offset_for_top_to_bottom_field
            long cycle = bounded(r.ue(), 255, "num_ref_frames_in_pic_order_cnt_cycle");
            for (long i = 0; i < cycle; i++) {
                r.se();
            }
        }
        r.ue(); // max_num_ref_frames
        r.flag(); // gaps_in_frame_num_value_allowed_flag
        long widthMbs = bounded(r.ue(), MAX_MACROBLOCKS - 1, "pic_width_in_mbs_minus1") + 1;
        long heightUnits = bounded(r.ue(), MAX_MACROBLOCKS - 1, "pic_height_in_map_units_minus1") + 1;
        boolean frameMbsOnly = r.flag();
        if (!frameMbsOnly) {
            r.flag(); // mb_adaptive_frame_field_flag
        }
        r.flag(); // direct_8x8_inference_flag
        long cropLeft = 0;
        long cropRight = 0;
        long cropTop = 0;
        long cropBottom = 0;
        if (r.flag()) { // frame_cropping_flag
            cropLeft = r.ue();
            cropRight = r.ue();
            cropTop = r.ue();
            cropBottom = r.ue();
        }
        long chromaArrayType = separateColourPlanes ? 0 : chromaFormat;
        long cropUnitX;
        long cropUnitY;
        if (chromaArrayType == 0) {
            cropUnitX = 1;
            cropUnitY = frameMbsOnly ? 1 : 2;
        } else {
            cropUnitX = chromaFormat == 3 ? 1 : 2;
            cropUnitY = (chromaFormat == 1 ? 2 : 1) * (frameMbsOnly ? 1 : 2);
        }
        long width = widthMbs * 16 - cropUnitX * (cropLeft + cropRight);
        long height = (frameMbsOnly ? 1 : 2) * heightUnits * 16 - cropUnitY * (cropTop + cropBottom);
        if (width <= 0 || height <= 0) {
            throw new ProtocolException("the SPS crops its picture to " + width + "x" + height);
        }
        OptionalDouble framerate = OptionalDouble.empty();
        if (r.flag()) { // vui_parameters_present_flag
            framerate = vuiFramerate(r);
        }
        return new Sps(profile, constraints, level, (int) width, (int) height, framerate);
    }

    private static OptionalDouble vuiFramerate(BitReader r) throws ProtocolException {
        if (r.flag()) { // aspect_ratio_info_present_flag
            if (r.bits(8) == 255) { // Extended_SAR
                r.bits(16);
                r.bits(16);
            }
        }
        if (r.flag()) { // overscan_info_present_flag
            r.flag();
        }
        if (r.flag()) { // video_signal_type_present_flag
            r.bits(3);
            r.flag();
            if (r.flag()) { // colour_description_present_flag
                r.bits(24);
            }
        }
        if (r.flag()) { // chroma_loc_info_present_flag
            r.ue();
            r.ue();
        }
        if (!r.flag()) { // timing_info_present_flag
            return OptionalDouble.empty();
        }
        long unitsInTick = r.bits(32);
        long timeScale = r.bits(32);
        if (unitsInTick == 0 || timeScale == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(timeScale / (2.0 * unitsInTick));
    }

    private static void skipScalingList(BitReader r, int size) throws ProtocolException {
        long last = 8;
        long next = 8;
        for (int j = 0; j < size; j++) {
            if (next != 0) {
                next = (last + r.se() + 256) % 256;
            }
            last = next == 0 ? last : next;
        }
    }

    private static long bounded(long value, long max, String field) throws ProtocolException {
        if (value > max) {
            throw new ProtocolException("SPS " + field + " " + value + " is out of range 0.." + max);
        }
        return value;
    }

    /** {@return the RFC 6381 codec string, such as {@code avc1.64001F}} */
    String codec() {
        return String.format(Locale.ROOT, "avc1.%02X%02X%02X", profileIdc, constraints, levelIdc);
    }

    /** {@return the profile's name as IVS reports it, such as {@code High}} */
    String profileName() {
        switch (profileIdc) {
            case 66: return "Baseline";
            case 77: return "Main";
            case 88: return "Extended";
            case 100: return "High";
            case 110: return "High 10";
            case 122: return "High 4:2:2";
            case 244: return "High 4:4:4 Predictive";
            case 44: return "CAVLC 4:4:4 Intra";
            default: return "Profile " + profileIdc;
        }
    }

    /** {@return the level as a decimal, such as {@code 3.1}, or {@code 1b}} */
    String levelName() {
        boolean oneB = levelIdc == 9 || levelIdc == 11 && (constraints & 0x10) != 0
                && (profileIdc == 66 || profileIdc == 77 || profileIdc == 88);
        return oneB ? "1b" : (levelIdc / 10) + "." + (levelIdc % 10);
    }
}
