package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.StreamKeyArn;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stream keys through the wrapper, against the embedded emulator. */
class StreamKeysTest {
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

    /** A raised stream key quota needs an emulator of its own: the instance field starts one for each test. */
    @Nested
    class WithRoomForTwoKeysPerChannel {
        @RegisterExtension
        final IvsEmulatorExtension roomy = IvsEmulatorExtension.builder().region(Emulated.REGION)
                .accountId(Emulated.ACCOUNT).quota(Quota.STREAM_KEYS_PER_CHANNEL, 2).build();

        @Test
        void rotationCreatesTheNewKeyFirstWhereTheQuotaAllows() throws Exception {
            IvsEmulator own = roomy.emulator();
            try (IvsLowLatency ll = Emulated.connect(own)) {
                CreatedChannel created = ll.createChannel(ChannelSpec.builder().build());
                ChannelArn channel = created.channel().arn();
                StreamKey old = created.streamKey();
                ll.tagResource(old.arn(), Map.of("team", "cats"));

                StreamKey rotated = ll.rotateStreamKey(channel);

                assertThat(rotated.value()).isNotEqualTo(old.value());
                assertThat(rotated.tags()).containsExactly(Map.entry("team", "cats"));
                assertThat(own.calls()).extracting(RecordedCall::operation, RecordedCall::status).containsExactly(
                        tuple("CreateChannel", 200), tuple("TagResource", 200), tuple("ListStreamKeys", 200),
                        tuple("CreateStreamKey", 200), tuple("DeleteStreamKey", 204));
                ObjectMapper json = new ObjectMapper();
                assertThat(json.readTree(own.calls("CreateStreamKey").get(0).input())).isEqualTo(json.readTree(
                        "{\"channelArn\":\"" + channel.value() + "\",\"tags\":{\"team\":\"cats\"}}"));
                assertThat(json.readTree(own.calls("DeleteStreamKey").get(0).input()))
                        .isEqualTo(json.readTree("{\"arn\":\"" + old.arn().value() + "\"}"));
                assertThat(ll.listStreamKeys(channel).map(StreamKeySummary::arn)).containsExactly(rotated.arn());
            }
        }
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

        assertInvalid(() -> ivs.batchGetStreamKeys(fiftyOne), "arns", "has 51 ARNs; allowed 1..50");
        assertThat(emulator.calls()).isEmpty();

        assertThat(ivs.batchGetStreamKeys(fiftyOne.subList(0, 50)).errors()).hasSize(50);
        assertThat(emulator.calls("BatchGetStreamKey")).singleElement().extracting(RecordedCall::status).isEqualTo(200);
    }

    @Test
    void createStreamKeyChecksItsTagsLocally() {
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");

        assertInvalid(() -> ivs.createStreamKey(channel, Map.of("k", "v".repeat(257))), "tags[k]",
                "is 257 characters long; allowed 0..256 characters");
        assertInvalid(() -> ivs.createStreamKey(null, Map.of()), "channel", "is missing");
        assertThat(emulator.calls()).isEmpty();
    }
}
