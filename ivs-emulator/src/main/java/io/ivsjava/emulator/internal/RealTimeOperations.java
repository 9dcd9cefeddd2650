package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ApiHandler.OperationHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The IVS Real-Time operations the emulator serves: stages, participant tokens and public keys.
 */
final class RealTimeOperations extends Operations {
    /** Default and maximum token lifetime, in minutes, from the API reference. */
    static final int DEFAULT_TOKEN_MINUTES = 720;
    static final int MAX_ATTRIBUTE_BYTES = 1024;

    private final TokenMinter minter;

    RealTimeOperations(EmulatorState state, ServiceModel model, TokenMinter minter) {
        super(state, model);
        this.minter = minter;
    }

    @Override
    void register(Map<String, OperationHandler> registry) {
        add(registry, "CreateStage", this::createStage);
        add(registry, "GetStage", in -> wrap("stage", state.require(in.path("arn").asText(), "stage")));
        add(registry, "ListStages", in -> state.page("stage", doc -> true, maxResults(in, 50), text(in, "nextToken"))
                .toResponse("stages", doc -> project(doc, "StageSummary")));
        add(registry, "DeleteStage", this::deleteStage);
        add(registry, "CreateParticipantToken", this::createParticipantToken);
        add(registry, "ImportPublicKey", this::importPublicKey);
        add(registry, "GetPublicKey", in -> wrap("publicKey", state.require(in.path("arn").asText(), "public key")));
        add(registry, "DeletePublicKey", this::deletePublicKey);
    }

    private ObjectNode createStage(ObjectNode in) {
        JsonNode recording = in.get("autoParticipantRecordingConfiguration");
        if (recording != null && !recording.path("storageConfigurationArn").asText("").isEmpty()) {
            String storage = recording.path("storageConfigurationArn").asText();
            if (state.find(storage).isEmpty()) {
                throw ApiException.validation("The storage configuration " + storage + " was not found.");
            }
        }
        // Check every token configuration before creating anything: a rejected request changes nothing.
        JsonNode configurations = in.path("participantTokenConfigurations");
        configurations.forEach(RealTimeOperations::checkAttributes);

        String id = state.randomId(12);
        String arn = state.arn("stage", id);
        ObjectNode stage = Json.object();
        stage.put("arn", arn);
        stage.put("name", text(in, "name").orElse(""));
        stage.set("tags", tags(in));
        if (recording != null) {
            stage.set("autoParticipantRecordingConfiguration", recording.deepCopy());
        } else {
            ObjectNode defaults = stage.putObject("autoParticipantRecordingConfiguration");
            defaults.put("storageConfigurationArn", "");
            defaults.putArray("mediaTypes").add("AUDIO_VIDEO");
        }
        ObjectNode endpoints = stage.putObject("endpoints");
        String prefix = state.hostPrefix();
        endpoints.put("events", "wss://global.events.live-video.net");
        endpoints.put("whip", "https://" + prefix + ".global-bm.whip.live-video.net");
        endpoints.put("rtmp", "rtmp://" + prefix + ".global-contribute-staging.live-video.net/app/");
        endpoints.put("rtmps", "rtmps://" + prefix + ".global-contribute-staging.live-video.net:443/app/");
        state.put(arn, stage);

        ObjectNode out = wrap("stage", stage);
        ArrayNode tokens = out.putArray("participantTokens");
        configurations.forEach(config -> tokens.add(mint(stage, config)));
        return out;
    }

    private ObjectNode deleteStage(ObjectNode in) {
        String arn = in.path("arn").asText();
        state.require(arn, "stage");
        state.remove(arn);
        return Json.object();
    }

    private ObjectNode createParticipantToken(ObjectNode in) {
        ObjectNode stage = state.require(in.path("stageArn").asText(), "stage");
        checkAttributes(in);
        return wrap("participantToken", mint(stage, in));
    }

    /**
     * Issues a participant token: a real ES384 JWT with the claims the IVS client SDKs read.
     *
     * @param stage the stage document
     * @param config the token request (duration, userId, attributes, capabilities)
     * @return the {@code ParticipantToken} structure
     */
    private ObjectNode mint(ObjectNode stage, JsonNode config) {
        int minutes = config.path("duration").asInt(DEFAULT_TOKEN_MINUTES);
        ArrayNode capabilities = config.has("capabilities") && config.get("capabilities").isArray()
                ? (ArrayNode) config.get("capabilities").deepCopy()
                : Json.array().add("PUBLISH").add("SUBSCRIBE");
        String participantId = state.randomId(12);
        Instant now = state.now();
        Instant expires = now.plus(Duration.ofMinutes(minutes));
        String stageArn = stage.path("arn").asText();

        ObjectNode claims = Json.object();
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("jti", participantId);
        claims.put("resource", stageArn);
        claims.put("topic", stageArn.substring(stageArn.lastIndexOf('/') + 1));
        claims.put("events_url", stage.path("endpoints").path("events").asText());
        claims.put("whip_url", stage.path("endpoints").path("whip").asText());
        if (config.hasNonNull("userId")) {
            claims.put("user_id", config.get("userId").asText());
        }
        if (config.hasNonNull("attributes")) {
            claims.set("attributes", config.get("attributes").deepCopy());
        }
        ObjectNode allowed = claims.putObject("capabilities");
        allowed.put("allow_publish", contains(capabilities, "PUBLISH"));
        allowed.put("allow_subscribe", contains(capabilities, "SUBSCRIBE"));
        claims.put("version", "1.0");

        ObjectNode token = Json.object();
        token.put("participantId", participantId);
        token.put("token", minter.sign(claims));
        if (config.hasNonNull("userId")) {
            token.put("userId", config.get("userId").asText());
        }
        if (config.hasNonNull("attributes")) {
            token.set("attributes", config.get("attributes").deepCopy());
        }
        token.put("duration", minutes);
        token.set("capabilities", capabilities);
        token.put("expirationTime", iso(expires));
        return token;
    }

    private ObjectNode importPublicKey(ObjectNode in) {
        String material = in.path("publicKeyMaterial").asText();
        PublicKeys.Parsed key = PublicKeys.parse(material);
        for (ObjectNode existing : state.all("public-key")) {
            if (existing.path("fingerprint").asText().equals(key.fingerprint())) {
                throw ApiException.conflict("This public key was already imported as "
                        + existing.path("arn").asText() + ".");
            }
        }
        String arn = state.arn("public-key", state.randomId(12));
        ObjectNode doc = Json.object();
        doc.put("arn", arn);
        doc.put("name", text(in, "name").orElse(""));
        doc.put("publicKeyMaterial", material);
        doc.put("fingerprint", key.fingerprint());
        doc.set("tags", tags(in));
        state.put(arn, doc);
        return wrap("publicKey", doc);
    }

    private ObjectNode deletePublicKey(ObjectNode in) {
        String arn = in.path("arn").asText();
        state.require(arn, "public key");
        state.remove(arn);
        return Json.object();
    }

    private static void checkAttributes(JsonNode config) {
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
