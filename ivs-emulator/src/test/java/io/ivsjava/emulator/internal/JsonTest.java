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
}
