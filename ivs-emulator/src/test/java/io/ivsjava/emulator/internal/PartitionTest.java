package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EmulatorOptions;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** How a partition stores its documents: compactly, and so that each reads back exactly as it was put. */
class PartitionTest {
    private final EmulatorState state = new EmulatorState(EmulatorOptions.defaults(), Clock.systemUTC());
    private final Partition p = state.defaultPartition();

    @Test
    void aDocumentReadsBackExactlyWhateverItsTextHolds() {
        String arn = p.arn("stage", "abcdABCD1234");
        ObjectNode doc = Json.object().put("arn", arn).put("name", "\u0001\u0002\u001f" + arn + p.hostPrefix()
                + "arn:aws:ivs:" + p.region() + ":" + p.accountId() + "https://" + p.hostPrefix() + ".live-video.net"
                + " \u00e9 \u65e5\u672c " + p.hostPrefix().substring(1));
        doc.putObject("endpoints").put("whip", "https://" + p.hostPrefix() + ".global-bm.whip.live-video.net");

        p.put(arn, doc);

        assertThat(p.find(arn)).contains(doc);
        assertThat(p.requireJson(arn, "stage")).isEqualTo(Json.write(doc));
        assertThat(p.all("stage")).containsExactly(doc);
        assertThat(p.page("stage", d -> true, 10, java.util.Optional.empty()).items()).containsExactly(doc);
    }

    @Test
    void aDocumentWithNoPartitionConstantOrWithManyReadsBackExactly() {
        String plainArn = p.arn("stage", "noConstants1");
        ObjectNode plain = Json.object().put("name", "nothing of the partition here");
        String manyArn = p.arn("stage", "manyConsts12");
        ObjectNode many = Json.object().put("arn", manyArn);
        com.fasterxml.jackson.databind.node.ArrayNode list = many.putArray("related");
        for (int i = 0; i < 60; i++) {
            list.add(p.arn("stage", "related" + i)).add("https://" + p.hostPrefix() + ".x" + i);
        }

        p.put(plainArn, plain);
        p.put(manyArn, many);

        assertThat(p.requireJson(plainArn, "stage")).isEqualTo(Json.write(plain));
        assertThat(p.requireJson(manyArn, "stage")).isEqualTo(Json.write(many));
        assertThat(p.find(manyArn)).contains(many);
    }

    @Test
    void anArnOfAnotherAccountOrRegionIsNotInThePartition() {
        String arn = p.arn("stage", "abcdABCD1234");
        p.put(arn, Json.object().put("arn", arn));
        String elsewhere = arn.replace(p.region(), "eu-west-1");

        assertThat(p.exists(arn)).isTrue();
        assertThat(p.exists(elsewhere)).isFalse();
        assertThat(p.find(elsewhere)).isEmpty();
        assertThat(p.remove(elsewhere)).isFalse();
        assertThatThrownBy(() -> p.put(elsewhere, Json.object())).isInstanceOf(IllegalStateException.class);
        assertThat(p.count("stage")).isEqualTo(1);
    }
}
