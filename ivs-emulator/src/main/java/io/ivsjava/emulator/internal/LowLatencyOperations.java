package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ApiHandler.OperationHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The IVS low-latency operations the emulator serves: channels, their stream keys, streams and timed metadata.
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

    LowLatencyOperations(EmulatorState state, ServiceModel model) {
        super(state, model);
    }

    @Override
    void register(Map<String, OperationHandler> registry) {
        add(registry, "CreateChannel", this::createChannel);
        add(registry, "GetChannel", in -> wrap("channel", channel(in.path("arn").asText())));
        add(registry, "ListChannels", this::listChannels);
        add(registry, "UpdateChannel", this::updateChannel);
        add(registry, "DeleteChannel", this::deleteChannel);
        add(registry, "GetStreamKey", in -> wrap("streamKey", state.require(in.path("arn").asText(), "stream key")));
        add(registry, "ListStreamKeys", this::listStreamKeys);
        add(registry, "GetStream", this::getStream);
        add(registry, "PutMetadata", this::putMetadata);
    }

    /**
     * Makes a channel live, as when an encoder connects with its stream key. Called through
     * {@code IvsEmulator#simulateStreamStart}.
     *
     * @param channelArn the channel
     * @return the stream
     */
    ObjectNode startStream(String channelArn) {
        ObjectNode channel = channel(channelArn);
        return state.liveStream(channelArn).orElseGet(() -> {
            ObjectNode stream = Json.object();
            stream.put("channelArn", channelArn);
            stream.put("streamId", "st-" + state.randomId(23));
            stream.put("playbackUrl", channel.path("playbackUrl").asText());
            stream.put("startTime", iso(state.now()));
            stream.put("state", "LIVE");
            stream.put("health", "HEALTHY");
            stream.put("viewerCount", 0L);
            state.startStream(channelArn, stream);
            return stream;
        });
    }

    /**
     * Ends a channel's stream, as when its encoder disconnects.
     *
     * @param channelArn the channel
     */
    void endStream(String channelArn) {
        channel(channelArn);
        state.endStream(channelArn);
    }

    private ObjectNode createChannel(ObjectNode in) {
        checkChannelSettings(in, Optional.empty());
        String id = state.randomId(12);
        String arn = state.arn("channel", id);
        String prefix = state.hostPrefix();
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
        channel.put("playbackUrl", "https://" + prefix + "." + state.region() + ".playback.live-video.net/api/video/v1/"
                + state.region() + "." + state.accountId() + ".channel." + id + ".m3u8");
        ObjectNode srt = channel.putObject("srt");
        srt.put("endpoint", prefix + ".srt.live-video.net");
        srt.put("passphrase", state.randomId(64));
        ObjectNode multitrack = channel.putObject("multitrackInputConfiguration");
        multitrack.put("enabled", false);
        multitrack.put("policy", "ALLOW");
        multitrack.put("maximumResolution", "FULL_HD");
        if (in.has("multitrackInputConfiguration")) {
            multitrack.setAll((ObjectNode) in.get("multitrackInputConfiguration").deepCopy());
        }
        applyPreset(channel, text(in, "preset"));
        channel.set("tags", tags(in));
        state.put(arn, channel);

        String keyArn = state.arn("stream-key", state.randomId(12));
        ObjectNode key = Json.object();
        key.put("arn", keyArn);
        key.put("value", "sk_" + state.region() + "_" + state.randomId(36));
        key.put("channelArn", arn);
        key.set("tags", Json.object());
        state.put(keyArn, key);

        ObjectNode out = wrap("channel", channel);
        out.set("streamKey", key.deepCopy());
        return out;
    }

    private ObjectNode listChannels(ObjectNode in) {
        List<String> given = FILTERS.stream().filter(f -> !text(in, f).orElse("").isEmpty()).toList();
        if (given.size() > 1) {
            throw ApiException.conflict("Only one filter may be used at a time; given " + given + ".");
        }
        Predicate<ObjectNode> filter = doc -> true;
        if (!given.isEmpty()) {
            String member = given.get(0);
            String field = member.equals("filterByName") ? "name"
                    : Character.toLowerCase(member.charAt("filterBy".length())) + member.substring("filterBy".length() + 1);
            String wanted = text(in, member).orElseThrow();
            filter = doc -> doc.path(field).asText().equals(wanted);
        }
        return state.page("channel", filter, maxResults(in, 100), text(in, "nextToken"))
                .toResponse("channels", doc -> project(doc, "ChannelSummary"));
    }

    private ObjectNode updateChannel(ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode channel = channel(arn);
        if (state.liveStream(arn).isPresent()) {
            throw ApiException.conflict("The channel " + arn + " is live; stop its stream before updating it.");
        }
        checkChannelSettings(in, Optional.of(channel));
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
        return wrap("channel", channel);
    }

    private ObjectNode deleteChannel(ObjectNode in) {
        String arn = in.path("arn").asText();
        channel(arn);
        if (state.liveStream(arn).isPresent()) {
            throw ApiException.conflict("The channel " + arn + " is live; stop its stream before deleting it.");
        }
        for (ObjectNode key : state.all("stream-key")) {
            if (key.path("channelArn").asText().equals(arn)) {
                state.remove(key.path("arn").asText());
            }
        }
        state.remove(arn);
        return Json.object();
    }

    private ObjectNode listStreamKeys(ObjectNode in) {
        String channelArn = in.path("channelArn").asText();
        channel(channelArn);
        return state.page("stream-key", key -> key.path("channelArn").asText().equals(channelArn),
                        maxResults(in, 1), text(in, "nextToken"))
                .toResponse("streamKeys", doc -> project(doc, "StreamKeySummary"));
    }

    private ObjectNode getStream(ObjectNode in) {
        String arn = in.path("channelArn").asText();
        channel(arn);
        return wrap("stream", state.liveStream(arn).orElseThrow(() -> notBroadcasting(arn)));
    }

    private ObjectNode putMetadata(ObjectNode in) {
        String arn = in.path("channelArn").asText();
        channel(arn);
        int size = in.path("metadata").asText().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_METADATA_BYTES) {
            throw ApiException.validation("The metadata is " + size + " bytes; the maximum is 1 KB (1024 bytes).");
        }
        if (state.liveStream(arn).isEmpty()) {
            throw notBroadcasting(arn);
        }
        if (!state.allowMetadata(arn, METADATA_PER_SECOND)) {
            throw ApiException.throttling("The channel " + arn + " received more than " + METADATA_PER_SECOND
                    + " metadata requests in one second.");
        }
        return Json.object();
    }

    private ObjectNode channel(String arn) {
        return state.require(arn, "channel");
    }

    private void checkChannelSettings(ObjectNode in, Optional<ObjectNode> current) {
        for (String reference : REFERENCES) {
            String arn = text(in, reference).orElse("");
            if (!arn.isEmpty() && state.find(arn).isEmpty()) {
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
