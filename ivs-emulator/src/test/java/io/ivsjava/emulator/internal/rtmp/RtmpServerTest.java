package io.ivsjava.emulator.internal.rtmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The RTMP server against a scripted {@link Publishing}: what it answers, what reaches the emulator, and what
 * broken, slow, silent or hostile peers get (closed, never a hang, never memory held).
 */
class RtmpServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Scripted publishing = new Scripted();
    private RtmpServer server;

    private RtmpServer start(RtmpServer.Limits limits) throws IOException {
        server = RtmpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), publishing, limits);
        return server;
    }

    private InetSocketAddress address() {
        return server.address();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A Publishing that records what the server asks and answers as told. */
    static final class Scripted implements Publishing {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final List<IngestParameters> lives = new CopyOnWriteArrayList<>();
        final List<String> media = new CopyOnWriteArrayList<>();
        final List<Runnable> cutOffs = new CopyOnWriteArrayList<>();
        volatile Refused refusal;

        @Override
        public Publication begin(String streamKey, boolean secure, Runnable cutOff) throws Refused {
            events.add("begin " + streamKey + (secure ? " secure" : ""));
            if (refusal != null) {
                throw refusal;
            }
            cutOffs.add(cutOff);
            return new Publication() {
                @Override
                public MediaSink live(IngestParameters parameters) {
                    lives.add(parameters);
                    events.add("live");
                    return new MediaSink() {
                        @Override
                        public void video(long timestampMs, byte[] body) {
                            media.add("video " + timestampMs + " " + body.length);
                        }

                        @Override
                        public void audio(long timestampMs, byte[] body) {
                            media.add("audio " + timestampMs + " " + body.length);
                        }

                        @Override
                        public void end() {
                            events.add("sink end");
                        }
                    };
                }

                @Override
                public void measured(IngestParameters parameters) {
                }

                @Override
                public void end() {
                    events.add("end");
                }
            };
        }

        String next() throws InterruptedException {
            String event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within %s", WAIT).isNotNull();
            return event;
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for %s", what).isNegative();
            Thread.sleep(10);
        }
    }

    @Test
    void aPublishIsAnsweredAsEncodersExpectAndItsParametersAndMediaReachTheEmulator() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        try (RtmpTestClient client = RtmpTestClient.open(address(), false)) {
            client.handshake();
            assertThat(client.echoedC1()).as("S2 echoes C1").isTrue();
            List<Object> connected = client.connect("app");
            assertThat(connected.get(0)).isEqualTo("_result");
            assertThat(((Map<?, ?>) connected.get(3)).get("code")).isEqualTo("NetConnection.Connect.Success");
            assertThat(client.createStream()).isEqualTo(1.0);
            assertThat(client.publishAs("sk_us-east-1_key?ignored=1").get("code")).isEqualTo("NetStream.Publish.Start");
            assertThat(publishing.next()).isEqualTo("begin sk_us-east-1_key");

            client.metadata(Map.of("width", 1280.0, "height", 720.0, "framerate", 30.0, "videodatarate", 2500.0,
                    "audiodatarate", 128.0, "encoder", "test-encoder", "videocodecid", 7.0, "audiocodecid", 10.0));
            client.avcSequenceHeader();
            client.aacSequenceHeader();
            assertThat(publishing.next()).isEqualTo("live");
            IngestParameters parameters = publishing.lives.get(0);
            assertThat(parameters.video()).hasValue(new IngestParameters.Video("avc1.64001F", "High", "3.1", 1280, 720,
                    30, 2_500_000, "test-encoder"));
            assertThat(parameters.audio()).hasValue(new IngestParameters.Audio("mp4a.40.2", 48000, 2, 128_000));

            for (int i = 0; i < 10; i++) {
                client.videoFrame(i * 33L, i == 0, 1000);
                client.audioFrame(i * 21L, 200);
            }
        }
        assertThat(publishing.next()).isEqualTo("sink end");
        assertThat(publishing.next()).isEqualTo("end");
        assertThat(publishing.media).hasSize(22).startsWith("video 0 " + (13 + RtmpTestClient.SPS_720P30.length + 9),
                "audio 0 4", "video 0 1009", "audio 0 202", "video 33 1009");
        await("the connection to be forgotten", () -> server.connectionCount() == 0);
        assertThat(publishing.events).isEmpty();
    }

    @Test
    void aRefusedPublishIsToldWhyAndClosed() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        publishing.refusal = new Publishing.Refused(Publishing.Refused.REJECTED, "No such stream key.");
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_wrong");
        try (RtmpTestClient client = published.client()) {
            assertThat(published.code()).isEqualTo("NetStream.Publish.Rejected");
            assertThat(published.status().get("level")).isEqualTo("error");
            assertThat(published.status().get("description")).isEqualTo("No such stream key.");
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(publishing.next()).isEqualTo("begin sk_wrong");
        await("the connection to be forgotten", () -> server.connectionCount() == 0);
        assertThat(publishing.events).as("nothing to end").isEmpty();
    }

    @Test
    void anotherApplicationThanAppIsRejected() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        try (RtmpTestClient client = RtmpTestClient.open(address(), false)) {
            client.handshake();
            List<Object> answer = client.connect("live");
            assertThat(answer.get(0)).isEqualTo("_error");
            assertThat(((Map<?, ?>) answer.get(3)).get("code")).isEqualTo("NetConnection.Connect.Rejected");
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(publishing.events).isEmpty();
    }

    @Test
    void cuttingOffClosesThePublishersConnectionAndEndsThePublish() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_a");
        try (RtmpTestClient client = published.client()) {
            client.avcSequenceHeader();
            client.aacSequenceHeader();
            assertThat(publishing.next()).isEqualTo("begin sk_a");
            assertThat(publishing.next()).isEqualTo("live");
            publishing.cutOffs.get(0).run();
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(publishing.next()).isEqualTo("sink end");
        assertThat(publishing.next()).isEqualTo("end");
    }

    @Test
    void aPublisherCutOffInTheMiddleOfAChunkEndsItsPublishAndGivesItsBufferBack() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_a");
        try (RtmpTestClient client = published.client()) {
            client.avcSequenceHeader();
            client.aacSequenceHeader();
            // the first 1000 bytes of a 100 kB video message (chunk size 128: a header and a few chunks)
            byte[] chunks = ChunkWriter.encode(6, new Message(Message.VIDEO, 1, 40, new byte[100_000]), 128);
            client.rawOut().write(chunks, 0, 1000);
            client.rawOut().flush();
            await("the partial message to be held", () -> server.bufferedBytes() == 100_000);
        }
        assertThat(publishing.next()).isEqualTo("begin sk_a");
        assertThat(publishing.next()).isEqualTo("live");
        assertThat(publishing.next()).isEqualTo("sink end");
        assertThat(publishing.next()).isEqualTo("end");
        await("the buffer to be given back", () -> server.bufferedBytes() == 0);
    }

    @Test
    void silentAndTricklingPeersAreClosedAtTheirDeadline() throws Exception {
        start(RtmpServer.Limits.DEFAULTS.withTimeouts(Duration.ofMillis(400), Duration.ofMillis(400)));
        try (Socket silent = new Socket(address().getAddress(), address().getPort());
             Socket trickling = new Socket(address().getAddress(), address().getPort())) {
            silent.setSoTimeout((int) WAIT.toMillis());
            trickling.setSoTimeout(50);
            OutputStream out = trickling.getOutputStream();
            out.write(3);
            long started = System.nanoTime();
            boolean closed = false;
            while (!closed && System.nanoTime() - started < WAIT.toNanos()) {
                try {
                    out.write(0); // one byte of C1 at a time, never finishing the handshake in time
                    out.flush();
                    closed = trickling.getInputStream().read() < 0;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // keep trickling
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(closed).as("the trickling peer was closed").isTrue();
            assertThat(silent.getInputStream().read()).as("the silent peer was closed").isEqualTo(-1);
        }
        await("the connections to be forgotten", () -> server.connectionCount() == 0);
    }

    @Test
    void aPublisherThatFallsSilentIsClosedAndItsPublishEnds() throws Exception {
        start(RtmpServer.Limits.DEFAULTS.withTimeouts(Duration.ofSeconds(15), Duration.ofMillis(400)));
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_a");
        try (RtmpTestClient client = published.client()) {
            client.avcSequenceHeader();
            client.aacSequenceHeader();
            assertThat(publishing.next()).isEqualTo("begin sk_a");
            assertThat(publishing.next()).isEqualTo("live");
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(publishing.next()).isEqualTo("sink end");
        assertThat(publishing.next()).isEqualTo("end");
    }

    @Test
    void aHugeMessageBeforeThePublishIsRefusedAtItsHeader() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        try (RtmpTestClient client = RtmpTestClient.open(address(), false)) {
            client.handshake();
            // a command message announcing 16 MiB - 1, then nothing
            client.rawOut().write(new byte[] {3, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 20, 0, 0, 0, 0});
            client.rawOut().flush();
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(server.bufferedBytes()).isZero();
        assertThat(publishing.events).isEmpty();
    }

    @Test
    void sequenceHeadersWithoutAFrameAreNotHoardedBeforeTheStreamIsLive() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_a");
        try (RtmpTestClient client = published.client()) {
            client.metadata(Map.of("videocodecid", 7.0, "audiocodecid", 10.0)); // both tracks announced
            byte[] header = new byte[100_000];
            header[0] = 0x17; // AVC sequence header after sequence header, never a frame, never the audio one
            boolean closed = false;
            for (int i = 0; i < 10 && !closed; i++) {
                try {
                    client.video(0, header);
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(closed || client.closedByServer(WAIT)).isTrue();
        }
        assertThat(publishing.next()).isEqualTo("begin sk_a");
        assertThat(publishing.next()).as("never live").isEqualTo("end");
        await("the connection to be forgotten", () -> server.connectionCount() == 0);
        assertThat(server.bufferedBytes()).isZero();
    }

    @Test
    void garbageClosesItsConnectionOnlyAndTheServerGoesOn() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        Random random = new Random(1935);
        for (int i = 0; i < 30; i++) {
            try (RtmpTestClient client = RtmpTestClient.open(address(), false)) {
                if (i % 3 != 0) {
                    client.handshake();
                    if (i % 3 == 2) {
                        client.connect("app");
                    }
                }
                byte[] garbage = new byte[1 + random.nextInt(5000)];
                random.nextBytes(garbage);
                try {
                    client.rawOut().write(garbage);
                    client.rawOut().flush();
                } catch (IOException closedAlready) {
                    // the server may close before all of it is written
                }
                // closed by the server (a protocol error) or still waiting for more bytes of a message: either
                // way, it goes when the client does
            }
        }
        await("every garbage connection to be closed", () -> server.connectionCount() == 0);
        await("every partial message's buffer to be given back", () -> server.bufferedBytes() == 0);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_good");
        published.client().close();
        assertThat(published.code()).isEqualTo("NetStream.Publish.Start");
    }

    @Test
    void connectionsBeyondTheCapAreClosedOnArrival() throws Exception {
        start(RtmpServer.Limits.DEFAULTS.withMaxConnections(5));
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                idle.add(new Socket(address().getAddress(), address().getPort()));
            }
            await("five connections", () -> server.connectionCount() == 5);
            try (Socket sixth = new Socket(address().getAddress(), address().getPort())) {
                sixth.setSoTimeout((int) WAIT.toMillis());
                InputStream in = sixth.getInputStream();
                int read;
                try {
                    read = in.read();
                } catch (IOException reset) {
                    read = -1;
                }
                assertThat(read).as("the sixth connection is closed at once").isEqualTo(-1);
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
        await("the idle connections to go", () -> server.connectionCount() == 0);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_good");
        published.client().close();
        assertThat(published.code()).isEqualTo("NetStream.Publish.Start");
    }

    @Test
    void acknowledgementsFollowThePublishersWindowAndPingsAreAnswered() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        RtmpTestClient.Published published = RtmpTestClient.publish(address(), "sk_a");
        try (RtmpTestClient client = published.client()) {
            client.rawOut().write(ChunkWriter.encode(2, new Message(Message.WINDOW_ACK_SIZE, 0, 0,
                    new byte[] {0, 0, 0x10, 0}), 128)); // 4096
            client.rawOut().write(ChunkWriter.encode(2, new Message(Message.USER_CONTROL, 0, 0,
                    new byte[] {0, 6, 0, 0, 0x30, 0x39}), 128)); // PingRequest 12345
            client.avcSequenceHeader();
            for (int i = 0; i < 5; i++) {
                client.videoFrame(i * 33L, i == 0, 2000);
            }
            boolean pong = false;
            long acknowledged = 0;
            while (!pong || acknowledged == 0) {
                Message m = client.next();
                if (m.type() == Message.USER_CONTROL && m.payload()[1] == 7) {
                    assertThat(m.payload()).containsExactly(0, 7, 0, 0, 0x30, 0x39);
                    pong = true;
                }
                if (m.type() == Message.ACKNOWLEDGEMENT) {
                    acknowledged = ((m.payload()[0] & 0xFFL) << 24) | ((m.payload()[1] & 0xFF) << 16)
                            | ((m.payload()[2] & 0xFF) << 8) | (m.payload()[3] & 0xFF);
                }
            }
            assertThat(acknowledged).isGreaterThanOrEqualTo(4096);
        }
    }

    @Test
    void rtmpsIsServedOnTheSamePortWithACertificateMadeOnTheSpot() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        try (RtmpTestClient client = RtmpTestClient.open(address(), true)) {
            client.handshake();
            client.connect("app");
            client.createStream();
            assertThat(client.publishAs("sk_tls").get("code")).isEqualTo("NetStream.Publish.Start");
            javax.net.ssl.SSLSession session = ((javax.net.ssl.SSLSocket) client.socket()).getSession();
            assertThat(session.getPeerCertificates()[0]).isInstanceOfSatisfying(
                    java.security.cert.X509Certificate.class, c -> assertThat(c.getSubjectX500Principal().getName())
                            .isEqualTo("CN=ivs-emulator RTMPS"));
        }
        assertThat(publishing.next()).isEqualTo("begin sk_tls secure");
    }

    @Test
    void manyPublishersAtOnceEachGetTheirOwnPublish() throws Exception {
        start(RtmpServer.Limits.DEFAULTS);
        int publishers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < publishers; i++) {
                String key = "sk_" + i;
                outcomes.add(pool.submit(() -> {
                    RtmpTestClient.Published published = RtmpTestClient.publish(address(), key);
                    try (RtmpTestClient client = published.client()) {
                        client.avcSequenceHeader();
                        client.aacSequenceHeader();
                        for (int f = 0; f < 30; f++) {
                            client.videoFrame(f * 33L, f == 0, 3000);
                            client.audioFrame(f * 21L, 300);
                        }
                    }
                    return published.code();
                }));
            }
            for (Future<String> outcome : outcomes) {
                assertThat(outcome.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("NetStream.Publish.Start");
            }
        } finally {
            pool.shutdownNow();
        }
        await("every publish to end", () -> publishing.events.stream().filter("end"::equals).count() == publishers);
        assertThat(publishing.lives).hasSize(publishers);
        await("the connections to be forgotten", () -> server.connectionCount() == 0);
        assertThat(server.bufferedBytes()).isZero();
    }
}
