package io.ivsjava.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.StageArn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values IVS may add later (a new state, capability, event, layout option) never break reading: they read as
 * {@code UNKNOWN} and the raw text is kept by field path. WireMock answers as a future IVS would; the emulator
 * cannot, as it answers only with the values of the models it ships and checks each of its answers against them.
 */
class UnknownValuesTest {
    private static final String STAGE = "arn:aws:ivs:us-east-1:123456789012:stage/abcdABCDefgh";
    private static final String SESSION = "st-a1B2c3D4e5F6g";

    private static WireMockServer wiremock;
    private static IvsRealTime ivs;

    @BeforeAll
    static void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        ivs = IvsRealTime.connect(IvsConnection.builder().endpoint(URI.create(wiremock.baseUrl()))
                .region("us-east-1").credentials("test", "test").build());
    }

    @AfterAll
    static void stop() {
        ivs.close();
        wiremock.stop();
    }

    @AfterEach
    void reset() {
        wiremock.resetAll();
    }

    @Test
    void aParticipantInANewStateIsStillListed() {
        answer("ListParticipants", "{\"participants\":[{\"participantId\":\"p1\",\"userId\":\"kit\","
                + "\"state\":\"RECONNECTING\",\"published\":true,\"recordingState\":\"PAUSED\","
                + "\"replicationType\":\"MIRROR\",\"replicationState\":\"ACTIVE\"},"
                + "{\"participantId\":\"p2\",\"state\":\"CONNECTED\"}]}");

        List<ParticipantSummary> participants = ivs.listParticipants(StageArn.parse(STAGE), SESSION)
                .collect(Collectors.toList());

        ParticipantSummary p1 = participants.get(0);
        assertThat(p1.state()).isEqualTo(ParticipantState.UNKNOWN);
        assertThat(p1.recordingState()).isEqualTo(RecordingState.UNKNOWN);
        assertThat(p1.replication().type()).isEqualTo(Replication.Type.UNKNOWN);
        assertThat(p1.replication().state()).hasValue(Replication.State.ACTIVE);
        assertThat(p1.unknownValues()).containsOnly(Map.entry("state", "RECONNECTING"),
                Map.entry("recordingState", "PAUSED"), Map.entry("replication.type", "MIRROR"));
        assertThat(p1.published()).isTrue();
        assertThat(participants.get(1).state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(participants.get(1).unknownValues()).isEmpty();
    }

    @Test
    void aParticipantWithANewProtocolIsStillRead() {
        answer("GetParticipant", "{\"participant\":{\"participantId\":\"p1\",\"state\":\"CONNECTED\","
                + "\"protocol\":\"SRT\",\"attributes\":{\"a\":\"b\"},\"osName\":\"Linux\"}}");

        ParticipantDetails p = ivs.getParticipant(StageArn.parse(STAGE), SESSION, "p1");

        assertThat(p.protocol()).isEqualTo(ParticipantDetails.Protocol.UNKNOWN);
        assertThat(p.unknownValues()).containsOnly(Map.entry("protocol", "SRT"));
        assertThat(p.attributes()).containsOnly(Map.entry("a", "b"));
        assertThat(p.client().osName()).hasValue("Linux");
        assertThat(p.client().browserName()).isEmpty();
    }

    @Test
    void aNewEventAndErrorCodeAreStillListed() {
        answer("ListParticipantEvents", "{\"events\":[{\"name\":\"MODERATED\",\"participantId\":\"p1\","
                + "\"eventTime\":\"2026-11-25T12:00:00Z\",\"errorCode\":\"TOO_LOUD\"},"
                + "{\"name\":\"JOINED\",\"participantId\":\"p1\",\"eventTime\":\"2026-11-25T11:00:00Z\"}]}");

        List<ParticipantEvent> events = ivs.listParticipantEvents(StageArn.parse(STAGE), SESSION, "p1")
                .collect(Collectors.toList());

        assertThat(events.get(0).kind()).isEqualTo(ParticipantEvent.Kind.UNKNOWN);
        assertThat(events.get(0).errorCode()).hasValue(ParticipantEvent.ErrorCode.UNKNOWN);
        assertThat(events.get(0).unknownValues()).containsOnly(Map.entry("kind", "MODERATED"),
                Map.entry("errorCode", "TOO_LOUD"));
        assertThat(events.get(1).kind()).isEqualTo(ParticipantEvent.Kind.JOINED);
    }

    @Test
    void aCompositionWithNewStatesAndLayoutOptionsIsStillRead() {
        answer("GetComposition", "{\"composition\":{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:composition/c1\","
                + "\"stageArn\":\"" + STAGE + "\",\"state\":\"PAUSED\",\"layout\":{\"grid\":{\"videoFillMode\":\"STRETCH\","
                + "\"videoAspectRatio\":\"CINEMA\"}},\"destinations\":[{\"id\":\"d1\",\"state\":\"THROTTLED\","
                + "\"configuration\":{\"channel\":{\"channelArn\":\"arn:aws:ivs:us-east-1:123456789012:channel/ch\"}}}]}}");

        Composition c = ivs.getComposition(CompositionArn.parse("arn:aws:ivs:us-east-1:123456789012:composition/c1"));

        assertThat(c.state()).isEqualTo(Composition.State.UNKNOWN);
        assertThat(c.destinations().get(0).state()).isEqualTo(Composition.Destination.State.UNKNOWN);
        assertThat(c.layout()).hasValueSatisfying(l -> {
            Layout.Grid grid = (Layout.Grid) l;
            assertThat(grid.videoFillMode()).hasValue(Layout.FillMode.UNKNOWN);
            assertThat(grid.videoAspectRatio()).isEqualTo(Layout.AspectRatio.UNKNOWN);
            assertThat(grid.gridGap()).isEqualTo(Layout.Grid.DEFAULT_GRID_GAP);
        });
        assertThat(c.unknownValues()).containsOnly(Map.entry("state", "PAUSED"),
                Map.entry("layout.grid.videoFillMode", "STRETCH"), Map.entry("layout.grid.videoAspectRatio", "CINEMA"),
                Map.entry("destinations[0].state", "THROTTLED"));
    }

    @Test
    void aStageRecordingANewMediaTypeIsStillRead() {
        answer("GetStage", "{\"stage\":{\"arn\":\"" + STAGE + "\",\"name\":\"s\",\"autoParticipantRecordingConfiguration\":"
                + "{\"storageConfigurationArn\":\"arn:aws:ivs:us-east-1:123456789012:storage-configuration/s1\","
                + "\"mediaTypes\":[\"VIDEO_ONLY\"],\"thumbnailConfiguration\":{\"recordingMode\":\"ON_DEMAND\"}}}}");

        Stage stage = ivs.getStage(StageArn.parse(STAGE));

        assertThat(stage.autoParticipantRecording()).hasValueSatisfying(r -> {
            assertThat(r.mediaType()).isEqualTo(ParticipantRecording.MediaType.UNKNOWN);
            assertThat(r.thumbnails()).isEmpty();
        });
        assertThat(stage.unknownValues()).containsOnly(Map.entry("autoParticipantRecording.mediaType", "VIDEO_ONLY"),
                Map.entry("autoParticipantRecording.thumbnails.recordingMode", "ON_DEMAND"));
        assertThat(stage.endpoints()).isEqualTo(StageEndpoints.NONE);
    }

    @Test
    void aTokenWithANewCapabilityIsStillRead() {
        answer("CreateParticipantToken", "{\"participantToken\":{\"participantId\":\"p1\",\"token\":\"t\","
                + "\"capabilities\":[\"SUBSCRIBE\",\"MODERATE\"],\"expirationTime\":\"2026-11-25T12:00:00Z\"}}");

        ParticipantToken token = ivs.createParticipantToken(StageArn.parse(STAGE), Viewer.of("v"));

        assertThat(token.participant().capabilities()).containsExactlyInAnyOrder(Capability.SUBSCRIBE,
                Capability.UNKNOWN);
        assertThat(token.participant().canPublish()).isFalse();
    }

    private static void answer(String operation, String body) {
        wiremock.stubFor(post(urlEqualTo("/" + operation)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }
}
