package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;
import software.amazon.awssdk.services.ivs.model.RecordingMode;
import software.amazon.awssdk.services.ivs.model.RenditionConfigurationRendition;
import software.amazon.awssdk.services.ivs.model.RenditionConfigurationRenditionSelection;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfigurationResolution;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfigurationStorage;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Recording configurations: defaults, limits, the quota, and no deleting one that a channel records with. */
class RecordingConfigurationsTest {
    @AutoClose
    private static final IvsEmulator emulator =
            IvsEmulator.builder().quota(Quota.RECORDING_CONFIGURATIONS, 1_000).start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);

    @Test
    void aNewConfigurationIsActiveWithTheDocumentedDefaults() {
        RecordingConfiguration created = create("bucket-1");

        assertThat(created.arn()).matches("arn:aws:ivs:us-east-1:123456789012:recording-configuration/[a-zA-Z0-9]{12}");
        assertThat(created.name()).isEmpty();
        assertThat(created.state()).hasToString("ACTIVE");
        assertThat(created.destinationConfiguration().s3().bucketName()).isEqualTo("bucket-1");
        assertThat(created.recordingReconnectWindowSeconds()).isZero();
        assertThat(created.thumbnailConfiguration().recordingMode()).isEqualTo(RecordingMode.INTERVAL);
        assertThat(created.thumbnailConfiguration().targetIntervalSeconds()).isEqualTo(60L);
        assertThat(created.thumbnailConfiguration().storage()).containsExactly(ThumbnailConfigurationStorage.SEQUENTIAL);
        assertThat(created.thumbnailConfiguration().resolution()).isNull();
        assertThat(created.renditionConfiguration().renditionSelection())
                .isEqualTo(RenditionConfigurationRenditionSelection.ALL);
        assertThat(created.tags()).isEmpty();
        assertThat(client.getRecordingConfiguration(b -> b.arn(created.arn())).recordingConfiguration())
                .isEqualTo(created);
    }

    @Test
    void givenSettingsAreKeptAndCustomRenditionsMustBeNamed() {
        RecordingConfiguration custom = client.createRecordingConfiguration(b -> b.name("custom")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("b.u-c")))
                .recordingReconnectWindowSeconds(300)
                .thumbnailConfiguration(t -> t.targetIntervalSeconds(1L).resolution(ThumbnailConfigurationResolution.HD)
                        .storage(ThumbnailConfigurationStorage.LATEST))
                .renditionConfiguration(r -> r.renditionSelection(RenditionConfigurationRenditionSelection.CUSTOM)
                        .renditions(RenditionConfigurationRendition.HD, RenditionConfigurationRendition.SD))
                .tags(Map.of("k", "v"))).recordingConfiguration();

        assertThat(custom.recordingReconnectWindowSeconds()).isEqualTo(300);
        assertThat(custom.thumbnailConfiguration().recordingMode()).as("default kept").isEqualTo(RecordingMode.INTERVAL);
        assertThat(custom.thumbnailConfiguration().targetIntervalSeconds()).isEqualTo(1L);
        assertThat(custom.thumbnailConfiguration().storage()).containsExactly(ThumbnailConfigurationStorage.LATEST);
        assertThat(custom.renditionConfiguration().renditions())
                .containsExactly(RenditionConfigurationRendition.HD, RenditionConfigurationRendition.SD);
        assertThat(custom.tags()).containsExactly(Map.entry("k", "v"));

        assertThatThrownBy(() -> client.createRecordingConfiguration(b -> b
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("bucket")))
                .renditionConfiguration(r -> r.renditionSelection(RenditionConfigurationRenditionSelection.CUSTOM))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("renditions");
    }

    @Test
    void theModelsLimitsApplyAtTheirBoundaries() {
        assertThat(create("abc").destinationConfiguration().s3().bucketName()).isEqualTo("abc");
        assertThatThrownBy(() -> create("ab")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("greater than or equal to 3");
        assertThatThrownBy(() -> create("Upper")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("regular expression pattern");
        assertThatThrownBy(() -> client.createRecordingConfiguration(b -> b
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("bucket"))).recordingReconnectWindowSeconds(301)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 300");
        assertThatThrownBy(() -> client.createRecordingConfiguration(b -> b
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("bucket")))
                .thumbnailConfiguration(t -> t.targetIntervalSeconds(61L))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 60");
        assertThatThrownBy(() -> client.createRecordingConfiguration(b -> b.destinationConfiguration(d -> { })))
                .isInstanceOf(ValidationException.class).hasMessageContaining("s3");
    }

    @Test
    void aConfigurationThatAChannelUsesCannotBeDeleted() {
        String arn = create("in-use").arn();
        String channel = client.createChannel(b -> b.recordingConfigurationArn(arn)).channel().arn();

        assertThatThrownBy(() -> client.deleteRecordingConfiguration(b -> b.arn(arn)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409))
                .hasMessageContaining(channel);

        client.updateChannel(b -> b.arn(channel).recordingConfigurationArn(""));
        client.deleteRecordingConfiguration(b -> b.arn(arn));
        assertThatThrownBy(() -> client.getRecordingConfiguration(b -> b.arn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void twentyPerRegionByDefault() {
        try (IvsEmulator defaults = IvsEmulator.start(); IvsClient c = Sdk.lowLatencyWithoutRetries(defaults)) {
            for (int i = 0; i < 20; i++) {
                c.createRecordingConfiguration(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName("bkt"))));
            }
            assertThatThrownBy(() -> c.createRecordingConfiguration(b -> b.destinationConfiguration(
                    d -> d.s3(s -> s.bucketName("bkt"))))).isInstanceOf(ServiceQuotaExceededException.class);
        }
    }

    @Test
    void pagesStayWholeWhileConfigurationsAreAdded() throws Exception {
        try (IvsEmulator own = IvsEmulator.builder().quota(Quota.RECORDING_CONFIGURATIONS, 1_000).start();
             IvsClient c = Sdk.lowLatency(own)) {
            List<String> before = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                before.add(c.createRecordingConfiguration(b -> b.destinationConfiguration(
                        d -> d.s3(s -> s.bucketName("bkt")))).recordingConfiguration().arn());
            }
            CompletableFuture<Void> adding = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 25; i++) {
                    c.createRecordingConfiguration(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName("bkt"))));
                }
            });
            List<String> listed = new ArrayList<>();
            c.listRecordingConfigurationsPaginator(b -> b.maxResults(2)).stream()
                    .flatMap(page -> page.recordingConfigurations().stream())
                    .map(RecordingConfigurationSummary::arn).forEach(listed::add);
            adding.get(1, TimeUnit.MINUTES);

            assertThat(listed).doesNotHaveDuplicates().containsAll(before);
        }
    }

    @Test
    void aConfigurationIsSeenOnlyInItsRegionAndIsTaggable() {
        String arn = create("tagged").arn();
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("cost-center", "42")));
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsEntry("cost-center", "42");
        try (IvsClient elsewhere = Sdk.lowLatency(emulator, "us-west-2")) {
            assertThatThrownBy(() -> elsewhere.getRecordingConfiguration(b -> b.arn(arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(elsewhere.listRecordingConfigurations(b -> b.maxResults(100)).recordingConfigurations())
                    .isEmpty();
        }
    }

    private static RecordingConfiguration create(String bucket) {
        return client.createRecordingConfiguration(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName(bucket))))
                .recordingConfiguration();
    }
}
