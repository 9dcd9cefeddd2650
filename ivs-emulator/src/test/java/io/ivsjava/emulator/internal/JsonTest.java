package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A raw value is written exactly as the tree it stands for would be, wherever it sits in an answer. */
class JsonTest {
    private static final ObjectNode DOCUMENT = Json.constant("{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:stage/a1\","
            + "\"name\":\"caf\\u00e9 \\u65e5\\u672c \\ud83c\\udfa5 \\\"quoted\\\" back\\\\slash \\u0001\\n\\t/\","
            + "\"tags\":{},\"count\":12,\"big\":123456789012345678901234567890,\"ratio\":0.25,\"large\":1.0E21,"
            + "\"on\":true,\"off\":false,\"none\":null,\"list\":[1,\"two\",{\"three\":[]}],"
            + "\"endpoints\":{\"whip\":\"https://a1.global-bm.whip.live-video.net\"}}");

    @Test
    void aGetAnswerOfOneRawMemberIsTheBytesOfItsTree() {
        byte[] stored = Json.write(DOCUMENT);

        assertThat(new String(Json.write(Operations.wrap("stage", Json.raw(stored))), StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.write(Operations.wrap("stage", DOCUMENT.deepCopy())), StandardCharsets.UTF_8));
    }

    @Test
    void rawValuesInsideLargerTreesAreWrittenAsTheirTreesToo() {
        byte[] stored = Json.write(DOCUMENT);
        ObjectNode withRaw = Json.object().put("first", 1);
        withRaw.set("stage", Json.raw(stored));
        withRaw.putArray("list").add(Json.raw(stored)).add("x");
        ObjectNode withTree = Json.object().put("first", 1);
        withTree.set("stage", DOCUMENT.deepCopy());
        withTree.putArray("list").add(DOCUMENT.deepCopy()).add("x");
        ObjectNode oddName = Json.object();
        oddName.set("we\"ird", Json.raw(stored));

        assertThat(Json.write(withRaw)).isEqualTo(Json.write(withTree));
        assertThat(Json.write(oddName)).isEqualTo(Json.write(Json.object().set("we\"ird", DOCUMENT.deepCopy())));
    }

    @Test
    void materializingParsesEveryRawValueAndLeavesTheRestAlone() {
        byte[] stored = Json.write(DOCUMENT);
        ObjectNode withRaw = Json.object().put("first", 1);
        withRaw.set("stage", Json.raw(stored));
        withRaw.putArray("list").add(Json.raw(stored));
        ObjectNode plain = Json.object().put("first", 1);

        JsonNode materialized = Json.materialize(withRaw);

        assertThat(materialized.get("stage")).isEqualTo(DOCUMENT);
        assertThat(materialized.get("list").get(0)).isEqualTo(DOCUMENT);
        assertThat(withRaw.get("stage").isPojo()).as("the original keeps its raw value").isTrue();
        assertThat(Json.materialize(plain)).isSameAs(plain);
    }

    /** Bodies the shortcut for flat objects reads, and bodies it must leave to the parser (numbers, escapes, errors). */
    private static final java.util.List<String> BODIES = java.util.List.of(
            "{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:stage/a1\"}",
            " \r\n\t{ \"a\" : \"x\" ,\n\"b\":true,\"c\":false , \"d\":null }\n ",
            "{}", " { } ", "{\"a\":\"1\",\"a\":\"2\"}", "{\"\":\"\"}", "{\"a\":\"~ !#$%&'()*+,-./:;<=>?@[]^_`{|}\"}",
            "{\"a\":1}", "{\"a\":-1.5e3}", "{\"a\":\"caf\u00e9\"}", "{\"a\":\"esc\\\"aped\"}", "{\"a\":\"\\u0041\"}",
            "{\"a\":{\"b\":\"c\"}}", "{\"a\":[\"b\"]}", "{\"a\":\"\u007f\"}",
            // not JSON, or not one object: the parser's errors and values decide, as before the shortcut
            "", " ", "[]", "\"text\"", "true", "{", "{\"a\"}", "{\"a\":}", "{\"a\":\"x\",}", "{,\"a\":\"x\"}",
            "{\"a\":\"x\"}}", "{\"a\":\"x\"} {}", "{\"a\":truex}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x\" \"b\":\"y\"}",
            "{\"a\":\"unterminated}", "{'a':'x'}", "{a:\"x\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"x\"}garbage",
            "{\"a\":true_}", "{\"a\":\"x\"}\u0000");

    @Test
    void theShortcutForFlatObjectsParsesExactlyAsTheParserDoes() throws Exception {
        int shortcut = 0;
        for (String body : BODIES) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Object expected = outcome(() -> Json.parseWithParser(bytes));
            assertThat(outcome(() -> Json.parse(bytes))).as(body).isEqualTo(expected);
            if (Json.flatObject(bytes) != null) {
                shortcut++;
                assertThat(Json.flatObject(bytes)).as(body).isEqualTo(expected);
            }
        }
        assertThat(shortcut).as("bodies the shortcut read itself").isEqualTo(7);
    }

    /** A parse's value, or its exception's class and message. */
    private static Object outcome(java.util.concurrent.Callable<JsonNode> parse) {
        try {
            return parse.call();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
