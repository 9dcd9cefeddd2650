package io.ivsjava.examples.streamcat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An FFmpeg process that streams a test pattern and a tone to an RTMP(S) server, as a broadcaster's encoder would:
 * what the demo runs when the embedded emulator's media plane is on, and the commands StreamCat prints for people.
 *
 * <p>The stream key is part of the URL FFmpeg is given, so it is on FFmpeg's command line (as with any FFmpeg
 * publish); nothing here prints or logs it: FFmpeg's own messages are kept with the key replaced.
 *
 * <p>Thread-safe: {@link #stop} and {@link #close} may be called from any thread.
 */
final class FfmpegEncoder implements AutoCloseable {
    /** The program run unless another is named. */
    static final String PROGRAM = "ffmpeg";
    /** A cap on how long the demo's encoder streams, should the demo never stop it. */
    private static final int LONGEST_SECONDS = 120;
    private static final int LOG_LINES = 20;

    private final Process process;
    private final String secret;
    private final Deque<String> log = new ArrayDeque<>();

    private FfmpegEncoder(Process process, String secret) {
        this.process = process;
        this.secret = secret;
        Thread reader = new Thread(this::readLog, "streamcat-ffmpeg-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Whether the program runs here ({@code ffmpeg -version} answers).
     *
     * @param program {@value #PROGRAM}, or a path to it
     * @return true if it ran and exited 0 within 30 seconds
     */
    static boolean available(String program) {
        try {
            Process p = new ProcessBuilder(program, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The command a person runs to stream to a server, as the README gives it: a 720p test pattern and a tone, H.264
     * (4:2:0, which browsers play; the test source is RGB) with a 2-second key frame interval, and AAC.
     *
     * @param server the RTMP(S) server URL, such as {@code rtmps://127.0.0.1:1935/app/}
     * @return the command, with {@code <stream key>} where the key goes
     */
    static String commandLine(URI server) {
        return "ffmpeg -re -f lavfi -i testsrc=size=1280x720:rate=30 -f lavfi -i sine -pix_fmt yuv420p -c:v libx264 "
                + "-g 60 -c:a aac -f flv " + server + "<stream key>";
    }

    /**
     * The arguments of what the demo runs: as {@link #commandLine}, smaller and quicker to encode (360p,
     * {@code veryfast}), so that a busy machine keeps up, and stopped by {@link #stop} (or after two minutes).
     *
     * @param program the program
     * @param url the server URL with the stream key
     * @return the arguments
     */
    static List<String> demoCommand(String program, String url) {
        return List.of(program, "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i",
                "testsrc=size=640x360:rate=30", "-f", "lavfi", "-i", "sine=frequency=440", "-t",
                String.valueOf(LONGEST_SECONDS), "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "veryfast",
                "-g", "60", "-c:a", "aac", "-f", "flv", url);
    }

    /**
     * {@link #demoCommand} as the demo shows it.
     *
     * @param server the server URL, without the key
     * @return the command line, with {@code <stream key>} where the key goes
     */
    static String demoCommandLine(URI server) {
        return String.join(" ", demoCommand(PROGRAM, server + "<stream key>"));
    }

    /**
     * What to set in OBS, which checks certificates and so needs the emulator's plain RTMP.
     *
     * @param rtmpServer the plain RTMP server URL, such as {@code rtmp://127.0.0.1:1935/app/}
     * @return the settings, with {@code <stream key>} where the key goes
     */
    static String obsSettings(URI rtmpServer) {
        return "OBS: Settings, Stream, Service \"Custom...\", Server " + rtmpServer + " (plain RTMP: OBS checks "
                + "certificates, and the emulator's RTMPS one is self-signed), Stream Key <stream key>";
    }

    /**
     * How a viewer plays a playback URL.
     *
     * @param playbackUrl the channel's playback URL (with {@code ?token=} on a private channel)
     * @return the {@code ffplay} command, and a note on browsers
     */
    static String players(String playbackUrl) {
        return "ffplay " + playbackUrl + " (or any HLS player; hls.js plays it in a browser, as every answer "
                + "carries CORS headers)";
    }

    /**
     * Starts streaming.
     *
     * @param program {@value #PROGRAM}, or a path to it
     * @param server the RTMP(S) server URL, such as {@code rtmps://127.0.0.1:1935/app/}
     * @param streamKey the stream key, appended to the server URL
     * @return the running encoder
     * @throws IOException if the program cannot be started
     */
    static FfmpegEncoder start(String program, URI server, String streamKey) throws IOException {
        String url = server.toString();
        String withKey = url + (url.endsWith("/") ? "" : "/") + streamKey;
        Process process = new ProcessBuilder(demoCommand(program, withKey)).redirectErrorStream(true).start();
        return new FfmpegEncoder(process, streamKey);
    }

    /** {@return whether FFmpeg is still running} */
    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops streaming as a person at FFmpeg's terminal does: {@code q}, so that FFmpeg ends the stream and closes
     * its connection; forcibly if it has not exited in time.
     *
     * @param wait how long FFmpeg may take to exit
     * @return FFmpeg's exit status
     */
    int stop(Duration wait) {
        try {
            OutputStream in = process.getOutputStream();
            in.write('q');
            in.flush();
            in.close();
        } catch (IOException alreadyGone) {
            // it exited meanwhile
        }
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** {@return FFmpeg's last messages, its stream key replaced} */
    synchronized String log() {
        return log.isEmpty() ? "(nothing)" : String.join(" / ", log);
    }

    /** Kills FFmpeg if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void readLog() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String shown = line.replace(secret, "<stream key>");
                synchronized (this) {
                    if (log.size() == LOG_LINES) {
                        log.removeFirst();
                    }
                    log.addLast(shown);
                }
            }
        } catch (IOException ended) {
            // FFmpeg exited
        }
    }
}
