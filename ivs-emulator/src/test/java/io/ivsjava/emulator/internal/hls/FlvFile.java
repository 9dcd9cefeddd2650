package io.ivsjava.emulator.internal.hls;

import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: the audio and video tags of an FLV file, whose bodies are exactly what RTMP carries in its audio and
 * video messages, so a file made by FFmpeg can feed a {@link MediaSink} as a publisher would.
 */
public final class FlvFile {
    /**
     * One tag.
     *
     * @param video true for a video tag, false for audio
     * @param timestampMs its timestamp
     * @param body its body
     */
    public record Tag(boolean video, long timestampMs, byte[] body) {
    }

    private final List<Tag> tags;

    private FlvFile(List<Tag> tags) {
        this.tags = List.copyOf(tags);
    }

    /**
     * Reads a file.
     *
     * @param file an FLV file
     * @return its audio and video tags, in file order
     * @throws IOException if it cannot be read
     */
    public static FlvFile read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 13 || b[0] != 'F' || b[1] != 'L' || b[2] != 'V') {
            throw new IOException(file + " is not an FLV file");
        }
        int p = (int) u32(b, 5) + 4;
        List<Tag> tags = new ArrayList<>();
        while (p + 11 <= b.length) {
            int type = b[p] & 0x1F;
            int size = (int) ((u32(b, p) & 0xFFFFFF));
            long ts = ((b[p + 4] & 0xFFL) << 16) | ((b[p + 5] & 0xFFL) << 8) | (b[p + 6] & 0xFFL)
                    | ((b[p + 7] & 0xFFL) << 24);
            int body = p + 11;
            if (body + size > b.length) {
                break;
            }
            if (type == 8 || type == 9) {
                tags.add(new Tag(type == 9, ts, java.util.Arrays.copyOfRange(b, body, body + size)));
            }
            p = body + size + 4;
        }
        return new FlvFile(tags);
    }

    /** {@return the tags} */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * Feeds every tag to a sink, as fast as it takes them, with a time offset.
     *
     * @param sink the sink
     * @param offsetMs added to each timestamp
     */
    public void feed(MediaSink sink, long offsetMs) {
        for (Tag tag : tags) {
            if (tag.video()) {
                sink.video(tag.timestampMs() + offsetMs, tag.body().clone());
            } else {
                sink.audio(tag.timestampMs() + offsetMs, tag.body().clone());
            }
        }
    }

    /** {@return the last timestamp} */
    public long durationMs() {
        return tags.isEmpty() ? 0 : tags.get(tags.size() - 1).timestampMs();
    }

    private static long u32(byte[] b, int p) {
        return ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFFL) << 16) | ((b[p + 2] & 0xFFL) << 8) | (b[p + 3] & 0xFFL);
    }
}
