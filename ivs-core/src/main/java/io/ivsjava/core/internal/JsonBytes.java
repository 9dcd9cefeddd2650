package io.ivsjava.core.internal;

import io.ivsjava.core.IvsValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JWT claims as compact JSON straight into UTF-8 bytes, in the order the maps and lists give.
 *
 * <p>Values: strings, booleans, integral numbers ({@code Integer}, {@code Long}, {@code Short}, {@code Byte},
 * {@code BigInteger}), finite decimals ({@code Double}, {@code Float}, {@code BigDecimal}), and maps with string keys,
 * collections and object arrays of these, nested at most {@value #MAX_DEPTH} levels. Anything else, and
 * {@code null}, is refused with an {@link IvsValidationException} naming the value's path, such as
 * {@code claims[attributes][name]}.
 *
 * <p>Strings are escaped as RFC 8259 requires ({@code "}, {@code \} and the control characters U+0000..U+001F),
 * plus U+2028 and U+2029, which JavaScript source cannot hold raw; everything else, {@code /} and non-ASCII
 * included, is written as plain UTF-8. A lone surrogate, which is not Unicode and has no UTF-8 form, is written as
 * U+FFFD, the replacement character, as UTF-8 encoders do; a valid surrogate pair becomes its 4-byte character.
 *
 * <p>One instance writes one document and is not thread-safe. Not part of the public API.
 */
public final class JsonBytes {
    /** The deepest nesting of maps and lists accepted (the top-level object counts as one). */
    public static final int MAX_DEPTH = 16;

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    /** The longest output of one UTF-16 unit: {@code \}{@code u2028} (6 bytes); a pair is 4 bytes for 2 units. */
    private static final int MAX_BYTES_PER_CHAR = 6;

    private byte[] buf;
    private int count;

    /**
     * A writer with room for {@code capacity} bytes before it grows.
     *
     * @param capacity the initial capacity
     */
    public JsonBytes(int capacity) {
        this.buf = new byte[Math.max(16, capacity)];
    }

    /**
     * Writes a JSON object of the claims.
     *
     * @param field the name of the whole map in error messages, such as {@code claims}
     * @param claims the claims, in the order to write them
     * @return this writer
     * @throws IvsValidationException if a key or value cannot be written
     */
    public JsonBytes object(String field, Map<?, ?> claims) {
        writeMap(field, claims, 1);
        return this;
    }

    /**
     * Writes a JSON string.
     *
     * @param value the string
     * @return this writer
     */
    public JsonBytes string(String value) {
        writeString(value);
        return this;
    }

    /**
     * Writes raw ASCII, such as punctuation or a member name known to need no escaping.
     *
     * @param ascii the text, all of it below U+0080
     * @return this writer
     */
    public JsonBytes ascii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[count++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /**
     * The bytes written so far; only the first {@link #length()} are meaningful.
     *
     * @return the buffer, not a copy
     */
    public byte[] buffer() {
        return buf;
    }

    /**
     * How many bytes are written.
     *
     * @return the length
     */
    public int length() {
        return count;
    }

    /**
     * A copy of the bytes written.
     *
     * @return the UTF-8 document
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    private void writeMap(String path, Map<?, ?> map, int depth) {
        Check.notNull(path, map);
        if (depth > MAX_DEPTH) {
            throw tooDeep(path);
        }
        put('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object key = entry.getKey();
            if (!(key instanceof String)) {
                Check.notNull(path + ".key", key);
                throw IvsValidationException.invalid(path + ".key", "is a " + key.getClass().getName()
                        + "; claim names are strings");
            }
            if (!first) {
                put(',');
            }
            first = false;
            writeString((String) key);
            put(':');
            writeValue(path, (String) key, entry.getValue(), depth);
        }
        put('}');
    }

    private void writeArray(String path, Iterable<?> values, int depth) {
        if (depth > MAX_DEPTH) {
            throw tooDeep(path);
        }
        put('[');
        int index = 0;
        for (Object value : values) {
            if (index > 0) {
                put(',');
            }
            writeValue(path, index, value, depth);
            index++;
        }
        put(']');
    }

    /** Writes the value found at {@code parent[name]}; the path string is only built for nesting and errors. */
    private void writeValue(String parent, Object name, Object value, int depth) {
        if (value instanceof String) {
            writeString((String) value);
        } else if (value instanceof Boolean) {
            putAll((Boolean) value ? TRUE : FALSE);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            writeLong(((Number) value).longValue());
        } else if (value instanceof Map) {
            writeMap(parent + "[" + name + "]", (Map<?, ?>) value, depth + 1);
        } else if (value instanceof Collection) {
            writeArray(parent + "[" + name + "]", (Collection<?>) value, depth + 1);
        } else if (value instanceof Object[]) {
            writeArray(parent + "[" + name + "]", Arrays.asList((Object[]) value), depth + 1);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw IvsValidationException.invalid(parent + "[" + name + "]", "is " + value
                        + ", which JSON cannot carry; allowed finite numbers");
            }
            ascii(value.toString());
        } else if (value instanceof BigInteger || value instanceof BigDecimal) {
            ascii(value.toString());
        } else {
            String path = parent + "[" + name + "]";
            Check.notNull(path, value);
            throw IvsValidationException.invalid(path, "is a " + value.getClass().getName() + ", which a token "
                    + "cannot carry; allowed strings, booleans, integers, longs, finite doubles, and lists and "
                    + "maps of these");
        }
    }

    private static IvsValidationException tooDeep(String path) {
        return IvsValidationException.invalid(path, "nests more than " + MAX_DEPTH + " levels deep; allowed at most "
                + MAX_DEPTH + " (a map that contains itself never ends)");
    }

    private void writeLong(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        if (value < 0) {
            buf[count++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        int end = count + digits;
        for (int i = end - 1; i >= count; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        count = end;
    }

    private void writeString(String s) {
        int n = s.length();
        ensure(n + 2);
        buf[count++] = '"';
        for (int i = 0; i < n; i++) {
            if (count + MAX_BYTES_PER_CHAR + 1 > buf.length) {
                grow(count + MAX_BYTES_PER_CHAR + 1 + (n - i));
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    buf[count++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                buf[count++] = (byte) (0xC0 | (c >> 6));
                buf[count++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[count++] = (byte) (0xF0 | (cp >> 18));
                    buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[count++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    // a lone surrogate: U+FFFD
                    buf[count++] = (byte) 0xEF;
                    buf[count++] = (byte) 0xBF;
                    buf[count++] = (byte) 0xBD;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                escape(c);
            } else {
                buf[count++] = (byte) (0xE0 | (c >> 12));
                buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        buf[count++] = '"';
    }

    /** Writes an escape sequence; the caller made room for six bytes. */
    private void escape(char c) {
        buf[count++] = '\\';
        switch (c) {
            case '"':
                buf[count++] = '"';
                return;
            case '\\':
                buf[count++] = '\\';
                return;
            case '\n':
                buf[count++] = 'n';
                return;
            case '\r':
                buf[count++] = 'r';
                return;
            case '\t':
                buf[count++] = 't';
                return;
            case '\b':
                buf[count++] = 'b';
                return;
            case '\f':
                buf[count++] = 'f';
                return;
            default:
                buf[count++] = 'u';
                buf[count++] = HEX[(c >> 12) & 0xF];
                buf[count++] = HEX[(c >> 8) & 0xF];
                buf[count++] = HEX[(c >> 4) & 0xF];
                buf[count++] = HEX[c & 0xF];
        }
    }

    private void put(char c) {
        ensure(1);
        buf[count++] = (byte) c;
    }

    private void putAll(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            grow(count + more);
        }
    }

    private void grow(int needed) {
        buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
}
