package io.ivsjava.core.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing PEM blocks. Not part of the public API. Stateless; thread-safe. */
public final class Pem {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private Pem() {
    }

    /**
     * One PEM block.
     * Holds its DER array without copying it: read it, never change it; then safe to share between threads.
     *
     * @param label the text after {@code BEGIN}, such as {@code EC PRIVATE KEY}
     * @param headers whether the block carries RFC 1421 headers (used by encrypted legacy keys)
     * @param der the decoded body
     */
    public record Block(String label, boolean headers, byte[] der) {
    }

    /**
     * Finds every PEM block in a text.
     *
     * @param text the PEM text
     * @return the blocks in order; empty if there are none
     * @throws IllegalArgumentException if a block's body is not base64
     */
    public static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            boolean headers = body.contains(":");
            if (headers) {
                out.add(new Block(m.group(1), true, new byte[0]));
                continue;
            }
            out.add(new Block(m.group(1), false, Base64.getMimeDecoder().decode(body.strip())));
        }
        return out;
    }

    /**
     * Encodes DER bytes as a PEM block with 64-character lines.
     *
     * @param label such as {@code PUBLIC KEY}
     * @param der the bytes
     * @return the PEM text, ending in a newline
     */
    public static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
