package io.ivsjava.core.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough DER (ASN.1 distinguished encoding) reading to tell key formats and curves apart before handing the
 * bytes to the JDK's own key factories. Not part of the public API. Stateless; thread-safe.
 */
public final class Der {
    /** Tag of an ASN.1 INTEGER. */
    public static final int INTEGER = 0x02;
    /** Tag of an ASN.1 BIT STRING. */
    public static final int BIT_STRING = 0x03;
    /** Tag of an ASN.1 OCTET STRING. */
    public static final int OCTET_STRING = 0x04;
    /** Tag of an ASN.1 OBJECT IDENTIFIER. */
    public static final int OID = 0x06;
    /** Tag of an ASN.1 SEQUENCE. */
    public static final int SEQUENCE = 0x30;

    private Der() {
    }

    /**
     * One decoded element: its tag and content bytes.
     * Holds its content array without copying it: read it, never change it; then safe to share between threads.
     *
     * @param tag the identifier octet
     * @param content the content octets
     */
    public record Element(int tag, byte[] content) {
        /**
         * The children of a constructed element (a SEQUENCE or an explicit context tag).
         *
         * @return the elements inside this one
         * @throws IllegalArgumentException if the content is not valid DER
         */
        public List<Element> children() {
            List<Element> out = new ArrayList<>();
            int[] pos = {0};
            while (pos[0] < content.length) {
                out.add(read(content, pos));
            }
            return out;
        }

        /**
         * Reads this element as an OBJECT IDENTIFIER in dotted form.
         *
         * @return such as {@code 1.3.132.0.34}
         */
        public String oid() {
            require(OID);
            StringBuilder sb = new StringBuilder();
            long value = 0;
            boolean first = true;
            for (byte b : content) {
                value = (value << 7) | (b & 0x7f);
                if ((b & 0x80) == 0) {
                    if (first) {
                        long arc0 = Math.min(value / 40, 2);
                        sb.append(arc0).append('.').append(value - arc0 * 40);
                        first = false;
                    } else {
                        sb.append('.').append(value);
                    }
                    value = 0;
                }
            }
            return sb.toString();
        }

        /**
         * Reads this element as an INTEGER.
         *
         * @return the value
         */
        public BigInteger integer() {
            require(INTEGER);
            return new BigInteger(content);
        }

        /**
         * Checks this element's tag.
         *
         * @param expected the tag it must have
         * @return this element
         * @throws IllegalArgumentException if the tag differs
         */
        public Element require(int expected) {
            if (tag != expected) {
                throw new IllegalArgumentException(String.format("expected DER tag 0x%02x, found 0x%02x", expected, tag));
            }
            return this;
        }
    }

    /**
     * Decodes one element that must span all of {@code der}.
     *
     * @param der the encoded bytes
     * @return the element
     * @throws IllegalArgumentException if the bytes are not a single valid DER element
     */
    public static Element parse(byte[] der) {
        int[] pos = {0};
        Element e = read(der, pos);
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("trailing bytes after DER element");
        }
        return e;
    }

    private static Element read(byte[] in, int[] pos) {
        int p = pos[0];
        if (p + 2 > in.length) {
            throw new IllegalArgumentException("truncated DER element");
        }
        int tag = in[p++] & 0xff;
        int len = in[p++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 3 || p + n > in.length) {
                throw new IllegalArgumentException("unsupported DER length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (in[p++] & 0xff);
            }
        }
        if (p + len > in.length) {
            throw new IllegalArgumentException("truncated DER element");
        }
        pos[0] = p + len;
        return new Element(tag, Arrays.copyOfRange(in, p, p + len));
    }
}
