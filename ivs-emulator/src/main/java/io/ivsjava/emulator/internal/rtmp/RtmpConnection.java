package io.ivsjava.emulator.internal.rtmp;

import io.ivsjava.emulator.internal.ConnectionThreads;
import io.ivsjava.emulator.internal.media.MediaSink;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One encoder's connection: the handshake, then the commands encoders send to publish ({@code connect},
 * {@code releaseStream}, {@code FCPublish}, {@code createStream}, {@code publish}, and at the end
 * {@code FCUnpublish}, {@code deleteStream}) answered as encoders expect, then the stream's metadata, video and
 * audio. The stream key is the publish name under the application {@code app}.
 *
 * <p>Runs on its own thread; {@link #cutOff()} and {@link #expireIfLate(long)} may be called from any thread.
 */
final class RtmpConnection implements Runnable, ConnectionThreads.Deadlined {
    private static final Logger LOG = LoggerFactory.getLogger(RtmpConnection.class);
    /** The application name IVS ingest uses: {@code rtmp://host/app/<stream key>}. */
    static final String APP = "app";
    static final int HANDSHAKE_SIZE = 1536;
    private static final int OUT_CHUNK_SIZE = 4096;
    private static final long WINDOW = 2_500_000;
    /** How often a live stream's measured parameters are written back. */
    private static final long MEASURE_NANOS = 2_000_000_000L;
    /**
     * What is kept until the stream goes live, when it goes to its sink: sequence headers, a few hundred bytes.
     * The first coded frame makes a stream live, so only a peer that sends nothing else reaches these bounds.
     */
    private static final int MAX_EARLY_MESSAGES = 16;
    private static final int MAX_EARLY_BYTES = 256 * 1024;

    private final RtmpServer server;
    private final Socket socket;
    private volatile long deadline;
    private volatile boolean expired;
    private ChunkReader reader;
    private ChunkWriter writer;
    private boolean secure;
    private boolean connected;
    private int streamsCreated;
    private int publishStreamId = -1;
    private boolean closing;
    private long clientWindow;
    private long acknowledged;
    private long firstByteNanos;
    private long publishNanos;
    private Publishing.Publication publication;
    private boolean ended;
    private final IngestProbe probe = new IngestProbe();
    private MediaSink sink;
    private final List<Message> early = new ArrayList<>();
    private long earlyBytes;
    private long lastMeasured;

    RtmpConnection(RtmpServer server, Socket socket) {
        this.server = server;
        this.socket = socket;
        this.deadline = System.nanoTime() + server.limits().publishTimeout().toNanos();
    }

    Socket socket() {
        return socket;
    }

    /** Closes the connection from outside: the emulator ended the publish (StopStream, a reset...). */
    void cutOff() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** The watchdog's check: a connection that missed its deadline is closed. */
    @Override
    public void expireIfLate(long now) {
        if (now - deadline > 0) {
            expired = true;
            cutOff();
        }
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            InputStream raw = socket.getInputStream();
            int first = raw.read();
            if (first < 0) {
                return;
            }
            firstByteNanos = System.nanoTime();
            InputStream in;
            OutputStream out;
            if (first == 0x16) {
                SSLContext tls = server.tls().orElseThrow(() -> new ProtocolException("a TLS client, and RTMPS "
                        + "is not available"));
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket,
                        new ByteArrayInputStream(new byte[] {(byte) first}), true);
                ssl.setUseClientMode(false);
                ssl.startHandshake();
                secure = true;
                in = ssl.getInputStream();
                out = ssl.getOutputStream();
            } else {
                in = new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) first}),
                        new QuickAcks(raw, socket));
                out = socket.getOutputStream();
            }
            in = new BufferedInputStream(in, 16 * 1024);
            handshake(in, out);
            RtmpServer.Limits limits = server.limits();
            reader = new ChunkReader(in, server.budget(), limits.maxCommandBytes(), limits.maxChunkStreams(),
                    limits.maxPendingBytes());
            writer = new ChunkWriter(out);
            while (!closing) {
                handle(reader.next());
                acknowledge();
            }
            linger();
        } catch (EOFException | SocketException e) {
            if (expired) {
                LOG.debug("an RTMP connection from {} was closed: it missed its deadline ({})", peer(),
                        publication == null ? "no publish in time" : "no media in time");
            } else {
                LOG.trace("RTMP connection ended: {}", e.toString());
            }
        } catch (ProtocolException e) {
            LOG.debug("an RTMP connection from {} was closed: {}", peer(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("an RTMP connection from {} failed: {}", peer(), e.toString());
        } catch (Throwable e) {
            LOG.error("serving an RTMP connection failed; it was closed and the emulator goes on", e);
        } finally {
            try {
                endPublication();
            } finally {
                if (reader != null) {
                    reader.close();
                }
                cutOff();
                server.ended(this);
            }
        }
    }

    /**
     * After a refusal: the answer goes out, then the connection half-closes and drains what the peer still sends
     * for a moment, so that closing does not reset the connection before the peer has read why.
     */
    private void linger() {
        if (secure) {
            return;
        }
        try {
            socket.shutdownOutput();
            deadline = System.nanoTime() + 2_000_000_000L;
            InputStream raw = socket.getInputStream();
            byte[] discard = new byte[4096];
            while (raw.read(discard) >= 0) {
                // until the peer closes, or the watchdog does
            }
        } catch (IOException e) {
            // closed either way
        }
    }

    /**
     * Until the stream is live, acknowledges each segment at once (Linux's {@code TCP_QUICKACK}, re-armed before
     * each read as the kernel drops it). FFmpeg leaves Nagle's algorithm on: each of its small commands waits for
     * the acknowledgement of the previous one, which a delayed acknowledgement holds back 40 ms; this took a
     * publish about 190 ms to go live instead of about 15.
     */
    private final class QuickAcks extends java.io.FilterInputStream {
        private final Socket socket;
        private boolean supported;

        QuickAcks(InputStream in, Socket socket) {
            super(in);
            this.socket = socket;
            this.supported = socket.supportedOptions().contains(jdk.net.ExtendedSocketOptions.TCP_QUICKACK);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (supported && sink == null) {
                try {
                    socket.setOption(jdk.net.ExtendedSocketOptions.TCP_QUICKACK, true);
                } catch (IOException | UnsupportedOperationException e) {
                    supported = false;
                }
            }
            return super.read(b, off, len);
        }
    }

    private String peer() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    /** The simple handshake: C0 and C1 in; S0, S1 and S2 (C1 echoed) out; C2 in. */
    private static void handshake(InputStream in, OutputStream out) throws IOException {
        int version = in.read();
        if (version < 0) {
            throw new EOFException("closed before the handshake");
        }
        if (version != 3) {
            throw new ProtocolException("RTMP version " + version + " is not 3 (plain RTMP)");
        }
        byte[] c1 = readFully(in, HANDSHAKE_SIZE);
        byte[] answer = new byte[1 + 2 * HANDSHAKE_SIZE];
        answer[0] = 3;
        byte[] random = new byte[HANDSHAKE_SIZE - 8];
        ThreadLocalRandom.current().nextBytes(random);
        System.arraycopy(random, 0, answer, 9, random.length); // S1: time 0, zero 0, random
        System.arraycopy(c1, 0, answer, 1 + HANDSHAKE_SIZE, HANDSHAKE_SIZE); // S2: C1 echoed
        out.write(answer);
        out.flush();
        readFully(in, HANDSHAKE_SIZE); // C2
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("closed in the middle of the handshake");
        }
        return b;
    }

    private void handle(Message m) throws IOException {
        switch (m.type()) {
            case Message.SET_CHUNK_SIZE:
                reader.chunkSize(u32(m.payload(), 0) & 0x7FFFFFFFL);
                break;
            case Message.ABORT:
                reader.abort(u32(m.payload(), 0));
                break;
            case Message.USER_CONTROL:
                userControl(m.payload());
                break;
            case Message.WINDOW_ACK_SIZE:
                clientWindow = u32(m.payload(), 0);
                break;
            case Message.AUDIO:
            case Message.VIDEO:
                media(m);
                break;
            case Message.DATA_AMF0:
                data(Amf0.readAll(m.payload()));
                break;
            case Message.DATA_AMF3:
                data(Amf0.readAll(amf0Inside(m.payload())));
                break;
            case Message.COMMAND_AMF0:
                command(m.streamId(), Amf0.readAll(m.payload()));
                break;
            case Message.COMMAND_AMF3:
                command(m.streamId(), Amf0.readAll(amf0Inside(m.payload())));
                break;
            default:
                break; // acknowledgements, peer bandwidth, aggregates and the rest: nothing to do
        }
    }

    /** An AMF3 command or data message whose values are AMF0 after a zero byte, as encoders send them. */
    private static byte[] amf0Inside(byte[] payload) throws ProtocolException {
        if (payload.length == 0 || payload[0] != 0) {
            throw new ProtocolException("AMF3-encoded messages are not supported");
        }
        return Arrays.copyOfRange(payload, 1, payload.length);
    }

    private void userControl(byte[] payload) throws IOException {
        if (payload.length >= 6 && ((payload[0] << 8) | (payload[1] & 0xFF)) == 6) { // PingRequest
            byte[] pong = {0, 7, payload[2], payload[3], payload[4], payload[5]};
            send(2, Message.USER_CONTROL, 0, pong);
        }
    }

    private void acknowledge() throws IOException {
        long read = reader.bytesRead();
        if (clientWindow > 0 && read - acknowledged >= clientWindow) {
            acknowledged = read;
            send(2, Message.ACKNOWLEDGEMENT, 0, u32(read));
        }
    }

    private void command(int streamId, List<Object> values) throws IOException {
        if (values.size() < 2 || !(values.get(0) instanceof String)) {
            throw new ProtocolException("a command message that does not start with a name and a transaction id");
        }
        String name = (String) values.get(0);
        double transaction = values.get(1) instanceof Double ? (Double) values.get(1) : 0;
        switch (name) {
            case "connect":
                connect(transaction, values.size() > 2 && values.get(2) instanceof Map
                        ? (Map<?, ?>) values.get(2) : Map.of());
                break;
            case "releaseStream":
            case "FCPublish":
                if (transaction > 0) {
                    send(3, Message.COMMAND_AMF0, 0, Amf0.encode("_result", transaction, null, Amf0.Marker.UNDEFINED));
                }
                break;
            case "createStream":
                requireConnected(name);
                if (++streamsCreated > 8) {
                    throw new ProtocolException("more than 8 createStream calls");
                }
                send(3, Message.COMMAND_AMF0, 0, Amf0.encode("_result", transaction, null, (double) streamsCreated));
                break;
            case "publish":
                requireConnected(name);
                Object key = values.size() > 3 ? values.get(3) : "";
                publish(streamId, key instanceof String ? (String) key : "");
                break;
            case "FCUnpublish":
            case "deleteStream":
            case "closeStream":
                endPublication();
                break;
            case "play":
            case "play2":
                status(streamId, "error", "NetStream.Play.Failed", "This server takes publishes only: IVS plays "
                        + "channels over HLS, from their playback URL.");
                closing = true;
                break;
            default:
                break; // _checkbw, getStreamLength, answers to our messages...: nothing to do
        }
    }

    private void requireConnected(String command) throws ProtocolException {
        if (!connected) {
            throw new ProtocolException(command + " before connect");
        }
    }

    private void connect(double transaction, Map<?, ?> properties) throws IOException {
        Object given = properties.get("app");
        String app = given instanceof String ? (String) given : "";
        int query = app.indexOf('?');
        app = (query >= 0 ? app.substring(0, query) : app).replaceAll("^/+|/+$", "");
        if (!APP.equals(app)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("level", "error");
            error.put("code", "NetConnection.Connect.Rejected");
            error.put("description", "The application is \"app\": publish to rtmp://HOST:PORT/app/<stream key>.");
            send(3, Message.COMMAND_AMF0, 0, Amf0.encode("_error", transaction, null, error));
            closing = true;
            return;
        }
        send(2, Message.WINDOW_ACK_SIZE, 0, u32(WINDOW));
        send(2, Message.SET_PEER_BANDWIDTH, 0, new byte[] {0, 0x26, 0x25, (byte) 0xA0, 2});
        send(2, Message.SET_CHUNK_SIZE, 0, u32(OUT_CHUNK_SIZE));
        writer.chunkSize(OUT_CHUNK_SIZE);
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("fmsVer", "FMS/3,0,1,123");
        server.put("capabilities", 31.0);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("level", "status");
        info.put("code", "NetConnection.Connect.Success");
        info.put("description", "Connection succeeded.");
        info.put("objectEncoding", 0.0);
        send(3, Message.COMMAND_AMF0, 0, Amf0.encode("_result", transaction, server, info));
        connected = true;
    }

    private void publish(int streamId, String name) throws IOException {
        if (publication != null) {
            throw new ProtocolException("a second publish on one connection");
        }
        int query = name.indexOf('?');
        String key = (query >= 0 ? name.substring(0, query) : name).trim();
        try {
            publication = server.publishing().begin(key, secure, this::cutOff);
        } catch (Publishing.Refused refused) {
            LOG.debug("a publish from {} was refused: {}", peer(), refused.getMessage());
            status(streamId, "error", refused.code(), refused.getMessage());
            closing = true;
            return;
        }
        publishStreamId = streamId;
        publishNanos = System.nanoTime();
        reader.maxMessageBytes(server.limits().maxMediaBytes());
        deadline = System.nanoTime() + server.limits().idleTimeout().toNanos();
        send(2, Message.USER_CONTROL, 0, new byte[] {0, 0, (byte) (streamId >>> 24), (byte) (streamId >>> 16),
            (byte) (streamId >>> 8), (byte) streamId}); // StreamBegin
        status(streamId, "status", "NetStream.Publish.Start", "Publishing.");
    }

    private void data(List<Object> values) {
        if (publication == null || ended) {
            return;
        }
        int i = !values.isEmpty() && "@setDataFrame".equals(values.get(0)) ? 1 : 0;
        if (values.size() > i + 1 && "onMetaData".equals(values.get(i)) && values.get(i + 1) instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) values.get(i + 1);
            probe.metadata(metadata);
        }
    }

    private void media(Message m) throws IOException {
        if (publication == null || ended || m.streamId() != publishStreamId) {
            return;
        }
        long now = System.nanoTime();
        deadline = now + server.limits().idleTimeout().toNanos();
        boolean video = m.type() == Message.VIDEO;
        if (video) {
            probe.video(m.timestamp(), m.payload());
        } else {
            probe.audio(m.timestamp(), m.payload());
        }
        if (sink == null) {
            early.add(m);
            earlyBytes += m.payload().length;
            if (probe.ready()) {
                goLive(now);
            } else if (early.size() > MAX_EARLY_MESSAGES || earlyBytes > MAX_EARLY_BYTES) {
                throw new ProtocolException("more than " + MAX_EARLY_MESSAGES + " messages or " + MAX_EARLY_BYTES
                        + " bytes of sequence headers, and no frame");
            }
            return;
        }
        deliver(m);
        if (now - lastMeasured > MEASURE_NANOS) {
            lastMeasured = now;
            publication.measured(probe.parameters());
        }
    }

    private void goLive(long now) throws IOException {
        try {
            sink = publication.live(probe.parameters());
        } catch (Publishing.Refused refused) {
            LOG.debug("a publish from {} could not go live: {}", peer(), refused.getMessage());
            status(publishStreamId, "error", refused.code(), refused.getMessage());
            closing = true;
            return;
        }
        lastMeasured = now;
        LOG.debug("a publish from {} went live {} ms after its first byte, {} ms after its publish command", peer(),
                (now - firstByteNanos) / 1_000_000, (now - publishNanos) / 1_000_000);
        for (Message m : early) {
            deliver(m);
        }
        early.clear();
        earlyBytes = 0;
    }

    private void deliver(Message m) {
        try {
            if (m.type() == Message.VIDEO) {
                sink.video(m.timestamp(), m.payload());
            } else {
                sink.audio(m.timestamp(), m.payload());
            }
        } catch (RuntimeException e) {
            LOG.warn("a stream's media sink failed; the rest of this stream's media is dropped", e);
            sink = MediaSink.NONE;
        }
    }

    private void endPublication() {
        if (publication == null || ended) {
            return;
        }
        ended = true;
        if (sink != null) {
            try {
                sink.end();
            } catch (RuntimeException e) {
                LOG.warn("a stream's media sink failed at its end", e);
            }
        }
        publication.end();
    }

    private void status(int streamId, String level, String code, String description) throws IOException {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("level", level);
        info.put("code", code);
        info.put("description", description);
        send(5, Message.COMMAND_AMF0, Math.max(streamId, 0), Amf0.encode("onStatus", 0.0, null, info));
    }

    private void send(int chunkStreamId, int type, int streamId, byte[] payload) throws IOException {
        writer.write(chunkStreamId, new Message(type, streamId, 0, payload));
    }

    private static long u32(byte[] b, int offset) throws ProtocolException {
        if (b.length < offset + 4) {
            throw new ProtocolException("a control message shorter than its 4-byte value");
        }
        return ((long) (b[offset] & 0xFF) << 24) | ((b[offset + 1] & 0xFF) << 16) | ((b[offset + 2] & 0xFF) << 8)
                | (b[offset + 3] & 0xFF);
    }

    private static byte[] u32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** {@return whether a publish is on, for tests} */
    Optional<Publishing.Publication> publication() {
        return Optional.ofNullable(publication);
    }
}
