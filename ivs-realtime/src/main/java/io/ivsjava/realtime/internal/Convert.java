package io.ivsjava.realtime.internal;

import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.ImportedPublicKey;
import io.ivsjava.realtime.Participant;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.Role;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageEndpoints;
import io.ivsjava.realtime.StageSummary;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.PublicKey;

/** Between the SDK's real-time model and the library's domain types. Not part of the public API. */
public final class Convert {
    private Convert() {
    }

    public static Stage stage(software.amazon.awssdk.services.ivsrealtime.model.Stage s) {
        return new Stage(StageArn.parse(s.arn()), nullToEmpty(s.name()), tags(s.tags()),
                Optional.ofNullable(s.activeSessionId()).filter(id -> !id.isEmpty()), endpoints(s.endpoints()));
    }

    public static StageSummary summary(software.amazon.awssdk.services.ivsrealtime.model.StageSummary s) {
        return new StageSummary(StageArn.parse(s.arn()), nullToEmpty(s.name()), tags(s.tags()),
                Optional.ofNullable(s.activeSessionId()).filter(id -> !id.isEmpty()));
    }

    /**
     * A token from an API response. The API reference marks every member of a token optional, and its examples
     * show only the id, the token and the expiry, so whatever the response leaves out is taken from the request.
     *
     * @param stage the stage the token was issued for
     * @param t the SDK's token
     * @param requested who was asked for, and for how long
     * @return the token
     */
    public static ParticipantToken token(StageArn stage, software.amazon.awssdk.services.ivsrealtime.model.ParticipantToken t,
                                         Role requested, Duration duration) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (t.hasCapabilities()) {
            for (ParticipantTokenCapability c : t.capabilities()) {
                if (c == ParticipantTokenCapability.PUBLISH) {
                    capabilities.add(Capability.PUBLISH);
                } else if (c == ParticipantTokenCapability.SUBSCRIBE) {
                    capabilities.add(Capability.SUBSCRIBE);
                }
            }
        } else {
            capabilities.addAll(requested.capabilities());
        }
        Participant participant = new Participant(t.participantId(),
                Optional.ofNullable(t.userId()).or(requested::userId),
                t.hasAttributes() ? t.attributes() : requested.attributes(), capabilities);
        Instant expires = t.expirationTime() != null ? t.expirationTime() : Instant.now().plus(duration);
        return new ParticipantToken(stage, participant, t.token(), expires, false);
    }

    public static ParticipantTokenConfiguration configuration(Role role, Duration duration) {
        return ParticipantTokenConfiguration.builder()
                .userId(role.userId().orElse(null))
                .attributes(role.attributes().isEmpty() ? null : role.attributes())
                .capabilities(capabilities(role))
                .duration((int) duration.toMinutes())
                .build();
    }

    public static List<ParticipantTokenCapability> capabilities(Role role) {
        return role.capabilities().stream()
                .map(c -> c == Capability.PUBLISH ? ParticipantTokenCapability.PUBLISH : ParticipantTokenCapability.SUBSCRIBE)
                .collect(Collectors.toList());
    }

    public static ImportedPublicKey publicKey(PublicKey k) {
        return new ImportedPublicKey(PublicKeyArn.parse(k.arn()), nullToEmpty(k.name()), nullToEmpty(k.fingerprint()),
                nullToEmpty(k.publicKeyMaterial()), tags(k.tags()));
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

    private static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
