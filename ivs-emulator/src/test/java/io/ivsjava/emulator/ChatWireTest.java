package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.testing.Sdk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;

/**
 * The messaging endpoint on the wire, with a raw socket: the handshake's refusals and answer, and clients that break
 * the protocol, send huge lengths or vanish mid-frame. Each is answered or dropped on its own; the API and the other
 * clients go on.
 */
class ChatWireTest {
    private static final IvsEmulator EMULATOR = IvsEmulator.start();
    private static final IvschatClient CHAT = Sdk.chatWithoutRetries(EMULATOR);

    @AfterAll
    static void close() {
        CHAT.close();
        EMULATOR.close();
    }

    @Test
    void theHandshakeIsRefusedWithAStatusAndAReason() throws Exception {
        HttpResponse<String> plainGet = PlainHttp.send(EMULATOR, "GET", "/chat", "");
        assertThat(plainGet.statusCode()).isEqualTo(426);
        assertThat(plainGet.headers().firstValue("Upgrade")).contains("websocket");
        assertThat(ChatClient.JSON.readTree(plainGet.body()).path("ErrorCode").asInt()).isEqualTo(426);

        assertThat(head(handshake("13", "dGhlIHNhbXBsZSBub25jZQ==", null))).startsWith("HTTP/1.1 401 ")
                .contains("Sec-WebSocket-Protocol");
        assertThat(head(handshake("8", "dGhlIHNhbXBsZSBub25jZQ==", "token"))).startsWith("HTTP/1.1 426 ")
                .contains("Sec-WebSocket-Version: 13");
        assertThat(head(handshake("13", "short", "token"))).startsWith("HTTP/1.1 400 ");
        assertThat(head(handshake("13", "dGhlIHNhbXBsZSBub25jZQ==", "not-a-token"))).startsWith("HTTP/1.1 401 ");
    }

    @Test
    void theHandshakeAnswersTheKeyAndNamesTheTokenAsTheSubprotocol() throws Exception {
        String token = token();
        try (Socket socket = new Socket(EMULATOR.endpoint().getHost(), EMULATOR.endpoint().getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(handshake("13", "dGhlIHNhbXBsZSBub25jZQ==", token));
            String head = readHead(socket.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                    .contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n")
                    .contains("Sec-WebSocket-Protocol: " + token + "\r\n")
                    .contains("Upgrade: websocket\r\n");
        }
    }

    @Test
    void clientsThatBreakTheProtocolAreClosedWithItsCodeAndTheApiGoesOn() throws Exception {
        assertThat(closeCodeAfter(new byte[] {(byte) 0x81, 0x02, 'h', 'i'})).as("unmasked").isEqualTo(1002);
        assertThat(closeCodeAfter(new byte[] {(byte) 0x81, (byte) 0xFF, 0x7F, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4}))
                .as("an eight-exabyte length, refused before any payload").isEqualTo(1009);
        assertThat(closeCodeAfter(new byte[] {(byte) 0x8F, (byte) 0x80, 1, 2, 3, 4})).as("reserved opcode")
                .isEqualTo(1002);
        assertThat(closeCodeAfter(new byte[] {(byte) 0x81, (byte) 0x82, 0, 0, 0, 0, (byte) 0xC3, (byte) 0x28}))
                .as("text that is not UTF-8").isEqualTo(1007);
        assertThat(CHAT.listRooms(b -> { }).rooms()).as("the API answers throughout").isNotEmpty();
    }

    @Test
    void garbageAndVanishingClientsNeverDisturbTheApiOrTheOtherClients() throws Exception {
        String room = CHAT.createRoom(b -> b.name("busy").maximumMessageRatePerSecond(100)).arn();
        String token = CHAT.createChatToken(b -> b.roomIdentifier(room).userId("good")
                .capabilities(ChatTokenCapability.SEND_MESSAGE)).token();
        Random random = new Random(21);
        try (ChatClient good = ChatClient.connect(EMULATOR, token)) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    Socket socket = upgraded(room);
                    byte[] garbage = new byte[1 + random.nextInt(200)];
                    random.nextBytes(garbage);
                    if (i % 2 == 0) {
                        socket.getOutputStream().write(garbage);
                        socket.close();
                    } else {
                        // Half a frame, then silence: the server waits for the rest on that connection only.
                        socket.getOutputStream().write(new byte[] {(byte) 0x81, (byte) 0xFE, 0x10, 0x00, 1, 2});
                        stalled.add(socket);
                    }
                    good.say("r-" + i, "message " + i);
                    assertThat(good.next("MESSAGE").path("Content").asText()).isEqualTo("message " + i);
                    assertThat(CHAT.getRoom(b -> b.identifier(room)).name()).isEqualTo("busy");
                }
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    private static int closeCodeAfter(byte[] bytes) throws Exception {
        try (Socket socket = upgraded(CHAT.createRoom(b -> { }).arn())) {
            socket.getOutputStream().write(bytes);
            InputStream in = socket.getInputStream();
            int b0 = in.read();
            int length = in.read();
            assertThat(b0).as("a close frame").isEqualTo(0x88);
            byte[] payload = in.readNBytes(length);
            assertThat(in.read()).as("then the server closes the connection").isEqualTo(-1);
            return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }
    }

    /** A raw socket past the handshake, into a room. */
    private static Socket upgraded(String room) throws IOException {
        String token = CHAT.createChatToken(b -> b.roomIdentifier(room).userId("raw")).token();
        Socket socket = new Socket(EMULATOR.endpoint().getHost(), EMULATOR.endpoint().getPort());
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(handshake("13", "dGhlIHNhbXBsZSBub25jZQ==", token));
        assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 101 ");
        return socket;
    }

    private String token() {
        String room = CHAT.createRoom(b -> { }).arn();
        return CHAT.createChatToken(b -> b.roomIdentifier(room).userId("raw")).token();
    }

    private static byte[] handshake(String version, String key, String token) {
        StringBuilder request = new StringBuilder("GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: " + version + "\r\nSec-WebSocket-Key: " + key + "\r\n");
        if (token != null) {
            request.append("Sec-WebSocket-Protocol: ").append(token).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The head of the answer to a refused handshake, and its body's ErrorMessage. */
    private static String head(byte[] request) throws IOException {
        try (Socket socket = new Socket(EMULATOR.endpoint().getHost(), EMULATOR.endpoint().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
            JsonNode body = ChatClient.JSON.readTree(in.readNBytes(length));
            return head + body.path("ErrorMessage").asText();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
