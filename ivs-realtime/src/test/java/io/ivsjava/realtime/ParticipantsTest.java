package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who is on a stage: participants listed with each filter IVS has, read one by one, their events, disconnection
 * and replication into another stage. The emulator's simulations stand in for the WebRTC clients.
 */
class ParticipantsTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTime ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    /** A stage with a publishing host (Kit) and a viewer (Bob), both joined. */
    private static final class Show {
        final StageArn stage;
        final String session;
        final ParticipantToken kit;
        final ParticipantToken bob;

        Show(String name) {
            CreatedStage created = ivs.createStage(StageSpec.builder().name(name)
                    .withToken(Host.of("kit", Map.of("displayName", "Kit")))
                    .withToken(Viewer.of("bob"))
                    .build());
            stage = created.stage().arn();
            kit = created.tokens().get(0);
            bob = created.tokens().get(1);
            emulator.simulateParticipantJoin(kit.token());
            emulator.simulateParticipantJoin(bob.token());
            emulator.simulateParticipantPublish(stage.value(), kit.participant().id());
            session = ivs.getStage(stage).activeSessionId().orElseThrow();
        }
    }

    @Test
    void participantsAreListedWithEveryFilterIvsHas() {
        Show show = new Show("filters");
        String kit = show.kit.participant().id();
        String bob = show.bob.participant().id();

        assertThat(ids(ivs.listParticipants(show.stage, show.session).collect(Collectors.toList())))
                .containsExactlyInAnyOrder(kit, bob);
        assertThat(ids(list(show, ParticipantFilter.byUserId("kit")))).containsExactly(kit);
        assertThat(ids(list(show, ParticipantFilter.byPublished(true)))).containsExactly(kit);
        assertThat(ids(list(show, ParticipantFilter.byPublished(false)))).containsExactly(bob);
        assertThat(ids(list(show, ParticipantFilter.byState(ParticipantState.CONNECTED))))
                .containsExactlyInAnyOrder(kit, bob);

        emulator.simulateParticipantLeave(show.stage.value(), bob);
        assertThat(ids(list(show, ParticipantFilter.byState(ParticipantState.DISCONNECTED)))).containsExactly(bob);
        assertThat(ids(list(show, ParticipantFilter.byRecordingState(RecordingState.ACTIVE)))).isEmpty();

        ParticipantSummary summary = list(show, ParticipantFilter.byUserId("kit")).get(0);
        assertThat(summary.userId()).hasValue("kit");
        assertThat(summary.state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(summary.published()).isTrue();
        assertThat(summary.firstJoinTime()).isPresent();
        assertThat(summary.replication().type()).isEqualTo(Replication.Type.NONE);
        assertThat(summary.unknownValues()).isEmpty();
    }

    @Test
    void filtersAreCheckedBeforeAnyCall() {
        StageArn stage = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/abc");

        assertInvalid(() -> new ParticipantFilter(Optional.of("kit"), Optional.of(true), Optional.empty(),
                Optional.empty()), "filter", "2 filters given; IVS applies at most one");
        assertInvalid(() -> ParticipantFilter.byRecordingState(RecordingState.DISABLED), "filterByRecordingState",
                "DISABLED is not a state IVS filters by");
        assertInvalid(() -> ParticipantFilter.byState(ParticipantState.UNKNOWN), "filterByState",
                "allowed CONNECTED, DISCONNECTED");
        assertInvalid(() -> ParticipantFilter.byUserId("u".repeat(129)), "filterByUserId", "allowed 0..128");
        assertInvalid(() -> ivs.listParticipants(stage, "st-short"), "sessionId", "16 characters");
        assertInvalid(() -> ivs.listParticipants(stage, "st-a1B2c3D4e5F6g", null), "filter", "is missing");
        assertInvalid(() -> ivs.getParticipant(stage, "st-a1B2c3D4e5F6g", "has space"), "participantId",
                "1..64 letters, digits and '-'");
        assertInvalid(() -> ivs.listParticipantEvents(stage, "st-a1B2c3D4e5F6g", ""), "participantId", "malformed");
        assertInvalid(() -> ivs.disconnectParticipant(stage, "p1", "r".repeat(129)), "reason",
                "is 129 characters long; allowed 0..128 characters");
        assertInvalid(() -> ivs.disconnectParticipant(stage, null), "participantId", "is missing");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aParticipantIsReadWithAttributesAndClient() {
        Show show = new Show("details");

        ParticipantDetails kit = ivs.getParticipant(show.stage, show.session, show.kit.participant().id());

        assertThat(kit.id()).isEqualTo(show.kit.participant().id());
        assertThat(kit.userId()).hasValue("kit");
        assertThat(kit.attributes()).containsExactly(Map.entry("displayName", "Kit"));
        assertThat(kit.state()).isEqualTo(ParticipantState.CONNECTED);
        assertThat(kit.published()).isTrue();
        assertThat(kit.recordingLocation()).isEmpty();
        assertThat(kit.unknownValues()).isEmpty();
        assertThatThrownBy(() -> ivs.getParticipant(show.stage, show.session, "nobody"))
                .isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void eventsAreTypedValuesInOrder() {
        Show show = new Show("events");
        String kit = show.kit.participant().id();
        emulator.simulateParticipantUnpublish(show.stage.value(), kit);
        emulator.simulateParticipantLeave(show.stage.value(), kit);

        List<ParticipantEvent> events = ivs.listParticipantEvents(show.stage, show.session, kit)
                .collect(Collectors.toList());

        assertThat(events).extracting(ParticipantEvent::kind).containsSubsequence(ParticipantEvent.Kind.LEFT,
                ParticipantEvent.Kind.PUBLISH_STOPPED, ParticipantEvent.Kind.PUBLISH_STARTED,
                ParticipantEvent.Kind.JOINED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.participantId()).isEqualTo(kit);
            assertThat(e.time()).isPresent();
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.unknownValues()).isEmpty();
        });
    }

    @Test
    void aCoHostIsDisconnectedWithAReason() {
        Show show = new Show("kick");
        String bob = show.bob.participant().id();

        ivs.disconnectParticipant(show.stage, bob, "removed by the host");

        assertThat(ivs.getParticipant(show.stage, show.session, bob).state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(ivs.listParticipantEvents(show.stage, show.session, bob))
                .extracting(ParticipantEvent::kind).contains(ParticipantEvent.Kind.LEFT);
        assertThatThrownBy(() -> ivs.disconnectParticipant(StageArn.parse(
                "arn:aws:ivs:us-east-1:123456789012:stage/gone"), bob))
                .isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aPublisherIsReplicatedIntoAnotherStageAndStopped() {
        Show show = new Show("source");
        Stage destination = ivs.createStage(StageSpec.builder().name("destination").build()).stage();
        String kit = show.kit.participant().id();

        ivs.startParticipantReplication(show.stage, destination.arn(), kit, Duration.ofSeconds(30),
                Map.of("origin", "source"));

        List<ParticipantReplica> replicas = ivs.listParticipantReplicas(show.stage, kit).collect(Collectors.toList());
        assertThat(replicas).singleElement().satisfies(r -> {
            assertThat(r.sourceStage()).isEqualTo(show.stage);
            assertThat(r.destinationStage()).isEqualTo(destination.arn());
            assertThat(r.participantId()).isEqualTo(kit);
            assertThat(r.sourceSessionId()).isEqualTo(show.session);
            assertThat(r.state()).isEqualTo(Replication.State.ACTIVE);
        });
        assertThat(ivs.listParticipants(show.stage, show.session, ParticipantFilter.byUserId("kit")).findFirst()
                .orElseThrow().replication().type()).isEqualTo(Replication.Type.SOURCE);

        ivs.stopParticipantReplication(show.stage, destination.arn(), kit);

        assertThat(ivs.listParticipantReplicas(show.stage, kit))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(Replication.State.STOPPED));
    }

    @Test
    void replicationIsCheckedBeforeAnyCallAndMissingStagesAreNotFound() {
        StageArn a = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/aaa");
        StageArn b = StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/bbb");

        assertInvalid(() -> ivs.startParticipantReplication(a, b, "p1", Duration.ofSeconds(301), Map.of()),
                "reconnectWindow", "301 seconds is too long; allowed 0..300 whole seconds");
        assertInvalid(() -> ivs.startParticipantReplication(a, b, "p1", Duration.ZERO, Map.of("k", "v".repeat(1024))),
                "attributes", "allowed at most 1024 bytes");
        assertInvalid(() -> ivs.startParticipantReplication(a, null, "p1"), "destinationStageArn", "is missing");
        assertInvalid(() -> ivs.listParticipantReplicas(null, "p1"), "sourceStageArn", "is missing");
        assertThat(emulator.calls()).isEmpty();

        assertThatThrownBy(() -> ivs.startParticipantReplication(a, b, "p1")).isInstanceOf(IvsNotFoundException.class);
    }

    private static List<ParticipantSummary> list(Show show, ParticipantFilter filter) {
        return ivs.listParticipants(show.stage, show.session, filter).collect(Collectors.toList());
    }

    private static List<String> ids(List<ParticipantSummary> participants) {
        return participants.stream().map(ParticipantSummary::id).collect(Collectors.toList());
    }
}
