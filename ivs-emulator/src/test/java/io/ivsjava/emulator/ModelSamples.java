package io.ivsjava.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ServiceModel;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest requests a service model accepts: each operation's required members, filled with values that meet
 * their shapes' constraints (ARNs of the type a pattern names, enum values, minimum lengths and values), bound to
 * the operation's path, query string and JSON body as the model says. For probing that an emulator serves every
 * operation of a model, whatever it answers for such made-up resources.
 */
final class ModelSamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceModel model;
    private final String region;
    private final String accountId;

    /** A request ready to send. */
    record Request(String path, String body) {
        @Override
        public String toString() {
            return path + " " + body;
        }
    }

    ModelSamples(ServiceModel model, String region, String accountId) {
        this.model = model;
        this.region = region;
        this.accountId = accountId;
    }

    /**
     * The smallest valid request of an operation.
     *
     * @param op the operation
     * @return its path (with labels and query string) and JSON body
     */
    Request request(Operation op) {
        String path = op.requestUri();
        List<String> query = new ArrayList<>();
        ObjectNode body = JSON.createObjectNode();
        if (op.input().isPresent()) {
            Shape input = model.shape(op.input().get());
            for (Member member : input.members().values()) {
                if (!input.required().contains(member.name())) {
                    continue;
                }
                JsonNode value = value(model.shape(member.shape()));
                String at = member.locationName().orElse(member.name());
                switch (member.location().orElse("")) {
                    case "uri":
                        path = path.replace("{" + at + "}", encode(value.asText()));
                        break;
                    case "querystring":
                        (value.isArray() ? value : JSON.createArrayNode().add(value))
                                .forEach(v -> query.add(encode(at) + "=" + encode(v.asText())));
                        break;
                    default:
                        body.set(member.name(), value);
                }
            }
        }
        return new Request(path + (query.isEmpty() ? "" : "?" + String.join("&", query)), body.toString());
    }

    private JsonNode value(Shape shape) {
        switch (shape.type()) {
            case "structure": {
                ObjectNode out = JSON.createObjectNode();
                for (Member member : shape.members().values()) {
                    if (shape.required().contains(member.name())) {
                        out.set(member.name(), value(model.shape(member.shape())));
                    }
                }
                return out;
            }
            case "list": {
                ArrayNode out = JSON.createArrayNode();
                long size = Math.max(1, shape.min().orElse(0L));
                for (int i = 0; i < size; i++) {
                    out.add(value(model.shape(shape.member().orElseThrow())));
                }
                return out;
            }
            case "map": {
                ObjectNode out = JSON.createObjectNode();
                out.set(value(model.shape(shape.key().orElseThrow())).asText(),
                        value(model.shape(shape.value().orElseThrow())));
                return out;
            }
            case "integer":
            case "long":
                return JSON.getNodeFactory().numberNode(Math.max(shape.min().orElse(1L), 1L));
            case "boolean":
                return JSON.getNodeFactory().booleanNode(false);
            case "string":
                return JSON.getNodeFactory().textNode(string(shape));
            default:
                throw new IllegalStateException("no sample for shape " + shape.name() + " of type " + shape.type());
        }
    }

    private String string(Shape shape) {
        if (!shape.enumValues().isEmpty()) {
            return shape.enumValues().get(0);
        }
        if (shape.name().endsWith("PublicKeyMaterial")) {
            return TestKeys.p384Pem();
        }
        String pattern = shape.pattern().map(java.util.regex.Pattern::pattern).orElse("");
        String value;
        int arn = pattern.indexOf("arn:aws:");
        if (arn >= 0) {
            String rest = pattern.substring(arn + "arn:aws:".length());
            String service = rest.substring(0, rest.indexOf(':'));
            String type = rest.substring(rest.indexOf(":[0-9]+:") + ":[0-9]+:".length(), rest.indexOf('/'));
            value = "arn:aws:" + (service.startsWith("[") ? "ivs" : service) + ":" + region + ":" + accountId + ":"
                    + (type.startsWith("[") ? "channel" : type) + "/abcdABCDefgh";
        } else if (pattern.startsWith("st-")) {
            value = "st-" + "a".repeat((int) (shape.min().orElse(26L) - 3));
        } else {
            value = "a".repeat((int) Math.max(1, shape.min().orElse(1L)));
        }
        if (shape.pattern().isPresent() && !shape.pattern().get().matcher(value).matches()) {
            throw new IllegalStateException("no sample for shape " + shape.name() + " with pattern " + pattern);
        }
        return value;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
