package io.ivsjava.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.testing.Sdk;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.Channel;
import software.amazon.awssdk.services.ivs.model.ChannelLatencyMode;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.ChannelType;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.ContainerFormat;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.Stream;
import software.amazon.awssdk.services.ivs.model.StreamHealth;
import software.amazon.awssdk.services.ivs.model.StreamKey;
import software.amazon.awssdk.services.ivs.model.StreamState;
import software.amazon.awssdk.services.ivs.model.ThrottlingException;
import software.amazon.awssdk.services.ivs.model.TranscodePreset;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** The low-latency operations, driven by the unmodified AWS SDK for Java v2. */
class LowLatencyApiTest {
    private static IvsEmulator emulator;
    private static IvsClient client;

    @RegisterExtension
    static final IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().region("eu-west-1").accountId("210987654321").build();

    @BeforeAll
    static void start(IvsEmulator started, IvsClient made) {
        emulator = started;
        client = made;
    }

    @Test
    void createChannelReturnsTheChannelAndItsStreamKey() {
        CreateChannelResponse created = client.createChannel(b -> b.name("cat-live").tags(Map.of("owner", "u1")));

        Channel channel = created.channel();
        String id = channel.arn().substring(channel.arn().lastIndexOf('/') + 1);
        assertThat(channel.arn()).matches("arn:aws:ivs:eu-west-1:210987654321:channel/[a-zA-Z0-9]{12}");
        assertThat(channel.name()).isEqualTo("cat-live");
        assertThat(channel.latencyMode()).isEqualTo(ChannelLatencyMode.LOW);
        assertThat(channel.type()).isEqualTo(ChannelType.STANDARD);
        assertThat(channel.authorized()).isFalse();
        assertThat(channel.insecureIngest()).isFalse();
        assertThat(channel.containerFormat()).isEqualTo(ContainerFormat.TS);
        assertThat(channel.ingestEndpoint()).matches("[a-z0-9]{12}\\.global-contribute\\.live-video\\.net");
        assertThat(channel.playbackUrl()).matches("https://[a-z0-9]{12}\\.eu-west-1\\.playback\\.live-video\\.net"
                + "/api/video/v1/eu-west-1\\.210987654321\\.channel\\." + id + "\\.m3u8");
        assertThat(channel.srt().endpoint()).endsWith(".srt.live-video.net");
        assertThat(channel.srt().passphrase()).hasSize(64);
        assertThat(channel.tags()).containsExactly(Map.entry("owner", "u1"));
        assertThat(channel.preset()).isNull();

        StreamKey key = created.streamKey();
        assertThat(key.arn()).matches("arn:aws:ivs:eu-west-1:210987654321:stream-key/[a-zA-Z0-9]{12}");
        assertThat(key.value()).startsWith("sk_eu-west-1_").hasSize("sk_eu-west-1_".length() + 36);
        assertThat(key.channelArn()).isEqualTo(channel.arn());

        assertThat(client.getChannel(b -> b.arn(channel.arn())).channel()).isEqualTo(channel);
        assertThat(client.getStreamKey(b -> b.arn(key.arn())).streamKey()).isEqualTo(key);
        assertThat(client.listStreamKeys(b -> b.channelArn(channel.arn())).streamKeys())
                .singleElement()
                .satisfies(summary -> assertThat(summary.arn()).isEqualTo(key.arn()));
    }

    @Test
    void advancedChannelsGetAPresetAndOthersMayNotChooseOne() {
        Channel advanced = client.createChannel(b -> b.type(ChannelType.ADVANCED_HD)).channel();
        assertThat(advanced.preset()).isEqualTo(TranscodePreset.HIGHER_BANDWIDTH_DELIVERY);

        assertThatThrownBy(() -> client.createChannel(b -> b.type(ChannelType.BASIC)
                .preset(TranscodePreset.CONSTRAINED_BANDWIDTH_DELIVERY)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ADVANCED_SD and ADVANCED_HD");
    }

    @Test
    void referencesToMissingResourcesAreNotFound() {
        String missing = "arn:aws:ivs:eu-west-1:210987654321:recording-configuration/abcdABCDefgh";
        assertThatThrownBy(() -> client.createChannel(b -> b.recordingConfigurationArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missing);
    }

    @Test
    void enumsAreCheckedAgainstTheModel() {
        assertThatThrownBy(() -> client.createChannel(b -> b.latencyMode("FAST")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Member must satisfy enum value set: [NORMAL, LOW]");
    }

    @Test
    void listChannelsFiltersByNameAndPagesWithTheSdkPaginator() {
        try (IvsEmulator own = IvsEmulator.start(); IvsClient c = Sdk.lowLatency(own)) {
            for (int i = 0; i < 5; i++) {
                c.createChannel(b -> b.name("even"));
                c.createChannel(b -> b.name("odd"));
            }

            List<ChannelSummary> all = c.listChannelsPaginator(b -> b.maxResults(3)).stream()
                    .flatMap(page -> page.channels().stream()).collect(Collectors.toList());
            List<ChannelSummary> even = c.listChannelsPaginator(b -> b.maxResults(2).filterByName("even")).stream()
                    .flatMap(page -> page.channels().stream()).collect(Collectors.toList());

            assertThat(all).hasSize(10).extracting(ChannelSummary::arn).doesNotHaveDuplicates();
            assertThat(even).hasSize(5).allSatisfy(s -> assertThat(s.name()).isEqualTo("even"));
            assertThat(own.requestCount("ListChannels")).isEqualTo(4 + 3);
        }
    }

    @Test
    void listChannelsTakesOneFilterAtATime() {
        assertThatThrownBy(() -> client.listChannels(b -> b.filterByName("a").filterByRecordingConfigurationArn(
                "arn:aws:ivs:eu-west-1:210987654321:recording-configuration/abcdABCDefgh")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updateChannelChangesOnlyWhatIsGiven() {
        Channel channel = client.createChannel(b -> b.name("before").tags(Map.of("t", "1"))).channel();

        Channel updated = client.updateChannel(b -> b.arn(channel.arn()).name("after")
                .latencyMode(ChannelLatencyMode.NORMAL).authorized(true)).channel();

        assertThat(updated.name()).isEqualTo("after");
        assertThat(updated.latencyMode()).isEqualTo(ChannelLatencyMode.NORMAL);
        assertThat(updated.authorized()).isTrue();
        assertThat(updated.playbackUrl()).isEqualTo(channel.playbackUrl());
        assertThat(updated.tags()).isEqualTo(channel.tags());
        assertThat(client.getChannel(b -> b.arn(channel.arn())).channel()).isEqualTo(updated);
    }

    @Test
    void streamsExistOnlyWhileTheChannelIsLive() {
        Channel channel = client.createChannel(b -> b.name("live")).channel();
        assertThatThrownBy(() -> client.getStream(b -> b.channelArn(channel.arn())))
                .isInstanceOfSatisfying(ChannelNotBroadcastingException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ChannelNotBroadcasting");
                });
        assertThatThrownBy(() -> client.putMetadata(b -> b.channelArn(channel.arn()).metadata("hello")))
                .isInstanceOf(ChannelNotBroadcastingException.class);

        emulator.simulateStreamStart(channel.arn());
        Stream stream = client.getStream(b -> b.channelArn(channel.arn())).stream();
        assertThat(stream.state()).isEqualTo(StreamState.LIVE);
        assertThat(stream.health()).isEqualTo(StreamHealth.HEALTHY);
        assertThat(stream.streamId()).matches("st-[a-zA-Z0-9]{23}");
        assertThat(stream.playbackUrl()).isEqualTo(channel.playbackUrl());
        assertThat(stream.startTime()).isNotNull();
        client.putMetadata(b -> b.channelArn(channel.arn()).metadata("{\"question\":1}"));

        assertThatThrownBy(() -> client.deleteChannel(b -> b.arn(channel.arn())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> client.updateChannel(b -> b.arn(channel.arn()).name("renamed")))
                .isInstanceOf(ConflictException.class);

        emulator.simulateStreamEnd(channel.arn());
        assertThatThrownBy(() -> client.getStream(b -> b.channelArn(channel.arn())))
                .isInstanceOf(ChannelNotBroadcastingException.class);
    }

    @Test
    void metadataIsLimitedToOneKilobyteAndFivePerSecond() {
        Channel channel = client.createChannel(b -> b.name("meta")).channel();
        emulator.simulateStreamStart(channel.arn());
        try (IvsClient once = Sdk.lowLatencyWithoutRetries(emulator)) {
            assertThatThrownBy(() -> once.putMetadata(b -> b.channelArn(channel.arn()).metadata("x".repeat(1025))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("1025 bytes");

            // Five sends within a second are allowed; a burst of twenty cannot all fit in one second's window.
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    once.putMetadata(b -> b.channelArn(channel.arn()).metadata("m"));
                }
            }).isInstanceOfSatisfying(ThrottlingException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
        } finally {
            emulator.simulateStreamEnd(channel.arn());
        }
    }

    @Test
    void deletingAChannelDeletesItsStreamKeys() {
        CreateChannelResponse created = client.createChannel(b -> b.name("doomed"));
        String channelArn = created.channel().arn();

        client.deleteChannel(b -> b.arn(channelArn));

        assertThatThrownBy(() -> client.getChannel(b -> b.arn(channelArn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.getStreamKey(b -> b.arn(created.streamKey().arn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.listStreamKeys(b -> b.channelArn(channelArn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void channelTagsGoThroughTheLowLatencyTagOperations() {
        String arn = client.createChannel(b -> b.name("tags")).channel().arn();

        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k", "v")));

        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsExactly(Map.entry("k", "v"));
        assertThatThrownBy(() -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("bad key!", "v"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("regular expression pattern");
    }

    @Test
    void simulatingAStreamOnAnUnknownChannelFails() {
        assertThatThrownBy(() -> emulator.simulateStreamStart("arn:aws:ivs:eu-west-1:210987654321:channel/nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not found");
    }
}
