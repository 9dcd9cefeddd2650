package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.rtmp.IngestParameters;
import java.util.List;

/**
 * What an encoder sends: the {@code ingestConfiguration} and {@code ingestConfigurations} of a stream session. An
 * RTMP publish reports what it really sends; a simulated one the values a common encoder (FFmpeg's libx264 and AAC)
 * reports, sized to what the channel accepts.
 *
 * <p>A simulated single-track channel gets one video and one audio track, {@code Track0}: 1080p60 at 6 Mbps, or 720p30 at
 * 3.5 Mbps on a {@code BASIC} channel. A channel with multitrack input enabled gets three video tracks from its
 * {@code maximumResolution} down, as multitrack encoders send a ladder; the deprecated
 * {@code ingestConfiguration} then describes {@code Track0} only, as IVS documents.
 */
final class Ingest {
    /** A video rendition: height, width, frame rate, bit rate, H.264 profile and level, codec string. */
    private record Video(int height, int width, int framerate, int bitrate, String profile, String level,
                         String codec) {
    }

    private static final Video P1080 = new Video(1080, 1920, 60, 6_000_000, "High", "4.2", "avc1.64002A");
    private static final Video P720 = new Video(720, 1280, 30, 3_500_000, "Main", "3.1", "avc1.4D401F");
    private static final Video P480 = new Video(480, 854, 30, 1_500_000, "Main", "3.0", "avc1.4D401E");
    private static final Video P360 = new Video(360, 640, 30, 800_000, "Main", "3.0", "avc1.4D401E");
    private static final Video P240 = new Video(240, 426, 30, 400_000, "Baseline", "2.1", "avc1.42C015");

    private Ingest() {
    }

    /**
     * Adds the ingest members to a session.
     *
     * @param channel the channel as it went live
     * @param session the session document
     */
    static void describe(ObjectNode channel, ObjectNode session) {
        JsonNode multitrack = channel.path("multitrackInputConfiguration");
        boolean tracks = multitrack.path("enabled").asBoolean(false);
        List<Video> ladder = tracks ? ladder(multitrack.path("maximumResolution").asText("FULL_HD"))
                : List.of(channel.path("type").asText().equals("BASIC") ? P720 : P1080);

        ObjectNode legacy = session.putObject("ingestConfiguration");
        ObjectNode video0 = video(ladder.get(0), 0);
        video0.put("avcProfile", ladder.get(0).profile());
        video0.put("avcLevel", ladder.get(0).level());
        legacy.set("video", video0);
        legacy.set("audio", audio());

        ObjectNode all = session.putObject("ingestConfigurations");
        ArrayNode videos = all.putArray("videoConfigurations");
        for (int i = 0; i < ladder.size(); i++) {
            videos.add(video(ladder.get(i), i));
        }
        all.putArray("audioConfigurations").add(audio());
    }

    /**
     * Adds (or replaces) the ingest members of a session with what an encoder really sends: one track of each kind
     * it sends, {@code Track0}.
     *
     * @param session the session document
     * @param ingest the parameters read from the encoder's stream
     */
    static void describe(ObjectNode session, IngestParameters ingest) {
        ObjectNode legacy = session.putObject("ingestConfiguration");
        ObjectNode all = session.putObject("ingestConfigurations");
        ArrayNode videos = all.putArray("videoConfigurations");
        ArrayNode audios = all.putArray("audioConfigurations");
        ingest.video().ifPresent(v -> {
            ObjectNode out = Json.object();
            out.put("codec", v.codec());
            out.put("encoder", v.encoder());
            out.put("targetBitrate", v.bitrate());
            out.put("targetFramerate", v.framerate());
            out.put("videoHeight", (long) v.height());
            out.put("videoWidth", (long) v.width());
            out.put("level", v.level());
            out.put("profile", v.profile());
            out.put("track", "Track0");
            videos.add(out);
            ObjectNode video0 = out.deepCopy();
            video0.put("avcProfile", v.profile());
            video0.put("avcLevel", v.level());
            legacy.set("video", video0);
        });
        ingest.audio().ifPresent(a -> {
            ObjectNode out = Json.object();
            out.put("codec", a.codec());
            out.put("targetBitrate", a.bitrate());
            out.put("sampleRate", (long) a.sampleRate());
            out.put("channels", (long) a.channels());
            out.put("track", "Track0");
            audios.add(out);
            legacy.set("audio", out.deepCopy());
        });
    }

    private static List<Video> ladder(String maximumResolution) {
        switch (maximumResolution) {
            case "SD":
                return List.of(P480, P360, P240);
            case "HD":
                return List.of(P720, P480, P360);
            default:
                return List.of(P1080, P720, P480);
        }
    }

    private static ObjectNode video(Video v, int track) {
        ObjectNode out = Json.object();
        out.put("codec", v.codec());
        out.put("encoder", "Lavf60.16.100");
        out.put("targetBitrate", (long) v.bitrate());
        out.put("targetFramerate", (long) v.framerate());
        out.put("videoHeight", (long) v.height());
        out.put("videoWidth", (long) v.width());
        out.put("level", v.level());
        out.put("profile", v.profile());
        out.put("track", "Track" + track);
        return out;
    }

    private static ObjectNode audio() {
        ObjectNode out = Json.object();
        out.put("codec", "mp4a.40.2");
        out.put("targetBitrate", 160_000L);
        out.put("sampleRate", 48_000L);
        out.put("channels", 2L);
        out.put("track", "Track0");
        return out;
    }
}
