package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.core.fixtures.Rejections;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The claims JSON writer, byte for byte where the bytes are decided, and read back by Jackson everywhere. */
class JsonBytesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyControlCharacterIsEscapedTheShortWayWhereJsonHasOne() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }

        assertThat(json(all.toString())).isEqualTo("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"
                + "\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017"
                + "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"");
    }

    @Test
    void quotesBackslashesAndLineSeparatorsAreEscapedAndTheRestIsPlainUtf8() {
        assertThat(json("say \"hi\" \\ back")).isEqualTo("\"say \\\"hi\\\" \\\\ back\"");
        assertThat(json("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
        assertThat(json("/ </script> ' \u007f")).isEqualTo("\"/ </script> ' \u007f\"");
        assertThat(bytes("é中🐱")).isEqualTo(("\"é中🐱\"").getBytes(StandardCharsets.UTF_8));
        assertThat(bytes("\uFFFF\uFEFF\u0800\u07FF\u0080")).isEqualTo("\"\uFFFF\uFEFF\u0800\u07FF\u0080\"".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(new String(Character.toChars(Character.MAX_CODE_POINT))))
                .containsExactly('"', 0xF4 - 256, 0x8F - 256, 0xBF - 256, 0xBF - 256, '"');
    }

    @Test
    void loneSurrogatesBecomeTheReplacementCharacter() {
        byte[] replacement = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

        assertThat(bytes("\uD83D")).containsExactly('"', replacement[0], replacement[1], replacement[2], '"');
        assertThat(bytes("\uDC31")).containsExactly('"', replacement[0], replacement[1], replacement[2], '"');
        // a low surrogate before its high one is two lone surrogates, not a pair
        assertThat(json("a\uDC31\uD83Db")).isEqualTo("\"a\uFFFD\uFFFDb\"");
        assertThat(json("\uD83D\uD83D\uDC31")).isEqualTo("\"\uFFFD🐱\"");
        assertThat(json("end\uD83D")).isEqualTo("\"end\uFFFD\"");
    }

    @Test
    void numbersAreExact() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("zero", 0);
        numbers.put("minusOne", -1L);
        numbers.put("min", Long.MIN_VALUE);
        numbers.put("max", Long.MAX_VALUE);
        numbers.put("intMin", Integer.MIN_VALUE);
        numbers.put("byte", (byte) 12);
        numbers.put("big", new BigInteger("123456789012345678901234567890"));
        numbers.put("decimal", new BigDecimal("-1.50"));
        numbers.put("double", 1.0E-7);
        numbers.put("float", 2.5f);

        assertThat(object(numbers)).isEqualTo("{\"zero\":0,\"minusOne\":-1,\"min\":-9223372036854775808,"
                + "\"max\":9223372036854775807,\"intMin\":-2147483648,\"byte\":12,"
                + "\"big\":123456789012345678901234567890,\"decimal\":-1.50,\"double\":1.0E-7,\"float\":2.5}");
    }

    @Test
    void mapsListsSetsAndArraysKeepTheirOrder() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("z", true);
        claims.put("a", false);
        claims.put("list", List.of("x", 1, List.of(), Map.of()));
        claims.put("set", new LinkedHashSet<>(List.of("b", "a")));
        claims.put("array", new String[] {"q", "r"});
        claims.put("nested", Map.of("k", Map.of("k", "v")));

        assertThat(object(claims)).isEqualTo("{\"z\":true,\"a\":false,\"list\":[\"x\",1,[],{}],\"set\":[\"b\",\"a\"],"
                + "\"array\":[\"q\",\"r\"],\"nested\":{\"k\":{\"k\":\"v\"}}}");
    }

    @Test
    void randomUnicodeReadsBackAsWritten() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
                if (cp < 0xD800 || cp > 0xDFFF) {
                    text.appendCodePoint(cp);
                }
            }
            Map<String, Object> claims = Map.of(text.toString(), List.of(text.toString()));

            JsonNode read = JSON.readTree(new JsonBytes(8).object("claims", claims).toByteArray());

            assertThat(read).as("text %d", i).isEqualTo(JSON.valueToTree(claims));
        }
    }

    @Test
    void longValuesGrowTheBuffer() throws IOException {
        String value = "\u0001\"🐱é".repeat(100_000);

        byte[] written = new JsonBytes(16).object("claims", Map.of("v", value)).toByteArray();

        assertThat(JSON.readTree(written).get("v").textValue()).isEqualTo(value);
        assertThat(written).hasSize(2 + 3 + 1 + 2 + 100_000 * (6 + 2 + 4 + 2));
    }

    @Test
    void badValuesAreRefusedWithTheirPath() {
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", null), "claims", "is missing");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("f", Double.POSITIVE_INFINITY)),
                "claims[f]", "is Infinity", "allowed finite numbers");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("f", List.of(Float.NaN))),
                "claims[f][0]", "is NaN");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("c", 'c')),
                "claims[c]", "is a java.lang.Character", "cannot carry");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("i", new int[] {1})),
                "claims[i]", "is a [I", "cannot carry");
    }

    @Test
    void sixteenLevelsAreAllowedAndSeventeenAreNot() throws IOException {
        Object sixteen = "leaf";
        for (int i = 0; i < 15; i++) {
            sixteen = Map.of("m", sixteen);
        }
        Map<String, Object> claims = Map.of("m", sixteen);

        assertThat(JSON.readTree(new JsonBytes(8).object("claims", claims).toByteArray()).at("/m".repeat(16)).textValue())
                .isEqualTo("leaf");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("m", claims)),
                "claims" + "[m]".repeat(16), "nests more than 16 levels deep");
        Rejections.assertInvalid(() -> new JsonBytes(8).object("claims", Map.of("m", List.of(claims))),
                "claims[m][0]" + "[m]".repeat(14), "nests more than 16 levels deep");
    }

    private static String json(String value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        JsonBytes writer = new JsonBytes(4).string(value);
        return writer.toByteArray();
    }

    private static String object(Map<String, ?> claims) {
        return new String(new JsonBytes(4).object("claims", claims).toByteArray(), StandardCharsets.UTF_8);
    }
}
