package io.ivsjava.events.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.IvsArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.ResourceType;
import io.ivsjava.core.StageArn;
import io.ivsjava.events.CompositionStateChange;
import io.ivsjava.events.EventEnvelope;
import io.ivsjava.events.IvsEvent;
import io.ivsjava.events.LimitBreach;
import io.ivsjava.events.ParticipantRecordingStateChange;
import io.ivsjava.events.RecordingStateChange;
import io.ivsjava.events.StageUpdate;
import io.ivsjava.events.StreamHealthChange;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.events.UnknownEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads EventBridge's JSON into {@link IvsEvent}s: the envelope strictly (it is what tells an IVS event from
 * anything else), the detail leniently (a field IVS leaves out, or adds, never fails). Stateless and thread-safe:
 * one shared Jackson reader. Not part of the public API.
 */
public final class EventParser {
    /** The source of every event IVS sends. */
    public static final String SOURCE = "aws.ivs";

    private static final String ENVELOPE = "an EventBridge event is a JSON object with id, detail-type, source, "
            + "account, time, region, resources and detail";

    /** Trees only, no data binding: strict about duplicate keys and about anything after the event. */
    private static final ObjectReader READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(JsonNode.class);

    private EventParser() {
    }

    /**
     * Parses one event from text.
     *
     * @param json the event
     * @return the event
     */
    public static IvsEvent parse(String json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        return parse(root);
    }

    /**
     * Parses one event from bytes (UTF-8, or another encoding JSON allows, detected).
     *
     * @param json the event
     * @return the event
     */
    public static IvsEvent parse(byte[] json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            // reading a byte array does no I/O; kept for the checked signature
            throw new IllegalStateException(e);
        }
        return parse(root);
    }

    private static IvsValidationException notJson(JsonProcessingException e) {
        // The message says where, never what: the input is the caller's, and may be logged.
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new IvsValidationException("event", "event: is not valid JSON" + where + "; " + ENVELOPE,
                new IvsException.ErrorDetails(Optional.of("ValidationException"), OptionalInt.empty(),
                        Optional.empty()), e);
    }

    private static IvsEvent parse(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw IvsValidationException.invalid("event", "is empty; " + ENVELOPE);
        }
        if (!root.isObject()) {
            throw IvsValidationException.invalid("event", "is a JSON " + root.getNodeType().name().toLowerCase()
                    + ", not an object; " + ENVELOPE);
        }
        String source = required(root, "source");
        if (!SOURCE.equals(source)) {
            throw IvsValidationException.invalid("source", quote(source) + " is not " + SOURCE
                    + "; only events that IVS sends can be read");
        }
        String detailType = required(root, "detail-type");
        EventEnvelope envelope = new EventEnvelope(required(root, "id"), detailType, source,
                required(root, "account"), time(root), required(root, "region"), resources(root));
        JsonNode detailNode = root.get("detail");
        if (detailNode == null || detailNode.isNull()) {
            throw IvsValidationException.invalid("detail", "is missing; " + ENVELOPE);
        }
        if (!detailNode.isObject()) {
            throw IvsValidationException.invalid("detail", "is not a JSON object");
        }
        Map<String, Object> detail = Json.fromObject(detailNode);
        List<String> resources = envelope.resources();
        switch (detailType) {
            case StreamStateChange.DETAIL_TYPE: {
                String name = text(detailNode, "event_name").orElse("");
                return new StreamStateChange(envelope, channel(resources),
                        StreamStateChange.Name.fromWireName(name), name, text(detailNode, "channel_name"),
                        text(detailNode, "stream_id"), text(detailNode, "code"), text(detailNode, "reason"), detail);
            }
            case StreamHealthChange.DETAIL_TYPE: {
                String name = text(detailNode, "event_name").orElse("");
                return new StreamHealthChange(envelope, channel(resources),
                        StreamHealthChange.Name.fromWireName(name), name, text(detailNode, "channel_name"),
                        text(detailNode, "stream_id"), detail);
            }
            case LimitBreach.DETAIL_TYPE: {
                String name = text(detailNode, "limit_name").orElse("");
                return new LimitBreach(envelope, channel(resources), LimitBreach.Name.fromWireName(name), name,
                        number(detailNode, "limit_value"), number(detailNode, "exceeded_by"),
                        text(detailNode, "limit_unit"), text(detailNode, "channel_name"),
                        text(detailNode, "stream_id"), detail);
            }
            case RecordingStateChange.DETAIL_TYPE: {
                String name = text(detailNode, "recording_status")
                        .or(() -> text(detailNode, "event_name")).orElse("");
                return new RecordingStateChange(envelope, channel(resources),
                        RecordingStateChange.Name.fromWireName(name), name,
                        text(detailNode, "recording_status_reason"), text(detailNode, "channel_name"),
                        text(detailNode, "stream_id"), text(detailNode, "recording_s3_bucket_name"),
                        text(detailNode, "recording_s3_key_prefix"), millis(detailNode, "recording_duration_ms"),
                        text(detailNode, "recording_session_id"),
                        texts(detailNode, "recording_session_stream_ids"), detail);
            }
            case StageUpdate.DETAIL_TYPE: {
                String name = text(detailNode, "event_name").orElse("");
                return new StageUpdate(envelope, stage(resources), StageUpdate.Name.fromWireName(name), name,
                        text(detailNode, "session_id"), text(detailNode, "participant_id"),
                        text(detailNode, "user_id"), text(detailNode, "remote_participant_id"), detail);
            }
            case CompositionStateChange.DETAIL_TYPE: {
                String name = text(detailNode, "event_name").orElse("");
                return new CompositionStateChange(envelope, arn(resources, ResourceType.COMPOSITION).map(CompositionArn::new),
                        text(detailNode, "stage_arn").flatMap(s -> arn(List.of(s), ResourceType.STAGE))
                                .map(StageArn::new),
                        CompositionStateChange.Name.fromWireName(name), name, detail);
            }
            case ParticipantRecordingStateChange.DETAIL_TYPE: {
                String name = text(detailNode, "event_name").orElse("");
                return new ParticipantRecordingStateChange(envelope, stage(resources),
                        ParticipantRecordingStateChange.Name.fromWireName(name), name,
                        text(detailNode, "session_id"), text(detailNode, "participant_id"),
                        text(detailNode, "recording_s3_bucket_name"), text(detailNode, "recording_s3_key_prefix"),
                        millis(detailNode, "recording_duration_ms"), detail);
            }
            default:
                return new UnknownEvent(envelope, detail);
        }
    }

    private static String required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw IvsValidationException.invalid(field, "is missing; " + ENVELOPE);
        }
        if (!node.isTextual()) {
            throw IvsValidationException.invalid(field, "is a JSON " + node.getNodeType().name().toLowerCase()
                    + ", not a string");
        }
        return node.textValue();
    }

    private static Instant time(JsonNode root) {
        String time = required(root, "time");
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw IvsValidationException.invalid("time", quote(time)
                    + " is not an ISO 8601 date and time, such as 2024-09-09T16:17:26Z");
        }
    }

    private static List<String> resources(JsonNode root) {
        JsonNode node = root.get("resources");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw IvsValidationException.invalid("resources", "is a JSON " + node.getNodeType().name().toLowerCase()
                    + ", not an array of ARNs");
        }
        List<String> resources = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isTextual()) {
                throw IvsValidationException.invalid("resources[" + i + "]", "is a JSON "
                        + element.getNodeType().name().toLowerCase() + ", not an ARN string");
            }
            resources.add(element.textValue());
        }
        return resources;
    }

    /** A detail string; empty when absent, null, not a string, or empty (IVS sends "" for an unset name). */
    private static Optional<String> text(JsonNode detail, String field) {
        JsonNode node = detail.get(field);
        return node != null && node.isTextual() && !node.textValue().isEmpty()
                ? Optional.of(node.textValue()) : Optional.empty();
    }

    private static OptionalLong number(JsonNode detail, String field) {
        JsonNode node = detail.get(field);
        return node != null && node.isNumber() ? OptionalLong.of(node.longValue()) : OptionalLong.empty();
    }

    private static Optional<Duration> millis(JsonNode detail, String field) {
        OptionalLong ms = number(detail, field);
        return ms.isPresent() ? Optional.of(Duration.ofMillis(ms.getAsLong())) : Optional.empty();
    }

    private static List<String> texts(JsonNode detail, String field) {
        JsonNode node = detail.get(field);
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (element.isTextual()) {
                values.add(element.textValue());
            }
        }
        return values;
    }

    private static Optional<ChannelArn> channel(List<String> resources) {
        return arn(resources, ResourceType.CHANNEL).map(ChannelArn::new);
    }

    private static Optional<StageArn> stage(List<String> resources) {
        return arn(resources, ResourceType.STAGE).map(StageArn::new);
    }

    /**
     * The first of the ARNs that is a well-formed ARN of the type. AWS's documented examples use placeholders such
     * as {@code aws_account_id}; those read as no ARN rather than failing the event.
     */
    private static Optional<IvsArn> arn(List<String> arns, ResourceType type) {
        String marker = ":" + type.arnName() + "/";
        for (String arn : arns) {
            if (arn.startsWith("arn:aws:ivs:") && arn.contains(marker)) {
                try {
                    return Optional.of(IvsArn.parse("resources", arn, type));
                } catch (IvsValidationException malformed) {
                    // not an ARN of that type after all; try the next one
                }
            }
        }
        return Optional.empty();
    }

    /** A value to quote in a message, cut short: the input is the caller's. */
    private static String quote(String value) {
        return "\"" + (value.length() > 64 ? value.substring(0, 64) + "..." : value) + "\"";
    }
}
