package io.ivsjava.emulator.internal.hls;

import io.ivsjava.emulator.testing.OwnThreads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Test-only: runs FFmpeg's command-line tools, where they are installed. */
public final class Ffmpeg {
    private static final Executor OWN_THREAD = OwnThreads.named("ffmpeg-output");

    /**
     * What a run printed.
     *
     * @param exit the exit status (-1 if it was killed after the timeout)
     * @param stdout standard output
     * @param stderr standard error
     */
    public record Run(int exit, byte[] stdout, String stderr) {
        /** {@return standard output as text} */
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private Ffmpeg() {
    }

    /** {@return whether ffmpeg and ffprobe run here} */
    public static boolean available() {
        try {
            return run(30, "ffmpeg", "-version").exit() == 0 && run(30, "ffprobe", "-version").exit() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Makes the FLV file the tests feed: H.264 (libx264, a key frame every 2 s) and AAC, of a test pattern and a
     * tone, as {@code ffmpeg -f lavfi -i testsrc=size=1280x720:rate=30 -f lavfi -i sine -t 6 -c:v libx264 -g 60
     * -c:a aac -f flv}, in 4:2:0 as encoders for live streaming send it (browsers decode nothing else).
     *
     * @param file where
     * @param seconds how long
     * @return the file
     */
    public static Path testFlv(Path file, int seconds) {
        Run run = run(120, "ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine", "-t", String.valueOf(seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "60", "-c:a", "aac", "-f", "flv",
                file.toString());
        if (run.exit() != 0) {
            throw new IllegalStateException("ffmpeg could not make " + file + ": " + run.stderr());
        }
        return file;
    }

    /**
     * Runs a command.
     *
     * @param timeoutSeconds how long it may take before it is killed
     * @param command the command and its arguments
     * @return what it printed
     */
    public static Run run(int timeoutSeconds, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()),
                    OWN_THREAD);
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()),
                    OWN_THREAD);
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new Run(done ? process.exitValue() : -1, out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The arguments of a command, as a list to which more can be added.
     *
     * @param first the first arguments
     * @return a mutable list
     */
    public static List<String> args(String... first) {
        return new ArrayList<>(List.of(first));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
