package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.Channel;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivs.model.ChannelType;
import software.amazon.awssdk.services.ivs.model.ContainerFormat;
import software.amazon.awssdk.services.ivs.model.IngestConfigurations;
import software.amazon.awssdk.services.ivs.model.ListStreamSessionsResponse;
import software.amazon.awssdk.services.ivs.model.MultitrackMaximumResolution;
import software.amazon.awssdk.services.ivs.model.MultitrackPolicy;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.Stream;
import software.amazon.awssdk.services.ivs.model.StreamEvent;
import software.amazon.awssdk.services.ivs.model.StreamHealth;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;
import software.amazon.awssdk.services.ivs.model.StreamSummary;
import software.amazon.awssdk.services.ivs.model.ValidationException;
import software.amazon.awssdk.services.ivs.model.VideoConfiguration;

/** Streams while a broadcast is on, the sessions they leave, StopStream, and ListStreams. */
class StreamSessionsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().region("eu-central-1").start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatency(emulator);

    @Test
    void aBroadcastOpensASessionWithTheChannelAsItWentLiveTheEncoderSettingsAndItsEvents() {
        Channel channel = client.createChannel(b -> b.name("session")).channel();
        emulator.simulateStreamStart(channel.arn());
        Stream stream = client.getStream(b -> b.channelArn(channel.arn())).stream();

        StreamSession live = client.getStreamSession(b -> b.channelArn(channel.arn())).streamSession();
        assertThat(live.streamId()).isEqualTo(stream.streamId()).matches("st-[a-zA-Z0-9]{23}");
        assertThat(live.startTime()).isEqualTo(stream.startTime());
        assertThat(live.endTime()).isNull();
        assertThat(live.channel()).isEqualTo(channel);
        assertThat(live.recordingConfiguration()).isNull();
        VideoConfiguration video = live.ingestConfiguration().video();
        assertThat(video.videoWidth()).isEqualTo(1920L);
        assertThat(video.videoHeight()).isEqualTo(1080L);
        assertThat(video.codec()).startsWith("avc1.");
        assertThat(video.track()).isEqualTo("Track0");
        assertThat(live.ingestConfiguration().audio().codec()).isEqualTo("mp4a.40.2");
        IngestConfigurations tracks = live.ingestConfigurations();
        assertThat(tracks.videoConfigurations()).singleElement()
                .satisfies(v -> assertThat(v.videoHeight()).isEqualTo(1080L));
        assertThat(tracks.audioConfigurations()).hasSize(1);
        assertThat(names(live)).containsExactly("Stream Start", "Session Created");
        assertThat(live.truncatedEvents()).allSatisfy(e -> assertThat(e.type()).isEqualTo("IVS Stream State Change"));

        emulator.simulateStreamEnd(channel.arn());
        client.updateChannel(b -> b.arn(channel.arn()).name("renamed-later"));

        StreamSession ended = client.getStreamSession(b -> b.channelArn(channel.arn())).streamSession();
        assertThat(ended.streamId()).isEqualTo(live.streamId());
        assertThat(ended.endTime()).isNotNull().isAfterOrEqualTo(ended.startTime());
        assertThat(names(ended)).containsExactly("Session Ended", "Stream End", "Stream Start", "Session Created");
        assertThat(ended.channel().name()).as("the channel as it was when it went live").isEqualTo("session");
    }

    @Test
    void aRecordedBroadcastCarriesItsRecordingConfigurationAndRecordingEvents() {
        RecordingConfiguration recording = client.createRecordingConfiguration(b -> b.destinationConfiguration(
                d -> d.s3(s -> s.bucketName("recordings")))).recordingConfiguration();
        String channel = client.createChannel(b -> b.recordingConfigurationArn(recording.arn())).channel().arn();

        emulator.simulateStreamStart(channel);
        emulator.simulateStreamEnd(channel);

        StreamSession session = client.getStreamSession(b -> b.channelArn(channel)).streamSession();
        assertThat(session.recordingConfiguration()).isEqualTo(recording);
        assertThat(names(session)).containsExactly("Session Ended", "Stream End", "Recording End", "Recording Start",
                "Stream Start", "Session Created");
        assertThat(session.truncatedEvents()).filteredOn(e -> e.name().startsWith("Recording"))
                .allSatisfy(e -> assertThat(e.type()).isEqualTo("IVS Recording State Change"));
    }

    @Test
    void multitrackAndBasicChannelsGetIngestSettingsTheyAccept() {
        String multitrack = client.createChannel(b -> b.containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .multitrackInputConfiguration(m -> m.enabled(true).policy(MultitrackPolicy.ALLOW)
                        .maximumResolution(MultitrackMaximumResolution.HD))).channel().arn();
        String basic = client.createChannel(b -> b.type(ChannelType.BASIC)).channel().arn();
        emulator.simulateStreamStart(multitrack);
        emulator.simulateStreamStart(basic);
        try {
            StreamSession tracks = client.getStreamSession(b -> b.channelArn(multitrack)).streamSession();
            assertThat(tracks.ingestConfigurations().videoConfigurations())
                    .extracting(VideoConfiguration::track, VideoConfiguration::videoHeight)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Track0", 720L),
                            org.assertj.core.groups.Tuple.tuple("Track1", 480L),
                            org.assertj.core.groups.Tuple.tuple("Track2", 360L));
            assertThat(tracks.ingestConfiguration().video().track()).isEqualTo("Track0");

            assertThat(client.getStreamSession(b -> b.channelArn(basic)).streamSession().ingestConfiguration().video()
                    .videoHeight()).isEqualTo(720L);
        } finally {
            emulator.simulateStreamEnd(multitrack);
            emulator.simulateStreamEnd(basic);
        }
    }

    @Test
    void sessionsListNewestFirstAndAreReadByIdOrLatest() {
        String channel = client.createChannel(b -> b.name("three-shows")).channel().arn();
        assertThatThrownBy(() -> client.getStreamSession(b -> b.channelArn(channel)))
                .as("a channel that never went live has no session").isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.listStreamSessions(b -> b.channelArn(channel)).streamSessions()).isEmpty();

        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            emulator.simulateStreamStart(channel);
            ids[i] = client.getStream(b -> b.channelArn(channel)).stream().streamId();
            if (i < 2) {
                emulator.simulateStreamEnd(channel);
            }
        }

        ListStreamSessionsResponse first = client.listStreamSessions(b -> b.channelArn(channel).maxResults(2));
        ListStreamSessionsResponse second = client.listStreamSessions(b -> b.channelArn(channel).maxResults(2)
                .nextToken(first.nextToken()));
        assertThat(first.streamSessions()).extracting(StreamSessionSummary::streamId).containsExactly(ids[2], ids[1]);
        assertThat(second.streamSessions()).extracting(StreamSessionSummary::streamId).containsExactly(ids[0]);
        assertThat(second.nextToken()).isNull();
        assertThat(first.streamSessions().get(0).endTime()).as("the live one").isNull();
        assertThat(first.streamSessions().get(1).endTime()).isNotNull();
        assertThat(first.streamSessions()).allSatisfy(s -> assertThat(s.hasErrorEvent()).isFalse());

        assertThat(client.getStreamSession(b -> b.channelArn(channel)).streamSession().streamId()).isEqualTo(ids[2]);
        assertThat(client.getStreamSession(b -> b.channelArn(channel).streamId(ids[0])).streamSession().endTime())
                .isNotNull();
        String unknown = "st-" + "x".repeat(23);
        assertThatThrownBy(() -> client.getStreamSession(b -> b.channelArn(channel).streamId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(unknown);

        String other = client.createChannel(b -> b.name("other")).channel().arn();
        assertThatThrownBy(() -> client.getStreamSession(b -> b.channelArn(other).streamId(ids[0])))
                .as("a session of another channel").isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.listStreamSessions(b -> b.channelArn(other).nextToken(first.nextToken())))
                .as("a token of another channel's list").isInstanceOf(ValidationException.class);
        emulator.simulateStreamEnd(channel);
    }

    @Test
    void stopStreamEndsALiveStreamAndItsSessionAndRefusesAnOfflineChannel() {
        String channel = client.createChannel(b -> b.name("stop-me")).channel().arn();
        assertThatThrownBy(() -> client.stopStream(b -> b.channelArn(channel)))
                .isInstanceOfSatisfying(ChannelNotBroadcastingException.class, e -> assertThat(e.statusCode()).isEqualTo(404));

        emulator.simulateStreamStart(channel);
        client.stopStream(b -> b.channelArn(channel));

        assertThatThrownBy(() -> client.getStream(b -> b.channelArn(channel)))
                .isInstanceOf(ChannelNotBroadcastingException.class);
        StreamSession session = client.getStreamSession(b -> b.channelArn(channel)).streamSession();
        assertThat(session.endTime()).isNotNull();
        assertThat(names(session).get(0)).isEqualTo("Session Ended");
        client.deleteChannel(b -> b.arn(channel));
        assertThatThrownBy(() -> client.listStreamSessions(b -> b.channelArn(channel)))
                .as("a deleted channel's sessions go with it").isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.stopStream(b -> b.channelArn(channel)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listStreamsListsLiveStreamsByHealthAndPages() {
        try (IvsEmulator own = IvsEmulator.start(); IvsClient c = Sdk.lowLatency(own)) {
            String healthy1 = c.createChannel(b -> b.name("h1")).channel().arn();
            String healthy2 = c.createChannel(b -> b.name("h2")).channel().arn();
            String starving = c.createChannel(b -> b.name("s")).channel().arn();
            String offline = c.createChannel(b -> b.name("off")).channel().arn();
            own.simulateStreamStart(healthy1);
            own.simulateStreamStart(healthy2, "HEALTHY");
            own.simulateStreamStart(starving, "STARVING");

            assertThat(channels(c.listStreams(b -> b.maxResults(100)).streams()))
                    .containsExactlyInAnyOrder(healthy1, healthy2, starving).doesNotContain(offline);
            assertThat(channels(c.listStreams(b -> b.filterBy(f -> f.health(StreamHealth.HEALTHY))).streams()))
                    .containsExactlyInAnyOrder(healthy1, healthy2);
            assertThat(c.listStreams(b -> b.filterBy(f -> f.health(StreamHealth.STARVING))).streams())
                    .singleElement().satisfies(s -> {
                        assertThat(s.channelArn()).isEqualTo(starving);
                        assertThat(s.state()).hasToString("LIVE");
                        assertThat(s.viewerCount()).isZero();
                        assertThat(s.startTime()).isNotNull();
                    });
            assertThat(c.listStreams(b -> b.filterBy(f -> f.health(StreamHealth.UNKNOWN))).streams()).isEmpty();
            assertThat(names(c.getStreamSession(b -> b.channelArn(starving)).streamSession()))
                    .startsWith("Starvation Start");
            assertThat(c.listStreamsPaginator(b -> b.maxResults(1)).stream()
                    .flatMap(page -> page.streams().stream()).map(StreamSummary::channelArn))
                    .containsExactlyInAnyOrder(healthy1, healthy2, starving);

            own.simulateStreamEnd(healthy1);
            assertThat(channels(c.listStreams(b -> b.maxResults(100)).streams())).doesNotContain(healthy1);
            try (IvsClient elsewhere = Sdk.lowLatency(own, "ap-northeast-1")) {
                assertThat(elsewhere.listStreams(b -> b.maxResults(100)).streams()).isEmpty();
            }
        }
    }

    @Test
    void aSimulatedEncoderNeedsAStreamKeyAndAKnownHealth() {
        var created = client.createChannel(b -> b.name("keyless"));
        client.deleteStreamKey(b -> b.arn(created.streamKey().arn()));

        assertThatThrownBy(() -> emulator.simulateStreamStart(created.channel().arn()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stream key");
        assertThatThrownBy(() -> emulator.simulateStreamStart(created.channel().arn(), "GREAT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HEALTHY, STARVING, UNKNOWN");
        assertThatThrownBy(() -> emulator.simulateStreamStart(created.channel().arn(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("health");
    }

    private static List<String> names(StreamSession session) {
        return session.truncatedEvents().stream().map(StreamEvent::name).collect(Collectors.toList());
    }

    private static List<String> channels(List<StreamSummary> streams) {
        return streams.stream().map(StreamSummary::channelArn).collect(Collectors.toList());
    }
}
