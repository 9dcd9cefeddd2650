package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a model shape: required members, types, lengths, ranges, sizes, patterns, enums and
 * unions (exactly one member set).
 * Every rule comes from the model, so each operation is validated the same way without code of its own.
 *
 * <p>Input checking collects violations in the words AWS services use
 * ({@code Value 'x' at 'name' failed to satisfy constraint: Member must ...}). Output checking (used by the
 * emulator's own tests) additionally rejects members the model does not define.
 */
final class ShapeValidator {
    /** Like Coral, report at most this many violations in one message. */
    private static final int MAX_REPORTED = 10;

    private final ServiceModel model;
    private final boolean output;
    private final List<String> violations = new ArrayList<>();
    private boolean typeError;

    private ShapeValidator(ServiceModel model, boolean output) {
        this.model = model;
        this.output = output;
    }

    /** Violations found in a request. */
    record Result(List<String> violations, boolean typeError) {
        boolean ok() {
            return violations.isEmpty();
        }

        /**
         * The message AWS would send: {@code 2 validation errors detected: ...; ...}.
         *
         * @return the message
         */
        String message() {
            int n = violations.size();
            List<String> shown = violations.subList(0, Math.min(n, MAX_REPORTED));
            return n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", shown);
        }
    }

    /**
     * Validates an operation's input.
     *
     * @param model the service model
     * @param shape the input shape
     * @param input the request, with URI and query members merged in
     * @return the violations
     */
    static Result checkInput(ServiceModel model, Shape shape, JsonNode input) {
        ShapeValidator v = new ShapeValidator(model, false);
        v.structure(shape, input, "");
        return new Result(List.copyOf(v.violations), v.typeError);
    }

    /**
     * Validates an operation's output against the model, strictly.
     *
     * @param model the service model
     * @param shape the output shape
     * @param output the response body
     * @return the violations
     */
    static Result checkOutput(ServiceModel model, Shape shape, JsonNode output) {
        ShapeValidator v = new ShapeValidator(model, true);
        v.structure(shape, output, "");
        return new Result(List.copyOf(v.violations), v.typeError);
    }

    private void value(Shape shape, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return;
        }
        switch (shape.type()) {
            case "structure":
                structure(shape, node, path);
                break;
            case "string":
                string(shape, node, path);
                break;
            case "integer":
            case "long":
                integral(shape, node, path);
                break;
            case "float":
            case "double":
                if (!node.isNumber()) {
                    wrongType(path, "a number");
                    break;
                }
                double d = node.asDouble();
                if (shape.min().isPresent() && d < shape.min().get()) {
                    fail(shape, String.valueOf(d), path, "Member must have value greater than or equal to "
                            + shape.min().get());
                }
                if (shape.max().isPresent() && d > shape.max().get()) {
                    fail(shape, String.valueOf(d), path, "Member must have value less than or equal to "
                            + shape.max().get());
                }
                break;
            case "boolean":
                if (!node.isBoolean()) {
                    wrongType(path, "a boolean");
                }
                break;
            case "timestamp":
                if (!node.isTextual() && !node.isNumber()) {
                    wrongType(path, "a timestamp");
                }
                break;
            case "list":
                list(shape, node, path);
                break;
            case "map":
                map(shape, node, path);
                break;
            default:
                wrongType(path, "a " + shape.type());
        }
    }

    private void structure(Shape shape, JsonNode node, String path) {
        if (!node.isObject()) {
            wrongType(path.isEmpty() ? "the request body" : path, "an object");
            return;
        }
        for (String name : shape.required()) {
            JsonNode member = node.get(name);
            if (member == null || member.isNull()) {
                violations.add("Value null at '" + join(path, name) + "' failed to satisfy constraint: "
                        + "Member must not be null");
            }
        }
        if (shape.union()) {
            int set = 0;
            for (String name : shape.members().keySet()) {
                set += node.hasNonNull(name) ? 1 : 0;
            }
            if (set != 1) {
                violations.add("Value at '" + (path.isEmpty() ? shape.name() : path) + "' failed to satisfy "
                        + "constraint: Member must have exactly one of " + shape.members().keySet() + " set, not " + set);
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Member member = shape.members().get(name);
            if (member == null) {
                if (output) {
                    violations.add("'" + join(path, name) + "' is not a member of " + shape.name());
                }
                continue;
            }
            value(model.shape(member.shape()), node.get(name), join(path, name));
        }
    }

    private void string(Shape shape, JsonNode node, String path) {
        if (!node.isTextual()) {
            wrongType(path, "a string");
            return;
        }
        String s = node.asText();
        long length = s.codePointCount(0, s.length());
        String broken = outOfRange(shape, length, "length");
        if (broken != null) {
            fail(shape, s, path, broken);
        }
        if (shape.pattern().isPresent() && !matches(shape, s)) {
            fail(shape, s, path, "Member must satisfy regular expression pattern: " + shape.pattern().get().pattern());
        }
        if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(s)) {
            fail(shape, s, path, "Member must satisfy enum value set: " + shape.enumValues());
        }
    }

    /**
     * The last string each pattern accepted. Matching is a function of the pattern and the string, and a client
     * mostly names the same resource call after call (polling a stage, a stream), so the regular expression runs
     * only for a string that differs from the last one accepted. One entry per pattern of the models (loaded once
     * per JVM), written without a lock, so threads polling different resources only overwrite each other's entry;
     * a sensitive member's value is never kept.
     */
    private static final Map<Pattern, AtomicReference<String>> LAST_ACCEPTED = new ConcurrentHashMap<>();

    private static boolean matches(Shape shape, String s) {
        Pattern pattern = shape.pattern().orElseThrow();
        if (shape.sensitive()) {
            return pattern.matcher(s).matches();
        }
        AtomicReference<String> last = LAST_ACCEPTED.get(pattern);
        if (last == null) {
            last = LAST_ACCEPTED.computeIfAbsent(pattern, p -> new AtomicReference<>());
        }
        if (s.equals(last.get())) {
            return true;
        }
        if (!pattern.matcher(s).matches()) {
            return false;
        }
        last.setRelease(s);
        return true;
    }

    private void integral(Shape shape, JsonNode node, String path) {
        if (!node.isIntegralNumber() || (shape.type().equals("integer") && !node.canConvertToInt())
                || !node.canConvertToLong()) {
            wrongType(path, "an " + shape.type());
            return;
        }
        long v = node.asLong();
        String broken = outOfRange(shape, v, "value");
        if (broken != null) {
            fail(shape, String.valueOf(v), path, broken);
        }
    }

    /**
     * The constraint a length or an integer breaks, in the words AWS uses, or null: the shape's min and max bound it
     * (the models never give a min above a max, so at most one is broken).
     *
     * @param what {@code length} or {@code value}
     */
    private static String outOfRange(Shape shape, long measure, String what) {
        if (shape.min().isPresent() && measure < shape.min().get()) {
            return "Member must have " + what + " greater than or equal to " + shape.min().get();
        }
        if (shape.max().isPresent() && measure > shape.max().get()) {
            return "Member must have " + what + " less than or equal to " + shape.max().get();
        }
        return null;
    }

    private void list(Shape shape, JsonNode node, String path) {
        if (!node.isArray()) {
            wrongType(path, "a list");
            return;
        }
        size(shape, node, path);
        Shape element = model.shape(shape.member().orElseThrow());
        for (int i = 0; i < node.size(); i++) {
            value(element, node.get(i), path + "." + (i + 1) + ".member");
        }
    }

    private void map(Shape shape, JsonNode node, String path) {
        if (!node.isObject()) {
            wrongType(path, "a map");
            return;
        }
        size(shape, node, path);
        Shape key = model.shape(shape.key().orElseThrow());
        Shape value = model.shape(shape.value().orElseThrow());
        for (Map.Entry<String, JsonNode> entry : Json.fields(node)) {
            value(key, Json.text(entry.getKey()), path + ".key");
            value(value, entry.getValue(), path + "." + entry.getKey() + ".value");
        }
    }

    private void size(Shape shape, JsonNode node, String path) {
        int n = node.size();
        String broken = outOfRange(shape, n, "length");
        if (broken != null) {
            fail(shape, n + " item" + (n == 1 ? "" : "s"), path, broken);
        }
    }

    private void fail(Shape shape, String value, String path, String constraint) {
        String shown = shape.sensitive() ? "Value" : "Value '" + abbreviate(value) + "'";
        violations.add(shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
    }

    private void wrongType(String path, String expected) {
        typeError = true;
        violations.add("Value at '" + path + "' must be " + expected);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String abbreviate(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "...";
    }
}
