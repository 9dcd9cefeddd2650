package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ChannelDestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageResponse;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenConfiguration;

/** The events the simulations imply reach in-process listeners as EventBridge would deliver them. */
class EventFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsClient ivs = Sdk.lowLatency(emulator);
    @AutoClose
    private static final IvsRealTimeClient realTime = Sdk.realTime(emulator);
    private final List<JsonNode> events = new ArrayList<>();
    private final Consumer<String> listener = json -> {
        try {
            events.add(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    };

    @BeforeEach
    void subscribe() {
        emulator.addEventListener(listener);
    }

    @Test
    void aStreamStartAndEndAreStreamStateChanges() {
        String channel = ivs.createChannel(b -> b.name("cat-42")).channel().arn();
        emulator.simulateStreamStart(channel);
        String streamId = ivs.getStream(b -> b.channelArn(channel)).stream().streamId();
        emulator.simulateStreamEnd(channel);
        emulator.removeEventListener(listener);

        assertThat(events).extracting(e -> e.path("detail").path("event_name").asText())
                .containsExactly("Session Created", "Stream Start", "Stream End", "Session Ended");
        JsonNode start = events.get(1);
        assertThat(start.path("source").asText()).isEqualTo("aws.ivs");
        assertThat(start.path("detail-type").asText()).isEqualTo("IVS Stream State Change");
        assertThat(start.path("account").asText()).isEqualTo(emulator.accountId());
        assertThat(start.path("region").asText()).isEqualTo(emulator.region());
        assertThat(start.path("resources")).extracting(JsonNode::asText).containsExactly(channel);
        assertThat(start.path("detail").path("channel_name").asText()).isEqualTo("cat-42");
        assertThat(start.path("detail").path("stream_id").asText()).isEqualTo(streamId);
        assertThat(start.path("time").asText()).isNotEmpty();
        assertThat(start.path("id").asText()).isNotEqualTo(events.get(0).path("id").asText());
    }

    @Test
    void participantsComingAndGoingAreStageUpdates() {
        CreateStageResponse created = realTime.createStage(b -> b.name("show")
                .participantTokenConfigurations(ParticipantTokenConfiguration.builder().userId("kit").build()));
        String stage = created.stage().arn();
        String kit = emulator.simulateParticipantJoin(created.participantTokens().get(0).token());
        emulator.simulateParticipantPublish(stage, kit);
        emulator.simulateParticipantLeave(stage, kit);
        emulator.removeEventListener(listener);

        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("detail-type").asText()).isEqualTo("IVS Stage Update");
            assertThat(e.path("resources")).extracting(JsonNode::asText).containsExactly(stage);
            assertThat(e.path("detail").path("participant_id").asText()).isEqualTo(kit);
            assertThat(e.path("detail").path("user_id").asText()).isEqualTo("kit");
            assertThat(e.path("detail").path("session_id").asText()).startsWith("st-");
        });
        assertThat(events).extracting(e -> e.path("detail").path("event_name").asText())
                .containsExactly("Participant Joined", "Participant Published", "Participant Unpublished",
                        "Participant Left");
    }

    @Test
    void aCompositionStartingAndStoppingIsACompositionStateChangeAndItsChannelGoesLive() {
        String stage = realTime.createStage(b -> b.name("hybrid")).stage().arn();
        String channel = ivs.createChannel(b -> b.name("hybrid-out")).channel().arn();
        String composition = realTime.startComposition(b -> b.stageArn(stage)
                .destinations(DestinationConfiguration.builder()
                        .channel(ChannelDestinationConfiguration.builder().channelArn(channel).build()).build()))
                .composition().arn();
        realTime.stopComposition(b -> b.arn(composition));
        emulator.removeEventListener(listener);

        assertThat(events).extracting(e -> e.path("detail-type").asText() + ": "
                        + e.path("detail").path("event_name").asText())
                .containsSubsequence("IVS Composition State Change: Session Start",
                        "IVS Composition State Change: Destination Start",
                        "IVS Composition State Change: Destination End",
                        "IVS Composition State Change: Session End")
                .contains("IVS Stream State Change: Stream Start", "IVS Stream State Change: Stream End");
        assertThat(events).filteredOn(e -> e.path("detail-type").asText().startsWith("IVS Composition"))
                .allSatisfy(e -> {
                    assertThat(e.path("resources")).extracting(JsonNode::asText).containsExactly(composition);
                    assertThat(e.path("detail").path("stage_arn").asText()).isEqualTo(stage);
                });
    }

    @Test
    void aListenerMayCallTheEmulatorAndARefusedCallEmitsNothing() {
        String channel = ivs.createChannel(b -> b.name("nested")).channel().arn();
        List<String> states = new ArrayList<>();
        Consumer<String> caller = json -> {
            if (json.contains("\"Stream Start\"")) {
                states.add(ivs.getStream(b -> b.channelArn(channel)).stream().stateAsString());
            }
        };
        emulator.addEventListener(caller);
        try {
            emulator.simulateStreamStart(channel);
            assertThat(states).containsExactly("LIVE");
            events.clear();
            assertThatThrownBy(() -> ivs.deleteChannel(b -> b.arn(channel))).isInstanceOf(ConflictException.class);
            assertThat(events).isEmpty();
            emulator.simulateStreamEnd(channel);
        } finally {
            emulator.removeEventListener(caller);
            emulator.removeEventListener(listener);
        }
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersNorTheSimulation() {
        Consumer<String> failing = json -> {
            throw new IllegalStateException("listener bug");
        };
        emulator.removeEventListener(listener);
        emulator.addEventListener(failing);
        emulator.addEventListener(listener);
        try {
            String channel = ivs.createChannel(b -> b.name("robust")).channel().arn();
            emulator.simulateStreamStart(channel);
            assertThat(events).hasSize(2);
            emulator.simulateStreamEnd(channel);
        } finally {
            emulator.removeEventListener(failing);
            emulator.removeEventListener(listener);
        }
    }
}
