package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket framing on its own: RFC 6455's examples, every rule a server enforces, and random and mutated input,
 * which must always end in a message, a protocol error with its close code, or the end of the stream; never a hang,
 * a huge allocation or another exception.
 */
class WebSocketTest {
    private static final int MAX = 1024;

    @Test
    void theAcceptKeyIsTheRfcsExampleAndBadKeysAreRefused() {
        assertThat(WebSocket.accept("dGhlIHNhbXBsZSBub25jZQ==")).contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        assertThat(WebSocket.accept(null)).isEmpty();
        assertThat(WebSocket.accept("not base64!")).isEmpty();
        assertThat(WebSocket.accept("c2hvcnQ=")).as("5 bytes, not 16").isEmpty();
        assertThat(WebSocket.hasToken("keep-alive, Upgrade", "upgrade")).isTrue();
        assertThat(WebSocket.hasToken("keep-alive", "upgrade")).isFalse();
    }

    @Test
    void theRfcsMaskedHelloIsRead() throws IOException {
        byte[] frame = {(byte) 0x81, (byte) 0x85, 0x37, (byte) 0xfa, 0x21, 0x3d, 0x7f, (byte) 0x9f, 0x4d, 0x51, 0x58};

        WebSocket.Message message = reader(frame).next();

        assertThat(message.opcode()).isEqualTo(WebSocket.TEXT);
        assertThat(message.text()).isEqualTo("Hello");
    }

    @Test
    void fragmentsAreJoinedAndControlFramesComeOutBetweenThem() throws IOException {
        byte[] input = concat(
                clientFrame(false, WebSocket.TEXT, "Hel".getBytes(StandardCharsets.UTF_8)),
                clientFrame(true, WebSocket.PING, "p".getBytes(StandardCharsets.UTF_8)),
                clientFrame(false, WebSocket.CONTINUATION, new byte[0]),
                clientFrame(true, WebSocket.CONTINUATION, "lo €".getBytes(StandardCharsets.UTF_8)),
                clientFrame(true, WebSocket.BINARY, new byte[] {1, 2}));
        WebSocket.Reader reader = reader(input);

        WebSocket.Message ping = reader.next();
        WebSocket.Message text = reader.next();
        WebSocket.Message binary = reader.next();

        assertThat(ping.opcode()).isEqualTo(WebSocket.PING);
        assertThat(ping.text()).isEqualTo("p");
        assertThat(text.text()).isEqualTo("Hello €");
        assertThat(binary.opcode()).isEqualTo(WebSocket.BINARY);
        assertThat(binary.payload()).containsExactly(1, 2);
        assertThat(reader.busy()).as("no frame in progress").isZero();
        assertThatThrownBy(reader::next).isInstanceOf(EOFException.class);
    }

    @Test
    void extendedLengthsAreRead() throws IOException {
        for (int n : new int[] {0, 125, 126, 1000, 65535, 65536}) {
            byte[] payload = new byte[n];
            Arrays.fill(payload, (byte) 'a');
            WebSocket.Message message = new WebSocket.Reader(new ByteArrayInputStream(
                    clientFrame(true, WebSocket.TEXT, payload)), 70_000).next();
            assertThat(message.payload()).hasSize(n);
        }
    }

    @Test
    void everyRuleOfTheProtocolIsEnforcedWithItsCloseCode() {
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        byte[] unmasked = {(byte) 0x81, 0x02, 'h', 'i'};
        assertRefused(unmasked, WebSocket.PROTOCOL_ERROR, "must be masked");
        byte[] rsv = clientFrame(true, WebSocket.TEXT, hi);
        rsv[0] |= 0x40;
        assertRefused(rsv, WebSocket.PROTOCOL_ERROR, "reserved bits");
        assertRefused(clientFrame(true, 0x3, hi), WebSocket.PROTOCOL_ERROR, "reserved data opcode");
        assertRefused(clientFrame(true, 0xB, hi), WebSocket.PROTOCOL_ERROR, "reserved control opcode");
        assertRefused(clientFrame(true, WebSocket.CONTINUATION, hi), WebSocket.PROTOCOL_ERROR, "continuation");
        assertRefused(concat(clientFrame(false, WebSocket.TEXT, hi), clientFrame(true, WebSocket.TEXT, hi)),
                WebSocket.PROTOCOL_ERROR, "before the fragmented one ended");
        assertRefused(clientFrame(false, WebSocket.PING, hi), WebSocket.PROTOCOL_ERROR, "control frame");
        assertRefused(clientFrame(true, WebSocket.PING, new byte[126]), WebSocket.PROTOCOL_ERROR, "control frame");
        assertRefused(clientFrame(true, WebSocket.CLOSE, new byte[] {3}), WebSocket.PROTOCOL_ERROR, "one byte");
        for (int code : new int[] {999, 1004, 1005, 1006, 1015, 2999, 5000}) {
            assertRefused(clientFrame(true, WebSocket.CLOSE, closePayload(code, new byte[0])),
                    WebSocket.PROTOCOL_ERROR, "close code " + code + " may not be sent");
        }
        assertRefused(clientFrame(true, WebSocket.CLOSE, closePayload(1000, new byte[] {(byte) 0xC3})),
                WebSocket.INVALID_PAYLOAD, "close reason");
        assertRefused(clientFrame(true, WebSocket.TEXT, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                WebSocket.INVALID_PAYLOAD, "UTF-8");
        assertRefused(clientFrame(true, WebSocket.TEXT, new byte[] {(byte) 0xC0, (byte) 0x80}),
                WebSocket.INVALID_PAYLOAD, "UTF-8");
        assertRefused(clientFrame(true, WebSocket.TEXT, new byte[MAX + 1]), WebSocket.TOO_BIG, "limited to");
        assertRefused(concat(clientFrame(false, WebSocket.TEXT, new byte[MAX]),
                clientFrame(true, WebSocket.CONTINUATION, new byte[1])), WebSocket.TOO_BIG, "limited to");
    }

    @Test
    void hugeDeclaredLengthsAreRefusedBeforeAnyPayloadIsRead() {
        byte[] sixtyFourBitHighSet = {(byte) 0x81, (byte) 0xFF, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(sixtyFourBitHighSet, WebSocket.PROTOCOL_ERROR, "high bit");
        byte[] fourExabytes = {(byte) 0x82, (byte) 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
        assertRefused(fourExabytes, WebSocket.TOO_BIG, "limited to");
        byte[] twoGigabytes = {(byte) 0x81, (byte) 0xFF, 0, 0, 0, 0, (byte) 0x80, 0, 0, 0, 1, 2, 3, 4};
        assertRefused(twoGigabytes, WebSocket.TOO_BIG, "limited to");
    }

    @Test
    void everyTruncationOfAValidFrameIsTheEndOfTheStream() throws IOException {
        byte[] frame = clientFrame(true, WebSocket.TEXT, new byte[300]);
        for (int cut = 1; cut < frame.length; cut++) {
            WebSocket.Reader reader = reader(Arrays.copyOf(frame, cut));
            assertThatThrownBy(reader::next).as("cut at %d", cut).isInstanceOf(EOFException.class);
        }
        assertThat(reader(frame).next().payload()).hasSize(300);
    }

    @Test
    void randomAndMutatedInputEndsInAMessageAProtocolErrorOrTheEndOfTheStream() {
        Random random = new Random(6455);
        List<byte[]> seeds = List.of(
                clientFrame(true, WebSocket.TEXT, "{\"Action\":\"SEND_MESSAGE\",\"Content\":\"hi\"}"
                        .getBytes(StandardCharsets.UTF_8)),
                concat(clientFrame(false, WebSocket.TEXT, "ab".getBytes(StandardCharsets.UTF_8)),
                        clientFrame(true, WebSocket.PING, new byte[3]),
                        clientFrame(true, WebSocket.CONTINUATION, "cd".getBytes(StandardCharsets.UTF_8))),
                clientFrame(true, WebSocket.CLOSE, closePayload(1000, "bye".getBytes(StandardCharsets.UTF_8))),
                clientFrame(true, WebSocket.BINARY, new byte[200]));
        int messages = 0;
        int refusals = 0;
        int ends = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] input;
            if (i % 2 == 0) {
                input = new byte[random.nextInt(64)];
                random.nextBytes(input);
            } else {
                input = seeds.get(random.nextInt(seeds.size())).clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    input[random.nextInt(input.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            WebSocket.Reader reader = reader(input);
            try {
                for (int read = 0; read < 100; read++) {
                    assertThat(reader.next().payload().length).isLessThanOrEqualTo(MAX);
                    messages++;
                }
            } catch (WebSocket.ProtocolException e) {
                assertThat(e.code()).isIn(WebSocket.PROTOCOL_ERROR, WebSocket.INVALID_PAYLOAD, WebSocket.TOO_BIG);
                refusals++;
            } catch (EOFException e) {
                ends++;
            } catch (IOException e) {
                throw new AssertionError("input " + i + " failed otherwise: " + e, e);
            }
        }
        assertThat(messages).as("some inputs were valid").isPositive();
        assertThat(refusals).as("some broke the protocol").isPositive();
        assertThat(ends).as("some were cut short").isPositive();
    }

    @Test
    void serverFramesAreUnmaskedWithTheShortestLength() {
        assertThat(WebSocket.frame(WebSocket.TEXT, new byte[0])).containsExactly(0x81, 0);
        assertThat(WebSocket.frame(WebSocket.TEXT, new byte[125])).hasSize(127).startsWith(0x81, 125);
        assertThat(WebSocket.frame(WebSocket.BINARY, new byte[126])).hasSize(130).startsWith(0x82, 126, 0, 126);
        assertThat(WebSocket.frame(WebSocket.TEXT, new byte[65535])).hasSize(65539).startsWith(0x81, 126, 0xFF, 0xFF);
        assertThat(WebSocket.frame(WebSocket.TEXT, new byte[65536])).hasSize(65546)
                .startsWith(0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0);
    }

    @Test
    void aCloseReasonIsCutToWhatAControlFrameHoldsWithoutSplittingACharacter() throws IOException {
        byte[] close = WebSocket.close(1000, "é".repeat(100));

        assertThat(close[1]).as("payload length").isLessThanOrEqualTo((byte) 125);
        byte[] payload = Arrays.copyOfRange(close, 2, close.length);
        WebSocket.Message read = reader(clientFrame(true, WebSocket.CLOSE, payload)).next();
        assertThat(read.closeCode()).isEqualTo(1000);
        assertThat(new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)).matches("é+");
    }

    private static void assertRefused(byte[] input, int code, String reason) {
        assertThatThrownBy(() -> {
            WebSocket.Reader reader = reader(input);
            for (int i = 0; i < 10; i++) {
                reader.next();
            }
        }).isInstanceOfSatisfying(WebSocket.ProtocolException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    private static WebSocket.Reader reader(byte[] input) {
        return new WebSocket.Reader(new ByteArrayInputStream(input), MAX);
    }

    /** A frame as a client sends it: masked with a fixed key. */
    static byte[] clientFrame(boolean fin, int opcode, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        int n = payload.length;
        if (n < 126) {
            out.write(0x80 | n);
        } else if (n <= 0xFFFF) {
            out.write(0x80 | 126);
            out.write(n >> 8);
            out.write(n & 0xFF);
        } else {
            out.write(0x80 | 127);
            out.writeBytes(ByteBuffer.allocate(8).putLong(n).array());
        }
        byte[] mask = {0x11, 0x22, 0x33, 0x44};
        out.writeBytes(mask);
        for (int i = 0; i < n; i++) {
            out.write(payload[i] ^ mask[i & 3]);
        }
        return out.toByteArray();
    }

    private static byte[] closePayload(int code, byte[] reason) {
        return ByteBuffer.allocate(2 + reason.length).putShort((short) code).put(reason).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
