package io.ivsjava.realtime.internal;

import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.ParticipantRecording;
import io.ivsjava.realtime.Role;
import io.ivsjava.realtime.Thumbnails;
import io.ivsjava.realtime.Video;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ivsrealtime.model.AutoParticipantRecordingConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ChannelDestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.CompositionThumbnailConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.GridConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.LayoutConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantThumbnailConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PipConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.S3DestinationConfiguration;

/**
 * From the library's domain types to the SDK's request model; inputs are already checked. Absent optional values
 * are left out of the request, so IVS applies its defaults. Not part of the public API.
 */
final class Requests {
    private Requests() {
    }

    static ParticipantTokenConfiguration tokenConfiguration(Role role, Duration duration) {
        return ParticipantTokenConfiguration.builder()
                .userId(role.userId().orElse(null))
                .attributes(nullIfEmpty(role.attributes()))
                .capabilitiesWithStrings(capabilities(role))
                .duration((int) duration.toMinutes())
                .build();
    }

    static List<String> capabilities(Role role) {
        return role.capabilities().stream().map(Capability::name).collect(Collectors.toList());
    }

    static AutoParticipantRecordingConfiguration recording(ParticipantRecording r) {
        AutoParticipantRecordingConfiguration.Builder b = AutoParticipantRecordingConfiguration.builder()
                .storageConfigurationArn(r.storageConfiguration().value())
                .mediaTypesWithStrings(r.mediaType().name())
                .recordingReconnectWindowSeconds((int) r.reconnectWindow().toSeconds())
                .recordParticipantReplicas(r.recordReplicas());
        r.hlsSegmentDuration().ifPresent(d -> b.hlsConfiguration(h -> h.targetSegmentDurationSeconds((int) d.toSeconds())));
        b.thumbnailConfiguration(r.thumbnails()
                .map(t -> ParticipantThumbnailConfiguration.builder().recordingMode("INTERVAL")
                        .targetIntervalSeconds((int) t.interval().toSeconds()).storageWithStrings(storage(t)).build())
                .orElseGet(() -> ParticipantThumbnailConfiguration.builder().recordingMode("DISABLED").build()));
        return b.build();
    }

    /** What UpdateStage takes to stop recording: IVS resets every other setting with it. */
    static AutoParticipantRecordingConfiguration noRecording() {
        return AutoParticipantRecordingConfiguration.builder().storageConfigurationArn("").build();
    }

    private static List<String> storage(Thumbnails t) {
        return t.storage().stream().map(Enum::name).collect(Collectors.toList());
    }

    static LayoutConfiguration layout(Layout layout) {
        if (layout instanceof Layout.Grid) {
            Layout.Grid g = (Layout.Grid) layout;
            return LayoutConfiguration.builder().grid(GridConfiguration.builder()
                    .featuredParticipantAttribute(g.featuredParticipantAttribute().orElse(null))
                    .omitStoppedVideo(g.omitStoppedVideo())
                    .videoAspectRatio(g.videoAspectRatio().name())
                    .videoFillMode(g.videoFillMode().map(Enum::name).orElse(null))
                    .gridGap(g.gridGap())
                    .participantOrderAttribute(g.participantOrderAttribute().orElse(null))
                    .build()).build();
        }
        Layout.PictureInPicture p = (Layout.PictureInPicture) layout;
        return LayoutConfiguration.builder().pip(PipConfiguration.builder()
                .featuredParticipantAttribute(p.featuredParticipantAttribute().orElse(null))
                .omitStoppedVideo(p.omitStoppedVideo())
                .videoFillMode(p.videoFillMode().name())
                .gridGap(p.gridGap())
                .pipParticipantAttribute(p.pipParticipantAttribute().orElse(null))
                .pipBehavior(p.pipBehavior().name())
                .pipOffset(p.pipOffset())
                .pipPosition(p.pipPosition().name())
                .pipWidth(p.pipWidth().isPresent() ? p.pipWidth().getAsInt() : null)
                .pipHeight(p.pipHeight().isPresent() ? p.pipHeight().getAsInt() : null)
                .participantOrderAttribute(p.participantOrderAttribute().orElse(null))
                .build()).build();
    }

    static DestinationConfiguration destination(CompositionDestination d) {
        DestinationConfiguration.Builder b = DestinationConfiguration.builder().name(d.name().orElse(null));
        if (d instanceof CompositionDestination.Channel) {
            CompositionDestination.Channel c = (CompositionDestination.Channel) d;
            return b.channel(ChannelDestinationConfiguration.builder()
                    .channelArn(c.channel().value())
                    .encoderConfigurationArn(c.encoderConfiguration().map(EncoderConfigurationArn::value).orElse(null))
                    .build()).build();
        }
        CompositionDestination.S3 s3 = (CompositionDestination.S3) d;
        S3DestinationConfiguration.Builder s = S3DestinationConfiguration.builder()
                .storageConfigurationArn(s3.storageConfiguration().value())
                .encoderConfigurationArns(s3.encoderConfiguration().value());
        s3.hlsSegmentDuration().ifPresent(seg -> s.recordingConfiguration(r -> r.format("HLS")
                .hlsConfiguration(h -> h.targetSegmentDurationSeconds((int) seg.toSeconds()))));
        s3.thumbnails().ifPresent(t -> s.thumbnailConfigurations(CompositionThumbnailConfiguration.builder()
                .targetIntervalSeconds((int) t.interval().toSeconds()).storageWithStrings(storage(t)).build()));
        return b.s3(s.build()).build();
    }

    static software.amazon.awssdk.services.ivsrealtime.model.Video video(Video v) {
        return software.amazon.awssdk.services.ivsrealtime.model.Video.builder()
                .width(v.width()).height(v.height()).framerate((float) v.framerate()).bitrate(v.bitrate()).build();
    }

    static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map.isEmpty() ? null : map;
    }
}
