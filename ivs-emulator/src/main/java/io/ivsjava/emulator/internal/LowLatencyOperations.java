package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Quota;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IVS low-latency operations with behaviour of their own: channels and their stream keys, and the rules that
 * tie configurations to the channels using them. Streams and sessions are in {@link StreamSessions}, playback key
 * pairs in {@link PublicKeys}, viewer session revocation in {@link ViewerSessions}; the plain
 * Get/List/Delete/BatchGet/Create/Update/tag operations come from {@link GenericOperations}.
 */
final class LowLatencyOperations extends Operations {
    /** The channel members that name another resource, with the ARN type each must be, in a stable order. */
    private static final Map<String, String> REFERENCES = references();
    private static final List<String> FILTERS = List.of("filterByName", "filterByRecordingConfigurationArn",
            "filterByPlaybackRestrictionPolicyArn", "filterByAdConfigurationArn");
    private static final List<String> UPDATABLE = List.of("name", "latencyMode", "type", "authorized",
            "recordingConfigurationArn", "insecureIngest", "preset", "playbackRestrictionPolicyArn",
            "multitrackInputConfiguration", "containerFormat", "adConfigurationArn");
    /** ISO 3166-1 alpha-2 codes, which playback restriction policies take. */
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final GenericOperations generic;

    private static Map<String, String> references() {
        Map<String, String> references = new LinkedHashMap<>();
        references.put("recordingConfigurationArn", "recording-configuration");
        references.put("playbackRestrictionPolicyArn", "playback-restriction-policy");
        references.put("adConfigurationArn", "ad-configuration");
        return Collections.unmodifiableMap(references);
    }

    LowLatencyOperations(EmulatorState state, ServiceModel model, GenericOperations generic) {
        super(state, model);
        this.generic = generic;
    }

    @Override
    void register(Handlers handlers) {
        write(handlers, "CreateChannel", this::createChannel);
        read(handlers, "ListChannels", this::listChannels);
        write(handlers, "UpdateChannel", this::updateChannel);
        write(handlers, "DeleteChannel", this::deleteChannel);
        write(handlers, "CreateStreamKey", this::createStreamKey);
        read(handlers, "ListStreamKeys", this::listStreamKeys);
        write(handlers, "CreateRecordingConfiguration", this::createRecordingConfiguration);
        write(handlers, "CreatePlaybackRestrictionPolicy", (p, in) -> {
            checkCountries(in);
            return generic.create(p, type("playback-restriction-policy"), in);
        });
        write(handlers, "UpdatePlaybackRestrictionPolicy", (p, in) -> {
            checkCountries(in);
            return generic.update(p, type("playback-restriction-policy"), in);
        });
        write(handlers, "CreateAdConfiguration", (p, in) -> {
            checkPlaybackConfigurations(in);
            return generic.create(p, type("ad-configuration"), in);
        });
        write(handlers, "UpdateAdConfiguration", (p, in) -> {
            checkPlaybackConfigurations(in);
            return generic.update(p, type("ad-configuration"), in);
        });
        for (Map.Entry<String, String> reference : REFERENCES.entrySet()) {
            ResourceTable.ResourceType type = type(reference.getValue());
            write(handlers, type.deleteOperation(), (p, in) -> deleteUnused(p, type, reference.getKey(), in));
        }
        new StreamSessions(state, model, generic).register(handlers);
        write(handlers, "ImportPlaybackKeyPair", (p, in) -> PublicKeys.importKey(p, in, type("playback-key"), false));
        new ViewerSessions(state, model).register(handlers);
    }

    /**
     * The ARNs of a channel's stream keys.
     *
     * @param p the partition
     * @param channelArn the channel
     * @return its stream keys
     */
    static List<String> streamKeysOf(Partition p, String channelArn) {
        List<String> keys = new ArrayList<>();
        for (ObjectNode key : p.all("stream-key")) {
            if (key.path("channelArn").asText().equals(channelArn)) {
                keys.add(key.path("arn").asText());
            }
        }
        return keys;
    }

    private ObjectNode createChannel(Partition p, ObjectNode in) {
        checkChannelSettings(p, in, Optional.empty());
        String id = p.randomId(12);
        String arn = p.arn("channel", id);
        String prefix = p.hostPrefix();
        ObjectNode channel = Json.object();
        channel.put("arn", arn);
        channel.put("name", text(in, "name").orElse(""));
        channel.put("latencyMode", text(in, "latencyMode").orElse("LOW"));
        channel.put("type", text(in, "type").orElse("STANDARD"));
        channel.put("authorized", in.path("authorized").asBoolean(false));
        channel.put("insecureIngest", in.path("insecureIngest").asBoolean(false));
        channel.put("containerFormat", text(in, "containerFormat").orElse("TS"));
        for (String reference : REFERENCES.keySet()) {
            channel.put(reference, text(in, reference).orElse(""));
        }
        // With the media plane on, encoders reach the emulator's RTMP port (the endpoint is then HOST:PORT), and
        // viewers its HTTP port.
        channel.put("ingestEndpoint", p.emulator().ingestAuthority().orElse(prefix + ".global-contribute.live-video.net"));
        channel.put("playbackUrl", state.playback().map(playback -> playback.playbackUrl(p, id)).orElseGet(() ->
                "https://" + prefix + "." + p.region() + ".playback.live-video.net/api/video/v1/"
                + p.region() + "." + p.accountId() + ".channel." + id + ".m3u8"));
        ObjectNode srt = channel.putObject("srt");
        srt.put("endpoint", prefix + ".srt.live-video.net");
        srt.put("passphrase", p.randomId(64));
        ObjectNode multitrack = channel.putObject("multitrackInputConfiguration");
        multitrack.put("enabled", false);
        multitrack.put("policy", "ALLOW");
        multitrack.put("maximumResolution", "FULL_HD");
        if (in.has("multitrackInputConfiguration")) {
            multitrack.setAll((ObjectNode) in.get("multitrackInputConfiguration").deepCopy());
        }
        applyPreset(channel, text(in, "preset"));
        channel.set("tags", tags(in));
        insert(p, type("channel"), arn, channel);

        ObjectNode out = wrap("channel", channel);
        out.set("streamKey", newStreamKey(p, arn, Json.object()));
        return out;
    }

    private ObjectNode listChannels(Partition p, ObjectNode in) {
        List<String> given = FILTERS.stream().filter(f -> nonEmpty(in, f).isPresent()).toList();
        if (given.size() > 1) {
            throw ApiException.conflict("Only one filter may be used at a time; given " + given + ".");
        }
        return generic.list(p, type("channel"), in, doc -> true);
    }

    private ObjectNode updateChannel(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode channel = p.require(arn, "channel");
        if (StreamSessions.isLive(p, arn)) {
            throw ApiException.conflict("The channel " + arn + " is live; stop its stream before updating it.");
        }
        checkChannelSettings(p, in, Optional.of(channel));
        for (String member : UPDATABLE) {
            JsonNode value = in.get(member);
            if (value == null || value.isNull() || member.equals("preset")) {
                continue;
            }
            if (member.equals("multitrackInputConfiguration")) {
                ((ObjectNode) channel.get(member)).setAll((ObjectNode) value.deepCopy());
            } else {
                channel.set(member, value.deepCopy());
            }
        }
        applyPreset(channel, text(in, "preset").or(() -> text(channel, "preset")));
        p.put(arn, channel);
        return wrap("channel", channel);
    }

    private ObjectNode deleteChannel(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        p.require(arn, "channel");
        if (StreamSessions.isLive(p, arn)) {
            throw ApiException.conflict("The channel " + arn + " is live; stop its stream before deleting it.");
        }
        streamKeysOf(p, arn).forEach(p::remove);
        p.remove(arn);
        StreamSessions.forget(p, arn);
        ViewerSessions.forget(p, arn);
        return Json.object();
    }

    /** CreateStreamKey: for an existing channel, within the per-channel quota (1 by default, as in IVS). */
    private ObjectNode createStreamKey(Partition p, ObjectNode in) {
        String channelArn = in.path("channelArn").asText();
        p.require(channelArn, "channel");
        int limit = p.emulator().limit(Quota.STREAM_KEYS_PER_CHANNEL);
        int count = streamKeysOf(p, channelArn).size();
        if (count >= limit) {
            throw ApiException.quota("The channel " + channelArn + " already has " + count + " stream key"
                    + (count == 1 ? "" : "s") + ", its quota of " + limit + " per channel; delete one with "
                    + "DeleteStreamKey first.");
        }
        return wrap("streamKey", newStreamKey(p, channelArn, tags(in)));
    }

    private static ObjectNode newStreamKey(Partition p, String channelArn, ObjectNode tags) {
        String keyArn = p.arn("stream-key", p.randomId(12));
        ObjectNode key = Json.object();
        key.put("arn", keyArn);
        key.put("value", "sk_" + p.region() + "_" + p.randomId(36));
        key.put("channelArn", channelArn);
        key.set("tags", tags);
        p.put(keyArn, key);
        return key;
    }

    private ObjectNode listStreamKeys(Partition p, ObjectNode in) {
        String channelArn = in.path("channelArn").asText();
        p.require(channelArn, "channel");
        return generic.list(p, type("stream-key"), in, key -> key.path("channelArn").asText().equals(channelArn));
    }

    /**
     * CreateRecordingConfiguration: the generic create, once the destination names an S3 bucket (the one kind of
     * destination the model has) and a CUSTOM rendition selection names its renditions.
     */
    private ObjectNode createRecordingConfiguration(Partition p, ObjectNode in) {
        if (!in.path("destinationConfiguration").has("s3")) {
            throw ApiException.validation("destinationConfiguration must name one destination: s3.");
        }
        JsonNode renditions = in.path("renditionConfiguration");
        if (renditions.path("renditionSelection").asText().equals("CUSTOM") && renditions.path("renditions").isEmpty()) {
            throw ApiException.validation("renditionConfiguration.renditions must name at least one rendition when "
                    + "renditionSelection is CUSTOM.");
        }
        return generic.create(p, type("recording-configuration"), in);
    }

    /** Deletes a configuration that no channel uses; one in use is a {@code ConflictException}, as in IVS. */
    private static ObjectNode deleteUnused(Partition p, ResourceTable.ResourceType type, String channelMember,
                                           ObjectNode in) {
        String arn = in.path("arn").asText();
        p.require(arn, type.noun());
        List<String> users = new ArrayList<>();
        for (ObjectNode channel : p.all("channel")) {
            if (channel.path(channelMember).asText().equals(arn)) {
                users.add(channel.path("arn").asText());
            }
        }
        if (!users.isEmpty()) {
            throw ApiException.conflict("The " + type.noun() + " " + arn + " is used by " + users.size()
                    + " channel" + (users.size() == 1 ? "" : "s") + " (" + String.join(", ", users.subList(0,
                    Math.min(3, users.size()))) + (users.size() > 3 ? ", ..." : "") + "); set their "
                    + channelMember + " to \"\" (UpdateChannel) before deleting it.");
        }
        GenericOperations.delete(p, type, arn);
        return Json.object();
    }

    /** Each MediaTailor playback configuration of an ad configuration must name one. */
    private static void checkPlaybackConfigurations(ObjectNode in) {
        JsonNode configurations = in.path("mediaTailorPlaybackConfigurations");
        for (int i = 0; i < configurations.size(); i++) {
            if (configurations.get(i).path("playbackConfigurationArn").asText("").isEmpty()) {
                throw ApiException.validation("mediaTailorPlaybackConfigurations[" + i + "].playbackConfigurationArn "
                        + "is missing: each entry names a MediaTailor playback configuration.");
            }
        }
    }

    private static void checkCountries(ObjectNode in) {
        JsonNode countries = in.path("allowedCountries");
        for (int i = 0; i < countries.size(); i++) {
            String code = countries.get(i).asText();
            if (!COUNTRIES.contains(code)) {
                throw ApiException.validation("allowedCountries[" + i + "]: '" + code + "' is not an ISO 3166-1 "
                        + "alpha-2 country code (such as US or DE).");
            }
        }
    }

    private static void checkChannelSettings(Partition p, ObjectNode in, Optional<ObjectNode> current) {
        for (String reference : REFERENCES.keySet()) {
            String arn = text(in, reference).orElse("");
            if (!arn.isEmpty() && !p.exists(arn)) {
                throw ApiException.notFound("The resource " + arn + " given as " + reference + " was not found.");
            }
        }
        String type = text(in, "type").or(() -> current.flatMap(c -> text(c, "type"))).orElse("STANDARD");
        JsonNode requested = in.path("multitrackInputConfiguration");
        if (requested.path("enabled").asBoolean(false)
                && (!requested.hasNonNull("policy") || !requested.hasNonNull("maximumResolution"))) {
            throw ApiException.validation("multitrackInputConfiguration: enabling multitrack input needs its policy "
                    + "and maximumResolution.");
        }
        boolean multitrack = requested.path("enabled").asBoolean(
                current.map(c -> c.path("multitrackInputConfiguration").path("enabled").asBoolean(false)).orElse(false));
        if (multitrack && !type.equals("STANDARD")) {
            throw ApiException.validation("Multitrack input can be enabled only on STANDARD channels; this channel's "
                    + "type is " + type + ".");
        }
        String container = text(in, "containerFormat")
                .or(() -> current.flatMap(c -> text(c, "containerFormat"))).orElse("TS");
        if (multitrack && !container.equals("FRAGMENTED_MP4")) {
            throw ApiException.validation("A channel with multitrack input enabled needs containerFormat "
                    + "FRAGMENTED_MP4.");
        }
        if (text(in, "preset").isPresent() && !type.startsWith("ADVANCED_")) {
            throw ApiException.validation("A preset can be chosen only for ADVANCED_SD and ADVANCED_HD channels; "
                    + "this channel's type is " + type + ".");
        }
    }

    /** Advanced channels always have a preset (HIGHER_BANDWIDTH_DELIVERY unless chosen); others have none. */
    private static void applyPreset(ObjectNode channel, Optional<String> preset) {
        if (channel.path("type").asText().startsWith("ADVANCED_")) {
            channel.put("preset", preset.orElse("HIGHER_BANDWIDTH_DELIVERY"));
        } else {
            channel.remove("preset");
        }
    }
}
