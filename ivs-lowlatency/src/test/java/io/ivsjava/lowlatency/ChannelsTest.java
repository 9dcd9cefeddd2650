package io.ivsjava.lowlatency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.emulator.IvsEmulator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Channels, stream keys, streams and metadata through the wrapper, against the embedded emulator. */
class ChannelsTest {
    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.builder().region("us-west-2").accountId("123456789012").start();
        ivs = connect(emulator);
    }

    @AfterAll
    static void stop() {
        ivs.close();
        emulator.close();
    }

    static IvsLowLatency connect(IvsEmulator emulator) {
        return IvsLowLatency.connect(IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build());
    }

    @Test
    void createChannelGivesIngestPlaybackAndAStreamKey() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder()
                .name("cat-42")
                .latencyMode(LatencyMode.NORMAL)
                .type(ChannelType.BASIC)
                .authorized(true)
                .tag("owner", "user-42")
                .build());

        Channel channel = created.channel();
        assertThat(channel.name()).isEqualTo("cat-42");
        assertThat(channel.latencyMode()).isEqualTo(LatencyMode.NORMAL);
        assertThat(channel.type()).isEqualTo(ChannelType.BASIC);
        assertThat(channel.authorized()).isTrue();
        assertThat(channel.tags()).containsExactly(Map.entry("owner", "user-42"));
        assertThat(channel.ingest().rtmpsUrl())
                .isEqualTo(URI.create("rtmps://" + channel.ingest().host() + ":443/app/"));
        assertThat(channel.ingest().host()).endsWith(".global-contribute.live-video.net");
        assertThat(channel.playbackUrl().uri().toString())
                .startsWith("https://").contains(".us-west-2.playback.live-video.net/api/video/v1/")
                .endsWith(".channel." + channel.arn().id() + ".m3u8");

        StreamKey key = created.streamKey();
        assertThat(key.channel()).isEqualTo(channel.arn());
        assertThat(key.value()).startsWith("sk_us-west-2_");
        assertThat(channel.ingest().srtUrl(key)).hasValueSatisfying(srt -> assertThat(srt.toString())
                .startsWith("srt://").contains(":9000?streamid=" + key.value() + "&passphrase="));

        assertThat(ivs.getChannel(channel.arn())).isEqualTo(channel);
        assertThat(ivs.getStreamKey(key.arn())).isEqualTo(key);
        assertThat(ivs.listStreamKeys(channel.arn()).collect(Collectors.toList())).containsExactly(key.arn());
    }

    @Test
    void secretsStayOutOfToString() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("secretive").build());
        StreamKey key = created.streamKey();
        IngestEndpoint ingest = created.channel().ingest();
        String passphrase = ingest.srtPassphrase().orElseThrow();

        assertThat(key.toString()).doesNotContain(key.value()).contains("<redacted>").contains(key.arn().value());
        assertThat(ingest.toString()).doesNotContain(passphrase).contains("<redacted>");
        assertThat(created.toString()).doesNotContain(key.value()).doesNotContain(passphrase);
    }

    @Test
    void listChannelsIsLazyAndComplete() {
        try (IvsEmulator own = IvsEmulator.start(); IvsLowLatency ll = connect(own)) {
            for (int i = 0; i < 120; i++) {
                ll.createChannel(ChannelSpec.builder().name("c" + i).build());
            }

            assertThat(ll.listChannels().findFirst()).isPresent();
            assertThat(own.requestCount("ListChannels")).isEqualTo(1);
            List<ChannelSummary> all = ll.listChannels().collect(Collectors.toList());
            assertThat(all).hasSize(120).extracting(ChannelSummary::arn).doesNotHaveDuplicates();
            assertThat(all).allSatisfy(c -> assertThat(c.latencyMode()).isEqualTo(LatencyMode.LOW));
            assertThat(own.requestCount("ListChannels")).isEqualTo(1 + 2);
        }
    }

    @Test
    void deletedChannelsAndTheirKeysAreGone() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("gone").build());
        ChannelArn arn = created.channel().arn();

        ivs.deleteChannel(arn);

        assertThatThrownBy(() -> ivs.getChannel(arn)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.getStreamKey(created.streamKey().arn())).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.listStreamKeys(arn).count()).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aChannelIsLiveOnlyWhileItsEncoderSends() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().name("show").build()).channel().arn();
        assertThat(ivs.getStream(arn)).isEmpty();
        assertThatThrownBy(() -> ivs.putMetadata(arn, "{\"poll\":1}"))
                .isInstanceOfSatisfying(IvsChannelNotBroadcastingException.class, e -> {
                    assertThat(e.errorCode()).hasValue("ChannelNotBroadcasting");
                    assertThat(e.httpStatus()).hasValue(404);
                });

        emulator.simulateStreamStart(arn.value());
        try {
            LiveStream stream = ivs.getStream(arn).orElseThrow();
            assertThat(stream.channel()).isEqualTo(arn);
            assertThat(stream.health()).isEqualTo(StreamHealth.HEALTHY);
            assertThat(stream.streamId()).startsWith("st-");
            assertThat(stream.playbackUrl()).isEqualTo(ivs.getChannel(arn).playbackUrl());
            ivs.putMetadata(arn, "{\"poll\":1}");
            assertThatThrownBy(() -> ivs.deleteChannel(arn)).isInstanceOf(IvsConflictException.class);
        } finally {
            emulator.simulateStreamEnd(arn.value());
        }
        assertThat(ivs.getStream(arn)).isEmpty();
    }

    @Test
    void metadataSizeIsCheckedBeforeAnyCall() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().name("meta").build()).channel().arn();
        long before = emulator.requestCount("PutMetadata");

        assertThatThrownBy(() -> ivs.putMetadata(arn, "é".repeat(513)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("metadata");
                    assertThat(e.getMessage()).isEqualTo("metadata: is 1026 bytes (UTF-8); allowed 1..1024 bytes");
                });
        assertThatThrownBy(() -> ivs.putMetadata(arn, "")).isInstanceOf(IvsValidationException.class);
        assertThat(emulator.requestCount("PutMetadata")).isEqualTo(before);
    }

    @Test
    void specsAreValidatedWhenBuilt() {
        assertThatThrownBy(() -> ChannelSpec.builder().name("no spaces allowed").build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("name"));
        ChannelSpec.Builder many = ChannelSpec.builder();
        for (int i = 0; i < 51; i++) {
            many.tag("k" + i, "v");
        }
        assertThatThrownBy(many::build)
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.getMessage())
                        .contains("51 tags").contains("at most 50"));
    }
}
