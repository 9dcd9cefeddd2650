package io.ivsjava.chat.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.chat.ChatArn;
import io.ivsjava.chat.MessageReviewRequest;
import io.ivsjava.chat.MessageReviewResponse;
import io.ivsjava.chat.ReviewResult;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The JSON of the message review handler contract: the request IVS Chat sends the handler and the response it
 * reads back, with IVS's member names ({@code Content}, {@code MessageId}, {@code RoomArn}, {@code Attributes},
 * {@code Sender}, {@code ReviewResult}). Strict about the shape (an object, no duplicate keys, nothing after it),
 * lenient about members it does not know. Error messages name the member and never repeat a value: the content is
 * the user's. Not part of the public API. Stateless; thread-safe (one shared Jackson reader and mapper).
 */
public final class ReviewJson {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader READER = MAPPER.readerFor(JsonNode.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReviewJson() {
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param json the text
     * @return the tree
     */
    public static JsonNode tree(String json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /**
     * Parses JSON bytes into a tree; the encoding is detected.
     *
     * @param json the bytes
     * @return the tree
     */
    public static JsonNode tree(byte[] json) {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            // reading a byte array does no I/O; kept for the checked signature
            throw new IllegalStateException(e);
        }
    }

    private static IvsValidationException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new IvsValidationException("body", "body: is not valid JSON" + where,
                new IvsException.ErrorDetails(Optional.of("ValidationException"), OptionalInt.empty(),
                        Optional.empty()), e);
    }

    /**
     * Reads a review request.
     *
     * @param root the parsed body
     * @return the request
     */
    public static MessageReviewRequest request(JsonNode root) {
        object("body", root);
        JsonNode sender = root.get("Sender");
        object("Sender", sender);
        String room = text(root, "RoomArn", "RoomArn");
        return new MessageReviewRequest(text(root, "Content", "Content"), text(root, "MessageId", "MessageId"),
                new RoomArn(ChatArn.parse("RoomArn", room, ChatArn.Type.ROOM)), map(root, "Attributes", "Attributes"),
                new MessageReviewRequest.Sender(text(sender, "UserId", "Sender.UserId"),
                        optionalText(sender, "Ip", "Sender.Ip"), map(sender, "Attributes", "Sender.Attributes")));
    }

    /**
     * Reads a review response.
     *
     * @param root the parsed body
     * @return the response
     */
    public static MessageReviewResponse response(JsonNode root) {
        object("body", root);
        String result = text(root, "ReviewResult", "ReviewResult");
        ReviewResult parsed;
        if (result.equals("ALLOW")) {
            parsed = ReviewResult.ALLOW;
        } else if (result.equals("DENY")) {
            parsed = ReviewResult.DENY;
        } else {
            throw IvsValidationException.invalid("ReviewResult", "is neither ALLOW nor DENY; allowed ALLOW, DENY");
        }
        JsonNode attributes = root.get("Attributes");
        return new MessageReviewResponse(parsed, optionalText(root, "Content", "Content"),
                attributes == null || attributes.isNull() ? Optional.empty()
                        : Optional.of(map(root, "Attributes", "Attributes")));
    }

    /**
     * Writes a review request as IVS Chat sends it.
     *
     * @param request the request
     * @return the JSON text
     */
    public static String write(MessageReviewRequest request) {
        ObjectNode root = NODES.objectNode();
        root.put("Content", request.content());
        root.put("MessageId", request.messageId());
        root.put("RoomArn", request.room().value());
        root.set("Attributes", object(request.attributes()));
        ObjectNode sender = root.putObject("Sender");
        sender.put("UserId", request.sender().userId());
        request.sender().ip().ifPresent(ip -> sender.put("Ip", ip));
        sender.set("Attributes", object(request.sender().attributes()));
        return root.toString();
    }

    /**
     * Writes a review response as IVS Chat reads it; members left unchanged are left out.
     *
     * @param response the response
     * @return the JSON text
     */
    public static String write(MessageReviewResponse response) {
        ObjectNode root = NODES.objectNode();
        root.put("ReviewResult", response.result().name());
        response.content().ifPresent(c -> root.put("Content", c));
        response.attributes().ifPresent(a -> root.set("Attributes", object(a)));
        return root.toString();
    }

    /**
     * Checks string attributes and freezes them, in key order.
     *
     * @param field the member name
     * @param attributes the attributes
     * @return an unmodifiable copy
     */
    public static Map<String, String> attributes(String field, Map<String, String> attributes) {
        Check.notNull(field, attributes);
        attributes.forEach((key, value) -> {
            Check.notNull(field + ".key", key);
            Check.notNull(field + "[" + key + "]", value);
        });
        return Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    private static ObjectNode object(Map<String, String> map) {
        ObjectNode node = NODES.objectNode();
        map.forEach(node::put);
        return node;
    }

    private static void object(String field, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw IvsValidationException.invalid(field, "is missing");
        }
        if (!node.isObject()) {
            throw IvsValidationException.invalid(field, "is a JSON " + node.getNodeType().name().toLowerCase()
                    + ", not an object");
        }
    }

    private static String text(JsonNode parent, String member, String field) {
        return optionalText(parent, member, field).orElseThrow(() -> IvsValidationException.invalid(field,
                "is missing"));
    }

    private static Optional<String> optionalText(JsonNode parent, String member, String field) {
        JsonNode value = parent.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw IvsValidationException.invalid(field, "is a JSON " + value.getNodeType().name().toLowerCase()
                    + ", not a string");
        }
        return Optional.of(value.textValue());
    }

    private static Map<String, String> map(JsonNode parent, String member, String field) {
        JsonNode value = parent.get(member);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw IvsValidationException.invalid(field, "is a JSON " + value.getNodeType().name().toLowerCase()
                    + ", not an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (!e.getValue().isTextual()) {
                throw IvsValidationException.invalid(field + "[" + e.getKey() + "]", "is a JSON "
                        + e.getValue().getNodeType().name().toLowerCase() + ", not a string");
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }
}
