package io.ivsjava.lowlatency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.RecordingConfigurationArn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsAsyncClient;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * Answers the emulator cannot give: values IVS may add after this version (forward compatibility). The emulator
 * answers only with the values of the models it ships, and checks each of its answers against them, so these stay
 * on WireMock, which answers what each test scripts. (The teardown and key rotation scenarios moved to the emulator:
 * ChannelsTest, AsyncTest and StreamKeysTest script them with its quotas and injected faults.)
 */
class ScriptedResponsesTest {
    private static final ChannelArn CHANNEL = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");
    private static final String PLAYBACK = "https://a1b2c3d4e5f6.us-west-2.playback.live-video.net/api/video/v1/"
            + "us-west-2.123456789012.channel.abcdABCDefgh.m3u8";
    /** A channel as IVS might describe it some day: every enum with a value this version does not know. */
    private static final String FUTURE_CHANNEL = "{\"arn\":\"" + CHANNEL.value() + "\",\"name\":\"future\","
            + "\"type\":\"ULTRA_HD\",\"latencyMode\":\"INSTANT\",\"preset\":\"ZERO_BANDWIDTH_DELIVERY\","
            + "\"containerFormat\":\"CMAF\",\"authorized\":false,\"insecureIngest\":false,"
            + "\"ingestEndpoint\":\"a1b2c3d4e5f6.global-contribute.live-video.net\",\"playbackUrl\":\"" + PLAYBACK + "\","
            + "\"multitrackInputConfiguration\":{\"enabled\":true,\"policy\":\"PREFER\",\"maximumResolution\":\"UHD\"},"
            + "\"recordingConfigurationArn\":\"\",\"playbackRestrictionPolicyArn\":\"\",\"tags\":{},"
            + "\"srt\":{\"endpoint\":\"a1b2c3d4e5f6.srt.live-video.net\",\"passphrase\":\"secret-passphrase\"}}";

    private static WireMockServer wiremock;
    private static IvsClient sdk;
    private static IvsAsyncClient asyncSdk;
    private static IvsLowLatency ivs;
    private static IvsLowLatencyAsync async;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        sdk = IvsClient.builder().endpointOverride(URI.create(wiremock.baseUrl())).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
        asyncSdk = IvsAsyncClient.builder().endpointOverride(URI.create(wiremock.baseUrl())).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
        ivs = IvsLowLatency.create(sdk);
        async = IvsLowLatencyAsync.create(asyncSdk);
    }

    @AfterAll
    static void stop() {
        ivs.close();
        async.close();
        sdk.close();
        asyncSdk.close();
        wiremock.stop();
    }

    @AfterEach
    void reset() {
        wiremock.resetAll();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "req-1").withBody(body);
    }


    @Test
    void aChannelWithValuesNewerThanThisLibraryStillReads() {
        wiremock.stubFor(post(urlEqualTo("/GetChannel")).willReturn(json(200, "{\"channel\":" + FUTURE_CHANNEL + "}")));

        Channel channel = ivs.getChannel(CHANNEL);

        assertThat(channel.type()).isEqualTo(ChannelType.UNKNOWN);
        assertThat(channel.latencyMode()).isEqualTo(LatencyMode.UNKNOWN);
        assertThat(channel.preset()).hasValue(TranscodePreset.UNKNOWN);
        assertThat(channel.containerFormat()).isEqualTo(ContainerFormat.UNKNOWN);
        assertThat(channel.multitrackInput()).hasValue(new MultitrackInput(MultitrackInput.Policy.UNKNOWN,
                Resolution.UNKNOWN));
        assertThat(channel.unknownValues()).containsOnly(
                Map.entry("type", "ULTRA_HD"),
                Map.entry("latencyMode", "INSTANT"),
                Map.entry("preset", "ZERO_BANDWIDTH_DELIVERY"),
                Map.entry("containerFormat", "CMAF"),
                Map.entry("multitrackInput.policy", "PREFER"),
                Map.entry("multitrackInput.maximumResolution", "UHD"));
        assertThat(channel.name()).isEqualTo("future");
        assertThat(channel.playbackUrl().uri()).isEqualTo(URI.create(PLAYBACK));
        assertThat(channel.toString()).doesNotContain("secret-passphrase");
    }

    @Test
    void aListWithNewerValuesStillReads() {
        wiremock.stubFor(post(urlEqualTo("/ListChannels")).willReturn(json(200, "{\"channels\":[{\"arn\":\""
                + CHANNEL.value() + "\",\"name\":\"n\",\"type\":\"ULTRA_HD\",\"latencyMode\":\"INSTANT\","
                + "\"authorized\":true,\"tags\":{}}]}")));

        List<ChannelSummary> channels = ivs.listChannels().collect(Collectors.toList());

        assertThat(channels).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChannelType.UNKNOWN);
            assertThat(c.latencyMode()).isEqualTo(LatencyMode.UNKNOWN);
            assertThat(c.unknownValues()).containsOnly(Map.entry("type", "ULTRA_HD"), Map.entry("latencyMode", "INSTANT"));
            assertThat(c.authorized()).isTrue();
        });
        assertThat(async.listChannels().join()).isEqualTo(channels);
    }

    @Test
    void aListWhoseServiceHandsBackTheSameTokenIsNotFollowedForever() {
        wiremock.stubFor(post(urlEqualTo("/ListChannels")).willReturn(json(200, "{\"channels\":[{\"arn\":\""
                + CHANNEL.value() + "\",\"name\":\"n\",\"tags\":{}}],\"nextToken\":\"again\"}")));

        assertThatThrownBy(() -> ivs.listChannels().count())
                .isExactlyInstanceOf(IvsException.class)
                .hasMessageContaining("returned the page token it was given");
        assertThatThrownBy(() -> async.listChannels().join())
                .isInstanceOf(CompletionException.class)
                .cause().isExactlyInstanceOf(IvsException.class)
                .hasMessageContaining("returned the page token it was given");
    }

    @Test
    void aStreamWithNewerStateAndHealthStillReads() {
        wiremock.stubFor(post(urlEqualTo("/GetStream")).willReturn(json(200, "{\"stream\":{\"channelArn\":\""
                + CHANNEL.value() + "\",\"streamId\":\"st-1AbCdEfGhIjKlMnOpQrStUv\",\"playbackUrl\":\"" + PLAYBACK
                + "\",\"startTime\":\"2026-01-01T00:00:00Z\",\"state\":\"PAUSED\",\"health\":\"DEGRADED\","
                + "\"viewerCount\":12}}")));

        LiveStream stream = ivs.getStream(CHANNEL).orElseThrow();

        assertThat(stream.state()).isEqualTo(StreamState.UNKNOWN);
        assertThat(stream.health()).isEqualTo(StreamHealth.UNKNOWN);
        assertThat(stream.viewerCount()).isEqualTo(12);
        assertThat(stream.unknownValues()).containsOnly(Map.entry("state", "PAUSED"), Map.entry("health", "DEGRADED"));
    }

    @Test
    void ivssOwnUnknownHealthIsNotANewValue() {
        wiremock.stubFor(post(urlEqualTo("/GetStream")).willReturn(json(200, "{\"stream\":{\"channelArn\":\""
                + CHANNEL.value() + "\",\"streamId\":\"st-1AbCdEfGhIjKlMnOpQrStUv\",\"playbackUrl\":\"" + PLAYBACK
                + "\",\"startTime\":\"2026-01-01T00:00:00Z\",\"state\":\"LIVE\",\"health\":\"UNKNOWN\"}}")));

        LiveStream stream = ivs.getStream(CHANNEL).orElseThrow();

        assertThat(stream.health()).isEqualTo(StreamHealth.UNKNOWN);
        assertThat(stream.unknownValues()).isEmpty();
    }

    @Test
    void aRecordingConfigurationWithNewerValuesStillReads() {
        RecordingConfigurationArn arn = RecordingConfigurationArn.parse(
                "arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh");
        wiremock.stubFor(post(urlEqualTo("/GetRecordingConfiguration")).willReturn(json(200,
                "{\"recordingConfiguration\":{\"arn\":\"" + arn.value() + "\",\"name\":\"r\","
                        + "\"destinationConfiguration\":{\"s3\":{\"bucketName\":\"cats\"}},\"state\":\"MIGRATING\","
                        + "\"thumbnailConfiguration\":{\"recordingMode\":\"INTERVAL\",\"targetIntervalSeconds\":30,"
                        + "\"storage\":[\"SEQUENTIAL\",\"ARCHIVE\"]},"
                        + "\"renditionConfiguration\":{\"renditionSelection\":\"CUSTOM\",\"renditions\":[\"HD\",\"UHD\"]},"
                        + "\"recordingReconnectWindowSeconds\":20,\"tags\":{}}}")));

        RecordingConfiguration read = ivs.getRecordingConfiguration(arn);

        assertThat(read.state()).isEqualTo(RecordingState.UNKNOWN);
        assertThat(read.thumbnails().orElseThrow().storage())
                .containsExactly(ThumbnailSettings.Storage.SEQUENTIAL, ThumbnailSettings.Storage.UNKNOWN);
        assertThat(read.renditions().orElseThrow().renditions()).containsExactly(Resolution.HD, Resolution.UNKNOWN);
        assertThat(read.unknownValues()).containsOnly(Map.entry("state", "MIGRATING"),
                Map.entry("thumbnails.storage[1]", "ARCHIVE"), Map.entry("renditions.renditions[1]", "UHD"));
        assertThat(read.reconnectWindow()).hasSeconds(20);
        assertThat(read.s3Bucket()).isEqualTo("cats");
    }
}
