package io.ivsjava.lowlatency.internal;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.PlaybackKeyPairArn;
import io.ivsjava.core.PlaybackRestrictionPolicyArn;
import io.ivsjava.core.RecordingConfigurationArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.internal.Unknowns;
import io.ivsjava.lowlatency.AudioInput;
import io.ivsjava.lowlatency.BatchError;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.ContainerFormat;
import io.ivsjava.lowlatency.IngestEndpoint;
import io.ivsjava.lowlatency.LatencyMode;
import io.ivsjava.lowlatency.LiveStream;
import io.ivsjava.lowlatency.MultitrackInput;
import io.ivsjava.lowlatency.PlaybackKeyPair;
import io.ivsjava.lowlatency.PlaybackRestrictionPolicy;
import io.ivsjava.lowlatency.PlaybackUrl;
import io.ivsjava.lowlatency.RecordingConfiguration;
import io.ivsjava.lowlatency.RecordingConfigurationSummary;
import io.ivsjava.lowlatency.RecordingState;
import io.ivsjava.lowlatency.RenditionSettings;
import io.ivsjava.lowlatency.Resolution;
import io.ivsjava.lowlatency.SrtEndpoint;
import io.ivsjava.lowlatency.StreamEvent;
import io.ivsjava.lowlatency.StreamHealth;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.lowlatency.StreamSession;
import io.ivsjava.lowlatency.StreamSessionSummary;
import io.ivsjava.lowlatency.StreamState;
import io.ivsjava.lowlatency.StreamSummary;
import io.ivsjava.lowlatency.ThumbnailSettings;
import io.ivsjava.lowlatency.TranscodePreset;
import io.ivsjava.lowlatency.VideoInput;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ivs.model.AudioConfiguration;
import software.amazon.awssdk.services.ivs.model.IngestConfigurations;
import software.amazon.awssdk.services.ivs.model.MultitrackInputConfiguration;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.Srt;
import software.amazon.awssdk.services.ivs.model.Stream;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;
import software.amazon.awssdk.services.ivs.model.VideoConfiguration;

/**
 * Between the SDK's low-latency model and the library's domain types. Values IVS sends that this version does not
 * know read as {@code UNKNOWN}, and their names are kept by field in the result's {@code unknownValues}. Not part
 * of the public API. Stateless; thread-safe.
 */
public final class Convert {
    private Convert() {
    }

    // ---- channels

    public static Channel channel(software.amazon.awssdk.services.ivs.model.Channel c) {
        Unknowns unknown = new Unknowns();
        boolean insecure = Boolean.TRUE.equals(c.insecureIngest());
        Srt srt = c.srt();
        Optional<SrtEndpoint> srtEndpoint = Optional.ofNullable(srt).map(Srt::endpoint).filter(s -> !s.isEmpty())
                .map(host -> new SrtEndpoint(host, Optional.ofNullable(srt.passphrase()).filter(p -> !p.isEmpty())));
        return new Channel(ChannelArn.parse(c.arn()), text(c.name()),
                unknown.read(ChannelType.class, c.typeAsString(), ChannelType.STANDARD, "type"),
                unknown.read(LatencyMode.class, c.latencyModeAsString(), LatencyMode.LOW, "latencyMode"),
                Boolean.TRUE.equals(c.authorized()), insecure,
                unknown.optional(TranscodePreset.class, c.presetAsString(), "preset"),
                unknown.read(ContainerFormat.class, c.containerFormatAsString(), ContainerFormat.TS, "containerFormat"),
                multitrack(c.multitrackInputConfiguration(), unknown),
                reference(c.recordingConfigurationArn(), RecordingConfigurationArn::parse),
                reference(c.playbackRestrictionPolicyArn(), PlaybackRestrictionPolicyArn::parse),
                new IngestEndpoint(text(c.ingestEndpoint()), insecure, srtEndpoint),
                new PlaybackUrl(URI.create(c.playbackUrl())), tags(c.tags()), unknown.values());
    }

    public static ChannelSummary summary(software.amazon.awssdk.services.ivs.model.ChannelSummary c) {
        Unknowns unknown = new Unknowns();
        return new ChannelSummary(ChannelArn.parse(c.arn()), text(c.name()),
                unknown.read(ChannelType.class, c.typeAsString(), ChannelType.STANDARD, "type"),
                unknown.read(LatencyMode.class, c.latencyModeAsString(), LatencyMode.LOW, "latencyMode"),
                Boolean.TRUE.equals(c.authorized()), Boolean.TRUE.equals(c.insecureIngest()),
                unknown.optional(TranscodePreset.class, c.presetAsString(), "preset"),
                reference(c.recordingConfigurationArn(), RecordingConfigurationArn::parse),
                reference(c.playbackRestrictionPolicyArn(), PlaybackRestrictionPolicyArn::parse),
                tags(c.tags()), unknown.values());
    }

    private static Optional<MultitrackInput> multitrack(MultitrackInputConfiguration m, Unknowns unknown) {
        if (m == null || !Boolean.TRUE.equals(m.enabled())) {
            return Optional.empty();
        }
        return Optional.of(new MultitrackInput(
                unknown.read(MultitrackInput.Policy.class, m.policyAsString(),
                        MultitrackInput.Policy.ALLOW, "multitrackInput.policy"),
                unknown.read(Resolution.class, m.maximumResolutionAsString(),
                        Resolution.FULL_HD, "multitrackInput.maximumResolution")));
    }

    // ---- stream keys

    public static StreamKey streamKey(software.amazon.awssdk.services.ivs.model.StreamKey k) {
        return new StreamKey(StreamKeyArn.parse(k.arn()), ChannelArn.parse(k.channelArn()), text(k.value()),
                tags(k.tags()));
    }

    public static StreamKeySummary streamKeySummary(software.amazon.awssdk.services.ivs.model.StreamKeySummary k) {
        return new StreamKeySummary(StreamKeyArn.parse(k.arn()), ChannelArn.parse(k.channelArn()), tags(k.tags()));
    }

    public static List<BatchError> batchErrors(List<software.amazon.awssdk.services.ivs.model.BatchError> errors) {
        return errors.stream().map(e -> new BatchError(text(e.arn()), text(e.code()), text(e.message())))
                .collect(Collectors.toList());
    }

    // ---- streams

    public static LiveStream stream(Stream s) {
        Unknowns unknown = new Unknowns();
        return new LiveStream(ChannelArn.parse(s.channelArn()), text(s.streamId()),
                unknown.read(StreamState.class, s.stateAsString(), StreamState.LIVE, "state"),
                unknown.read(StreamHealth.class, s.healthAsString(), StreamHealth.UNKNOWN, "health"),
                s.viewerCount() == null ? 0 : s.viewerCount(), s.startTime(),
                new PlaybackUrl(URI.create(s.playbackUrl())), unknown.values());
    }

    public static StreamSummary streamSummary(software.amazon.awssdk.services.ivs.model.StreamSummary s) {
        Unknowns unknown = new Unknowns();
        return new StreamSummary(ChannelArn.parse(s.channelArn()), text(s.streamId()),
                unknown.read(StreamState.class, s.stateAsString(), StreamState.LIVE, "state"),
                unknown.read(StreamHealth.class, s.healthAsString(), StreamHealth.UNKNOWN, "health"),
                s.viewerCount() == null ? 0 : s.viewerCount(), s.startTime(), unknown.values());
    }

    public static StreamSessionSummary sessionSummary(
            software.amazon.awssdk.services.ivs.model.StreamSessionSummary s) {
        return new StreamSessionSummary(text(s.streamId()), s.startTime(), Optional.ofNullable(s.endTime()),
                Boolean.TRUE.equals(s.hasErrorEvent()));
    }

    public static StreamSession session(software.amazon.awssdk.services.ivs.model.StreamSession s) {
        List<VideoInput> video = new ArrayList<>();
        List<AudioInput> audio = new ArrayList<>();
        IngestConfigurations many = s.ingestConfigurations();
        if (many != null && (many.hasVideoConfigurations() || many.hasAudioConfigurations())) {
            many.videoConfigurations().forEach(v -> video.add(video(v)));
            many.audioConfigurations().forEach(a -> audio.add(audio(a)));
        } else if (s.ingestConfiguration() != null) {
            Optional.ofNullable(s.ingestConfiguration().video()).ifPresent(v -> video.add(video(v)));
            Optional.ofNullable(s.ingestConfiguration().audio()).ifPresent(a -> audio.add(audio(a)));
        }
        List<StreamEvent> events = s.truncatedEvents().stream().map(e -> new StreamEvent(text(e.name()),
                text(e.type()), Optional.ofNullable(e.eventTime()), Optional.ofNullable(e.code()).filter(c -> !c.isEmpty())))
                .collect(Collectors.toList());
        return new StreamSession(text(s.streamId()), s.startTime(), Optional.ofNullable(s.endTime()),
                Optional.ofNullable(s.channel()).map(Convert::channel), video, audio,
                Optional.ofNullable(s.recordingConfiguration()).map(Convert::recordingConfiguration), events);
    }

    private static VideoInput video(VideoConfiguration v) {
        return new VideoInput(Optional.ofNullable(v.track()).filter(t -> !t.isEmpty()), text(v.codec()),
                text(v.encoder()), v.profile() != null ? v.profile() : text(v.avcProfile()),
                v.level() != null ? v.level() : text(v.avcLevel()), number(v.videoWidth()), number(v.videoHeight()),
                number(v.targetBitrate()), number(v.targetFramerate()));
    }

    private static AudioInput audio(AudioConfiguration a) {
        return new AudioInput(Optional.ofNullable(a.track()).filter(t -> !t.isEmpty()), text(a.codec()),
                number(a.channels()), number(a.sampleRate()), number(a.targetBitrate()));
    }

    // ---- private playback

    public static PlaybackKeyPair keyPair(software.amazon.awssdk.services.ivs.model.PlaybackKeyPair k) {
        return new PlaybackKeyPair(PlaybackKeyPairArn.parse(k.arn()), text(k.name()),
                Optional.ofNullable(k.fingerprint()).filter(f -> !f.isEmpty()), tags(k.tags()));
    }

    public static PlaybackKeyPair keyPair(software.amazon.awssdk.services.ivs.model.PlaybackKeyPairSummary k) {
        return new PlaybackKeyPair(PlaybackKeyPairArn.parse(k.arn()), text(k.name()), Optional.empty(),
                tags(k.tags()));
    }

    // ---- recording configurations

    public static RecordingConfiguration recordingConfiguration(
            software.amazon.awssdk.services.ivs.model.RecordingConfiguration r) {
        Unknowns unknown = new Unknowns();
        return new RecordingConfiguration(RecordingConfigurationArn.parse(r.arn()), text(r.name()),
                bucket(r.destinationConfiguration()),
                unknown.read(RecordingState.class, r.stateAsString(), RecordingState.UNKNOWN, "state"),
                Optional.ofNullable(r.thumbnailConfiguration()).map(t -> thumbnails(t, unknown)),
                Optional.ofNullable(r.renditionConfiguration()).map(c -> renditions(c, unknown)),
                Duration.ofSeconds(r.recordingReconnectWindowSeconds() == null ? 0
                        : r.recordingReconnectWindowSeconds()), tags(r.tags()), unknown.values());
    }

    public static RecordingConfigurationSummary recordingSummary(
            software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary r) {
        Unknowns unknown = new Unknowns();
        return new RecordingConfigurationSummary(RecordingConfigurationArn.parse(r.arn()), text(r.name()),
                bucket(r.destinationConfiguration()),
                unknown.read(RecordingState.class, r.stateAsString(), RecordingState.UNKNOWN, "state"),
                tags(r.tags()), unknown.values());
    }

    private static String bucket(software.amazon.awssdk.services.ivs.model.DestinationConfiguration d) {
        return d == null || d.s3() == null ? "" : text(d.s3().bucketName());
    }

    private static ThumbnailSettings thumbnails(ThumbnailConfiguration t, Unknowns unknown) {
        List<ThumbnailSettings.Storage> storage = unknown.list(ThumbnailSettings.Storage.class, t.storageAsStrings(),
                "thumbnails.storage");
        return new ThumbnailSettings(
                unknown.read(ThumbnailSettings.Mode.class, t.recordingModeAsString(),
                        ThumbnailSettings.Mode.INTERVAL, "thumbnails.mode"),
                Optional.ofNullable(t.targetIntervalSeconds()).map(Duration::ofSeconds),
                unknown.optional(Resolution.class, t.resolutionAsString(), "thumbnails.resolution"), storage);
    }

    private static RenditionSettings renditions(RenditionConfiguration r, Unknowns unknown) {
        List<Resolution> renditions = unknown.list(Resolution.class, r.renditionsAsStrings(), "renditions.renditions");
        return new RenditionSettings(unknown.read(RenditionSettings.Selection.class, r.renditionSelectionAsString(),
                RenditionSettings.Selection.ALL, "renditions.selection"), renditions);
    }

    // ---- playback restriction policies

    public static PlaybackRestrictionPolicy policy(
            software.amazon.awssdk.services.ivs.model.PlaybackRestrictionPolicy p) {
        return new PlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn.parse(p.arn()), text(p.name()),
                p.allowedCountries(), p.allowedOrigins(), Boolean.TRUE.equals(p.enableStrictOriginEnforcement()),
                tags(p.tags()));
    }

    public static PlaybackRestrictionPolicy policy(
            software.amazon.awssdk.services.ivs.model.PlaybackRestrictionPolicySummary p) {
        return new PlaybackRestrictionPolicy(PlaybackRestrictionPolicyArn.parse(p.arn()), text(p.name()),
                p.allowedCountries(), p.allowedOrigins(), Boolean.TRUE.equals(p.enableStrictOriginEnforcement()),
                tags(p.tags()));
    }

    // ---- helpers

    private static <A> Optional<A> reference(String arn, Function<String, A> parse) {
        return arn == null || arn.isEmpty() ? Optional.empty() : Optional.of(parse.apply(arn));
    }

    public static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static long number(Long n) {
        return n == null ? 0 : n;
    }
}
