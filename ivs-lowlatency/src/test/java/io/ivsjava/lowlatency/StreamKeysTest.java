package io.ivsjava.lowlatency;

import static io.ivsjava.core.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.emulator.IvsEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stream keys through the wrapper, against the embedded emulator. */
class StreamKeysTest {
    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void start() {
        emulator = Emulated.start();
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void stop() {
        ivs.close();
        emulator.close();
    }

    @Test
    void aChannelListsItsKeyWithoutTheSecret() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().build());

        List<StreamKeySummary> keys = ivs.listStreamKeys(created.channel().arn()).collect(Collectors.toList());

        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.arn()).isEqualTo(created.streamKey().arn());
            assertThat(k.channel()).isEqualTo(created.channel().arn());
            assertThat(k.toString()).doesNotContain(created.streamKey().value());
        });
    }

    @Test
    void aSecondKeyExceedsTheDefaultQuotaOfOne() {
        ChannelArn channel = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();

        assertThatThrownBy(() -> ivs.createStreamKey(channel, Map.of()))
                .isInstanceOfSatisfying(IvsQuotaExceededException.class, e -> {
                    assertThat(e.errorCode()).hasValue("ServiceQuotaExceededException");
                    assertThat(e.httpStatus()).hasValue(402);
                });
    }

    @Test
    void aDeletedKeyCanBeReplaced() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().build());
        ChannelArn channel = created.channel().arn();

        assertThat(ivs.deleteStreamKey(created.streamKey().arn())).isTrue();
        assertThat(ivs.listStreamKeys(channel)).isEmpty();
        assertThat(ivs.deleteStreamKey(created.streamKey().arn(), DeleteOption.IF_EXISTS)).isFalse();
        assertThatThrownBy(() -> ivs.deleteStreamKey(created.streamKey().arn()))
                .isInstanceOf(IvsNotFoundException.class);

        StreamKey fresh = ivs.createStreamKey(channel, Map.of("purpose", "obs"));
        assertThat(fresh.channel()).isEqualTo(channel);
        assertThat(fresh.value()).startsWith("sk_us-west-2_").isNotEqualTo(created.streamKey().value());
        assertThat(fresh.tags()).containsExactly(Map.entry("purpose", "obs"));
        assertThat(ivs.getStreamKey(fresh.arn())).isEqualTo(fresh);
    }

    @Test
    void rotatingReplacesTheKeyAndKeepsItsTags() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().build());
        ChannelArn channel = created.channel().arn();
        StreamKey old = created.streamKey();
        ivs.tagResource(old.arn(), Map.of("team", "cats"));

        StreamKey rotated = ivs.rotateStreamKey(channel);

        assertThat(rotated.arn()).isNotEqualTo(old.arn());
        assertThat(rotated.value()).isNotEqualTo(old.value());
        assertThat(rotated.tags()).containsExactly(Map.entry("team", "cats"));
        assertThat(ivs.listStreamKeys(channel).map(StreamKeySummary::arn)).containsExactly(rotated.arn());
        assertThatThrownBy(() -> ivs.getStreamKey(old.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void rotatingAChannelWithoutAKeyCreatesOne() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().build());
        ivs.deleteStreamKey(created.streamKey().arn());

        StreamKey rotated = ivs.rotateStreamKey(created.channel().arn());

        assertThat(ivs.listStreamKeys(created.channel().arn()).map(StreamKeySummary::arn))
                .containsExactly(rotated.arn());
    }

    @Test
    void batchGetReadsSecretsOfSeveralKeys() {
        StreamKey one = ivs.createChannel(ChannelSpec.builder().build()).streamKey();
        StreamKey two = ivs.createChannel(ChannelSpec.builder().build()).streamKey();
        StreamKeyArn missing = StreamKeyArn.parse("arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh");

        BatchResult<StreamKey> result = ivs.batchGetStreamKeys(List.of(one.arn(), two.arn(), missing));

        assertThat(result.found()).containsExactlyInAnyOrder(one, two);
        assertThat(result.toString()).doesNotContain(one.value()).doesNotContain(two.value());
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.arn()).isEqualTo(missing.value()));
    }

    @Test
    void batchGetTakesAtMostFiftyKeys() {
        List<StreamKeyArn> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(StreamKeyArn.parse("arn:aws:ivs:us-west-2:123456789012:stream-key/k" + i));
        }
        long before = emulator.requestCount("BatchGetStreamKey");

        assertInvalid(() -> ivs.batchGetStreamKeys(fiftyOne), "arns", "has 51 ARNs; allowed 1..50");
        assertThat(emulator.requestCount("BatchGetStreamKey")).isEqualTo(before);

        assertThat(ivs.batchGetStreamKeys(fiftyOne.subList(0, 50)).errors()).hasSize(50);
    }

    @Test
    void createStreamKeyChecksItsTagsLocally() {
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");
        long before = emulator.requestCount("CreateStreamKey");

        assertInvalid(() -> ivs.createStreamKey(channel, Map.of("k", "v".repeat(257))), "tags[k]",
                "is 257 characters long; allowed 0..256 characters");
        assertInvalid(() -> ivs.createStreamKey(null, Map.of()), "channel", "is missing");
        assertThat(emulator.requestCount("CreateStreamKey")).isEqualTo(before);
    }
}
