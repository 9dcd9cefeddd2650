package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tags on real-time resources. */
class TagsTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTime ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @Test
    void aStageIsTaggedAndUntagged() {
        StageArn stage = ivs.createStage(StageSpec.builder().name("tagged").tag("a", "1").build()).stage().arn();

        ivs.tagResource(stage, Map.of("b", "2", "c", "3"));
        assertThat(ivs.listTagsForResource(stage)).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"),
                Map.entry("c", "3"));

        ivs.untagResource(stage, List.of("a", "c"));
        assertThat(ivs.listTagsForResource(stage)).containsOnly(Map.entry("b", "2"));
        assertThat(ivs.getStage(stage).tags()).containsOnly(Map.entry("b", "2"));
    }

    @Test
    void aPublicKeyIsTaggedToo() {
        ImportedPublicKey key = ivs.importPublicKey("tagged-key", P384Keys.generate().publicKey());

        ivs.tagResource(key.arn(), Map.of("rotation", "2026-11"));

        assertThat(ivs.listTagsForResource(key.arn())).containsOnly(Map.entry("rotation", "2026-11"));
    }

    @Test
    void tagsAreCheckedBeforeAnyCallAndMissingResourcesAreNotFound() {
        StageArn stage = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/none");
        Map<String, String> fiftyOne = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.put("k" + i, "v");
        }

        assertInvalid(() -> ivs.tagResource(stage, fiftyOne), "tags", "51 tags is too many; allowed at most 50");
        assertInvalid(() -> ivs.tagResource(stage, Map.of("", "v")), "tags.key", "allowed 1..128 characters");
        assertInvalid(() -> ivs.tagResource(stage, Map.of("cat", "v".repeat(257))), "tags[cat]",
                "allowed 0..256 characters");
        assertInvalid(() -> ivs.untagResource(stage, List.of("ok", "")), "tagKeys[1]", "allowed 1..128 characters");
        assertInvalid(() -> ivs.untagResource(stage, fiftyOne.keySet()), "tagKeys", "allowed at most 50");
        assertInvalid(() -> ivs.listTagsForResource(ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/c")),
                "resourceArn", "is a channel ARN; the real-time service tags stages");
        assertInvalid(() -> ivs.listTagsForResource(null), "resourceArn", "is missing");
        assertThat(emulator.calls()).isEmpty();

        assertThatThrownBy(() -> ivs.tagResource(stage, Map.of("k", "v"))).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.listTagsForResource(stage)).isInstanceOf(IvsNotFoundException.class);
    }
}
