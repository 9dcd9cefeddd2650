package io.ivsjava.emulator.internal.rtmp;

import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns a publish's {@link IngestParameters} from what arrives: the {@code onMetaData} object, the video and audio
 * sequence headers (legacy FLV and Enhanced RTMP), and the coded frames, which it counts and measures.
 *
 * <p>A malformed sequence header or metadata never ends the publish: what cannot be read is left out. Not
 * thread-safe: one probe per publish, fed by its connection's thread.
 */
final class IngestProbe {
    private static final Logger LOG = LoggerFactory.getLogger(IngestProbe.class);
    private static final int[] FLV_RATES = {5512, 11025, 22050, 44100};

    private Map<String, Object> metadata = Map.of();
    private Optional<Sps> sps = Optional.empty();
    private String videoCodec = "";
    private String avcCodec = "";
    private Optional<AudioSpecificConfig> asc = Optional.empty();
    private String audioCodec = "";
    private int flvRate;
    private int flvChannels;
    private boolean videoConfig;
    private boolean audioConfig;
    private final Track video = new Track();
    private final Track audio = new Track();

    /** Frames and bytes of one track, with the first and last timestamps. */
    private static final class Track {
        long frames;
        long bytes;
        long first = -1;
        long last;

        void add(long timestamp, int size) {
            if (first < 0) {
                first = timestamp;
            }
            last = Math.max(last, timestamp);
            frames++;
            bytes += size;
        }

        long bitrate() {
            long span = last - first;
            return span < 500 ? 0 : bytes * 8 * 1000 / span;
        }

        long framerate() {
            long span = last - first;
            return span < 500 ? 0 : Math.round((frames - 1) * 1000.0 / span);
        }
    }

    /**
     * The stream's {@code onMetaData}.
     *
     * @param values its properties
     */
    void metadata(Map<String, Object> values) {
        this.metadata = values;
    }

    /**
     * A video message.
     *
     * @param timestamp its timestamp
     * @param body its FLV {@code VIDEODATA} body
     */
    void video(long timestamp, byte[] body) {
        if (body.length < 1) {
            return;
        }
        int b0 = body[0] & 0xFF;
        if ((b0 & 0x80) != 0) { // Enhanced RTMP: frame type, packet type and a FourCC
            if (body.length < 5) {
                return;
            }
            String fourCc = new String(body, 1, 4, StandardCharsets.ISO_8859_1);
            int packetType = b0 & 0x0F;
            if (packetType == 0) {
                videoConfig = true;
                videoCodec = fourCc;
                if (fourCc.equals("avc1")) {
                    avcConfig(body, 5);
                }
            } else if ((packetType == 1 || packetType == 3) && ((b0 >> 4) & 7) != 5) {
                videoCodec = videoCodec.isEmpty() ? fourCc : videoCodec;
                video.add(timestamp, body.length);
            }
            return;
        }
        int frameType = b0 >> 4;
        int codecId = b0 & 0x0F;
        if (frameType == 5) {
            return; // a video info or command frame, no picture
        }
        if (codecId == 7 || codecId == 12) {
            if (body.length < 2) {
                return;
            }
            videoCodec = codecId == 7 ? "avc1" : "hvc1";
            if (body[1] == 0) {
                videoConfig = true;
                if (codecId == 7) {
                    avcConfig(body, 5);
                }
            } else if (body[1] == 1) {
                video.add(timestamp, body.length);
            }
            return;
        }
        videoCodec = "flv-video-" + codecId;
        video.add(timestamp, body.length);
    }

    /**
     * An audio message.
     *
     * @param timestamp its timestamp
     * @param body its FLV {@code AUDIODATA} body
     */
    void audio(long timestamp, byte[] body) {
        if (body.length < 1) {
            return;
        }
        int b0 = body[0] & 0xFF;
        int format = b0 >> 4;
        if (format == 9) { // Enhanced RTMP audio: packet type and a FourCC
            if (body.length < 5) {
                return;
            }
            int packetType = b0 & 0x0F;
            audioCodec = new String(body, 1, 4, StandardCharsets.ISO_8859_1);
            if (packetType == 0) {
                audioConfig = true;
                if (audioCodec.equals("mp4a")) {
                    aacConfig(body, 5);
                }
            } else if (packetType == 1) {
                audio.add(timestamp, body.length);
            }
            return;
        }
        flvRate = FLV_RATES[(b0 >> 2) & 3];
        flvChannels = (b0 & 1) + 1;
        if (format == 10) {
            if (body.length < 2) {
                return;
            }
            audioCodec = "mp4a";
            if (body[1] == 0) {
                audioConfig = true;
                aacConfig(body, 2);
            } else {
                audio.add(timestamp, body.length);
            }
            return;
        }
        audioCodec = format == 2 || format == 14 ? "mp4a.6B" : "flv-audio-" + format;
        audio.add(timestamp, body.length);
    }

    private void avcConfig(byte[] body, int offset) {
        // AVCDecoderConfigurationRecord: version, profile, compatibility, level, length size, SPS count, SPSs...
        if (body.length < offset + 8) {
            return;
        }
        avcCodec = String.format(java.util.Locale.ROOT, "avc1.%02X%02X%02X", body[offset + 1] & 0xFF,
                body[offset + 2] & 0xFF, body[offset + 3] & 0xFF);
        int count = body[offset + 5] & 0x1F;
        int length = ((body[offset + 6] & 0xFF) << 8) | (body[offset + 7] & 0xFF);
        if (count < 1 || length < 1 || offset + 8 + length > body.length) {
            return;
        }
        try {
            sps = Optional.of(Sps.parse(body, offset + 8, length));
        } catch (ProtocolException e) {
            LOG.debug("a publisher's H.264 SPS could not be read: {}", e.getMessage());
        }
    }

    private void aacConfig(byte[] body, int offset) {
        try {
            asc = Optional.of(AudioSpecificConfig.parse(body, offset, body.length - offset));
        } catch (ProtocolException e) {
            LOG.debug("a publisher's AAC AudioSpecificConfig could not be read: {}", e.getMessage());
        }
    }

    /**
     * Whether enough is known to describe the stream: both sequence headers (or the one of the only track the
     * metadata announces), or else the first coded frame, after which no sequence header is due.
     *
     * @return true once the stream can go live
     */
    boolean ready() {
        if (video.frames > 0 || audio.frames > 0) {
            return true;
        }
        boolean expectVideo = metadata.isEmpty() || metadata.containsKey("videocodecid");
        boolean expectAudio = metadata.isEmpty() || metadata.containsKey("audiocodecid");
        return (videoConfig || !expectVideo) && (audioConfig || !expectAudio) && (videoConfig || audioConfig);
    }

    /** {@return the parameters as known now} */
    IngestParameters parameters() {
        Optional<IngestParameters.Video> v = Optional.empty();
        if (videoConfig || video.frames > 0) {
            int width = sps.map(Sps::width).orElse((int) number("width"));
            int height = sps.map(Sps::height).orElse((int) number("height"));
            long framerate = Math.round(number("framerate"));
            if (framerate <= 0) {
                framerate = sps.flatMap(s -> s.framerate().isPresent()
                        ? Optional.of(Math.round(s.framerate().getAsDouble())) : Optional.empty())
                        .orElse(video.framerate());
            }
            long bitrate = Math.round(number("videodatarate") * 1000);
            String codec = sps.map(Sps::codec).orElse(avcCodec.isEmpty() ? videoCodec : avcCodec);
            v = Optional.of(new IngestParameters.Video(codec, sps.map(Sps::profileName).orElse(""),
                    sps.map(Sps::levelName).orElse(""), width, height, framerate,
                    bitrate > 0 ? bitrate : video.bitrate(), text("encoder")));
        }
        Optional<IngestParameters.Audio> a = Optional.empty();
        if (audioConfig || audio.frames > 0) {
            long bitrate = Math.round(number("audiodatarate") * 1000);
            int metaRate = (int) number("audiosamplerate");
            int rate = asc.map(AudioSpecificConfig::sampleRate).orElse(metaRate > 0 ? metaRate : flvRate);
            int channels = asc.map(AudioSpecificConfig::channels).filter(c -> c > 0).orElse(
                    metadata.get("stereo") instanceof Boolean ? ((Boolean) metadata.get("stereo") ? 2 : 1)
                            : flvChannels);
            String codec = asc.map(AudioSpecificConfig::codec).orElse(audioCodec);
            a = Optional.of(new IngestParameters.Audio(codec, rate, channels, bitrate > 0 ? bitrate : audio.bitrate()));
        }
        return new IngestParameters(v, a);
    }

    private double number(String key) {
        Object value = metadata.get(key);
        if (value instanceof Double && Double.isFinite((Double) value) && (Double) value > 0 && (Double) value < 1e9) {
            return (Double) value;
        }
        return 0;
    }

    private String text(String key) {
        Object value = metadata.get(key);
        return value instanceof String ? (String) value : "";
    }
}
