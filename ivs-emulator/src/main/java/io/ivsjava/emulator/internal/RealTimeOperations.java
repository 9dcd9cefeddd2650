package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IVS Real-Time operations with behaviour of their own: stages with their endpoints, initial tokens and
 * auto-recording settings, and participant tokens here; public keys in {@link PublicKeys}; stage sessions,
 * participants and replication in {@link StageSessions}; compositions, encoder and storage configurations in
 * {@link Compositions}; ingest configurations in {@link IngestConfigurations}. The plain Get/List/Delete/tag
 * operations come from {@link GenericOperations}.
 */
final class RealTimeOperations extends Operations {
    /** Default token lifetime, in minutes, from the API reference. */
    static final int DEFAULT_TOKEN_MINUTES = 720;
    static final int MAX_ATTRIBUTE_BYTES = 1024;

    /** A stage's auto-recording settings when none are given, and what each member defaults to. */
    private static final ObjectNode RECORDING_DEFAULTS = Json.constant(
            "{\"storageConfigurationArn\":\"\",\"mediaTypes\":[\"AUDIO_VIDEO\"],"
            + "\"thumbnailConfiguration\":{\"targetIntervalSeconds\":60,\"storage\":[\"SEQUENTIAL\"],"
            + "\"recordingMode\":\"DISABLED\"},\"recordingReconnectWindowSeconds\":0,"
            + "\"hlsConfiguration\":{\"targetSegmentDurationSeconds\":6},\"recordParticipantReplicas\":true}");

    private final TokenMinter minter;
    private final GenericOperations generic;

    RealTimeOperations(EmulatorState state, ServiceModel model, GenericOperations generic, TokenMinter minter) {
        super(state, model);
        this.generic = generic;
        this.minter = minter;
    }

    @Override
    void register(Handlers handlers) {
        unlocked(handlers, "CreateStage", this::createStage);
        write(handlers, "UpdateStage", this::updateStage);
        write(handlers, "DeleteStage", this::deleteStage);
        unlocked(handlers, "CreateParticipantToken", this::createParticipantToken);
        write(handlers, "ImportPublicKey", (p, in) -> PublicKeys.importKey(p, in, type("public-key"), true));
        new StageSessions(state, model, generic).register(handlers);
        new Compositions(state, model, generic).register(handlers);
        new IngestConfigurations(state, model, generic).register(handlers);
    }

    private ObjectNode createStage(Partition p, ObjectNode in) {
        // Check every token configuration before creating anything: a rejected request changes nothing.
        JsonNode configurations = in.path("participantTokenConfigurations");
        configurations.forEach(RealTimeOperations::checkAttributes);
        List<ObjectNode> claims = new ArrayList<>();
        ObjectNode stage = p.write(() -> {
            ObjectNode recording = recording(in.path("autoParticipantRecordingConfiguration"));
            String storage = recording.path("storageConfigurationArn").asText();
            if (!storage.isEmpty() && !p.exists(storage)) {
                throw ApiException.validation("The storage configuration " + storage + " given in "
                        + "autoParticipantRecordingConfiguration.storageConfigurationArn was not found.");
            }
            String arn = p.arn("stage", p.randomId(12));
            ObjectNode doc = Json.object();
            doc.put("arn", arn);
            doc.put("name", text(in, "name").orElse(""));
            doc.set("tags", tags(in));
            doc.set("autoParticipantRecordingConfiguration", recording);
            ObjectNode endpoints = doc.putObject("endpoints");
            String prefix = p.hostPrefix();
            endpoints.put("events", "wss://global.events.live-video.net");
            endpoints.put("whip", "https://" + prefix + ".global-bm.whip.live-video.net");
            Optional<String> media = p.emulator().ingestAuthority();
            endpoints.put("rtmp", "rtmp://" + media.orElse(prefix + ".global-contribute-staging.live-video.net")
                    + "/app/");
            endpoints.put("rtmps", "rtmps://" + media.orElse(prefix + ".global-contribute-staging.live-video.net:443")
                    + "/app/");
            insert(p, type("stage"), arn, doc);
            configurations.forEach(config -> claims.add(claims(p, doc, config)));
            return doc;
        });
        // Signing takes a millisecond or so: done outside the partition's lock.
        ObjectNode out = wrap("stage", stage);
        ArrayNode tokens = out.putArray("participantTokens");
        for (int i = 0; i < claims.size(); i++) {
            tokens.add(token(claims.get(i), configurations.get(i)));
        }
        return out;
    }

    /**
     * UpdateStage: a new name and new auto-recording settings. The settings replace the old ones, each member not
     * given taking its default (so a storage configuration ARN of {@code ""} turns recording off and resets the rest);
     * they cannot change while a participant is being recorded.
     */
    private ObjectNode updateStage(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode stage = p.require(arn, "stage");
        text(in, "name").ifPresent(name -> stage.put("name", name));
        JsonNode given = in.get("autoParticipantRecordingConfiguration");
        if (given != null && given.isObject()) {
            ObjectNode recording = recording(given);
            String storage = recording.path("storageConfigurationArn").asText();
            if (!storage.isEmpty()) {
                p.require(storage, "storage configuration");
            }
            if (StageSessions.recording(p, arn)) {
                throw ApiException.conflict("The stage " + arn + " is recording a participant; its "
                        + "autoParticipantRecordingConfiguration cannot change until recording stops.");
            }
            stage.set("autoParticipantRecordingConfiguration", recording);
        }
        p.put(arn, stage);
        return wrap("stage", stage);
    }

    /** DeleteStage: ends the stage's session (disconnecting everyone) and stops its compositions. */
    private ObjectNode deleteStage(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        p.require(arn, "stage");
        StageSessions.stageDeleted(p, arn);
        Compositions.stageDeleted(p, arn);
        p.remove(arn);
        return Json.object();
    }

    /** Auto-recording settings: the given members over the model's defaults, nested structures member by member. */
    private static ObjectNode recording(JsonNode given) {
        ObjectNode out = RECORDING_DEFAULTS.deepCopy();
        if (!given.isObject() || given.path("storageConfigurationArn").asText("").isEmpty()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> field : Json.fields(given)) {
            JsonNode current = out.get(field.getKey());
            if (current != null && current.isObject() && field.getValue().isObject()) {
                ((ObjectNode) current).setAll((ObjectNode) field.getValue().deepCopy());
            } else if (!field.getValue().isNull()) {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }

    private ObjectNode createParticipantToken(Partition p, ObjectNode in) {
        checkAttributes(in);
        ObjectNode claims = p.read(() -> claims(p, p.require(in.path("stageArn").asText(), "stage"), in));
        return wrap("participantToken", token(claims, in));
    }

    /**
     * The claims of a participant token: those the IVS client SDKs read.
     *
     * @param p the partition
     * @param stage the stage document
     * @param config the token request (duration, userId, attributes, capabilities)
     * @return the claims
     */
    private static ObjectNode claims(Partition p, ObjectNode stage, JsonNode config) {
        int minutes = config.path("duration").asInt(DEFAULT_TOKEN_MINUTES);
        Instant now = p.now();
        Instant expires = now.plus(Duration.ofMinutes(minutes));
        String stageArn = stage.path("arn").asText();

        ObjectNode claims = Json.object();
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("jti", p.randomId(12));
        claims.put("resource", stageArn);
        claims.put("topic", IvsArns.id(stageArn));
        claims.put("events_url", stage.path("endpoints").path("events").asText());
        claims.put("whip_url", stage.path("endpoints").path("whip").asText());
        if (config.hasNonNull("userId")) {
            claims.put("user_id", config.get("userId").asText());
        }
        if (config.hasNonNull("attributes")) {
            claims.set("attributes", config.get("attributes").deepCopy());
        }
        ArrayNode capabilities = capabilities(config);
        ObjectNode allowed = claims.putObject("capabilities");
        allowed.put("allow_publish", contains(capabilities, "PUBLISH"));
        allowed.put("allow_subscribe", contains(capabilities, "SUBSCRIBE"));
        claims.put("version", "1.0");
        return claims;
    }

    /**
     * Signs the claims and shapes the {@code ParticipantToken} structure.
     *
     * @param claims the token's claims
     * @param config the token request
     * @return the structure
     */
    private ObjectNode token(ObjectNode claims, JsonNode config) {
        ObjectNode token = Json.object();
        token.put("participantId", claims.path("jti").asText());
        token.put("token", minter.sign(claims));
        if (config.hasNonNull("userId")) {
            token.put("userId", config.get("userId").asText());
        }
        if (config.hasNonNull("attributes")) {
            token.set("attributes", config.get("attributes").deepCopy());
        }
        token.put("duration", config.path("duration").asInt(DEFAULT_TOKEN_MINUTES));
        token.set("capabilities", capabilities(config));
        token.put("expirationTime", iso(Instant.ofEpochSecond(claims.path("exp").asLong())));
        return token;
    }

    private static ArrayNode capabilities(JsonNode config) {
        return config.has("capabilities") && config.get("capabilities").isArray()
                ? (ArrayNode) config.get("capabilities").deepCopy()
                : Json.array().add("PUBLISH").add("SUBSCRIBE");
    }

    /**
     * Refuses attributes over 1 KB of keys and values together.
     *
     * @param config a request with an {@code attributes} map
     */
    static void checkAttributes(JsonNode config) {
        JsonNode attributes = config.get("attributes");
        if (attributes != null && attributes.isObject() && totalBytes(attributes) > MAX_ATTRIBUTE_BYTES) {
            throw ApiException.validation("Participant token attributes total " + totalBytes(attributes)
                    + " bytes; the maximum is 1 KB (1024 bytes) of keys and values.");
        }
    }

    private static boolean contains(ArrayNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
