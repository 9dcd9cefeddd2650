package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IVS low-latency operations with behaviour of their own: channels and their stream keys, streams and timed
 * metadata. The plain Get/List/Delete/BatchGet/tag operations come from {@link GenericOperations}.
 */
final class LowLatencyOperations extends Operations {
    /** PutMetadata payload limit and per-channel rate, from the IVS quotas. */
    static final int MAX_METADATA_BYTES = 1024;
    static final int METADATA_PER_SECOND = 5;

    private static final List<String> REFERENCES = List.of(
            "recordingConfigurationArn", "playbackRestrictionPolicyArn", "adConfigurationArn");
    private static final List<String> FILTERS = List.of("filterByName", "filterByRecordingConfigurationArn",
            "filterByPlaybackRestrictionPolicyArn", "filterByAdConfigurationArn");
    private static final List<String> UPDATABLE = List.of("name", "latencyMode", "type", "authorized",
            "recordingConfigurationArn", "insecureIngest", "preset", "playbackRestrictionPolicyArn",
            "multitrackInputConfiguration", "containerFormat", "adConfigurationArn");

    /** The live side of one partition's channels. Guarded by the partition's lock. */
    static final class Streams {
        final Map<String, ObjectNode> live = new HashMap<>();
        final Map<String, List<Instant>> metadataTimes = new HashMap<>();
    }

    private final GenericOperations generic;

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
        read(handlers, "ListStreamKeys", this::listStreamKeys);
        read(handlers, "GetStream", this::getStream);
        write(handlers, "PutMetadata", this::putMetadata);
    }

    static Streams streams(Partition p) {
        return p.extension(Streams.class, Streams::new);
    }

    /**
     * Makes a channel live, as when an encoder connects with its stream key. Call under the partition's write lock.
     *
     * @param p the channel's partition
     * @param channelArn the channel
     * @return the stream
     */
    static ObjectNode startStream(Partition p, String channelArn) {
        ObjectNode channel = p.require(channelArn, "channel");
        Streams streams = streams(p);
        return streams.live.computeIfAbsent(channelArn, arn -> {
            ObjectNode stream = Json.object();
            stream.put("channelArn", channelArn);
            stream.put("streamId", "st-" + p.randomId(23));
            stream.put("playbackUrl", channel.path("playbackUrl").asText());
            stream.put("startTime", iso(p.now()));
            stream.put("state", "LIVE");
            stream.put("health", "HEALTHY");
            stream.put("viewerCount", 0L);
            return stream;
        });
    }

    /**
     * Ends a channel's stream, as when its encoder disconnects. Call under the partition's write lock.
     *
     * @param p the channel's partition
     * @param channelArn the channel
     */
    static void endStream(Partition p, String channelArn) {
        p.require(channelArn, "channel");
        Streams streams = streams(p);
        streams.live.remove(channelArn);
        streams.metadataTimes.remove(channelArn);
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
        for (String reference : REFERENCES) {
            channel.put(reference, text(in, reference).orElse(""));
        }
        channel.put("ingestEndpoint", prefix + ".global-contribute.live-video.net");
        channel.put("playbackUrl", "https://" + prefix + "." + p.region() + ".playback.live-video.net/api/video/v1/"
                + p.region() + "." + p.accountId() + ".channel." + id + ".m3u8");
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

        String keyArn = p.arn("stream-key", p.randomId(12));
        ObjectNode key = Json.object();
        key.put("arn", keyArn);
        key.put("value", "sk_" + p.region() + "_" + p.randomId(36));
        key.put("channelArn", arn);
        key.set("tags", Json.object());
        p.put(keyArn, key);

        ObjectNode out = wrap("channel", channel);
        out.set("streamKey", key);
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
        if (streams(p).live.containsKey(arn)) {
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
        if (streams(p).live.containsKey(arn)) {
            throw ApiException.conflict("The channel " + arn + " is live; stop its stream before deleting it.");
        }
        List<String> keys = new ArrayList<>();
        for (ObjectNode key : p.all("stream-key")) {
            if (key.path("channelArn").asText().equals(arn)) {
                keys.add(key.path("arn").asText());
            }
        }
        keys.forEach(p::remove);
        p.remove(arn);
        return Json.object();
    }

    private ObjectNode listStreamKeys(Partition p, ObjectNode in) {
        p.require(in.path("channelArn").asText(), "channel");
        return generic.list(p, type("stream-key"), in,
                key -> key.path("channelArn").asText().equals(in.path("channelArn").asText()));
    }

    private ObjectNode getStream(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        ObjectNode stream = streams(p).live.get(arn);
        if (stream == null) {
            throw notBroadcasting(arn);
        }
        return wrap("stream", stream.deepCopy());
    }

    private ObjectNode putMetadata(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        int size = in.path("metadata").asText().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_METADATA_BYTES) {
            throw ApiException.validation("The metadata is " + size + " bytes; the maximum is 1 KB (1024 bytes).");
        }
        Streams streams = streams(p);
        if (!streams.live.containsKey(arn)) {
            throw notBroadcasting(arn);
        }
        Instant now = p.emulator().instant();
        List<Instant> times = streams.metadataTimes.computeIfAbsent(arn, k -> new ArrayList<>());
        times.removeIf(t -> !t.isAfter(now.minusSeconds(1)));
        if (times.size() >= METADATA_PER_SECOND) {
            throw ApiException.throttling("The channel " + arn + " received more than " + METADATA_PER_SECOND
                    + " metadata requests in one second.");
        }
        times.add(now);
        return Json.object();
    }

    private static void checkChannelSettings(Partition p, ObjectNode in, Optional<ObjectNode> current) {
        for (String reference : REFERENCES) {
            String arn = text(in, reference).orElse("");
            if (!arn.isEmpty() && !p.exists(arn)) {
                throw ApiException.notFound("The resource " + arn + " given as " + reference + " was not found.");
            }
        }
        boolean multitrack = in.path("multitrackInputConfiguration").path("enabled").asBoolean(
                current.map(c -> c.path("multitrackInputConfiguration").path("enabled").asBoolean(false)).orElse(false));
        String container = text(in, "containerFormat")
                .or(() -> current.flatMap(c -> text(c, "containerFormat"))).orElse("TS");
        if (multitrack && !container.equals("FRAGMENTED_MP4")) {
            throw ApiException.validation("A channel with multitrack input enabled needs containerFormat "
                    + "FRAGMENTED_MP4.");
        }
        String type = text(in, "type").or(() -> current.flatMap(c -> text(c, "type"))).orElse("STANDARD");
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

    private static ApiException notBroadcasting(String arn) {
        return ApiException.channelNotBroadcasting("The channel " + arn + " is not broadcasting.");
    }
}
