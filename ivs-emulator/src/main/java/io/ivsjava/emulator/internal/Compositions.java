package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Quota;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Server-side composition and the resources it uses: compositions, encoder configurations and storage
 * configurations.
 *
 * <p>A composition is stored {@code ACTIVE} but {@code StartComposition} answers {@code STARTING}, as IVS does while
 * it spins the composition up; a later Get or List shows {@code ACTIVE}. {@code StopComposition} makes it
 * {@code STOPPED} with end times, and it stays listable. A channel destination makes its channel live (its stream
 * shows in {@code GetStream}) until the composition stops. An encoder or storage configuration that a running
 * composition uses cannot be deleted, nor a storage configuration that a stage records to.
 */
final class Compositions extends Operations {
    /** The most pixels (width times height) an encoder configuration may have: 1920x1080. */
    static final int MAX_PIXELS = 2_073_600;

    private static final ObjectNode GRID_DEFAULTS = Json.constant(
            "{\"featuredParticipantAttribute\":\"\",\"omitStoppedVideo\":false,"
            + "\"videoAspectRatio\":\"VIDEO\",\"gridGap\":2,\"participantOrderAttribute\":\"\"}");
    private static final ObjectNode PIP_DEFAULTS = Json.constant(
            "{\"featuredParticipantAttribute\":\"\",\"omitStoppedVideo\":false,"
            + "\"videoFillMode\":\"COVER\",\"gridGap\":0,\"pipParticipantAttribute\":\"\",\"pipBehavior\":\"STATIC\","
            + "\"pipOffset\":0,\"pipPosition\":\"BOTTOM_RIGHT\",\"participantOrderAttribute\":\"\"}");

    /** Idempotency tokens of one partition's compositions. Guarded by the partition's lock. */
    static final class Tokens {
        final Map<String, String> compositions = new HashMap<>();
    }

    private final GenericOperations generic;

    Compositions(EmulatorState state, ServiceModel model, GenericOperations generic) {
        super(state, model);
        this.generic = generic;
    }

    @Override
    void register(Handlers handlers) {
        write(handlers, "StartComposition", this::startComposition);
        write(handlers, "StopComposition", this::stopComposition);
        read(handlers, "ListCompositions", this::list);
        write(handlers, "CreateEncoderConfiguration", this::createEncoderConfiguration);
        write(handlers, "DeleteEncoderConfiguration", this::deleteEncoderConfiguration);
        write(handlers, "DeleteStorageConfiguration", this::deleteStorageConfiguration);
    }

    /**
     * Stops the running compositions of a stage that is being deleted. Call under the write lock.
     *
     * @param p the partition
     * @param stageArn the stage
     */
    static void stageDeleted(Partition p, String stageArn) {
        for (ObjectNode composition : p.all("composition")) {
            if (composition.path("stageArn").asText().equals(stageArn) && running(composition)) {
                stopRunning(p, composition);
            }
        }
    }

    private ObjectNode startComposition(Partition p, ObjectNode in) {
        String stageArn = in.path("stageArn").asText();
        p.require(stageArn, "stage");
        Tokens tokens = p.extension(Tokens.class, Tokens::new);
        String idempotencyToken = text(in, "idempotencyToken").orElse("");
        if (!idempotencyToken.isEmpty() && tokens.compositions.containsKey(idempotencyToken)) {
            ObjectNode earlier = p.find(tokens.compositions.get(idempotencyToken)).orElse(null);
            if (earlier != null) {
                if (!earlier.path("stageArn").asText().equals(stageArn)) {
                    throw ApiException.conflict("The idempotencyToken " + idempotencyToken + " was used for a "
                            + "composition of another stage, " + earlier.path("stageArn").asText() + ".");
                }
                return wrap("composition", earlier);
            }
        }

        JsonNode layout = in.path("layout");
        if (layout.hasNonNull("grid") && layout.hasNonNull("pip")) {
            throw ApiException.validation("layout: give either grid or pip, not both.");
        }
        ArrayNode destinations = Json.array();
        int channels = 0;
        int buckets = 0;
        for (JsonNode given : in.path("destinations")) {
            boolean channel = given.hasNonNull("channel");
            boolean s3 = given.hasNonNull("s3");
            if (channel == s3) {
                throw ApiException.validation("destinations: each destination needs exactly one of channel or s3.");
            }
            channels += channel ? 1 : 0;
            buckets += s3 ? 1 : 0;
            destinations.add(destination(p, given));
        }
        if (channels > 1 || buckets > 1) {
            throw ApiException.validation("destinations: a composition has at most one channel destination and one s3 "
                    + "destination; given " + channels + " channel and " + buckets + " s3.");
        }
        int limit = p.emulator().limit(Quota.COMPOSITIONS);
        long running = p.all("composition").stream().filter(Compositions::running).count();
        if (running >= limit) {
            throw ApiException.quota("The account has reached its quota of " + limit + " running compositions in "
                    + p.region() + ".");
        }

        String id = p.randomId(12);
        String arn = p.arn("composition", id);
        String now = iso(p.now());
        ObjectNode composition = Json.object();
        composition.put("arn", arn);
        composition.put("stageArn", stageArn);
        composition.put("state", "ACTIVE");
        composition.set("layout", layout(layout));
        for (JsonNode destination : destinations) {
            ObjectNode d = (ObjectNode) destination;
            d.put("startTime", now);
            if (d.path("configuration").hasNonNull("s3")) {
                d.putObject("detail").putObject("s3").put("recordingPrefix",
                        IvsArns.id(stageArn) + "/" + id + "/" + d.path("id").asText() + "/composite");
            }
        }
        composition.set("destinations", destinations);
        composition.set("tags", tags(in));
        composition.put("startTime", now);
        p.put(arn, composition);
        if (!idempotencyToken.isEmpty()) {
            tokens.compositions.put(idempotencyToken, arn);
        }
        for (JsonNode destination : destinations) {
            String channel = destination.path("configuration").path("channel").path("channelArn").asText("");
            if (!channel.isEmpty()) {
                StreamSessions.start(p, channel, "HEALTHY");
            }
        }

        compositionStateChange(p, composition, "Session Start", Optional.empty());
        composition.path("destinations").forEach(d -> compositionStateChange(p, composition, "Destination Start",
                Optional.of(d.path("id").asText())));
        // IVS answers while the composition is still starting up.
        ObjectNode answer = composition.deepCopy();
        answer.put("state", "STARTING");
        for (JsonNode destination : answer.path("destinations")) {
            ((ObjectNode) destination).put("state", "STARTING");
            ((ObjectNode) destination).remove("startTime");
        }
        return wrap("composition", answer);
    }

    /** A destination as stored: an id, a state, and its configuration with the model's defaults filled in. */
    private static ObjectNode destination(Partition p, JsonNode given) {
        ObjectNode configuration = (ObjectNode) given.deepCopy();
        if (!configuration.hasNonNull("name")) {
            configuration.put("name", "");
        }
        JsonNode channel = configuration.path("channel");
        if (!channel.isMissingNode()) {
            String channelArn = channel.path("channelArn").asText();
            p.require(channelArn, "channel");
            if (StreamSessions.isLive(p, channelArn)) {
                throw ApiException.conflict("The channel " + channelArn + " is broadcasting; a composition needs an "
                        + "offline channel.");
            }
            String encoder = channel.path("encoderConfigurationArn").asText("");
            if (!encoder.isEmpty()) {
                p.require(encoder, "encoder configuration");
            }
        }
        JsonNode s3 = configuration.path("s3");
        if (!s3.isMissingNode()) {
            p.require(s3.path("storageConfigurationArn").asText(), "storage configuration");
            for (JsonNode encoder : s3.path("encoderConfigurationArns")) {
                p.require(encoder.asText(), "encoder configuration");
            }
            ObjectNode recording = s3.path("recordingConfiguration").isObject()
                    ? (ObjectNode) s3.get("recordingConfiguration") : ((ObjectNode) s3).putObject("recordingConfiguration");
            if (!recording.hasNonNull("format")) {
                recording.put("format", "HLS");
            }
            ObjectNode hls = recording.path("hlsConfiguration").isObject()
                    ? (ObjectNode) recording.get("hlsConfiguration") : recording.putObject("hlsConfiguration");
            if (!hls.hasNonNull("targetSegmentDurationSeconds")) {
                hls.put("targetSegmentDurationSeconds", 2);
            }
            for (JsonNode thumbnail : s3.path("thumbnailConfigurations")) {
                ObjectNode t = (ObjectNode) thumbnail;
                if (!t.hasNonNull("targetIntervalSeconds")) {
                    t.put("targetIntervalSeconds", 60);
                }
                if (!t.hasNonNull("storage")) {
                    t.putArray("storage").add("SEQUENTIAL");
                }
            }
        }
        ObjectNode destination = Json.object();
        destination.put("id", p.randomId(12));
        destination.put("state", "ACTIVE");
        destination.set("configuration", configuration);
        return destination;
    }

    /** The layout with the model's defaults: grid unless pip is asked for. */
    private static ObjectNode layout(JsonNode given) {
        ObjectNode layout = Json.object();
        boolean pip = given.hasNonNull("pip");
        ObjectNode out = layout.putObject(pip ? "pip" : "grid");
        out.setAll((pip ? PIP_DEFAULTS : GRID_DEFAULTS).deepCopy());
        JsonNode chosen = given.path(pip ? "pip" : "grid");
        if (chosen.isObject()) {
            out.setAll((ObjectNode) chosen.deepCopy());
        }
        return layout;
    }

    private ObjectNode stopComposition(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode composition = p.require(arn, "composition");
        if (running(composition)) {
            stopRunning(p, composition);
        }
        return Json.object();
    }

    /** Emits an {@code IVS Composition State Change} event for the emulator's in-process listeners. */
    private static void compositionStateChange(Partition p, ObjectNode composition, String name,
                                               Optional<String> destinationId) {
        ObjectNode detail = Json.object();
        detail.put("event_name", name);
        detail.put("stage_arn", composition.path("stageArn").asText());
        destinationId.ifPresent(id -> detail.put("id", id));
        p.emit("IVS Composition State Change", composition.path("arn").asText(), detail);
    }

    private static void stopRunning(Partition p, ObjectNode composition) {
        String now = iso(p.now());
        composition.put("state", "STOPPED");
        composition.put("endTime", now);
        for (JsonNode destination : composition.path("destinations")) {
            ((ObjectNode) destination).put("state", "STOPPED");
            ((ObjectNode) destination).put("endTime", now);
            String channel = destination.path("configuration").path("channel").path("channelArn").asText("");
            if (!channel.isEmpty() && p.exists(channel)) {
                StreamSessions.end(p, channel);
            }
        }
        p.put(composition.path("arn").asText(), composition);
        composition.path("destinations").forEach(d -> compositionStateChange(p, composition, "Destination End",
                Optional.of(d.path("id").asText())));
        compositionStateChange(p, composition, "Session End", Optional.empty());
    }

    private ObjectNode list(Partition p, ObjectNode in) {
        String encoder = nonEmpty(in, "filterByEncoderConfigurationArn").orElse("");
        ObjectNode rest = in.deepCopy();
        rest.remove("filterByEncoderConfigurationArn");
        Predicate<ObjectNode> usesEncoder = encoder.isEmpty() ? c -> true : c -> encoders(c).contains(encoder);
        return generic.list(p, type("composition"), rest, usesEncoder);
    }

    private ObjectNode createEncoderConfiguration(Partition p, ObjectNode in) {
        ObjectNode doc = type("encoder-configuration").defaults().deepCopy();
        String arn = p.arn("encoder-configuration", p.randomId(12));
        doc.put("arn", arn);
        text(in, "name").ifPresent(name -> doc.put("name", name));
        ObjectNode video = (ObjectNode) doc.get("video");
        if (in.path("video").isObject()) {
            video.setAll((ObjectNode) in.get("video").deepCopy());
        }
        long width = video.path("width").asLong();
        long height = video.path("height").asLong();
        if (width % 2 != 0 || height % 2 != 0) {
            throw ApiException.validation("video: width and height must be even numbers; given " + width + "x"
                    + height + ".");
        }
        if (width * height > MAX_PIXELS) {
            throw ApiException.validation("video: width times height must be at most " + MAX_PIXELS
                    + " pixels (1920x1080 or 1080x1920); given " + width + "x" + height + " = " + width * height
                    + ".");
        }
        doc.set("tags", tags(in));
        insert(p, type("encoder-configuration"), arn, doc);
        return wrap("encoderConfiguration", doc);
    }

    private ObjectNode deleteEncoderConfiguration(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        p.require(arn, "encoder configuration");
        List<String> users = new ArrayList<>();
        for (ObjectNode composition : p.all("composition")) {
            if (running(composition) && encoders(composition).contains(arn)) {
                users.add(composition.path("arn").asText());
            }
        }
        if (!users.isEmpty()) {
            throw ApiException.conflict("The encoder configuration " + arn + " is used by running compositions "
                    + users + "; stop them first.");
        }
        p.remove(arn);
        return Json.object();
    }

    private ObjectNode deleteStorageConfiguration(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        p.require(arn, "storage configuration");
        for (ObjectNode composition : p.all("composition")) {
            for (JsonNode destination : composition.path("destinations")) {
                if (running(composition) && destination.path("configuration").path("s3")
                        .path("storageConfigurationArn").asText().equals(arn)) {
                    throw ApiException.conflict("The storage configuration " + arn + " is used by the running "
                            + "composition " + composition.path("arn").asText() + "; stop it first.");
                }
            }
        }
        for (ObjectNode stage : p.all("stage")) {
            if (stage.path("autoParticipantRecordingConfiguration").path("storageConfigurationArn").asText()
                    .equals(arn)) {
                throw ApiException.conflict("The storage configuration " + arn + " is used by the stage "
                        + stage.path("arn").asText() + " for individual participant recording; update the stage "
                        + "first.");
            }
        }
        p.remove(arn);
        return Json.object();
    }

    /** Whether a composition has not stopped yet (and so counts towards the quota). */
    static boolean running(JsonNode composition) {
        String state = composition.path("state").asText();
        return !state.equals("STOPPED") && !state.equals("FAILED");
    }

    /** Every encoder configuration a composition's destinations name. */
    private static List<String> encoders(JsonNode composition) {
        List<String> out = new ArrayList<>();
        for (JsonNode destination : composition.path("destinations")) {
            JsonNode configuration = destination.path("configuration");
            String channel = configuration.path("channel").path("encoderConfigurationArn").asText("");
            if (!channel.isEmpty()) {
                out.add(channel);
            }
            configuration.path("s3").path("encoderConfigurationArns").forEach(e -> out.add(e.asText()));
        }
        return out;
    }
}
