package io.ivsjava.emulator.internal.rtmp;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A minimal RTMP publisher for tests, written from the specification like the server but separately: the
 * handshake, the commands an encoder sends, and FLV media bodies, plus raw access for malformed input.
 */
public final class RtmpTestClient implements AutoCloseable {
    /** An SPS of 1280x720 High level 3.1 at 30 fps (from libx264), as in {@code SpsTest}. */
    public static final byte[] SPS_720P30 = HexFormat.of().parseHex(SpsTest.HD_720P30);
    private static final byte[] PPS = HexFormat.of().parseHex("68ebe3cb22c0");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ChunkReader reader;
    private final ChunkWriter writer;
    private byte[] c1;
    private byte[] s2;
    private int streamId = 1;

    private RtmpTestClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(20_000);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.reader = new ChunkReader(in, MemoryBudget.unlimited(), 1 << 24, 64, 1L << 26);
        this.writer = new ChunkWriter(out);
    }

    /**
     * Opens a TCP connection, and TLS over it if asked (trusting any certificate, as FFmpeg does by default).
     *
     * @param address the server
     * @param tls whether to speak RTMPS
     * @return the client, before the handshake
     * @throws IOException if the connection fails
     */
    public static RtmpTestClient open(InetSocketAddress address, boolean tls) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true); // each command goes out at once, as a low-latency encoder sends it
        socket.connect(address, 10_000);
        if (tls) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    }

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    }

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                }}, null);
                SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(socket,
                        address.getHostString(), address.getPort(), true);
                ssl.startHandshake();
                socket = ssl;
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
        }
        return new RtmpTestClient(socket);
    }

    /** Opens, shakes hands, connects to {@code app} and publishes: the server's {@code onStatus} info is returned. */
    public static Published publish(InetSocketAddress address, String streamKey) throws IOException {
        RtmpTestClient client = open(address, false);
        client.handshake();
        client.connect("app");
        client.createStream();
        Map<?, ?> status = client.publishAs(streamKey);
        return new Published(client, status);
    }

    /**
     * A publish's outcome.
     *
     * @param client the connection
     * @param status the {@code onStatus} info the server answered
     */
    public record Published(RtmpTestClient client, Map<?, ?> status) {
        public String code() {
            return String.valueOf(status.get("code"));
        }
    }

    public OutputStream rawOut() {
        return out;
    }

    public Socket socket() {
        return socket;
    }

    /** C0, C1; S0, S1, S2; C2. */
    public void handshake() throws IOException {
        c1 = new byte[1536];
        new Random(1).nextBytes(c1);
        System.arraycopy(new byte[8], 0, c1, 0, 8);
        out.write(3);
        out.write(c1);
        out.flush();
        int s0 = in.read();
        if (s0 != 3) {
            throw new IOException("S0 is " + s0);
        }
        byte[] s1 = in.readNBytes(1536);
        s2 = in.readNBytes(1536);
        if (s2.length < 1536) {
            throw new EOFException("handshake cut short");
        }
        out.write(s1);
        out.flush();
    }

    /** {@return whether S2 echoed C1, as the simple handshake asks} */
    public boolean echoedC1() {
        return java.util.Arrays.equals(c1, s2);
    }

    /** Sends {@code connect} and returns the answer's values ({@code _result} or {@code _error}). */
    public List<Object> connect(String app) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("app", app);
        properties.put("type", "nonprivate");
        properties.put("flashVer", "FMLE/3.0 (compatible; test)");
        properties.put("tcUrl", "rtmp://127.0.0.1/" + app);
        command(0, "connect", 1.0, properties);
        return nextCommand();
    }

    public double createStream() throws IOException {
        command(0, "releaseStream", 2.0, null, "x");
        command(0, "FCPublish", 3.0, null, "x");
        command(0, "createStream", 4.0, (Object) null);
        while (true) {
            List<Object> values = nextCommand();
            if (values.get(1).equals(4.0)) {
                streamId = ((Double) values.get(3)).intValue();
                return (Double) values.get(3);
            }
        }
    }

    /** Sends {@code publish} and returns the {@code onStatus} info. */
    public Map<?, ?> publishAs(String key) throws IOException {
        command(streamId, "publish", 5.0, null, key, "live");
        while (true) {
            List<Object> values = nextCommand();
            if ("onStatus".equals(values.get(0))) {
                return (Map<?, ?>) values.get(3);
            }
        }
    }

    public void command(int stream, Object... values) throws IOException {
        writer.write(3, new Message(Message.COMMAND_AMF0, stream, 0, Amf0.encode(values)));
    }

    public void metadata(Map<String, Object> values) throws IOException {
        writer.write(4, new Message(Message.DATA_AMF0, streamId, 0, Amf0.encode("@setDataFrame", "onMetaData",
                values)));
    }

    /** The AVC sequence header of {@link #SPS_720P30}. */
    public void avcSequenceHeader() throws IOException {
        byte[] body = new byte[5 + 6 + 2 + SPS_720P30.length + 1 + 2 + PPS.length];
        int i = 0;
        body[i++] = 0x17;
        i += 4; // AVC sequence header, composition time 0
        body[i++] = 1;
        body[i++] = SPS_720P30[1];
        body[i++] = SPS_720P30[2];
        body[i++] = SPS_720P30[3];
        body[i++] = (byte) 0xFF;
        body[i++] = (byte) 0xE1;
        body[i++] = 0;
        body[i++] = (byte) SPS_720P30.length;
        System.arraycopy(SPS_720P30, 0, body, i, SPS_720P30.length);
        i += SPS_720P30.length;
        body[i++] = 1;
        body[i++] = 0;
        body[i++] = (byte) PPS.length;
        System.arraycopy(PPS, 0, body, i, PPS.length);
        video(0, body);
    }

    /** An AAC LC sequence header: 48 kHz, stereo. */
    public void aacSequenceHeader() throws IOException {
        audio(0, new byte[] {(byte) 0xAF, 0, 0x11, (byte) 0x90});
    }

    /** One H.264 frame of the given size. */
    public void videoFrame(long timestamp, boolean key, int size) throws IOException {
        byte[] body = new byte[5 + 4 + size];
        body[0] = (byte) (key ? 0x17 : 0x27);
        body[1] = 1;
        body[5] = (byte) (size >>> 24);
        body[6] = (byte) (size >>> 16);
        body[7] = (byte) (size >>> 8);
        body[8] = (byte) size;
        body[9] = (byte) (key ? 0x65 : 0x41);
        video(timestamp, body);
    }

    /** One AAC frame of the given size. */
    public void audioFrame(long timestamp, int size) throws IOException {
        byte[] body = new byte[2 + size];
        body[0] = (byte) 0xAF;
        body[1] = 1;
        audio(timestamp, body);
    }

    public void video(long timestamp, byte[] body) throws IOException {
        writer.write(6, new Message(Message.VIDEO, streamId, timestamp, body));
    }

    public void audio(long timestamp, byte[] body) throws IOException {
        writer.write(4, new Message(Message.AUDIO, streamId, timestamp, body));
    }

    /** Reads messages until a command, applying Set Chunk Size; returns its values. */
    public List<Object> nextCommand() throws IOException {
        while (true) {
            Message m = next();
            if (m.type() == Message.COMMAND_AMF0) {
                return Amf0.readAll(m.payload());
            }
        }
    }

    /** Reads the next message, applying Set Chunk Size. */
    public Message next() throws IOException {
        Message m = reader.next();
        if (m.type() == Message.SET_CHUNK_SIZE) {
            reader.chunkSize(((m.payload()[0] & 0x7F) << 24) | ((m.payload()[1] & 0xFF) << 16)
                    | ((m.payload()[2] & 0xFF) << 8) | (m.payload()[3] & 0xFF));
        }
        return m;
    }

    /**
     * Whether the server closes the connection within a time, reading (and dropping) whatever it still sends.
     *
     * @param within how long to wait
     * @return true if the connection ended
     */
    public boolean closedByServer(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        try {
            byte[] b = new byte[4096];
            while (in.read(b) >= 0) {
                // drop
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
