package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.internal.ServiceModel;
import io.ivsjava.emulator.testing.Sdk;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.AutoParticipantRecordingConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ChannelDestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.Composition;
import software.amazon.awssdk.services.ivsrealtime.model.CompositionState;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageResponse;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.EventName;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationState;
import software.amazon.awssdk.services.ivsrealtime.model.IngestProtocol;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ReplicationState;
import software.amazon.awssdk.services.ivsrealtime.model.S3DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.S3StorageConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;
import software.amazon.awssdk.services.ivsrealtime.model.StageSession;

/**
 * Every operation of the IVS Real-Time model, called through the unmodified AWS SDK for Java with valid input, in an
 * order that sets up what each one needs. Any error fails the test (the SDK throws it), and so does an operation of
 * the model that the walk never reached.
 */
class RealTimeEveryOperationTest {

    @Test
    void everyOperationIsServedWithValidInput() {
        try (IvsEmulator emulator = IvsEmulator.start();
             IvsRealTimeClient rt = Sdk.realTime(emulator);
             IvsClient ll = Sdk.lowLatency(emulator)) {
            // Storage and encoder configurations, for recording and composition.
            String storage = rt.createStorageConfiguration(b -> b.name("bucket-1")
                    .s3(S3StorageConfiguration.builder().bucketName("my-recordings").build())).storageConfiguration().arn();
            assertThat(rt.getStorageConfiguration(b -> b.arn(storage)).storageConfiguration().s3().bucketName())
                    .isEqualTo("my-recordings");
            assertThat(rt.listStorageConfigurations(b -> b.maxResults(10)).storageConfigurations()).hasSize(1);
            String encoder = rt.createEncoderConfiguration(b -> b.name("hd")).encoderConfiguration().arn();
            assertThat(rt.getEncoderConfiguration(b -> b.arn(encoder)).encoderConfiguration().video().width())
                    .isEqualTo(1280);
            assertThat(rt.listEncoderConfigurations(b -> b.maxResults(10)).encoderConfigurations()).hasSize(1);

            // Stages and tokens.
            CreateStageResponse created = rt.createStage(b -> b.name("main")
                    .autoParticipantRecordingConfiguration(AutoParticipantRecordingConfiguration.builder()
                            .storageConfigurationArn(storage).build())
                    .participantTokenConfigurations(ParticipantTokenConfiguration.builder().userId("host").build()));
            Stage stage = created.stage();
            String destination = rt.createStage(b -> b.name("overflow")).stage().arn();
            assertThat(rt.getStage(b -> b.arn(stage.arn())).stage().name()).isEqualTo("main");
            assertThat(rt.listStages(b -> b.maxResults(10)).stages()).hasSize(2);
            assertThat(rt.updateStage(b -> b.arn(stage.arn()).name("main-renamed")).stage().name())
                    .isEqualTo("main-renamed");
            String viewerToken = rt.createParticipantToken(b -> b.stageArn(stage.arn()).userId("viewer")
                    .capabilities(ParticipantTokenCapability.SUBSCRIBE)).participantToken().token();

            // A self-signing key.
            KeyPair pair = SelfSigned.p384();
            String key = rt.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(pair)).name("signer"))
                    .publicKey().arn();
            assertThat(rt.getPublicKey(b -> b.arn(key)).publicKey().fingerprint()).isNotBlank();
            assertThat(rt.listPublicKeys(b -> b.maxResults(10)).publicKeys()).hasSize(1);

            // Participants join (one with an API token, one self-signed), publish and subscribe.
            String host = emulator.simulateParticipantJoin(created.participantTokens().get(0).token());
            String guest = emulator.simulateParticipantJoin(SelfSigned.sign(pair.getPrivate(), key,
                    SelfSigned.claims(stage.arn(), SelfSigned.participantId(), Instant.now(), Duration.ofHours(1))));
            String viewer = emulator.simulateParticipantJoin(viewerToken);
            emulator.simulateParticipantPublish(stage.arn(), host);
            emulator.simulateParticipantPublish(stage.arn(), guest);
            emulator.simulateParticipantSubscribe(stage.arn(), viewer, host);

            StageSession session = rt.getStageSession(b -> b.stageArn(stage.arn())
                    .sessionId(rt.getStage(g -> g.arn(stage.arn())).stage().activeSessionId())).stageSession();
            assertThat(rt.listStageSessions(b -> b.stageArn(stage.arn())).stageSessions()).hasSize(1);
            assertThat(rt.listParticipants(b -> b.stageArn(stage.arn()).sessionId(session.sessionId())).participants())
                    .hasSize(3);
            Participant hostParticipant = rt.getParticipant(b -> b.stageArn(stage.arn())
                    .sessionId(session.sessionId()).participantId(host)).participant();
            assertThat(hostParticipant.published()).isTrue();
            assertThat(hostParticipant.recordingS3BucketName()).isEqualTo("my-recordings");
            assertThat(rt.listParticipantEvents(b -> b.stageArn(stage.arn()).sessionId(session.sessionId())
                    .participantId(host)).events()).extracting(e -> e.name())
                    .containsExactly(EventName.PUBLISH_STARTED, EventName.JOINED);

            // Replication to another stage.
            rt.startParticipantReplication(b -> b.sourceStageArn(stage.arn()).destinationStageArn(destination)
                    .participantId(host));
            assertThat(rt.listParticipantReplicas(b -> b.sourceStageArn(stage.arn()).participantId(host)).replicas())
                    .singleElement().satisfies(r -> assertThat(r.replicationState()).isEqualTo(ReplicationState.ACTIVE));
            rt.stopParticipantReplication(b -> b.sourceStageArn(stage.arn()).destinationStageArn(destination)
                    .participantId(host));

            // A composition to a channel and to S3.
            String channel = ll.createChannel(b -> b.name("viewers")).channel().arn();
            Composition started = rt.startComposition(b -> b.stageArn(stage.arn()).destinations(
                    DestinationConfiguration.builder().channel(ChannelDestinationConfiguration.builder()
                            .channelArn(channel).encoderConfigurationArn(encoder).build()).build(),
                    DestinationConfiguration.builder().s3(S3DestinationConfiguration.builder()
                            .storageConfigurationArn(storage).encoderConfigurationArns(encoder).build()).build()))
                    .composition();
            assertThat(started.state()).isEqualTo(CompositionState.STARTING);
            assertThat(rt.getComposition(b -> b.arn(started.arn())).composition().state())
                    .isEqualTo(CompositionState.ACTIVE);
            assertThat(rt.listCompositions(b -> b.filterByStageArn(stage.arn())).compositions()).hasSize(1);
            rt.stopComposition(b -> b.arn(started.arn()));

            // RTMP ingest into the stage.
            IngestConfiguration ingest = rt.createIngestConfiguration(b -> b.name("obs")
                    .ingestProtocol(IngestProtocol.RTMPS).stageArn(destination).userId("encoder")).ingestConfiguration();
            assertThat(rt.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration().state())
                    .isEqualTo(IngestConfigurationState.INACTIVE);
            assertThat(rt.listIngestConfigurations(b -> b.filterByStageArn(destination)).ingestConfigurations())
                    .hasSize(1);
            assertThat(rt.updateIngestConfiguration(b -> b.arn(ingest.arn()).stageArn(stage.arn()))
                    .ingestConfiguration().stageArn()).isEqualTo(stage.arn());

            // Tags.
            rt.tagResource(b -> b.resourceArn(ingest.arn()).tags(Map.of("team", "video", "tier", "gold")));
            rt.untagResource(b -> b.resourceArn(ingest.arn()).tagKeys("tier"));
            assertThat(rt.listTagsForResource(b -> b.resourceArn(ingest.arn())).tags())
                    .containsExactly(Map.entry("team", "video"));

            // Disconnect, then tear everything down.
            rt.disconnectParticipant(b -> b.stageArn(stage.arn()).participantId(guest).reason("done"));
            assertThat(rt.getParticipant(b -> b.stageArn(stage.arn()).sessionId(session.sessionId())
                    .participantId(guest)).participant().state()).isEqualTo(ParticipantState.DISCONNECTED);
            emulator.simulateParticipantLeave(stage.arn(), viewer);
            emulator.simulateParticipantLeave(stage.arn(), host);
            assertThat(rt.getStageSession(b -> b.stageArn(stage.arn()).sessionId(session.sessionId()))
                    .stageSession().endTime()).isNotNull();
            rt.deleteIngestConfiguration(b -> b.arn(ingest.arn()));
            rt.deleteEncoderConfiguration(b -> b.arn(encoder));
            rt.updateStage(b -> b.arn(stage.arn()).autoParticipantRecordingConfiguration(
                    AutoParticipantRecordingConfiguration.builder().storageConfigurationArn("").build()));
            rt.deleteStorageConfiguration(b -> b.arn(storage));
            rt.deletePublicKey(b -> b.arn(key));
            rt.deleteStage(b -> b.arn(stage.arn()));
            rt.deleteStage(b -> b.arn(destination));
            assertThat(rt.listStages(b -> b.maxResults(10)).stages()).isEmpty();

            Set<String> unreached = new TreeSet<>();
            for (String operation : realTime().operations().keySet()) {
                if (emulator.requestCount(operation) == 0) {
                    unreached.add(operation);
                }
            }
            assertThat(unreached).as("operations the walk did not call").isEmpty();
            assertThat(realTime().operations()).hasSize(39);
        }
    }

    private static ServiceModel realTime() {
        List<ServiceModel> models = ServiceModel.ivs();
        return models.stream().filter(m -> m.service().equals(ServiceModel.REALTIME)).findFirst().orElseThrow();
    }
}
