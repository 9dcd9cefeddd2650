package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.emulator.internal.rtmp.RtmpTestClient;
import io.ivsjava.emulator.testing.Sdk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.VideoConfiguration;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationState;
import software.amazon.awssdk.services.ivsrealtime.model.IngestProtocol;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;

/**
 * The media plane's ingest through the emulator's state, with a scripted RTMP publisher (the FFmpeg tests do the
 * same with a real encoder): what a publish does to channels, streams, sessions, events and stages, who is
 * refused, what cuts an encoder off, and that broken publishers never disturb the API.
 */
class RtmpIngestTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().region("eu-west-1").rtmpPort(0).start();
    @AutoClose
    private static final IvsClient ivs = Sdk.lowLatency(emulator);
    @AutoClose
    private static final IvsRealTimeClient realTime = Sdk.realTime(emulator);

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener = json -> {
        try {
            events.add(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @BeforeEach
    void listen() {
        emulator.reset();
        emulator.addEventListener(listener);
    }

    @AfterEach
    void stopListening() {
        emulator.removeEventListener(listener);
    }

    private static InetSocketAddress rtmp() {
        URI url = emulator.rtmpEndpoint().orElseThrow();
        return new InetSocketAddress(url.getHost(), url.getPort());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for %s", what).isNegative();
            Thread.sleep(20);
        }
    }

    private static boolean live(String channelArn) {
        try {
            ivs.getStream(b -> b.channelArn(channelArn));
            return true;
        } catch (ChannelNotBroadcastingException e) {
            return false;
        }
    }

    private List<String> streamEvents(String channelArn) {
        List<String> names = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.path("detail-type").asText().equals("IVS Stream State Change")
                    && event.path("resources").path(0).asText().equals(channelArn)) {
                names.add(event.path("detail").path("event_name").asText());
            }
        }
        return names;
    }

    /** Publishes and sends the metadata and sequence headers an encoder sends first. */
    private static RtmpTestClient.Published goLive(String streamKey) throws IOException {
        RtmpTestClient.Published published = RtmpTestClient.publish(rtmp(), streamKey);
        if (published.code().equals("NetStream.Publish.Start")) {
            published.client().metadata(Map.of("width", 1280.0, "height", 720.0, "framerate", 30.0,
                    "videodatarate", 2500.0, "audiodatarate", 160.0, "encoder", "obs-output module (libobs 30.0)",
                    "videocodecid", 7.0, "audiocodecid", 10.0));
            published.client().avcSequenceHeader();
            published.client().aacSequenceHeader();
        }
        return published;
    }

    @Test
    void theMediaPlanesEndpointsNameTheRtmpPort() throws Exception {
        URI rtmp = emulator.rtmpEndpoint().orElseThrow();
        assertThat(rtmp.toString()).matches("rtmp://127\\.0\\.0\\.1:[0-9]+/app/");
        String authority = rtmp.getHost() + ":" + rtmp.getPort();

        assertThat(ivs.createChannel(b -> b.name("ingest")).channel().ingestEndpoint()).isEqualTo(authority);
        Stage stage = realTime.createStage(b -> b.name("ingest")).stage();
        assertThat(stage.endpoints().rtmp()).isEqualTo("rtmp://" + authority + "/app/");
        assertThat(stage.endpoints().rtmps()).isEqualTo("rtmps://" + authority + "/app/");
        assertThat(PlainHttp.send(emulator, "GET", "/_emulator/info", "").body())
                .contains("\"rtmpEndpoint\":\"" + rtmp + "\"");

        try (IvsEmulator off = IvsEmulator.start(); IvsClient offClient = Sdk.lowLatency(off)) {
            assertThat(off.rtmpEndpoint()).isEmpty();
            assertThat(offClient.createChannel(b -> b.name("no-media")).channel().ingestEndpoint())
                    .endsWith(".global-contribute.live-video.net");
        }
    }

    @Test
    void aPublishWithAChannelsStreamKeyMakesItLiveWithWhatTheEncoderSendsAndLeavingEndsIt() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("rtmp"));
        String channel = created.channel().arn();
        RtmpTestClient.Published published = goLive(created.streamKey().value());
        String streamId;
        try (RtmpTestClient client = published.client()) {
            assertThat(published.code()).isEqualTo("NetStream.Publish.Start");
            await("the channel to go live", () -> live(channel));
            client.videoFrame(0, true, 5000);
            client.audioFrame(0, 300);
            streamId = ivs.getStream(b -> b.channelArn(channel)).stream().streamId();
            assertThat(ivs.listStreams(b -> { }).streams()).singleElement()
                    .satisfies(s -> assertThat(s.streamId()).isEqualTo(streamId));
            StreamSession session = ivs.getStreamSession(b -> b.channelArn(channel)).streamSession();
            assertThat(session.streamId()).isEqualTo(streamId);
            VideoConfiguration video = session.ingestConfiguration().video();
            assertThat(video.codec()).isEqualTo("avc1.64001F");
            assertThat(video.profile()).isEqualTo("High");
            assertThat(video.avcProfile()).isEqualTo("High");
            assertThat(video.level()).isEqualTo("3.1");
            assertThat(video.videoWidth()).isEqualTo(1280L);
            assertThat(video.videoHeight()).isEqualTo(720L);
            assertThat(video.targetFramerate()).isEqualTo(30L);
            assertThat(video.targetBitrate()).isEqualTo(2_500_000L);
            assertThat(video.encoder()).isEqualTo("obs-output module (libobs 30.0)");
            assertThat(video.track()).isEqualTo("Track0");
            assertThat(session.ingestConfiguration().audio()).satisfies(audio -> {
                assertThat(audio.codec()).isEqualTo("mp4a.40.2");
                assertThat(audio.sampleRate()).isEqualTo(48_000L);
                assertThat(audio.channels()).isEqualTo(2L);
                assertThat(audio.targetBitrate()).isEqualTo(160_000L);
            });
            assertThat(session.ingestConfigurations().videoConfigurations()).containsExactly(video.toBuilder()
                    .avcProfile(null).avcLevel(null).build());
            assertThat(streamEvents(channel)).containsExactly("Session Created", "Stream Start");
            assertThatThrownBy(() -> ivs.deleteChannel(b -> b.arn(channel))).isInstanceOf(ConflictException.class);
        }
        await("the stream to end", () -> !live(channel));
        await("the end's events", () -> streamEvents(channel).size() == 4);
        assertThat(streamEvents(channel)).containsExactly("Session Created", "Stream Start", "Stream End",
                "Session Ended");
        StreamSession ended = ivs.getStreamSession(b -> b.channelArn(channel).streamId(streamId)).streamSession();
        assertThat(ended.endTime()).isNotNull();
    }

    @Test
    void aWrongOrDeletedStreamKeyIsRefused() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("refused"));
        RtmpTestClient.Published wrong = RtmpTestClient.publish(rtmp(), "sk_eu-west-1_notAKeyOfThisEmulator");
        try (RtmpTestClient client = wrong.client()) {
            assertThat(wrong.code()).isEqualTo("NetStream.Publish.Rejected");
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        RtmpTestClient.Published garbage = RtmpTestClient.publish(rtmp(), "");
        try (RtmpTestClient client = garbage.client()) {
            assertThat(garbage.code()).isEqualTo("NetStream.Publish.Rejected");
            assertThat(client.closedByServer(WAIT)).isTrue();
        }

        ivs.deleteStreamKey(b -> b.arn(created.streamKey().arn()));
        RtmpTestClient.Published deleted = RtmpTestClient.publish(rtmp(), created.streamKey().value());
        try (RtmpTestClient client = deleted.client()) {
            assertThat(deleted.code()).isEqualTo("NetStream.Publish.Rejected");
            assertThat(String.valueOf(deleted.status().get("description"))).doesNotContain(created.streamKey().value());
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        assertThat(live(created.channel().arn())).isFalse();
        assertThat(events).isEmpty();
    }

    @Test
    void aSecondPublisherIsRefusedAndStopStreamCutsTheFirstOff() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("taken"));
        String channel = created.channel().arn();
        RtmpTestClient.Published first = goLive(created.streamKey().value());
        try (RtmpTestClient client = first.client()) {
            await("the channel to go live", () -> live(channel));
            RtmpTestClient.Published second = RtmpTestClient.publish(rtmp(), created.streamKey().value());
            try (RtmpTestClient other = second.client()) {
                assertThat(second.code()).isEqualTo("NetStream.Publish.BadName");
                assertThat(String.valueOf(second.status().get("description"))).contains("live already");
                assertThat(other.closedByServer(WAIT)).isTrue();
            }
            assertThat(live(channel)).as("the first publisher is still on").isTrue();

            ivs.stopStream(b -> b.channelArn(channel));
            assertThat(client.closedByServer(WAIT)).as("StopStream cut the encoder off").isTrue();
        }
        assertThat(live(channel)).isFalse();
        assertThat(streamEvents(channel)).containsExactly("Session Created", "Stream Start", "Stream End",
                "Session Ended");
    }

    @Test
    void aChannelLiveFromASimulationRefusesPublishersAndSimulateStreamEndCutsOneOff() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("simulated"));
        String channel = created.channel().arn();
        emulator.simulateStreamStart(channel);
        RtmpTestClient.Published refused = RtmpTestClient.publish(rtmp(), created.streamKey().value());
        refused.client().close();
        assertThat(refused.code()).isEqualTo("NetStream.Publish.BadName");
        emulator.simulateStreamEnd(channel);

        RtmpTestClient.Published published = goLive(created.streamKey().value());
        try (RtmpTestClient client = published.client()) {
            await("the channel to go live", () -> live(channel));
            emulator.simulateStreamEnd(channel);
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
    }

    @Test
    void deletingTheStreamKeyLeavesALiveStreamOnAndRefusesTheNextPublish() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("rotated"));
        String channel = created.channel().arn();
        RtmpTestClient.Published published = goLive(created.streamKey().value());
        try (RtmpTestClient client = published.client()) {
            await("the channel to go live", () -> live(channel));
            ivs.deleteStreamKey(b -> b.arn(created.streamKey().arn()));
            client.videoFrame(0, true, 1000);
            assertThat(client.closedByServer(Duration.ofMillis(300))).as("IVS stops a stream with StopStream")
                    .isFalse();
            assertThat(live(channel)).isTrue();
        }
        await("the stream to end", () -> !live(channel));
        RtmpTestClient.Published again = RtmpTestClient.publish(rtmp(), created.streamKey().value());
        again.client().close();
        assertThat(again.code()).isEqualTo("NetStream.Publish.Rejected");
    }

    @Test
    void anIngestConfigurationsStreamKeyPublishesIntoItsStage() throws Exception {
        String stage = realTime.createStage(b -> b.name("obs-stage")).stage().arn();
        IngestConfiguration ingest = realTime.createIngestConfiguration(b -> b.stageArn(stage).userId("obs")
                .ingestProtocol(IngestProtocol.RTMPS)).ingestConfiguration();
        RtmpTestClient.Published published = goLive(ingest.streamKey());
        try (RtmpTestClient client = published.client()) {
            assertThat(published.code()).isEqualTo("NetStream.Publish.Start");
            client.videoFrame(0, true, 5000);
            IngestConfiguration active = realTime.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration();
            assertThat(active.state()).isEqualTo(IngestConfigurationState.ACTIVE);
            String session = realTime.getStage(b -> b.arn(stage)).stage().activeSessionId();
            Participant participant = realTime.getParticipant(b -> b.stageArn(stage).sessionId(session)
                    .participantId(ingest.participantId())).participant();
            assertThat(participant.state()).isEqualTo(ParticipantState.CONNECTED);
            assertThat(participant.published()).isTrue();
            assertThat(participant.userId()).isEqualTo("obs");

            RtmpTestClient.Published second = RtmpTestClient.publish(rtmp(), ingest.streamKey());
            second.client().close();
            assertThat(second.code()).isEqualTo("NetStream.Publish.BadName");
        }
        await("the participant to leave", () -> realTime.getIngestConfiguration(b -> b.arn(ingest.arn()))
                .ingestConfiguration().state() == IngestConfigurationState.INACTIVE);
        assertThat(realTime.getStage(b -> b.arn(stage)).stage().activeSessionId()).isNull();

        RtmpTestClient.Published again = goLive(ingest.streamKey());
        try (RtmpTestClient client = again.client()) {
            assertThat(again.code()).isEqualTo("NetStream.Publish.Start");
            realTime.disconnectParticipant(b -> b.stageArn(stage).participantId(ingest.participantId()));
            assertThat(client.closedByServer(WAIT)).as("DisconnectParticipant cut the encoder off").isTrue();
        }
        RtmpTestClient.Published detached = RtmpTestClient.publish(rtmp(), ingest.streamKey());
        detached.client().close();
        assertThat(detached.code()).as("the configuration lost its stage").isEqualTo("NetStream.Publish.Rejected");
        assertThat(String.valueOf(detached.status().get("description"))).contains("names no stage");
    }

    @Test
    void aForcedDeleteOfAnIngestConfigurationCutsItsEncoderOff() throws Exception {
        String stage = realTime.createStage(b -> b.name("forced")).stage().arn();
        IngestConfiguration ingest = realTime.createIngestConfiguration(b -> b.stageArn(stage)
                .ingestProtocol(IngestProtocol.RTMPS)).ingestConfiguration();
        RtmpTestClient.Published published = goLive(ingest.streamKey());
        try (RtmpTestClient client = published.client()) {
            realTime.deleteIngestConfiguration(b -> b.arn(ingest.arn()).force(true));
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
        RtmpTestClient.Published gone = RtmpTestClient.publish(rtmp(), ingest.streamKey());
        gone.client().close();
        assertThat(gone.code()).isEqualTo("NetStream.Publish.Rejected");
    }

    @Test
    void resetCutsEveryPublisherOff() throws Exception {
        CreateChannelResponse created = ivs.createChannel(b -> b.name("reset"));
        RtmpTestClient.Published published = goLive(created.streamKey().value());
        try (RtmpTestClient client = published.client()) {
            await("the channel to go live", () -> live(created.channel().arn()));
            emulator.reset();
            assertThat(client.closedByServer(WAIT)).isTrue();
        }
    }

    @Test
    void hostilePublishersNeverDisturbTheApi() throws Exception {
        List<Socket> hostile = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(rtmp().getAddress(), rtmp().getPort());
                hostile.add(socket);
                OutputStream out = socket.getOutputStream();
                if (i % 2 == 0) {
                    out.write(3); // a handshake that never completes
                } else {
                    out.write(new byte[] {3});
                    out.write(new byte[1536]);
                    out.write(new byte[1536]); // C2 before reading S1: fine; then a 16 MiB message header
                    out.write(new byte[] {3, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 20, 0, 0, 0, 0});
                }
                out.flush();
            }
            for (int i = 0; i < 20; i++) {
                String arn = ivs.createChannel(b -> b.name("calm")).channel().arn();
                assertThat(ivs.getChannel(b -> b.arn(arn)).channel().name()).isEqualTo("calm");
            }
            CreateChannelResponse created = ivs.createChannel(b -> b.name("beside"));
            RtmpTestClient.Published published = goLive(created.streamKey().value());
            try (RtmpTestClient client = published.client()) {
                await("a good publisher to go live beside them", () -> live(created.channel().arn()));
                client.videoFrame(0, true, 5000);
            }
        } finally {
            for (Socket socket : hostile) {
                socket.close();
            }
        }
    }
}
