package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tags on low-latency resources through the wrapper, against the embedded emulator. */
class TagsTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @Test
    void channelsAndStreamKeysAreTaggedAndUntagged() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().tag("a", "1").build());
        ChannelArn channel = created.channel().arn();

        ivs.tagResource(channel, Map.of("b", "2", "a", "one"));
        assertThat(ivs.listTags(channel)).containsOnly(Map.entry("a", "one"), Map.entry("b", "2"));
        assertThat(ivs.getChannel(channel).tags()).isEqualTo(ivs.listTags(channel));

        ivs.untagResource(channel, List.of("a", "not-there"));
        assertThat(ivs.listTags(channel)).containsOnly(Map.entry("b", "2"));

        ivs.tagResource(created.streamKey().arn(), Map.of("key", "tag"));
        assertThat(ivs.listTags(created.streamKey().arn())).containsOnly(Map.entry("key", "tag"));
    }

    @Test
    void aMissingResourceIsNotFound() {
        ChannelArn missing = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");
        assertThatThrownBy(() -> ivs.listTags(missing)).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void realTimeResourcesAndBadTagsAreRefusedBeforeAnyCall() {
        StageArn stage = StageArn.parse("arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");

        assertInvalid(() -> ivs.tagResource(stage, Map.of("k", "v")), "resourceArn",
                "is a stage ARN, a resource of IVS real-time; tag it through ivs-realtime");
        assertInvalid(() -> ivs.listTags(stage), "resourceArn", "tag it through ivs-realtime");
        assertInvalid(() -> ivs.tagResource(channel, Map.of("k", "v".repeat(257))), "tags[k]",
                "allowed 0..256 characters");
        List<String> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add("k" + i);
        }
        assertInvalid(() -> ivs.untagResource(channel, fiftyOne), "tagKeys", "has 51 keys; allowed 1..50");
        assertInvalid(() -> ivs.untagResource(channel, List.of()), "tagKeys", "has 0 keys; allowed 1..50");
        assertInvalid(() -> ivs.tagResource(null, Map.of()), "resourceArn", "is missing");

        assertThat(emulator.calls()).isEmpty();
    }
}
