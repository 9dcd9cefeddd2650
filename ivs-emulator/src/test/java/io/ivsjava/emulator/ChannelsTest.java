package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.BatchGetChannelResponse;
import software.amazon.awssdk.services.ivs.model.Channel;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.ChannelType;
import software.amazon.awssdk.services.ivs.model.ContainerFormat;
import software.amazon.awssdk.services.ivs.model.ListChannelsResponse;
import software.amazon.awssdk.services.ivs.model.MultitrackMaximumResolution;
import software.amazon.awssdk.services.ivs.model.MultitrackPolicy;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Channels: batch reads, limits, quota, every List filter, paging under change, multitrack rules, regions. */
class ChannelsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().region("us-west-2").start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatency(emulator);

    @Test
    void batchGetChannelAnswersFoundChannelsAndAnErrorPerMissingOne() {
        Channel a = client.createChannel(b -> b.name("a")).channel();
        Channel b2 = client.createChannel(b -> b.name("b")).channel();
        String missing = "arn:aws:ivs:us-west-2:123456789012:channel/missingMissi";

        BatchGetChannelResponse batch = client.batchGetChannel(b -> b.arns(a.arn(), missing, b2.arn()));

        assertThat(batch.channels()).containsExactly(a, b2);
        assertThat(batch.errors()).singleElement().satisfies(e -> {
            assertThat(e.arn()).isEqualTo(missing);
            assertThat(e.code()).isEqualTo("ResourceNotFoundException");
            assertThat(e.message()).contains(missing);
        });
    }

    @Test
    void batchGetChannelTakesOneToFiftyArns() {
        List<String> fifty = IntStream.range(0, 50)
                .mapToObj(i -> String.format("arn:aws:ivs:us-west-2:123456789012:channel/missing%05d", i))
                .collect(Collectors.toList());
        assertThat(client.batchGetChannel(b -> b.arns(fifty)).errors()).hasSize(50);

        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("arn:aws:ivs:us-west-2:123456789012:channel/oneTooMany");
        assertThatThrownBy(() -> client.batchGetChannel(b -> b.arns(fiftyOne)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'arns' failed to satisfy constraint: Member must have length less than or equal to 50");
    }

    @Test
    void namesTakeUpTo128LettersDigitsHyphensAndUnderscores() {
        String longest = "n".repeat(127) + "_";
        assertThat(client.createChannel(b -> b.name(longest)).channel().name()).isEqualTo(longest);

        assertThatThrownBy(() -> client.createChannel(b -> b.name("n".repeat(129))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 128");
        assertThatThrownBy(() -> client.createChannel(b -> b.name("cat live")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("regular expression pattern");
    }

    @Test
    void theChannelQuotaCountsLiveChannelsOfTheRegion() {
        try (IvsEmulator small = IvsEmulator.builder().quota(Quota.CHANNELS, 2).start();
             IvsClient c = Sdk.lowLatencyWithoutRetries(small)) {
            String first = c.createChannel(b -> b.name("one")).channel().arn();
            c.createChannel(b -> b.name("two"));

            assertThatThrownBy(() -> c.createChannel(b -> b.name("three")))
                    .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(402))
                    .hasMessageContaining("quota of 2 channels");

            c.deleteChannel(b -> b.arn(first));
            assertThat(c.createChannel(b -> b.name("three")).channel().name()).isEqualTo("three");
        }
        assertThat(Quota.CHANNELS.defaultLimit()).isEqualTo(5_000);
    }

    @Test
    void everyListChannelsFilterKeepsOnlyTheMatchingChannels() {
        try (IvsEmulator own = IvsEmulator.start(); IvsClient c = Sdk.lowLatency(own)) {
            SignedHttp signed = new SignedHttp(own);
            String recording = c.createRecordingConfiguration(b -> b.destinationConfiguration(
                    d -> d.s3(s -> s.bucketName("bucket")))).recordingConfiguration().arn();
            String policy = c.createPlaybackRestrictionPolicy(b -> b.name("p")).playbackRestrictionPolicy().arn();
            String ads = signed.post("CreateAdConfiguration", "{\"mediaTailorPlaybackConfigurations\":[{"
                    + "\"playbackConfigurationArn\":\"arn:aws:mediatailor:us-east-1:123456789012:playbackConfiguration/p\"}]}")
                    .ok().path("adConfiguration").path("arn").asText();
            String recorded = c.createChannel(b -> b.name("recorded").recordingConfigurationArn(recording)).channel().arn();
            String restricted = c.createChannel(b -> b.name("restricted").playbackRestrictionPolicyArn(policy))
                    .channel().arn();
            String withAds = signed.post("CreateChannel", "{\"name\":\"ads\",\"adConfigurationArn\":\"" + ads + "\"}")
                    .ok().path("channel").path("arn").asText();
            c.createChannel(b -> b.name("plain"));

            assertThat(names(c.listChannels(b -> b.filterByName("restricted")))).containsExactly("restricted");
            assertThat(arns(c.listChannels(b -> b.filterByRecordingConfigurationArn(recording))))
                    .containsExactly(recorded);
            assertThat(arns(c.listChannels(b -> b.filterByPlaybackRestrictionPolicyArn(policy))))
                    .containsExactly(restricted);
            assertThat(signed.post("ListChannels", "{\"filterByAdConfigurationArn\":\"" + ads + "\"}").ok()
                    .path("channels").findValuesAsText("arn")).containsExactly(withAds);
            assertThat(c.listChannels(b -> b.filterByName("")).channels()).as("an empty filter filters nothing")
                    .hasSize(4);
            assertThat(c.listChannels(b -> b.filterByName("nobody")).channels()).isEmpty();
        }
    }

    @Test
    void pageTokensStayValidWhileChannelsComeAndGo() throws Exception {
        try (IvsEmulator own = IvsEmulator.start(); IvsClient c = Sdk.lowLatency(own)) {
            List<String> before = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                before.add(c.createChannel(b -> b.name("before")).channel().arn());
            }
            List<String> doomed = IntStream.range(0, 40).filter(i -> i % 4 == 0).mapToObj(before::get)
                    .collect(Collectors.toList());
            Set<String> added = ConcurrentHashMap.newKeySet();
            CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 40; i++) {
                    added.add(c.createChannel(b -> b.name("during")).channel().arn());
                    if (i < doomed.size()) {
                        String arn = doomed.get(i);
                        c.deleteChannel(b -> b.arn(arn));
                    }
                }
            });

            List<String> listed = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                String t = token;
                ListChannelsResponse page = c.listChannels(b -> b.maxResults(3).nextToken(t));
                page.channels().forEach(ch -> listed.add(ch.arn()));
                token = page.nextToken();
                pages++;
            } while (token != null);
            churn.get(1, TimeUnit.MINUTES);

            assertThat(pages).isGreaterThan(10);
            assertThat(listed).doesNotHaveDuplicates();
            assertThat(listed).as("channels that existed throughout").containsAll(before.stream()
                    .filter(a -> !doomed.contains(a)).collect(Collectors.toList()));
            Set<String> everything = new HashSet<>(before);
            everything.addAll(added);
            assertThat(everything).containsAll(listed);
        }
    }

    @Test
    void multitrackInputNeedsAStandardChannelFragmentedMp4AndItsPolicyAndResolution() {
        Channel multitrack = client.createChannel(b -> b.name("mt").type(ChannelType.STANDARD)
                .containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .multitrackInputConfiguration(m -> m.enabled(true).policy(MultitrackPolicy.REQUIRE)
                        .maximumResolution(MultitrackMaximumResolution.HD))).channel();
        assertThat(multitrack.multitrackInputConfiguration().enabled()).isTrue();
        assertThat(multitrack.multitrackInputConfiguration().policy()).isEqualTo(MultitrackPolicy.REQUIRE);

        assertThatThrownBy(() -> client.createChannel(b -> b.type(ChannelType.ADVANCED_HD)
                .containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .multitrackInputConfiguration(m -> m.enabled(true).policy(MultitrackPolicy.ALLOW)
                        .maximumResolution(MultitrackMaximumResolution.HD))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("only on STANDARD channels");
        assertThatThrownBy(() -> client.createChannel(b -> b.multitrackInputConfiguration(m -> m.enabled(true)
                .policy(MultitrackPolicy.ALLOW).maximumResolution(MultitrackMaximumResolution.HD))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("FRAGMENTED_MP4");
        assertThatThrownBy(() -> client.createChannel(b -> b.containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .multitrackInputConfiguration(m -> m.enabled(true))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("policy and maximumResolution");
        assertThatThrownBy(() -> client.updateChannel(b -> b.arn(multitrack.arn()).type(ChannelType.BASIC)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("only on STANDARD channels");
        assertThatThrownBy(() -> client.updateChannel(b -> b.arn(multitrack.arn()).containerFormat(ContainerFormat.TS)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("FRAGMENTED_MP4");
    }

    @Test
    void referencesMustNameExistingConfigurationsAndAnEmptyStringClearsThem() {
        String recording = client.createRecordingConfiguration(b -> b.destinationConfiguration(
                d -> d.s3(s -> s.bucketName("bucket")))).recordingConfiguration().arn();
        Channel channel = client.createChannel(b -> b.recordingConfigurationArn(recording)).channel();
        assertThat(channel.recordingConfigurationArn()).isEqualTo(recording);

        String missing = "arn:aws:ivs:us-west-2:123456789012:playback-restriction-policy/missingMissi";
        assertThatThrownBy(() -> client.updateChannel(b -> b.arn(channel.arn()).playbackRestrictionPolicyArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(missing);
        String elsewhere = recording.replace("us-west-2", "eu-west-1");
        assertThatThrownBy(() -> client.createChannel(b -> b.recordingConfigurationArn(elsewhere)))
                .as("a configuration of another region").isInstanceOf(ResourceNotFoundException.class);

        assertThat(client.updateChannel(b -> b.arn(channel.arn()).recordingConfigurationArn("")).channel()
                .recordingConfigurationArn()).isEmpty();
    }

    @Test
    void aChannelCarriesFiftyTagsAndNoMore() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        String arn = client.createChannel(b -> b.tags(fifty)).channel().arn();
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSize(50);

        assertThatThrownBy(() -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k50", "v"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 50 tags");
        Map<String, String> fiftyOne = new HashMap<>(fifty);
        fiftyOne.put("k50", "v");
        assertThatThrownBy(() -> client.createChannel(b -> b.tags(fiftyOne)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 50");

        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k0", "changed")));
        client.untagResource(b -> b.resourceArn(arn).tagKeys("k1"));
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k50", "v")));
        Map<String, String> tags = client.listTagsForResource(b -> b.resourceArn(arn)).tags();
        assertThat(tags).hasSize(50).containsEntry("k0", "changed").containsKey("k50").doesNotContainKey("k1");
        assertThat(client.getChannel(b -> b.arn(arn)).channel().tags()).isEqualTo(tags);
    }

    @Test
    void aChannelIsSeenOnlyInItsRegion() {
        String arn = client.createChannel(b -> b.name("oregon-only")).channel().arn();
        try (IvsClient ireland = Sdk.lowLatency(emulator, "eu-west-1")) {
            assertThat(ireland.listChannels(b -> b.filterByName("oregon-only")).channels()).isEmpty();
            assertThatThrownBy(() -> ireland.getChannel(b -> b.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
            assertThat(ireland.batchGetChannel(b -> b.arns(arn)).errors()).hasSize(1);
            assertThatThrownBy(() -> ireland.deleteChannel(b -> b.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
        }
        assertThat(client.getChannel(b -> b.arn(arn)).channel().name()).isEqualTo("oregon-only");
    }

    private static List<String> names(ListChannelsResponse page) {
        return page.channels().stream().map(ChannelSummary::name).collect(Collectors.toList());
    }

    private static List<String> arns(ListChannelsResponse page) {
        return page.channels().stream().map(ChannelSummary::arn).collect(Collectors.toList());
    }
}
