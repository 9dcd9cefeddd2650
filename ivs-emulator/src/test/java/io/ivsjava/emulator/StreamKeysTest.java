package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.BatchGetStreamKeyResponse;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.ListStreamKeysResponse;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivs.model.StreamKey;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Stream keys: one per channel by default, replaced by delete and create, read singly and in batches. */
class StreamKeysTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().region("ap-south-1").start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);

    @Test
    void aChannelHasOneStreamKeyWhichIsReplacedByDeletingAndCreating() {
        CreateChannelResponse created = client.createChannel(b -> b.name("keys"));
        String channel = created.channel().arn();

        assertThatThrownBy(() -> client.createStreamKey(b -> b.channelArn(channel)))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> assertThat(e.statusCode()).isEqualTo(402))
                .hasMessageContaining("quota of 1 per channel");

        client.deleteStreamKey(b -> b.arn(created.streamKey().arn()));
        assertThat(client.listStreamKeys(b -> b.channelArn(channel)).streamKeys()).isEmpty();
        assertThatThrownBy(() -> client.getStreamKey(b -> b.arn(created.streamKey().arn())))
                .isInstanceOf(ResourceNotFoundException.class);

        StreamKey replacement = client.createStreamKey(b -> b.channelArn(channel).tags(Map.of("rotated", "1")))
                .streamKey();
        assertThat(replacement.arn()).matches("arn:aws:ivs:ap-south-1:123456789012:stream-key/[a-zA-Z0-9]{12}")
                .isNotEqualTo(created.streamKey().arn());
        assertThat(replacement.value()).startsWith("sk_ap-south-1_").isNotEqualTo(created.streamKey().value());
        assertThat(replacement.channelArn()).isEqualTo(channel);
        assertThat(replacement.tags()).containsExactly(Map.entry("rotated", "1"));
        assertThat(client.getStreamKey(b -> b.arn(replacement.arn())).streamKey()).isEqualTo(replacement);
    }

    @Test
    void aStreamKeyNeedsAnExistingChannel() {
        String missing = "arn:aws:ivs:ap-south-1:123456789012:channel/missingMissi";
        assertThatThrownBy(() -> client.createStreamKey(b -> b.channelArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(missing);
        assertThatThrownBy(() -> client.listStreamKeys(b -> b.channelArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theQuotaPerChannelIsConfigurableAndListsPageOneKeyAtATimeByDefault() {
        try (IvsEmulator roomy = IvsEmulator.builder().quota(Quota.STREAM_KEYS_PER_CHANNEL, 3).start();
             IvsClient c = Sdk.lowLatencyWithoutRetries(roomy)) {
            String channel = c.createChannel(b -> b.name("three-keys")).channel().arn();
            String other = c.createChannel(b -> b.name("other")).channel().arn();
            c.createStreamKey(b -> b.channelArn(channel));
            c.createStreamKey(b -> b.channelArn(channel));
            assertThatThrownBy(() -> c.createStreamKey(b -> b.channelArn(channel)))
                    .isInstanceOf(ServiceQuotaExceededException.class).hasMessageContaining("3 per channel");
            c.createStreamKey(b -> b.channelArn(other));

            ListStreamKeysResponse first = c.listStreamKeys(b -> b.channelArn(channel));
            assertThat(first.streamKeys()).as("the model's default page size is 1").hasSize(1);
            assertThat(first.nextToken()).isNotNull();
            assertThat(c.listStreamKeysPaginator(b -> b.channelArn(channel)).stream()
                    .flatMap(page -> page.streamKeys().stream()).map(k -> k.channelArn()).distinct())
                    .containsExactly(channel);
            assertThat(c.listStreamKeysPaginator(b -> b.channelArn(channel)).stream()
                    .mapToInt(page -> page.streamKeys().size()).sum()).isEqualTo(3);
            assertThat(c.listStreamKeys(b -> b.channelArn(channel).maxResults(50)).streamKeys()).hasSize(3);
            assertThatThrownBy(() -> c.listStreamKeys(b -> b.channelArn(channel).maxResults(51)))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(Quota.STREAM_KEYS_PER_CHANNEL.defaultLimit()).isEqualTo(1);
    }

    @Test
    void batchGetStreamKeyAnswersEachFoundKeyWithItsValueAndAnErrorPerMissingOne() {
        StreamKey a = client.createChannel(b -> b.name("a")).streamKey();
        StreamKey b2 = client.createChannel(b -> b.name("b")).streamKey();
        String missing = "arn:aws:ivs:ap-south-1:123456789012:stream-key/missingMissi";

        BatchGetStreamKeyResponse batch = client.batchGetStreamKey(b -> b.arns(a.arn(), b2.arn(), missing));

        assertThat(batch.streamKeys()).containsExactly(a, b2);
        assertThat(batch.streamKeys()).allSatisfy(k -> assertThat(k.value()).startsWith("sk_ap-south-1_"));
        assertThat(batch.errors()).singleElement().satisfies(e -> {
            assertThat(e.arn()).isEqualTo(missing);
            assertThat(e.code()).isEqualTo("ResourceNotFoundException");
        });
    }

    @Test
    void streamKeysAreTaggable() {
        StreamKey key = client.createChannel(b -> b.name("tagged")).streamKey();
        client.tagResource(b -> b.resourceArn(key.arn()).tags(Map.of("env", "test")));
        assertThat(client.listTagsForResource(b -> b.resourceArn(key.arn())).tags())
                .containsExactly(Map.entry("env", "test"));
        assertThat(client.getStreamKey(b -> b.arn(key.arn())).streamKey().tags()).containsEntry("env", "test");
    }

    @Test
    void deletingAChannelDeletesEveryOneOfItsKeys() {
        try (IvsEmulator roomy = IvsEmulator.builder().quota(Quota.STREAM_KEYS_PER_CHANNEL, 2).start();
             IvsClient c = Sdk.lowLatency(roomy)) {
            CreateChannelResponse created = c.createChannel(b -> b.name("doomed"));
            StreamKey second = c.createStreamKey(b -> b.channelArn(created.channel().arn())).streamKey();
            StreamKey kept = c.createChannel(b -> b.name("kept")).streamKey();

            c.deleteChannel(b -> b.arn(created.channel().arn()));

            assertThat(c.batchGetStreamKey(b -> b.arns(created.streamKey().arn(), second.arn(), kept.arn())))
                    .satisfies(r -> {
                        assertThat(r.streamKeys()).containsExactly(kept);
                        assertThat(r.errors()).hasSize(2);
                    });
        }
    }

    @Test
    void aStreamKeyIsSeenOnlyInItsRegion() {
        StreamKey key = client.createChannel(b -> b.name("mumbai")).streamKey();
        try (IvsClient seoul = Sdk.lowLatency(emulator, "ap-northeast-2")) {
            assertThatThrownBy(() -> seoul.getStreamKey(b -> b.arn(key.arn())))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> seoul.createStreamKey(b -> b.channelArn(key.channelArn())))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
