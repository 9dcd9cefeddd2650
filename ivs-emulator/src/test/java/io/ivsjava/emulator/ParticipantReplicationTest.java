package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.Event;
import software.amazon.awssdk.services.ivsrealtime.model.EventName;
import software.amazon.awssdk.services.ivsrealtime.model.ListParticipantReplicasResponse;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantReplica;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.ReplicationState;
import software.amazon.awssdk.services.ivsrealtime.model.ReplicationType;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;

/** Replicating a publishing participant from its stage to other stages. */
class ParticipantReplicationTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().quota(Quota.STAGE_PUBLISHERS, 2).start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);

    private static String stage() {
        return client.createStage(b -> b.name("replication")).stage().arn();
    }

    private static String publisher(String stageArn) {
        String id = emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stageArn)
                .userId("star").attributes(Map.of("team", "red", "seat", "1"))).participantToken().token());
        emulator.simulateParticipantPublish(stageArn, id);
        return id;
    }

    private static String session(String stageArn) {
        return client.getStage(b -> b.arn(stageArn)).stage().activeSessionId();
    }

    private static Participant participant(String stageArn, String sessionId, String id) {
        return client.getParticipant(b -> b.stageArn(stageArn).sessionId(sessionId).participantId(id)).participant();
    }

    @Test
    void aReplicaPublishesInTheDestinationStageUntilReplicationStops() {
        String source = stage();
        String destination = stage();
        String star = publisher(source);
        String sourceSession = session(source);

        client.startParticipantReplication(b -> b.sourceStageArn(source).destinationStageArn(destination)
                .participantId(star).reconnectWindowSeconds(30).attributes(Map.of("seat", "replica")));

        String destinationSession = session(destination);
        assertThat(destinationSession).as("the replica opens a session in the destination").isNotNull();
        Participant replica = participant(destination, destinationSession, star);
        assertThat(replica.replicationType()).isEqualTo(ReplicationType.REPLICA);
        assertThat(replica.replicationState()).isEqualTo(ReplicationState.ACTIVE);
        assertThat(replica.sourceStageArn()).isEqualTo(source);
        assertThat(replica.sourceSessionId()).isEqualTo(sourceSession);
        assertThat(replica.published()).isTrue();
        assertThat(replica.userId()).isEqualTo("star");
        assertThat(replica.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("team", "red", "seat", "replica"));
        Participant original = participant(source, sourceSession, star);
        assertThat(original.replicationType()).isEqualTo(ReplicationType.SOURCE);
        assertThat(original.replicationState()).isEqualTo(ReplicationState.ACTIVE);

        Event started = client.listParticipantEvents(b -> b.stageArn(source).sessionId(sourceSession)
                .participantId(star)).events().get(0);
        assertThat(started.name()).isEqualTo(EventName.REPLICATION_STARTED);
        assertThat(started.destinationStageArn()).isEqualTo(destination);
        assertThat(started.destinationSessionId()).isEqualTo(destinationSession);
        assertThat(client.listParticipantEvents(b -> b.stageArn(destination).sessionId(destinationSession)
                .participantId(star)).events()).allSatisfy(e -> assertThat(e.replica()).isTrue())
                .extracting(Event::name).containsExactly(EventName.PUBLISH_STARTED, EventName.JOINED);

        ParticipantReplica listed = client.listParticipantReplicas(b -> b.sourceStageArn(source).participantId(star))
                .replicas().get(0);
        assertThat(listed.destinationStageArn()).isEqualTo(destination);
        assertThat(listed.destinationSessionId()).isEqualTo(destinationSession);
        assertThat(listed.sourceSessionId()).isEqualTo(sourceSession);
        assertThat(listed.replicationState()).isEqualTo(ReplicationState.ACTIVE);

        client.stopParticipantReplication(b -> b.sourceStageArn(source).destinationStageArn(destination)
                .participantId(star));

        assertThat(participant(destination, destinationSession, star).state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(session(destination)).as("the replica was alone: the destination session ended").isNull();
        assertThat(participant(source, sourceSession, star).replicationState()).isEqualTo(ReplicationState.STOPPED);
        assertThat(client.listParticipantEvents(b -> b.stageArn(source).sessionId(sourceSession).participantId(star))
                .events().get(0).name()).isEqualTo(EventName.REPLICATION_STOPPED);
        assertThat(client.listParticipantReplicas(b -> b.sourceStageArn(source).participantId(star)).replicas())
                .singleElement().satisfies(r -> assertThat(r.replicationState()).isEqualTo(ReplicationState.STOPPED));
        assertThatThrownBy(() -> client.stopParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(destination).participantId(star))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void replicationEndsWhenTheSourceLeaves() {
        String source = stage();
        String destination = stage();
        String star = publisher(source);
        client.startParticipantReplication(b -> b.sourceStageArn(source).destinationStageArn(destination)
                .participantId(star));
        String destinationSession = session(destination);

        emulator.simulateParticipantLeave(source, star);

        assertThat(participant(destination, destinationSession, star).state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(client.listParticipantReplicas(b -> b.sourceStageArn(source).participantId(star)).replicas())
                .extracting(ParticipantReplica::replicationState).containsExactly(ReplicationState.STOPPED);
    }

    @Test
    void theSourceMustBePublishingAndTheStagesMustExist() {
        String source = stage();
        String destination = stage();
        String quiet = emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(source))
                .participantToken().token());
        String missing = destination.substring(0, destination.lastIndexOf('/') + 1) + "missing";

        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(destination).participantId(quiet)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not publishing");
        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(destination).participantId("nobody")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("nobody");
        emulator.simulateParticipantPublish(source, quiet);
        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(missing).participantId(quiet)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(missing);
        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(source).participantId(quiet))).isInstanceOf(ValidationException.class);

        client.startParticipantReplication(b -> b.sourceStageArn(source).destinationStageArn(destination)
                .participantId(quiet));
        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(destination).participantId(quiet)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already replicated");
    }

    @Test
    void aReplicaCountsAsAPublisherOfItsDestination() {
        String destination = stage();
        publisher(destination);
        publisher(destination);
        String source = stage();
        String star = publisher(source);

        assertThatThrownBy(() -> client.startParticipantReplication(b -> b.sourceStageArn(source)
                .destinationStageArn(destination).participantId(star)))
                .isInstanceOf(ServiceQuotaExceededException.class).hasMessageContaining("2 publishers");
    }

    @Test
    void replicasPageAndDeletingADestinationStopsItsReplication() {
        String source = stage();
        String star = publisher(source);
        String[] destinations = {stage(), stage(), stage()};
        for (String destination : destinations) {
            client.startParticipantReplication(b -> b.sourceStageArn(source).destinationStageArn(destination)
                    .participantId(star));
        }

        ListParticipantReplicasResponse first = client.listParticipantReplicas(b -> b.sourceStageArn(source)
                .participantId(star).maxResults(2));
        assertThat(first.replicas()).hasSize(2);
        ListParticipantReplicasResponse rest = client.listParticipantReplicas(b -> b.sourceStageArn(source)
                .participantId(star).maxResults(2).nextToken(first.nextToken()));
        assertThat(rest.replicas()).hasSize(1);
        assertThat(rest.nextToken()).isNull();

        client.deleteStage(b -> b.arn(destinations[1]));
        assertThat(client.listParticipantReplicas(b -> b.sourceStageArn(source).participantId(star)).replicas())
                .filteredOn(r -> r.destinationStageArn().equals(destinations[1]))
                .extracting(ParticipantReplica::replicationState).containsExactly(ReplicationState.STOPPED);
        assertThat(participant(source, session(source), star).replicationState()).isEqualTo(ReplicationState.ACTIVE);
    }
}
