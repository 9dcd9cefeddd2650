package io.ivsjava.realtime.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IngestConfigurationArn;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StorageConfigurationArn;
import io.ivsjava.core.internal.Unknowns;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.EncoderConfiguration;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.ImportedPublicKey;
import io.ivsjava.realtime.IngestConfiguration;
import io.ivsjava.realtime.IngestConfigurationSummary;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.Participant;
import io.ivsjava.realtime.ParticipantDetails;
import io.ivsjava.realtime.ParticipantEvent;
import io.ivsjava.realtime.ParticipantRecording;
import io.ivsjava.realtime.ParticipantReplica;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.ParticipantSummary;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.PublicKeySummary;
import io.ivsjava.realtime.RecordingState;
import io.ivsjava.realtime.Replication;
import io.ivsjava.realtime.Role;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageEndpoints;
import io.ivsjava.realtime.StageSession;
import io.ivsjava.realtime.StageSummary;
import io.ivsjava.realtime.StorageConfiguration;
import io.ivsjava.realtime.Thumbnails;
import io.ivsjava.realtime.Video;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import software.amazon.awssdk.services.ivsrealtime.model.AutoParticipantRecordingConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.CompositionThumbnailConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.GridConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.LayoutConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantThumbnailConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PipConfiguration;

/**
 * From the SDK's real-time model to the library's domain types. Tolerant by design: a member IVS leaves out reads
 * as IVS's documented default, and an enum value this library does not know reads as {@code UNKNOWN} with its raw
 * text kept in the record's {@code unknownValues}. Not part of the public API. Stateless; thread-safe.
 */
public final class Convert {
    private Convert() {
    }

    public static Stage stage(software.amazon.awssdk.services.ivsrealtime.model.Stage s) {
        Unknowns u = new Unknowns();
        Optional<ParticipantRecording> recording = recording(s.autoParticipantRecordingConfiguration(),
                "autoParticipantRecording", u);
        return new Stage(StageArn.parse(s.arn()), text(s.name()), tags(s.tags()), optional(s.activeSessionId()),
                endpoints(s.endpoints()), recording, u.values());
    }

    public static StageSummary stageSummary(software.amazon.awssdk.services.ivsrealtime.model.StageSummary s) {
        return new StageSummary(StageArn.parse(s.arn()), text(s.name()), tags(s.tags()), optional(s.activeSessionId()));
    }

    public static StageSession session(software.amazon.awssdk.services.ivsrealtime.model.StageSession s) {
        return new StageSession(text(s.sessionId()), Optional.ofNullable(s.startTime()),
                Optional.ofNullable(s.endTime()));
    }

    public static StageSession session(software.amazon.awssdk.services.ivsrealtime.model.StageSessionSummary s) {
        return new StageSession(text(s.sessionId()), Optional.ofNullable(s.startTime()),
                Optional.ofNullable(s.endTime()));
    }

    private static Optional<ParticipantRecording> recording(AutoParticipantRecordingConfiguration c, String path,
                                                            Unknowns u) {
        if (c == null || c.storageConfigurationArn() == null || c.storageConfigurationArn().isEmpty()) {
            return Optional.empty();
        }
        List<String> mediaTypes = c.hasMediaTypes() ? c.mediaTypesAsStrings() : List.of();
        ParticipantRecording.MediaType mediaType = mediaTypes.isEmpty() ? ParticipantRecording.MediaType.AUDIO_VIDEO
                : u.read(ParticipantRecording.MediaType.class, mediaTypes.get(0), ParticipantRecording.MediaType.AUDIO_VIDEO,
                path + ".mediaType");
        Optional<Thumbnails> thumbnails = participantThumbnails(c.thumbnailConfiguration(), path + ".thumbnails", u);
        Optional<Duration> segments = c.hlsConfiguration() == null || c.hlsConfiguration().targetSegmentDurationSeconds() == null
                ? Optional.empty() : Optional.of(Duration.ofSeconds(c.hlsConfiguration().targetSegmentDurationSeconds()));
        return Optional.of(new ParticipantRecording(StorageConfigurationArn.parse(c.storageConfigurationArn()),
                mediaType, thumbnails, Duration.ofSeconds(orElse(c.recordingReconnectWindowSeconds(), 0)), segments,
                c.recordParticipantReplicas() == null || c.recordParticipantReplicas()));
    }

    private static Optional<Thumbnails> participantThumbnails(ParticipantThumbnailConfiguration t, String path,
                                                              Unknowns u) {
        if (t == null) {
            return Optional.empty();
        }
        String mode = t.recordingModeAsString();
        if (mode == null || mode.equals("DISABLED")) {
            return Optional.empty();
        }
        if (!mode.equals("INTERVAL")) {
            u.unknown(path + ".recordingMode", mode);
            return Optional.empty();
        }
        return Optional.of(new Thumbnails(Duration.ofSeconds(orElse(t.targetIntervalSeconds(), 60)),
                storage(t.hasStorage() ? t.storageAsStrings() : null, path + ".storage", u)));
    }

    private static Set<Thumbnails.Storage> storage(List<String> raw, String path, Unknowns u) {
        return raw == null ? Set.of(Thumbnails.Storage.SEQUENTIAL) : u.set(Thumbnails.Storage.class, raw, path);
    }

    /**
     * A token from an API response. The API reference marks every member of a token optional, and its examples
     * show only the id, the token and the expiry, so whatever the response leaves out is taken from the request;
     * a missing expiry is the clock's now plus the requested duration.
     *
     * @param stage the stage the token was issued for
     * @param t the SDK's token
     * @param requested who was asked for
     * @param duration for how long
     * @param clock the clock of the {@code IvsRealTime} instance
     * @return the token
     */
    public static ParticipantToken token(StageArn stage, software.amazon.awssdk.services.ivsrealtime.model.ParticipantToken t,
                                         Role requested, Duration duration, Clock clock) {
        Set<Capability> capabilities = t.hasCapabilities()
                ? new Unknowns().set(Capability.class, t.capabilitiesAsStrings(), "capabilities")
                : requested.capabilities();
        Participant participant = new Participant(text(t.participantId()),
                Optional.ofNullable(t.userId()).or(requested::userId),
                t.hasAttributes() ? t.attributes() : requested.attributes(), capabilities);
        Instant expires = t.expirationTime() != null ? t.expirationTime() : clock.instant().plus(duration);
        return new ParticipantToken(stage, participant, text(t.token()), expires, false);
    }

    public static ImportedPublicKey publicKey(software.amazon.awssdk.services.ivsrealtime.model.PublicKey k) {
        return new ImportedPublicKey(PublicKeyArn.parse(k.arn()), text(k.name()), text(k.fingerprint()),
                text(k.publicKeyMaterial()), tags(k.tags()));
    }

    public static PublicKeySummary publicKeySummary(software.amazon.awssdk.services.ivsrealtime.model.PublicKeySummary k) {
        return new PublicKeySummary(PublicKeyArn.parse(k.arn()), text(k.name()), tags(k.tags()));
    }

    public static ParticipantSummary participantSummary(software.amazon.awssdk.services.ivsrealtime.model.ParticipantSummary p) {
        Unknowns u = new Unknowns();
        return new ParticipantSummary(text(p.participantId()), optional(p.userId()),
                u.read(ParticipantState.class, p.stateAsString(), ParticipantState.UNKNOWN, "state"),
                Optional.ofNullable(p.firstJoinTime()), Boolean.TRUE.equals(p.published()),
                u.read(RecordingState.class, p.recordingStateAsString(), RecordingState.DISABLED, "recordingState"),
                replication(p.replicationTypeAsString(), p.replicationStateAsString(), p.sourceStageArn(),
                        p.sourceSessionId(), u),
                u.values());
    }

    public static ParticipantDetails participant(software.amazon.awssdk.services.ivsrealtime.model.Participant p) {
        Unknowns u = new Unknowns();
        ParticipantDetails.Client client = new ParticipantDetails.Client(optional(p.ispName()), optional(p.osName()),
                optional(p.osVersion()), optional(p.browserName()), optional(p.browserVersion()),
                optional(p.sdkVersion()));
        Optional<ParticipantDetails.RecordingLocation> location = optional(p.recordingS3BucketName())
                .map(bucket -> new ParticipantDetails.RecordingLocation(bucket, text(p.recordingS3Prefix())));
        return new ParticipantDetails(text(p.participantId()), optional(p.userId()),
                u.read(ParticipantState.class, p.stateAsString(), ParticipantState.UNKNOWN, "state"),
                Optional.ofNullable(p.firstJoinTime()), Boolean.TRUE.equals(p.published()),
                p.hasAttributes() ? p.attributes() : Map.of(), client,
                u.read(ParticipantDetails.Protocol.class, p.protocolAsString(), ParticipantDetails.Protocol.UNKNOWN,
                        "protocol"),
                u.read(RecordingState.class, p.recordingStateAsString(), RecordingState.DISABLED, "recordingState"),
                location,
                replication(p.replicationTypeAsString(), p.replicationStateAsString(), p.sourceStageArn(),
                        p.sourceSessionId(), u),
                u.values());
    }

    private static Replication replication(String type, String state, String sourceStage, String sourceSession,
                                           Unknowns u) {
        return new Replication(u.read(Replication.Type.class, type, Replication.Type.NONE, "replication.type"),
                u.optional(Replication.State.class, state, "replication.state"),
                optional(sourceStage).map(StageArn::parse), optional(sourceSession));
    }

    public static ParticipantEvent event(software.amazon.awssdk.services.ivsrealtime.model.Event e) {
        Unknowns u = new Unknowns();
        return new ParticipantEvent(
                u.read(ParticipantEvent.Kind.class, e.nameAsString(), ParticipantEvent.Kind.UNKNOWN, "kind"),
                text(e.participantId()), Optional.ofNullable(e.eventTime()), optional(e.remoteParticipantId()),
                u.optional(ParticipantEvent.ErrorCode.class, e.errorCodeAsString(), "errorCode"),
                optional(e.destinationStageArn()).map(StageArn::parse), optional(e.destinationSessionId()),
                Boolean.TRUE.equals(e.replica()), u.values());
    }

    public static ParticipantReplica replica(software.amazon.awssdk.services.ivsrealtime.model.ParticipantReplica r) {
        Unknowns u = new Unknowns();
        return new ParticipantReplica(StageArn.parse(r.sourceStageArn()), text(r.participantId()),
                text(r.sourceSessionId()), StageArn.parse(r.destinationStageArn()), text(r.destinationSessionId()),
                u.read(Replication.State.class, r.replicationStateAsString(), Replication.State.UNKNOWN, "state"),
                u.values());
    }

    public static Composition composition(software.amazon.awssdk.services.ivsrealtime.model.Composition c) {
        Unknowns u = new Unknowns();
        Composition.State state = u.read(Composition.State.class, c.stateAsString(), Composition.State.UNKNOWN, "state");
        Optional<Layout> layout = layout(c.layout(), "layout", u);
        List<Composition.Destination> destinations = new ArrayList<>();
        if (c.hasDestinations()) {
            for (int i = 0; i < c.destinations().size(); i++) {
                software.amazon.awssdk.services.ivsrealtime.model.Destination d = c.destinations().get(i);
                String path = "destinations[" + i + "]";
                destinations.add(new Composition.Destination(text(d.id()),
                        u.read(Composition.Destination.State.class, d.stateAsString(),
                                Composition.Destination.State.UNKNOWN, path + ".state"),
                        Optional.ofNullable(d.startTime()), Optional.ofNullable(d.endTime()),
                        destinationConfiguration(d.configuration(), path + ".configuration", u),
                        d.detail() == null || d.detail().s3() == null ? Optional.empty()
                                : optional(d.detail().s3().recordingPrefix())));
            }
        }
        return new Composition(CompositionArn.parse(c.arn()), StageArn.parse(c.stageArn()), state, layout,
                destinations, tags(c.tags()), Optional.ofNullable(c.startTime()), Optional.ofNullable(c.endTime()),
                u.values());
    }

    public static CompositionSummary compositionSummary(software.amazon.awssdk.services.ivsrealtime.model.CompositionSummary c) {
        Unknowns u = new Unknowns();
        Composition.State state = u.read(Composition.State.class, c.stateAsString(), Composition.State.UNKNOWN, "state");
        List<Composition.Destination> destinations = new ArrayList<>();
        if (c.hasDestinations()) {
            for (int i = 0; i < c.destinations().size(); i++) {
                software.amazon.awssdk.services.ivsrealtime.model.DestinationSummary d = c.destinations().get(i);
                destinations.add(new Composition.Destination(text(d.id()),
                        u.read(Composition.Destination.State.class, d.stateAsString(),
                                Composition.Destination.State.UNKNOWN, "destinations[" + i + "].state"),
                        Optional.ofNullable(d.startTime()), Optional.ofNullable(d.endTime()), Optional.empty(),
                        Optional.empty()));
            }
        }
        return new CompositionSummary(CompositionArn.parse(c.arn()), StageArn.parse(c.stageArn()), state,
                destinations, tags(c.tags()), Optional.ofNullable(c.startTime()), Optional.ofNullable(c.endTime()),
                u.values());
    }

    private static Optional<Layout> layout(LayoutConfiguration l, String path, Unknowns u) {
        if (l == null) {
            return Optional.empty();
        }
        if (l.grid() != null) {
            GridConfiguration g = l.grid();
            String p = path + ".grid.";
            return Optional.of(new Layout.Grid(optional(g.featuredParticipantAttribute()),
                    Boolean.TRUE.equals(g.omitStoppedVideo()),
                    u.read(Layout.AspectRatio.class, g.videoAspectRatioAsString(), Layout.AspectRatio.VIDEO,
                            p + "videoAspectRatio"),
                    u.optional(Layout.FillMode.class, g.videoFillModeAsString(), p + "videoFillMode"),
                    orElse(g.gridGap(), Layout.Grid.DEFAULT_GRID_GAP), optional(g.participantOrderAttribute())));
        }
        if (l.pip() != null) {
            PipConfiguration pip = l.pip();
            String p = path + ".pip.";
            return Optional.of(new Layout.PictureInPicture(optional(pip.featuredParticipantAttribute()),
                    Boolean.TRUE.equals(pip.omitStoppedVideo()),
                    u.read(Layout.FillMode.class, pip.videoFillModeAsString(), Layout.FillMode.COVER, p + "videoFillMode"),
                    orElse(pip.gridGap(), 0), optional(pip.pipParticipantAttribute()),
                    u.read(Layout.PipBehavior.class, pip.pipBehaviorAsString(), Layout.PipBehavior.STATIC,
                            p + "pipBehavior"),
                    orElse(pip.pipOffset(), 0),
                    u.read(Layout.PipPosition.class, pip.pipPositionAsString(), Layout.PipPosition.BOTTOM_RIGHT,
                            p + "pipPosition"),
                    optionalInt(pip.pipWidth()), optionalInt(pip.pipHeight()),
                    optional(pip.participantOrderAttribute())));
        }
        return Optional.empty();
    }

    private static Optional<CompositionDestination> destinationConfiguration(DestinationConfiguration c, String path,
                                                                             Unknowns u) {
        if (c == null) {
            return Optional.empty();
        }
        Optional<String> name = optional(c.name());
        if (c.channel() != null && c.channel().channelArn() != null) {
            return Optional.of(new CompositionDestination.Channel(name, ChannelArn.parse(c.channel().channelArn()),
                    optional(c.channel().encoderConfigurationArn()).map(EncoderConfigurationArn::parse)));
        }
        if (c.s3() != null && c.s3().storageConfigurationArn() != null && c.s3().hasEncoderConfigurationArns()
                && !c.s3().encoderConfigurationArns().isEmpty()) {
            var s3 = c.s3();
            Optional<Duration> segments = s3.recordingConfiguration() == null
                    || s3.recordingConfiguration().hlsConfiguration() == null
                    || s3.recordingConfiguration().hlsConfiguration().targetSegmentDurationSeconds() == null
                    ? Optional.empty()
                    : Optional.of(Duration.ofSeconds(s3.recordingConfiguration().hlsConfiguration()
                            .targetSegmentDurationSeconds()));
            Optional<Thumbnails> thumbnails = Optional.empty();
            if (s3.hasThumbnailConfigurations() && !s3.thumbnailConfigurations().isEmpty()) {
                CompositionThumbnailConfiguration t = s3.thumbnailConfigurations().get(0);
                thumbnails = Optional.of(new Thumbnails(Duration.ofSeconds(orElse(t.targetIntervalSeconds(), 60)),
                        storage(t.hasStorage() ? t.storageAsStrings() : null, path + ".s3.thumbnails.storage", u)));
            }
            return Optional.of(new CompositionDestination.S3(name,
                    StorageConfigurationArn.parse(s3.storageConfigurationArn()),
                    EncoderConfigurationArn.parse(s3.encoderConfigurationArns().get(0)), segments, thumbnails));
        }
        return Optional.empty();
    }

    public static EncoderConfiguration encoderConfiguration(
            software.amazon.awssdk.services.ivsrealtime.model.EncoderConfiguration e) {
        software.amazon.awssdk.services.ivsrealtime.model.Video v = e.video();
        Video video = v == null ? Video.DEFAULT : new Video(orElse(v.width(), Video.DEFAULT.width()),
                orElse(v.height(), Video.DEFAULT.height()),
                v.framerate() == null ? Video.DEFAULT.framerate() : v.framerate().doubleValue(),
                orElse(v.bitrate(), Video.DEFAULT.bitrate()));
        return new EncoderConfiguration(EncoderConfigurationArn.parse(e.arn()), text(e.name()), video, tags(e.tags()));
    }

    public static EncoderConfigurationSummary encoderConfigurationSummary(
            software.amazon.awssdk.services.ivsrealtime.model.EncoderConfigurationSummary e) {
        return new EncoderConfigurationSummary(EncoderConfigurationArn.parse(e.arn()), text(e.name()), tags(e.tags()));
    }

    public static StorageConfiguration storageConfiguration(
            software.amazon.awssdk.services.ivsrealtime.model.StorageConfiguration s) {
        return new StorageConfiguration(StorageConfigurationArn.parse(s.arn()), text(s.name()),
                s.s3() == null ? "" : text(s.s3().bucketName()), tags(s.tags()));
    }

    public static StorageConfiguration storageConfiguration(
            software.amazon.awssdk.services.ivsrealtime.model.StorageConfigurationSummary s) {
        return new StorageConfiguration(StorageConfigurationArn.parse(s.arn()), text(s.name()),
                s.s3() == null ? "" : text(s.s3().bucketName()), tags(s.tags()));
    }

    public static IngestConfiguration ingestConfiguration(
            software.amazon.awssdk.services.ivsrealtime.model.IngestConfiguration i) {
        Unknowns u = new Unknowns();
        return new IngestConfiguration(IngestConfigurationArn.parse(i.arn()), text(i.name()),
                u.read(IngestConfiguration.Protocol.class, i.ingestProtocolAsString(),
                        IngestConfiguration.Protocol.UNKNOWN, "protocol"),
                text(i.streamKey()), optional(i.stageArn()).map(StageArn::parse), text(i.participantId()),
                u.read(IngestConfiguration.State.class, i.stateAsString(), IngestConfiguration.State.UNKNOWN, "state"),
                optional(i.userId()), i.hasAttributes() ? i.attributes() : Map.of(), tags(i.tags()), u.values());
    }

    public static IngestConfigurationSummary ingestConfigurationSummary(
            software.amazon.awssdk.services.ivsrealtime.model.IngestConfigurationSummary i) {
        Unknowns u = new Unknowns();
        return new IngestConfigurationSummary(IngestConfigurationArn.parse(i.arn()), text(i.name()),
                u.read(IngestConfiguration.Protocol.class, i.ingestProtocolAsString(),
                        IngestConfiguration.Protocol.UNKNOWN, "protocol"),
                optional(i.stageArn()).map(StageArn::parse), text(i.participantId()),
                u.read(IngestConfiguration.State.class, i.stateAsString(), IngestConfiguration.State.UNKNOWN, "state"),
                optional(i.userId()), u.values());
    }

    public static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    private static StageEndpoints endpoints(software.amazon.awssdk.services.ivsrealtime.model.StageEndpoints e) {
        if (e == null) {
            return StageEndpoints.NONE;
        }
        return new StageEndpoints(uri(e.events()), uri(e.whip()), uri(e.rtmp()), uri(e.rtmps()));
    }

    private static Optional<URI> uri(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(URI.create(value));
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static int orElse(Integer value, int absent) {
        return value == null ? absent : value;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
