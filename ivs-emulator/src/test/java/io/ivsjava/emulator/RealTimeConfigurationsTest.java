package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.EncoderConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.EncoderConfigurationSummary;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationState;
import software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationSummary;
import software.amazon.awssdk.services.ivsrealtime.model.IngestProtocol;
import software.amazon.awssdk.services.ivsrealtime.model.ListEncoderConfigurationsResponse;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantProtocol;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.PublicKeySummary;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.S3StorageConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;
import software.amazon.awssdk.services.ivsrealtime.model.Video;

/** Encoder, storage and ingest configurations and public keys: lifecycle, limits, conflicts, quotas, regions. */
class RealTimeConfigurationsTest {
    @AutoClose
    private static final IvsEmulator emulator =
            IvsEmulator.builder().quota(Quota.ENCODER_CONFIGURATIONS, 1_000).start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);

    private static Video video(int width, int height) {
        return Video.builder().width(width).height(height).build();
    }

    @Test
    void anEncoderConfigurationDefaultsTo720p30At2500Kbps() {
        EncoderConfiguration created = client.createEncoderConfiguration(b -> b.tags(Map.of("k", "v")))
                .encoderConfiguration();

        assertThat(created.arn()).matches("arn:aws:ivs:us-east-1:123456789012:encoder-configuration/[a-zA-Z0-9]{12}");
        assertThat(created.name()).isEmpty();
        assertThat(created.video().width()).isEqualTo(1280);
        assertThat(created.video().height()).isEqualTo(720);
        assertThat(created.video().framerate()).isEqualTo(30f);
        assertThat(created.video().bitrate()).isEqualTo(2_500_000);
        assertThat(client.getEncoderConfiguration(b -> b.arn(created.arn())).encoderConfiguration()).isEqualTo(created);

        EncoderConfiguration partial = client.createEncoderConfiguration(b -> b.name("fast")
                .video(v -> v.framerate(60f))).encoderConfiguration();
        assertThat(partial.video().framerate()).isEqualTo(60f);
        assertThat(partial.video().width()).isEqualTo(1280);
    }

    @Test
    void encoderResolutionMustBeEvenAndAtMost1080pInPixels() {
        assertThat(client.createEncoderConfiguration(b -> b.video(video(1920, 1080))).encoderConfiguration().video()
                .width()).isEqualTo(1920);
        assertThat(client.createEncoderConfiguration(b -> b.video(video(1080, 1920))).encoderConfiguration().video()
                .height()).isEqualTo(1920);
        assertThat(client.createEncoderConfiguration(b -> b.video(video(2, 2))).encoderConfiguration().video()
                .width()).isEqualTo(2);

        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(video(1920, 1082))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2073600")
                .hasMessageContaining("1920x1082");
        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(video(1281, 720))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("even");
        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(video(1922, 2))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at 'video.width'");
        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(v -> v.bitrate(8_500_001))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("8500000");
        assertThat(client.createEncoderConfiguration(b -> b.video(v -> v.bitrate(8_500_000))).encoderConfiguration()
                .video().bitrate()).isEqualTo(8_500_000);
        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(v -> v.framerate(60.5f))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at 'video.framerate'").hasMessageContaining("less than or equal to 60");
        assertThatThrownBy(() -> client.createEncoderConfiguration(b -> b.video(v -> v.framerate(0.5f))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 1");
    }

    @Test
    void encoderConfigurationsHaveTheirPublishedQuotaOfTwenty() {
        try (IvsEmulator fresh = IvsEmulator.start(); IvsRealTimeClient c = Sdk.realTime(fresh)) {
            for (int i = 0; i < Quota.ENCODER_CONFIGURATIONS.defaultLimit(); i++) {
                c.createEncoderConfiguration(b -> b.name("e"));
            }
            assertThatThrownBy(() -> c.createEncoderConfiguration(b -> b.name("one-too-many")))
                    .isInstanceOf(ServiceQuotaExceededException.class).hasMessageContaining("20");
        }
    }

    @Test
    void encoderPagesStayValidWhileConfigurationsAreCreatedConcurrently() throws Exception {
        try (IvsEmulator fresh = IvsEmulator.builder().quota(Quota.ENCODER_CONFIGURATIONS, 500).start();
             IvsRealTimeClient c = Sdk.realTime(fresh)) {
            Set<String> before = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                before.add(c.createEncoderConfiguration(b -> b.name("before")).encoderConfiguration().arn());
            }
            CompletableFuture<Void> more = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 30; i++) {
                    c.createEncoderConfiguration(b -> b.name("during"));
                }
            });
            List<String> seen = new ArrayList<>();
            String token = null;
            do {
                String t = token;
                ListEncoderConfigurationsResponse page = c.listEncoderConfigurations(b -> b.maxResults(4).nextToken(t));
                assertThat(page.encoderConfigurations()).hasSizeLessThanOrEqualTo(4);
                page.encoderConfigurations().stream().map(EncoderConfigurationSummary::arn).forEach(seen::add);
                token = page.nextToken();
            } while (token != null);
            more.get();

            assertThat(seen).doesNotHaveDuplicates().containsAll(before);
        }
    }

    @Test
    void aResourceHoldsAtMostFiftyTags() {
        String arn = client.createEncoderConfiguration(b -> b.name("tagged")).encoderConfiguration().arn();
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        client.tagResource(b -> b.resourceArn(arn).tags(fifty));
        assertThatThrownBy(() -> client.tagResource(b -> b.resourceArn(arn).tags(Map.of("k50", "v"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 50 tags");
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSize(50);
        assertThat(client.getEncoderConfiguration(b -> b.arn(arn)).encoderConfiguration().tags()).hasSize(50);
    }

    @Test
    void aStorageConfigurationNamesItsBucket() {
        var created = client.createStorageConfiguration(b -> b.name("vods")
                .s3(S3StorageConfiguration.builder().bucketName("abc").build())).storageConfiguration();
        assertThat(created.s3().bucketName()).isEqualTo("abc");
        assertThat(client.listStorageConfigurations(b -> b.maxResults(100)).storageConfigurations())
                .anySatisfy(s -> assertThat(s.arn()).isEqualTo(created.arn()));
        assertThatThrownBy(() -> client.createStorageConfiguration(b -> b.s3(s -> s.bucketName("ab"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("s3.bucketName");
        assertThatThrownBy(() -> client.createStorageConfiguration(b -> b.s3(s -> s.bucketName("Upper_Case"))))
                .isInstanceOf(ValidationException.class);
        client.deleteStorageConfiguration(b -> b.arn(created.arn()));
        assertThatThrownBy(() -> client.getStorageConfiguration(b -> b.arn(created.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anIngestConfigurationHasAStreamKeyAndAParticipant() {
        String stage = client.createStage(b -> b.name("rtmp")).stage().arn();
        IngestConfiguration created = client.createIngestConfiguration(b -> b.name("obs").stageArn(stage)
                .ingestProtocol(IngestProtocol.RTMPS).userId("studio").attributes(Map.of("cam", "1")))
                .ingestConfiguration();

        String id = created.arn().substring(created.arn().lastIndexOf('/') + 1);
        assertThat(created.streamKey()).matches("rt_123456789012_us-east-1_" + id + "_[a-zA-Z0-9]+");
        assertThat(created.participantId()).matches("[a-zA-Z0-9]{12}");
        assertThat(created.state()).isEqualTo(IngestConfigurationState.INACTIVE);
        assertThat(created.stageArn()).isEqualTo(stage);
        assertThat(created.userId()).isEqualTo("studio");
        assertThat(created.attributes()).containsEntry("cam", "1");
        assertThat(client.getIngestConfiguration(b -> b.arn(created.arn())).ingestConfiguration()).isEqualTo(created);

        IngestConfiguration unattached = client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS))
                .ingestConfiguration();
        assertThat(unattached.stageArn()).isEmpty();
        assertThat(unattached.name()).isEmpty();
        assertThat(unattached.userId()).isEmpty();
    }

    @Test
    void ingestConfigurationInputIsChecked() {
        String stage = client.createStage(b -> b.name("checked")).stage().arn();
        assertThatThrownBy(() -> client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMP)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("insecureIngest");
        assertThat(client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMP).insecureIngest(true))
                .ingestConfiguration().ingestProtocol()).isEqualTo(IngestProtocol.RTMP);
        String fits = "v".repeat(1023);
        assertThat(client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS)
                .attributes(Map.of("k", fits))).ingestConfiguration().attributes()).containsEntry("k", fits);
        assertThatThrownBy(() -> client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS)
                .attributes(Map.of("k", fits + "v")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("1025 bytes");
        String missing = stage.substring(0, stage.lastIndexOf('/') + 1) + "missing";
        assertThatThrownBy(() -> client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS)
                .stageArn(missing))).isInstanceOf(ValidationException.class).hasMessageContaining(missing);
        String unattached = client.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS))
                .ingestConfiguration().arn();
        assertThatThrownBy(() -> client.updateIngestConfiguration(b -> b.arn(unattached).stageArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anActiveIngestConfigurationPublishesAsAParticipantAndResistsChange() {
        String stage = client.createStage(b -> b.name("live-rtmp")).stage().arn();
        IngestConfiguration ingest = client.createIngestConfiguration(b -> b.stageArn(stage).userId("encoder")
                .ingestProtocol(IngestProtocol.RTMPS)).ingestConfiguration();

        emulator.simulateIngestStart(ingest.arn());

        assertThat(client.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration().state())
                .isEqualTo(IngestConfigurationState.ACTIVE);
        String session = client.getStage(b -> b.arn(stage)).stage().activeSessionId();
        Participant participant = client.getParticipant(b -> b.stageArn(stage).sessionId(session)
                .participantId(ingest.participantId())).participant();
        assertThat(participant.protocol()).isEqualTo(ParticipantProtocol.RTMPS);
        assertThat(participant.userId()).isEqualTo("encoder");
        assertThat(participant.published()).isTrue();
        assertThat(client.listIngestConfigurations(b -> b.filterByState(IngestConfigurationState.ACTIVE))
                .ingestConfigurations()).extracting(IngestConfigurationSummary::arn).containsExactly(ingest.arn());

        assertThatThrownBy(() -> client.updateIngestConfiguration(b -> b.arn(ingest.arn()).stageArn("")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> client.deleteIngestConfiguration(b -> b.arn(ingest.arn())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("force");

        emulator.simulateIngestEnd(ingest.arn());
        assertThat(client.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration().state())
                .isEqualTo(IngestConfigurationState.INACTIVE);
        assertThat(client.getStage(b -> b.arn(stage)).stage().activeSessionId()).isNull();

        emulator.simulateIngestStart(ingest.arn());
        client.deleteIngestConfiguration(b -> b.arn(ingest.arn()).force(true));
        assertThat(client.getParticipant(b -> b.stageArn(stage).sessionId(client.listStageSessions(
                s -> s.stageArn(stage)).stageSessions().get(0).sessionId()).participantId(ingest.participantId()))
                .participant().state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThatThrownBy(() -> client.getIngestConfiguration(b -> b.arn(ingest.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void disconnectingOrDeletingTheStageDetachesAnActiveIngestConfiguration() {
        String stage = client.createStage(b -> b.name("detach")).stage().arn();
        IngestConfiguration ingest = client.createIngestConfiguration(b -> b.stageArn(stage)
                .ingestProtocol(IngestProtocol.RTMPS)).ingestConfiguration();
        emulator.simulateIngestStart(ingest.arn());

        client.disconnectParticipant(b -> b.stageArn(stage).participantId(ingest.participantId()));

        IngestConfiguration detached = client.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration();
        assertThat(detached.stageArn()).isEmpty();
        assertThat(detached.state()).isEqualTo(IngestConfigurationState.INACTIVE);
        assertThatThrownBy(() -> emulator.simulateIngestStart(ingest.arn()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no stage");

        client.updateIngestConfiguration(b -> b.arn(ingest.arn()).stageArn(stage));
        emulator.simulateIngestStart(ingest.arn());
        client.deleteStage(b -> b.arn(stage));
        assertThat(client.getIngestConfiguration(b -> b.arn(ingest.arn())).ingestConfiguration().stageArn()).isEmpty();
    }

    @Test
    void listIngestConfigurationsTakesOneFilterAtATime() {
        String stage = client.createStage(b -> b.name("filter")).stage().arn();
        String mine = client.createIngestConfiguration(b -> b.stageArn(stage).ingestProtocol(IngestProtocol.RTMPS))
                .ingestConfiguration().arn();

        assertThat(client.listIngestConfigurations(b -> b.filterByStageArn(stage)).ingestConfigurations())
                .extracting(IngestConfigurationSummary::arn).containsExactly(mine);
        assertThatThrownBy(() -> client.listIngestConfigurations(b -> b.filterByStageArn(stage)
                .filterByState(IngestConfigurationState.INACTIVE))).isInstanceOf(ValidationException.class);
    }

    @Test
    void publicKeysAreListedAndHaveTheirQuota() {
        try (IvsEmulator small = IvsEmulator.builder().quota(Quota.PUBLIC_KEYS, 2).start();
             IvsRealTimeClient c = Sdk.realTime(small)) {
            String first = c.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(SelfSigned.p384())).name("one")
                    .tags(Map.of("a", "b"))).publicKey().arn();
            c.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(SelfSigned.p384())).name("two"));
            assertThatThrownBy(() -> c.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(SelfSigned.p384()))))
                    .isInstanceOf(ServiceQuotaExceededException.class);

            List<PublicKeySummary> keys = c.listPublicKeys(b -> b.maxResults(1)).publicKeys();
            assertThat(keys).hasSize(1);
            assertThat(c.listPublicKeys(b -> b.maxResults(100)).publicKeys()).extracting(PublicKeySummary::name)
                    .containsExactlyInAnyOrder("one", "two");
            c.deletePublicKey(b -> b.arn(first));
            c.importPublicKey(b -> b.publicKeyMaterial(SelfSigned.pem(SelfSigned.p384())).name("three"));
            assertThatThrownBy(() -> c.getPublicKey(b -> b.arn(first))).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void configurationsAreKeptInTheirRegion() {
        try (IvsRealTimeClient tokyo = Sdk.realTime(emulator, "ap-northeast-1")) {
            String encoder = tokyo.createEncoderConfiguration(b -> b.name("tokyo")).encoderConfiguration().arn();
            IngestConfiguration ingest = tokyo.createIngestConfiguration(b -> b.ingestProtocol(IngestProtocol.RTMPS))
                    .ingestConfiguration();
            assertThat(encoder).startsWith("arn:aws:ivs:ap-northeast-1:123456789012:encoder-configuration/");
            assertThat(ingest.streamKey()).startsWith("rt_123456789012_ap-northeast-1_");

            assertThat(tokyo.listEncoderConfigurations(b -> b.maxResults(100)).encoderConfigurations())
                    .extracting(EncoderConfigurationSummary::arn).containsExactly(encoder);
            assertThatThrownBy(() -> client.getEncoderConfiguration(b -> b.arn(encoder)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> client.getIngestConfiguration(b -> b.arn(ingest.arn())))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
