package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Ingest configurations: the stream keys with which an RTMP(S) encoder publishes into a stage as a participant.
 *
 * <p>A configuration is {@code INACTIVE} until an encoder publishes with its stream key to its stage
 * ({@link #startIngest}, the embedded API's {@code simulateIngestStart}); it is then {@code ACTIVE}, and cannot be
 * updated, nor deleted without {@code force}.
 */
final class IngestConfigurations extends Operations {
    private final GenericOperations generic;

    IngestConfigurations(EmulatorState state, ServiceModel model, GenericOperations generic) {
        super(state, model);
        this.generic = generic;
    }

    @Override
    void register(Handlers handlers) {
        write(handlers, "CreateIngestConfiguration", this::create);
        write(handlers, "UpdateIngestConfiguration", this::update);
        write(handlers, "DeleteIngestConfiguration", this::delete);
        read(handlers, "ListIngestConfigurations", this::list);
    }

    /**
     * An encoder starts publishing with a configuration's stream key: its participant joins the configuration's
     * stage and publishes, and the configuration becomes {@code ACTIVE}. Does nothing if it already is. Call under the
     * write lock.
     *
     * @param p the partition
     * @param arn the ingest configuration
     * @throws IllegalArgumentException if there is no such configuration, it names no stage or its stage is gone,
     *     or the stage has its most publishers
     */
    static void startIngest(Partition p, String arn) {
        ObjectNode config = p.find(arn).orElseThrow(() -> new IllegalArgumentException("The ingest configuration "
                + arn + " does not exist."));
        if ("ACTIVE".equals(config.path("state").asText())) {
            return;
        }
        String stageArn = config.path("stageArn").asText("");
        if (stageArn.isEmpty()) {
            throw new IllegalArgumentException("The ingest configuration " + arn + " names no stage, so its stream key "
                    + "cannot publish; set one with UpdateIngestConfiguration.");
        }
        ObjectNode stage = p.find(stageArn).orElseThrow(() -> new IllegalArgumentException("The stage " + stageArn
                + " of the ingest configuration " + arn + " does not exist."));
        String participantId = config.path("participantId").asText();
        ObjectNode attributes = config.path("attributes").isObject()
                ? (ObjectNode) config.get("attributes").deepCopy() : Json.object();
        StageSessions.arrive(p, stage, new StageSessions.Arrival(participantId, config.path("userId").asText(""),
                attributes, true, false, config.path("ingestProtocol").asText(), Optional.of(arn),
                config.path("redundantIngest").asBoolean(false)));
        try {
            StageSessions.publish(p, stageArn, participantId);
        } catch (IllegalArgumentException e) {
            StageSessions.leave(p, stageArn, participantId);
            throw e;
        }
        config.put("state", "ACTIVE");
        p.put(arn, config);
    }

    /**
     * The encoder stops: its participant leaves the stage and the configuration becomes {@code INACTIVE}. Does
     * nothing if it is not active. Call under the write lock.
     *
     * @param p the partition
     * @param arn the ingest configuration
     * @throws IllegalArgumentException if there is no such configuration
     */
    static void endIngest(Partition p, String arn) {
        ObjectNode config = p.find(arn).orElseThrow(() -> new IllegalArgumentException("The ingest configuration "
                + arn + " does not exist."));
        if ("ACTIVE".equals(config.path("state").asText())) {
            StageSessions.leave(p, config.path("stageArn").asText(), config.path("participantId").asText());
        }
    }

    private ObjectNode create(Partition p, ObjectNode in) {
        checkProtocol(in);
        RealTimeOperations.checkAttributes(in);
        String stageArn = text(in, "stageArn").orElse("");
        if (!stageArn.isEmpty() && !p.exists(stageArn)) {
            throw ApiException.validation("The stage " + stageArn + " given as stageArn was not found.");
        }
        String id = p.randomId(12);
        String arn = p.arn("ingest-configuration", id);
        ObjectNode doc = Json.object();
        doc.put("name", text(in, "name").orElse(""));
        doc.put("arn", arn);
        doc.put("ingestProtocol", in.path("ingestProtocol").asText());
        doc.put("streamKey", streamKey(p, id));
        doc.put("stageArn", stageArn);
        doc.put("participantId", p.randomId(12));
        doc.put("state", "INACTIVE");
        doc.put("userId", text(in, "userId").orElse(""));
        doc.set("attributes", in.path("attributes").isObject() ? in.get("attributes").deepCopy() : Json.object());
        redundancy(p, doc, in.path("redundantIngest").asBoolean(false), id);
        doc.set("tags", tags(in));
        insert(p, type("ingest-configuration"), arn, doc);
        return wrap("ingestConfiguration", doc);
    }

    private ObjectNode update(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode doc = p.require(arn, "ingest configuration");
        if ("ACTIVE".equals(doc.path("state").asText())) {
            throw ApiException.conflict("The ingest configuration " + arn + " is active (its encoder is publishing); "
                    + "it cannot be updated until the encoder stops.");
        }
        Optional<String> stageArn = text(in, "stageArn");
        if (stageArn.isPresent() && !stageArn.get().isEmpty()) {
            p.require(stageArn.get(), "stage");
        }
        stageArn.ifPresent(s -> doc.put("stageArn", s));
        if (in.hasNonNull("redundantIngest")) {
            redundancy(p, doc, in.get("redundantIngest").asBoolean(), IvsArns.id(arn));
        }
        p.put(arn, doc);
        return wrap("ingestConfiguration", doc);
    }

    private ObjectNode delete(Partition p, ObjectNode in) {
        String arn = in.path("arn").asText();
        ObjectNode doc = p.require(arn, "ingest configuration");
        if ("ACTIVE".equals(doc.path("state").asText())) {
            if (!in.path("force").asBoolean(false)) {
                throw ApiException.conflict("The ingest configuration " + arn + " is active (its encoder is "
                        + "publishing); set force to disconnect the participant and delete it.");
            }
            StageSessions.leave(p, doc.path("stageArn").asText(), doc.path("participantId").asText());
        }
        p.remove(arn);
        return Json.object();
    }

    private ObjectNode list(Partition p, ObjectNode in) {
        if (nonEmpty(in, "filterByStageArn").isPresent() && nonEmpty(in, "filterByState").isPresent()) {
            throw ApiException.validation("Only one filter, filterByStageArn or filterByState, may be given.");
        }
        return generic.list(p, type("ingest-configuration"), in, doc -> true);
    }

    private static void checkProtocol(ObjectNode in) {
        if ("RTMP".equals(in.path("ingestProtocol").asText()) && !in.path("insecureIngest").asBoolean(false)) {
            throw ApiException.validation("ingestProtocol RTMP needs insecureIngest set to true; use RTMPS otherwise.");
        }
    }

    /** The stream key shape IVS uses: {@code rt_<account>_<region>_<configuration id>_<secret>}. */
    private static String streamKey(Partition p, String id) {
        return "rt_" + p.accountId() + "_" + p.region() + "_" + id + "_" + p.randomId(32);
    }

    /** Redundant ingest adds a second participant and stream key for a backup encoder. */
    private static void redundancy(Partition p, ObjectNode doc, boolean redundant, String id) {
        doc.put("redundantIngest", redundant);
        JsonNode existing = doc.path("redundantIngestCredentials");
        if (!redundant) {
            doc.remove("redundantIngestCredentials");
        } else if (!existing.isArray() || existing.isEmpty()) {
            ObjectNode backup = doc.putArray("redundantIngestCredentials").addObject();
            backup.put("participantId", p.randomId(12));
            backup.put("streamKey", streamKey(p, id));
        }
    }
}
