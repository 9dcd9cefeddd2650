package io.ivsjava.emulator.internal.rtmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** AMF0: what encoders send, what the server answers, and garbage. */
class Amf0Test {
    @Test
    void aConnectCommandReadsBackAsWritten() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("app", "app");
        properties.put("type", "nonprivate");
        properties.put("flashVer", "FMLE/3.0 (compatible; FMSc/1.0)");
        properties.put("tcUrl", "rtmp://127.0.0.1:1935/app");
        properties.put("audioCodecs", 3191.0);
        properties.put("fpad", false);
        byte[] encoded = Amf0.encode("connect", 1.0, properties);

        assertThat(Amf0.readAll(encoded)).containsExactly("connect", 1.0, properties);
    }

    @Test
    void readsTheTypesEncodersUseInMetadata() throws Exception {
        // @setDataFrame, onMetaData, an ECMA array {duration: 0, stereo: true}, as FFmpeg's FLV muxer writes it
        byte[] data = HexFormat.of().parseHex("02000d40736574446174614672616d65" + "02000a6f6e4d65746144617461"
                + "0800000002" + "00086475726174696f6e" + "000000000000000000" + "000673746572656f0101" + "000009");
        List<Object> values = Amf0.readAll(data);
        assertThat(values.get(0)).isEqualTo("@setDataFrame");
        assertThat(values.get(1)).isEqualTo("onMetaData");
        assertThat(values.get(2)).isEqualTo(Map.of("duration", 0.0, "stereo", true));
    }

    @Test
    void readsNullUndefinedStrictArraysDatesLongStringsAndTypedObjects() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(5); // null
        b.write(6); // undefined
        b.writeBytes(HexFormat.of().parseHex("0a00000002" + "003ff0000000000000" + "0101")); // [1.0, true]
        b.writeBytes(HexFormat.of().parseHex("0b" + "4271dd1d5e800000" + "0000")); // a date, time zone 0
        b.writeBytes(HexFormat.of().parseHex("0c00000003616263")); // long string "abc"
        b.writeBytes(HexFormat.of().parseHex("100003466f6f" + "000178" + "0101" + "000009")); // Foo {x: true}
        List<Object> values = Amf0.readAll(b.toByteArray());
        assertThat(values.get(0)).isEqualTo(Amf0.Marker.NULL);
        assertThat(values.get(1)).isEqualTo(Amf0.Marker.UNDEFINED);
        assertThat(values.get(2)).isEqualTo(List.of(1.0, true));
        assertThat(values.get(3)).isEqualTo(Instant.ofEpochMilli((long) Double.longBitsToDouble(0x4271dd1d5e800000L)));
        assertThat(values.get(4)).isEqualTo("abc");
        assertThat(values.get(5)).isEqualTo(Map.of("x", true));
    }

    @Test
    void declaredLengthsBeyondTheBytesPresentAreRefusedWithoutAllocatingThem() {
        assertThatThrownBy(() -> Amf0.readAll(HexFormat.of().parseHex("02ffff41"))).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> Amf0.readAll(HexFormat.of().parseHex("0cffffffff41")))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> Amf0.readAll(HexFormat.of().parseHex("0affffffff05")))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("strict array");
        assertThatThrownBy(() -> Amf0.readAll(HexFormat.of().parseHex("03000161"))).isInstanceOf(ProtocolException.class);
    }

    @Test
    void deepNestingIsRefused() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            b.writeBytes(new byte[] {3, 0, 1, 'a'}); // {a: {a: {a: ...
        }
        assertThatThrownBy(() -> Amf0.readAll(b.toByteArray())).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void referencesAndAmf3AreNotSupported() {
        assertThatThrownBy(() -> Amf0.readAll(new byte[] {7, 0, 1})).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("type 7");
        assertThatThrownBy(() -> Amf0.readAll(new byte[] {17, 1})).isInstanceOf(ProtocolException.class);
    }

    @Test
    void randomBytesEndInValuesOrAProtocolExceptionNeverAnotherFailure() {
        Random random = new Random(2022);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(64)];
            random.nextBytes(data);
            if (data.length > 0 && random.nextBoolean()) {
                data[0] = (byte) random.nextInt(17); // a valid type marker, so the reader gets further
            }
            try {
                Amf0.readAll(data);
                read++;
            } catch (ProtocolException expected) {
                // garbage
            }
        }
        assertThat(read).isPositive();
    }

    @Test
    void mutatedCommandsEndInValuesOrAProtocolException() throws Exception {
        byte[] valid = Amf0.encode("publish", 5.0, null, "sk_us-east-1_abc", "live");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = valid.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            try {
                Amf0.readAll(data);
            } catch (ProtocolException expected) {
                // garbage
            }
        }
        assertThat(Amf0.readAll(valid)).containsExactly("publish", 5.0, Amf0.Marker.NULL, "sk_us-east-1_abc", "live");
    }
}
