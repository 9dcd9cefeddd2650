package io.ivsjava.core.internal;

import io.ivsjava.core.IvsValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * Writes compact ES384 JSON Web Signatures ({@code header.payload.signature}) with little more work than the
 * signature itself: the header is fixed per writer and base64url-encoded once; the claims are written straight to
 * UTF-8 bytes ({@link JsonBytes}) and base64url-encoded into the token's own buffer, which is signed in place and
 * becomes the returned string.
 *
 * <p>Thread-safe: it holds only immutable state and a thread-safe {@link Es384Signer}. Not part of the public API.
 */
public final class Es384Jws {
    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);
    private static final int SIGNATURE_CHARS = encodedLength(Es384Signer.SIGNATURE_LENGTH);
    /** Room for a participant token's claims (about 500 bytes) before the buffer grows. */
    private static final int PAYLOAD_CAPACITY = 768;

    private final Es384Signer signer;
    private final byte[] encodedHeader;

    /**
     * A writer of tokens whose header is {@code {"alg":"ES384","typ":"JWT"}} plus {@code "kid"} when given.
     *
     * @param signer the signer
     * @param keyId the key id for the header, or {@code null} for none
     */
    public Es384Jws(Es384Signer signer, String keyId) {
        this.signer = signer;
        JsonBytes header = new JsonBytes(64).ascii("{\"alg\":\"ES384\",\"typ\":\"JWT\"");
        if (keyId != null) {
            header.ascii(",\"kid\":").string(keyId);
        }
        header.ascii("}");
        this.encodedHeader = encode(header.buffer(), 0, header.length());
    }

    /**
     * Signs a token with the given claims.
     *
     * @param claims the claims, written in the map's order
     * @return the compact token
     * @throws IvsValidationException if a claim cannot be written as JSON
     * @throws GeneralSecurityException if the signer fails
     */
    public String sign(Map<String, ?> claims) throws GeneralSecurityException {
        JsonBytes payload = new JsonBytes(PAYLOAD_CAPACITY).object("claims", claims);
        int headerLength = encodedHeader.length;
        int payloadChars = encodedLength(payload.length());
        byte[] token = new byte[headerLength + 1 + payloadChars + 1 + SIGNATURE_CHARS];
        System.arraycopy(encodedHeader, 0, token, 0, headerLength);
        token[headerLength] = '.';
        int end = encode(payload.buffer(), 0, payload.length(), token, headerLength + 1);
        byte[] signature = signer.sign(token, 0, end);
        if (signature.length != Es384Signer.SIGNATURE_LENGTH) {
            throw new GeneralSecurityException("the signer returned " + signature.length + " bytes, not "
                    + Es384Signer.SIGNATURE_LENGTH);
        }
        token[end] = '.';
        encode(signature, 0, signature.length, token, end + 1);
        // every byte is ASCII, so Latin-1 decoding is a plain copy
        return new String(token, StandardCharsets.ISO_8859_1);
    }

    /**
     * The signer behind this writer.
     *
     * @return the signer
     */
    public Es384Signer signer() {
        return signer;
    }

    /**
     * The length of the unpadded base64url form of {@code length} bytes.
     *
     * @param length a byte count
     * @return the number of characters
     */
    public static int encodedLength(int length) {
        int rest = length % 3;
        return length / 3 * 4 + (rest == 0 ? 0 : rest + 1);
    }

    /**
     * Base64url without padding (RFC 4648 section 5, as JWS uses it).
     *
     * @param src the bytes
     * @param offset where they start
     * @param length how many
     * @return the encoded ASCII bytes
     */
    public static byte[] encode(byte[] src, int offset, int length) {
        byte[] out = new byte[encodedLength(length)];
        encode(src, offset, length, out, 0);
        return out;
    }

    /**
     * Base64url without padding into {@code dst} from {@code dstOffset}.
     *
     * @param src the bytes
     * @param offset where they start
     * @param length how many
     * @param dst the output, with room for {@link #encodedLength(int)} more bytes
     * @param dstOffset where to write
     * @return the position after the last byte written
     */
    public static int encode(byte[] src, int offset, int length, byte[] dst, int dstOffset) {
        int p = offset;
        int q = dstOffset;
        int wholeEnd = offset + length - length % 3;
        while (p < wholeEnd) {
            int bits = (src[p] & 0xFF) << 16 | (src[p + 1] & 0xFF) << 8 | (src[p + 2] & 0xFF);
            dst[q] = ALPHABET[bits >>> 18];
            dst[q + 1] = ALPHABET[(bits >>> 12) & 0x3F];
            dst[q + 2] = ALPHABET[(bits >>> 6) & 0x3F];
            dst[q + 3] = ALPHABET[bits & 0x3F];
            p += 3;
            q += 4;
        }
        int rest = offset + length - p;
        if (rest == 1) {
            int bits = (src[p] & 0xFF) << 16;
            dst[q++] = ALPHABET[bits >>> 18];
            dst[q++] = ALPHABET[(bits >>> 12) & 0x3F];
        } else if (rest == 2) {
            int bits = (src[p] & 0xFF) << 16 | (src[p + 1] & 0xFF) << 8;
            dst[q++] = ALPHABET[bits >>> 18];
            dst[q++] = ALPHABET[(bits >>> 12) & 0x3F];
            dst[q++] = ALPHABET[(bits >>> 6) & 0x3F];
        }
        return q;
    }
}
