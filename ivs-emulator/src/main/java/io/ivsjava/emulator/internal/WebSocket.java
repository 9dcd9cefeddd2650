package io.ivsjava.emulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The server side of RFC 6455, as small as the chat messaging plane needs: the opening handshake's checks and answer
 * key, and the framing. It reads what a client sends (masked frames, fragmented messages, interleaved control
 * frames) and refuses everything the RFC forbids with the close code it names; it writes unmasked, unfragmented
 * frames. No extension is negotiated, so every reserved bit must be clear.
 *
 * <p>The static methods are stateless and thread-safe; a {@link Reader} belongs to one connection's reading thread.
 */
final class WebSocket {
    /** The GUID of RFC 6455 section 1.3, appended to the client's key. */
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** Normal closure. */
    static final int NORMAL = 1000;
    /** The endpoint goes away (the emulator stops or resets). */
    static final int GOING_AWAY = 1001;
    /** A frame broke the protocol. */
    static final int PROTOCOL_ERROR = 1002;
    /** A binary message, which the chat protocol does not use. */
    static final int UNSUPPORTED_DATA = 1003;
    /** A text message that is not UTF-8. */
    static final int INVALID_PAYLOAD = 1007;
    /** A message the server will not take for another reason, such as a client too slow to read. */
    static final int POLICY_VIOLATION = 1008;
    /** A message larger than the server takes. */
    static final int TOO_BIG = 1009;

    private WebSocket() {
    }

    /** A violation of the protocol, and the close code that answers it. */
    static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int code;

        ProtocolException(int code, String message) {
            super(message, null);
            this.code = code;
        }

        /** {@return the close code to send} */
        int code() {
            return code;
        }
    }

    /**
     * A data message or a control frame as read.
     *
     * @param opcode {@link #TEXT}, {@link #BINARY}, {@link #CLOSE}, {@link #PING} or {@link #PONG}
     * @param payload the unmasked payload, whole
     */
    record Message(int opcode, byte[] payload) {
        /** {@return the payload as text; for a text message, already checked to be UTF-8} */
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** {@return a close frame's status code, or 1005 (none given) for an empty one} */
        int closeCode() {
            return payload.length < 2 ? 1005 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        }
    }

    /**
     * The {@code Sec-WebSocket-Accept} answer to a client's {@code Sec-WebSocket-Key}.
     *
     * @param key the key as sent
     * @return the answer, or empty if the key is not the base64 of 16 bytes
     */
    static Optional<String> accept(String key) {
        String trimmed = key == null ? "" : key.trim();
        try {
            if (Base64.getDecoder().decode(trimmed).length != 16) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((trimmed + GUID).getBytes(StandardCharsets.US_ASCII));
            return Optional.of(Base64.getEncoder().encodeToString(digest));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-1", e);
        }
    }

    /**
     * Whether a comma-separated header value holds a token, ignoring case ({@code Connection: keep-alive, Upgrade}).
     *
     * @param header the header's value, or null
     * @param token the token
     * @return true if present
     */
    static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One unmasked, unfragmented frame, as a server sends it.
     *
     * @param opcode the opcode
     * @param payload the payload
     * @return the frame's bytes
     */
    static byte[] frame(int opcode, byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
        ByteBuffer out = ByteBuffer.allocate(header + n);
        out.put((byte) (0x80 | opcode));
        if (n < 126) {
            out.put((byte) n);
        } else if (n <= 0xFFFF) {
            out.put((byte) 126).putShort((short) n);
        } else {
            out.put((byte) 127).putLong(n);
        }
        return out.put(payload).array();
    }

    /**
     * A text frame.
     *
     * @param text the message
     * @return the frame
     */
    static byte[] text(String text) {
        return frame(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A close frame.
     *
     * @param code the status code
     * @param reason why, cut to the 123 bytes a control frame leaves for it
     * @return the frame
     */
    static byte[] close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(text.length, 123);
        while (length > 0 && length < text.length && (text[length] & 0xC0) == 0x80) {
            length--; // never cut inside a UTF-8 sequence
        }
        ByteBuffer out = ByteBuffer.allocate(2 + length).putShort((short) code).put(text, 0, length);
        return frame(CLOSE, out.array());
    }

    /**
     * Reads a client's frames into messages: unmasks them, joins fragments, and checks every rule of RFC 6455
     * section 5 that applies to a server without extensions. Control frames come out as they arrive, also between
     * the fragments of a message. Not thread-safe: one per connection, used by its reading thread; {@link #busy()}
     * may be read from any thread.
     */
    static final class Reader {
        private final InputStream in;
        private final int maxMessageBytes;
        private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();
        private int fragmentedOpcode = -1;
        /** When the frame being read began ({@link System#nanoTime()}), or 0 between frames. */
        private volatile long frameStarted;

        /**
         * A reader.
         *
         * @param in the client's bytes
         * @param maxMessageBytes the largest message taken, fragments together; larger ones are refused with
         *     {@link #TOO_BIG} before their payload is read
         */
        Reader(InputStream in, int maxMessageBytes) {
            this.in = in;
            this.maxMessageBytes = maxMessageBytes;
        }

        /**
         * When the frame being read began, for a deadline on slow or stalled clients.
         *
         * @return its {@link System#nanoTime()}, or 0 while waiting for a frame's first byte
         */
        long busy() {
            return frameStarted;
        }

        /**
         * The next whole message or control frame.
         *
         * @return it
         * @throws EOFException if the client closed the connection, between frames or in the middle of one
         * @throws ProtocolException for a frame the protocol forbids, with the close code to answer
         * @throws IOException if reading fails
         */
        Message next() throws IOException {
            while (true) {
                int b0 = in.read();
                if (b0 < 0) {
                    throw new EOFException("the client closed the connection");
                }
                frameStarted = Math.max(1, System.nanoTime());
                try {
                    Optional<Message> message = frame(b0);
                    if (message.isPresent()) {
                        return message.get();
                    }
                } finally {
                    frameStarted = 0;
                }
            }
        }

        /** Reads the rest of one frame; a message if it completes one, or is a control frame. */
        private Optional<Message> frame(int b0) throws IOException {
            boolean fin = (b0 & 0x80) != 0;
            if ((b0 & 0x70) != 0) {
                throw new ProtocolException(PROTOCOL_ERROR, "reserved bits set without a negotiated extension");
            }
            int opcode = b0 & 0x0F;
            int b1 = readByte();
            if ((b1 & 0x80) == 0) {
                throw new ProtocolException(PROTOCOL_ERROR, "a client frame must be masked");
            }
            long length = b1 & 0x7F;
            if (length == 126) {
                length = (readByte() << 8) | readByte();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | readByte();
                }
                if (length < 0) {
                    throw new ProtocolException(PROTOCOL_ERROR, "a 64-bit payload length must have its high bit clear");
                }
            }
            boolean control = opcode >= 0x8;
            if (control) {
                if (opcode != CLOSE && opcode != PING && opcode != PONG) {
                    throw new ProtocolException(PROTOCOL_ERROR, "reserved control opcode " + opcode);
                }
                if (!fin || length > 125) {
                    throw new ProtocolException(PROTOCOL_ERROR, "a control frame must be whole and at most 125 bytes");
                }
            } else if (opcode == CONTINUATION) {
                if (fragmentedOpcode < 0) {
                    throw new ProtocolException(PROTOCOL_ERROR, "a continuation frame without a message to continue");
                }
            } else if (opcode == TEXT || opcode == BINARY) {
                if (fragmentedOpcode >= 0) {
                    throw new ProtocolException(PROTOCOL_ERROR, "a new message before the fragmented one ended");
                }
            } else {
                throw new ProtocolException(PROTOCOL_ERROR, "reserved data opcode " + opcode);
            }
            if (!control && fragments.size() + length > maxMessageBytes) {
                throw new ProtocolException(TOO_BIG, "messages are limited to " + maxMessageBytes + " bytes");
            }
            byte[] mask = readExactly(4);
            byte[] payload = readExactly((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            if (control) {
                if (opcode == CLOSE) {
                    checkClose(payload);
                }
                return Optional.of(new Message(opcode, payload));
            }
            if (opcode != CONTINUATION) {
                fragmentedOpcode = opcode;
            }
            fragments.write(payload, 0, payload.length);
            if (!fin) {
                return Optional.empty();
            }
            byte[] whole = fragments.toByteArray();
            int type = fragmentedOpcode;
            fragments.reset();
            fragmentedOpcode = -1;
            if (type == TEXT) {
                checkUtf8(whole, "a text message");
            }
            return Optional.of(new Message(type, whole));
        }

        private static void checkClose(byte[] payload) throws ProtocolException {
            if (payload.length == 1) {
                throw new ProtocolException(PROTOCOL_ERROR, "a close frame's payload cannot be one byte");
            }
            if (payload.length >= 2) {
                int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                boolean defined = code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
                if (!defined && !(code >= 3000 && code <= 4999)) {
                    throw new ProtocolException(PROTOCOL_ERROR, "close code " + code + " may not be sent");
                }
                byte[] reason = new byte[payload.length - 2];
                System.arraycopy(payload, 2, reason, 0, reason.length);
                checkUtf8(reason, "a close reason");
            }
        }

        private static void checkUtf8(byte[] bytes, String what) throws ProtocolException {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new ProtocolException(INVALID_PAYLOAD, what + " is not valid UTF-8");
            }
        }

        private int readByte() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the client closed the connection in the middle of a frame");
            }
            return b;
        }

        private byte[] readExactly(int n) throws IOException {
            byte[] out = in.readNBytes(n);
            if (out.length < n) {
                throw new EOFException("the client closed the connection in the middle of a frame");
            }
            return out;
        }
    }
}
