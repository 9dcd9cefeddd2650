package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ChannelDestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.Composition;
import software.amazon.awssdk.services.ivsrealtime.model.CompositionState;
import software.amazon.awssdk.services.ivsrealtime.model.CompositionSummary;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.Destination;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationState;
import software.amazon.awssdk.services.ivsrealtime.model.GridConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PipBehavior;
import software.amazon.awssdk.services.ivsrealtime.model.PipConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PipPosition;
import software.amazon.awssdk.services.ivsrealtime.model.RecordingConfigurationFormat;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.S3DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.S3StorageConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;
import software.amazon.awssdk.services.ivsrealtime.model.VideoAspectRatio;
import software.amazon.awssdk.services.ivsrealtime.model.VideoFillMode;

/** Server-side composition: start, state transitions, destinations, layouts, references and quota. */
class CompositionsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);
    @AutoClose
    private static final IvsClient channels = Sdk.lowLatency(emulator);

    private static String stage() {
        return client.createStage(b -> b.name("composed")).stage().arn();
    }

    private static String channel() {
        return channels.createChannel(b -> b.name("out")).channel().arn();
    }

    private static String encoder() {
        return client.createEncoderConfiguration(b -> b.name("enc")).encoderConfiguration().arn();
    }

    private static String storage() {
        return client.createStorageConfiguration(b -> b.s3(S3StorageConfiguration.builder().bucketName("composites")
                .build())).storageConfiguration().arn();
    }

    private static DestinationConfiguration toChannel(String channelArn, String encoderArn) {
        return DestinationConfiguration.builder().channel(ChannelDestinationConfiguration.builder()
                .channelArn(channelArn).encoderConfigurationArn(encoderArn).build()).build();
    }

    private static DestinationConfiguration toS3(String storageArn, String encoderArn) {
        return DestinationConfiguration.builder().s3(S3DestinationConfiguration.builder()
                .storageConfigurationArn(storageArn).encoderConfigurationArns(encoderArn).build()).build();
    }

    @Test
    void aCompositionStartsActivatesAndStops() {
        String stage = stage();
        String channel = channel();
        String encoder = encoder();
        String storage = storage();

        Composition started = client.startComposition(b -> b.stageArn(stage).tags(Map.of("show", "cats"))
                .destinations(toChannel(channel, encoder), toS3(storage, encoder))).composition();

        assertThat(started.arn()).matches("arn:aws:ivs:us-east-1:123456789012:composition/[a-zA-Z0-9]{12}");
        assertThat(started.state()).isEqualTo(CompositionState.STARTING);
        assertThat(started.startTime()).isNotNull();
        assertThat(started.tags()).containsEntry("show", "cats");
        assertThat(started.destinations()).hasSize(2).allSatisfy(d -> {
            assertThat(d.id()).matches("[a-zA-Z0-9]{12}");
            assertThat(d.state()).isEqualTo(DestinationState.STARTING);
        });
        Destination s3 = started.destinations().get(1);
        assertThat(s3.configuration().s3().recordingConfiguration().format()).isEqualTo(RecordingConfigurationFormat.HLS);
        assertThat(s3.detail().s3().recordingPrefix()).endsWith("/" + s3.id() + "/composite");
        assertThat(started.destinations().get(0).configuration().name()).isEmpty();

        Composition active = client.getComposition(b -> b.arn(started.arn())).composition();
        assertThat(active.state()).isEqualTo(CompositionState.ACTIVE);
        assertThat(active.destinations()).allSatisfy(d -> {
            assertThat(d.state()).isEqualTo(DestinationState.ACTIVE);
            assertThat(d.startTime()).isNotNull();
            assertThat(d.endTime()).isNull();
        });
        assertThat(channels.getStream(b -> b.channelArn(channel)).stream().channelArn())
                .as("the composition broadcasts to its channel").isEqualTo(channel);

        client.stopComposition(b -> b.arn(started.arn()));

        Composition stopped = client.getComposition(b -> b.arn(started.arn())).composition();
        assertThat(stopped.state()).isEqualTo(CompositionState.STOPPED);
        assertThat(stopped.endTime()).isNotNull();
        assertThat(stopped.destinations()).allSatisfy(d -> {
            assertThat(d.state()).isEqualTo(DestinationState.STOPPED);
            assertThat(d.endTime()).isNotNull();
        });
        assertThat(client.listCompositions(b -> b.filterByStageArn(stage)).compositions())
                .extracting(CompositionSummary::state).containsExactly(CompositionState.STOPPED);
        assertThatThrownBy(() -> channels.getStream(b -> b.channelArn(channel)))
                .isInstanceOf(ChannelNotBroadcastingException.class);

        client.stopComposition(b -> b.arn(started.arn()));
        assertThat(client.getComposition(b -> b.arn(started.arn())).composition().endTime())
                .as("stopping a stopped composition changes nothing").isEqualTo(stopped.endTime());
        client.deleteEncoderConfiguration(b -> b.arn(encoder));
        client.deleteStorageConfiguration(b -> b.arn(storage));
    }

    @Test
    void theLayoutIsAGridWithItsDefaultsUnlessPipIsAskedFor() {
        String stage = stage();
        Composition grid = client.startComposition(b -> b.stageArn(stage)
                .destinations(toS3(storage(), encoder()))).composition();
        GridConfiguration g = grid.layout().grid();
        assertThat(g.featuredParticipantAttribute()).isEmpty();
        assertThat(g.gridGap()).isEqualTo(2);
        assertThat(g.omitStoppedVideo()).isFalse();
        assertThat(g.videoAspectRatio()).isEqualTo(VideoAspectRatio.VIDEO);
        assertThat(grid.layout().pip()).isNull();

        Composition pip = client.startComposition(b -> b.stageArn(stage).layout(l -> l.pip(
                PipConfiguration.builder().featuredParticipantAttribute("host").pipWidth(320).build()))
                .destinations(toChannel(channel(), null))).composition();
        PipConfiguration p = client.getComposition(b -> b.arn(pip.arn())).composition().layout().pip();
        assertThat(p.featuredParticipantAttribute()).isEqualTo("host");
        assertThat(p.pipWidth()).isEqualTo(320);
        assertThat(p.pipPosition()).isEqualTo(PipPosition.BOTTOM_RIGHT);
        assertThat(p.pipBehavior()).isEqualTo(PipBehavior.STATIC);
        assertThat(p.videoFillMode()).isEqualTo(VideoFillMode.COVER);
        assertThat(p.gridGap()).isZero();

        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .layout(l -> l.grid(GridConfiguration.builder().build()).pip(PipConfiguration.builder().build()))
                .destinations(toS3(storage(), encoder())))).isInstanceOf(ValidationException.class);
        client.stopComposition(b -> b.arn(grid.arn()));
        client.stopComposition(b -> b.arn(pip.arn()));
    }

    @Test
    void everyResourceACompositionNamesMustExist() {
        String stage = stage();
        String channel = channel();
        String encoder = encoder();
        String storage = storage();
        String missingStage = stage.substring(0, stage.lastIndexOf('/') + 1) + "missing";
        String missingChannel = channel.substring(0, channel.lastIndexOf('/') + 1) + "missing";
        String missingEncoder = encoder.substring(0, encoder.lastIndexOf('/') + 1) + "missing";
        String missingStorage = storage.substring(0, storage.lastIndexOf('/') + 1) + "missing";

        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(missingStage)
                .destinations(toChannel(channel, encoder)))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missingStage);
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(toChannel(missingChannel, encoder)))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missingChannel);
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(toChannel(channel, missingEncoder)))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missingEncoder);
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(toS3(missingStorage, encoder)))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(missingStorage);
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(toChannel(channel, encoder), toChannel(channel(), encoder))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most one channel");
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(DestinationConfiguration.builder().name("empty").build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one of channel or s3");
        String otherRegionChannel = channel.replace(":us-east-1:", ":us-west-2:");
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage)
                .destinations(toChannel(otherRegionChannel, encoder))))
                .as("a channel must be in the stage's account and region").isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.listCompositions(b -> b.filterByStageArn(stage)).compositions()).isEmpty();
    }

    @Test
    void aBroadcastingChannelCannotBeADestination() {
        String stage = stage();
        String channel = channel();
        emulator.simulateStreamStart(channel);

        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage).destinations(toChannel(channel, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("broadcasting");
        emulator.simulateStreamEnd(channel);
        Composition ok = client.startComposition(b -> b.stageArn(stage).destinations(toChannel(channel, null)))
                .composition();
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage).destinations(toChannel(channel, null))))
                .as("a channel fed by a running composition is live").isInstanceOf(ConflictException.class);
        client.stopComposition(b -> b.arn(ok.arn()));
    }

    @Test
    void theIdempotencyTokenReturnsTheSameComposition() {
        String stage = stage();
        String encoder = encoder();
        String storage = storage();
        Composition first = client.startComposition(b -> b.stageArn(stage).idempotencyToken("retry-1")
                .destinations(toS3(storage, encoder))).composition();
        Composition again = client.startComposition(b -> b.stageArn(stage).idempotencyToken("retry-1")
                .destinations(toS3(storage, encoder))).composition();

        assertThat(again.arn()).isEqualTo(first.arn());
        assertThat(client.listCompositions(b -> b.filterByStageArn(stage)).compositions()).hasSize(1);
        assertThatThrownBy(() -> client.startComposition(b -> b.stageArn(stage()).idempotencyToken("retry-1")
                .destinations(toS3(storage, encoder)))).isInstanceOf(ConflictException.class);
        client.stopComposition(b -> b.arn(first.arn()));
    }

    @Test
    void configurationsARunningCompositionUsesCannotBeDeleted() {
        String stage = stage();
        String encoder = encoder();
        String storage = storage();
        Composition running = client.startComposition(b -> b.stageArn(stage)
                .destinations(toS3(storage, encoder))).composition();

        assertThatThrownBy(() -> client.deleteEncoderConfiguration(b -> b.arn(encoder)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(running.arn());
        assertThatThrownBy(() -> client.deleteStorageConfiguration(b -> b.arn(storage)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(running.arn());

        client.stopComposition(b -> b.arn(running.arn()));
        client.deleteEncoderConfiguration(b -> b.arn(encoder));
        client.deleteStorageConfiguration(b -> b.arn(storage));
    }

    @Test
    void listCompositionsFiltersByStageAndByEncoder() {
        String stageA = stage();
        String stageB = stage();
        String encoderA = encoder();
        String encoderB = encoder();
        String storage = storage();
        Composition a = client.startComposition(b -> b.stageArn(stageA).destinations(toS3(storage, encoderA)))
                .composition();
        Composition b2 = client.startComposition(b -> b.stageArn(stageB)
                .destinations(toChannel(channel(), encoderB))).composition();

        assertThat(client.listCompositions(b -> b.filterByStageArn(stageB)).compositions())
                .extracting(CompositionSummary::arn).containsExactly(b2.arn());
        assertThat(client.listCompositions(b -> b.filterByEncoderConfigurationArn(encoderA)).compositions())
                .extracting(CompositionSummary::arn).containsExactly(a.arn());
        assertThat(client.listCompositions(b -> b.filterByEncoderConfigurationArn(encoderB)).compositions())
                .extracting(CompositionSummary::arn).containsExactly(b2.arn());
        assertThat(client.listCompositions(b -> b.filterByStageArn(stageA).filterByEncoderConfigurationArn(encoderB))
                .compositions()).isEmpty();
        CompositionSummary summary = client.listCompositions(b -> b.filterByStageArn(stageA)).compositions().get(0);
        assertThat(summary.destinations()).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DestinationState.ACTIVE);
            assertThat(d.startTime()).isNotNull();
        });
        client.stopComposition(b -> b.arn(a.arn()));
        client.stopComposition(b -> b.arn(b2.arn()));
    }

    @Test
    void deletingTheStageStopsItsCompositions() {
        String stage = stage();
        String channel = channel();
        Composition running = client.startComposition(b -> b.stageArn(stage).destinations(toChannel(channel, null)))
                .composition();

        client.deleteStage(b -> b.arn(stage));

        assertThat(client.getComposition(b -> b.arn(running.arn())).composition().state())
                .isEqualTo(CompositionState.STOPPED);
        assertThatThrownBy(() -> channels.getStream(b -> b.channelArn(channel)))
                .isInstanceOf(ChannelNotBroadcastingException.class);
    }

    @Test
    void theQuotaCountsCompositionsNotYetStopped() {
        try (IvsEmulator small = IvsEmulator.builder().quota(Quota.COMPOSITIONS, 2).start();
             IvsRealTimeClient c = Sdk.realTime(small)) {
            String stage = c.createStage(b -> b.name("q")).stage().arn();
            String encoder = c.createEncoderConfiguration(b -> b.name("e")).encoderConfiguration().arn();
            String storage = c.createStorageConfiguration(b -> b.s3(s -> s.bucketName("q-bucket")))
                    .storageConfiguration().arn();
            List<String> started = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(c.startComposition(b -> b.stageArn(stage).destinations(toS3(storage, encoder)))
                        .composition().arn());
            }
            assertThatThrownBy(() -> c.startComposition(b -> b.stageArn(stage).destinations(toS3(storage, encoder))))
                    .isInstanceOf(ServiceQuotaExceededException.class).hasMessageContaining("2 running compositions");

            c.stopComposition(b -> b.arn(started.get(0)));
            assertThat(c.startComposition(b -> b.stageArn(stage).destinations(toS3(storage, encoder)))
                    .composition().state()).isEqualTo(CompositionState.STARTING);
            assertThat(c.listCompositions(b -> b.maxResults(1)).nextToken()).isNotNull();
        }
    }
}
