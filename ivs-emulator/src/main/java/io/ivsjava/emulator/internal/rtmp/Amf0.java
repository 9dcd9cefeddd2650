package io.ivsjava.emulator.internal.rtmp;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AMF0, the encoding of RTMP's commands ({@code connect}, {@code publish}...) and data messages
 * ({@code @setDataFrame}/{@code onMetaData}): numbers, booleans, strings, objects, ECMA and strict arrays, dates,
 * null and undefined.
 *
 * <p>Values read are {@link Double}, {@link Boolean}, {@link String}, {@code Map<String, Object>} (objects, typed
 * objects and ECMA arrays, in their order), {@code List<Object>} (strict arrays), {@link java.time.Instant} (dates)
 * and {@link Marker} (null and undefined). Reading never trusts a declared length or count beyond the bytes
 * present, and refuses nesting deeper than {@link #MAX_DEPTH}: garbage ends in a {@link ProtocolException}, never in
 * an allocation larger than the input or a deep recursion.
 *
 * <p>Stateless; the reader and writer are not thread-safe.
 */
final class Amf0 {
    /** How deep objects and arrays may nest. */
    static final int MAX_DEPTH = 16;

    /** AMF0's values without content. */
    enum Marker {
        NULL, UNDEFINED
    }

    private static final int NUMBER = 0;
    private static final int BOOLEAN = 1;
    private static final int STRING = 2;
    private static final int OBJECT = 3;
    private static final int NULL = 5;
    private static final int UNDEFINED = 6;
    private static final int ECMA_ARRAY = 8;
    private static final int OBJECT_END = 9;
    private static final int STRICT_ARRAY = 10;
    private static final int DATE = 11;
    private static final int LONG_STRING = 12;
    private static final int UNSUPPORTED = 13;
    private static final int XML_DOCUMENT = 15;
    private static final int TYPED_OBJECT = 16;

    private Amf0() {
    }

    /**
     * Reads every value of a message body.
     *
     * @param data the body
     * @return the values, in order
     * @throws ProtocolException if the body is not a sequence of well-formed AMF0 values
     */
    static List<Object> readAll(byte[] data) throws ProtocolException {
        Reader reader = new Reader(data, 0);
        List<Object> values = new ArrayList<>();
        while (reader.hasMore()) {
            values.add(reader.read());
        }
        return values;
    }

    /** Reads values from a byte array. */
    static final class Reader {
        private final byte[] data;
        private int pos;

        Reader(byte[] data, int offset) {
            this.data = data;
            this.pos = offset;
        }

        boolean hasMore() {
            return pos < data.length;
        }

        Object read() throws ProtocolException {
            return value(0);
        }

        private Object value(int depth) throws ProtocolException {
            if (depth > MAX_DEPTH) {
                throw new ProtocolException("AMF0 values nested deeper than " + MAX_DEPTH);
            }
            int type = u8();
            switch (type) {
                case NUMBER:
                    return Double.longBitsToDouble(u64());
                case BOOLEAN:
                    return u8() != 0;
                case STRING:
                    return utf8(u16());
                case OBJECT:
                    return properties(depth);
                case NULL:
                    return Marker.NULL;
                case UNDEFINED:
                case UNSUPPORTED:
                    return Marker.UNDEFINED;
                case ECMA_ARRAY:
                    u32(); // a count that encoders fill inconsistently: the object-end marker ends the array
                    return properties(depth);
                case STRICT_ARRAY: {
                    long count = u32();
                    if (count > data.length - pos) {
                        throw new ProtocolException("AMF0 strict array of " + count + " values in "
                                + (data.length - pos) + " bytes");
                    }
                    List<Object> values = new ArrayList<>();
                    for (long i = 0; i < count; i++) {
                        values.add(value(depth + 1));
                    }
                    return values;
                }
                case DATE: {
                    double millis = Double.longBitsToDouble(u64());
                    u16(); // time zone, which AMF0 says to ignore
                    if (Double.isNaN(millis) || Math.abs(millis) > 8.64e15) {
                        throw new ProtocolException("AMF0 date out of range");
                    }
                    return java.time.Instant.ofEpochMilli((long) millis);
                }
                case LONG_STRING:
                case XML_DOCUMENT:
                    return utf8(u32());
                case TYPED_OBJECT:
                    utf8(u16()); // the class name
                    return properties(depth);
                default:
                    throw new ProtocolException("AMF0 type " + type + " is not supported");
            }
        }

        private Map<String, Object> properties(int depth) throws ProtocolException {
            Map<String, Object> out = new LinkedHashMap<>();
            while (true) {
                String key = utf8(u16());
                if (key.isEmpty() && pos < data.length && (data[pos] & 0xFF) == OBJECT_END) {
                    pos++;
                    return out;
                }
                out.put(key, value(depth + 1));
            }
        }

        private String utf8(long length) throws ProtocolException {
            need(length);
            String s = new String(data, pos, (int) length, StandardCharsets.UTF_8);
            pos += (int) length;
            return s;
        }

        private void need(long bytes) throws ProtocolException {
            if (bytes > data.length - pos) {
                throw new ProtocolException("AMF0 value cut short: " + bytes + " bytes needed, "
                        + (data.length - pos) + " left");
            }
        }

        private int u8() throws ProtocolException {
            need(1);
            return data[pos++] & 0xFF;
        }

        private int u16() throws ProtocolException {
            need(2);
            int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        private long u32() throws ProtocolException {
            need(4);
            long v = ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16)
                    | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
            pos += 4;
            return v;
        }

        private long u64() throws ProtocolException {
            return (u32() << 32) | u32();
        }
    }

    /** Writes values. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        Writer write(Object value) {
            if (value == null || value == Marker.NULL) {
                out.write(NULL);
            } else if (value == Marker.UNDEFINED) {
                out.write(UNDEFINED);
            } else if (value instanceof Number) {
                out.write(NUMBER);
                long bits = Double.doubleToLongBits(((Number) value).doubleValue());
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) (bits >>> shift));
                }
            } else if (value instanceof Boolean) {
                out.write(BOOLEAN);
                out.write((Boolean) value ? 1 : 0);
            } else if (value instanceof String) {
                byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
                if (utf8.length > 0xFFFF) {
                    throw new IllegalArgumentException("AMF0 string longer than 65535 bytes");
                }
                out.write(STRING);
                key(utf8);
            } else if (value instanceof Map) {
                out.write(OBJECT);
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    key(String.valueOf(e.getKey()).getBytes(StandardCharsets.UTF_8));
                    write(e.getValue());
                }
                out.write(0);
                out.write(0);
                out.write(OBJECT_END);
            } else {
                throw new IllegalArgumentException("no AMF0 encoding for " + value.getClass().getSimpleName());
            }
            return this;
        }

        private void key(byte[] utf8) {
            out.write(utf8.length >>> 8);
            out.write(utf8.length);
            out.write(utf8, 0, utf8.length);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /**
     * Encodes values one after the other.
     *
     * @param values numbers, booleans, strings, maps, {@link Marker}s (or null for AMF0's null)
     * @return the bytes
     */
    static byte[] encode(Object... values) {
        Writer w = new Writer();
        for (Object v : values) {
            w.write(v);
        }
        return w.toByteArray();
    }
}
