package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.internal.ServiceModel.Operation;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an HTTP method and path to the modeled operation it invokes, for the three IVS services at once.
 *
 * <p>The services share one endpoint here (at AWS the two video services share the {@code ivs} signing name, and
 * IVS Chat has {@code ivschat} and a host of its own). Their paths differ except for the tag operations
 * ({@code /tags/{resourceArn}}), which are told apart by the resource type in the ARN: each service owns the types
 * its {@code Get*} operations take (stage, public-key... for real time; channel, stream-key... for low latency;
 * room, logging-configuration for chat), read from the models; an {@code arn:aws:ivschat:} ARN always goes to the
 * chat service.
 *
 * <p>Immutable and thread-safe.
 */
final class Router {
    private static final Pattern ARN_TYPE = Pattern.compile(":([a-z-]+)/");
    private static final String CHAT_ARN = "arn:aws:ivschat:";
    private static final Pattern LABEL = Pattern.compile("\\{([a-zA-Z0-9]+)\\+?}");

    /** A resolved call: the operation and the values of its path labels. */
    record Route(ServiceModel model, Operation operation, Map<String, String> labels) {
    }

    private record Template(Pattern regex, List<String> labels, List<ServiceModel> models, List<Operation> operations) {
    }

    private final Map<String, Route> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, ServiceModel> ownerOfType = new HashMap<>();

    Router(List<ServiceModel> models) {
        Map<String, Template> byTemplate = new LinkedHashMap<>();
        for (ServiceModel model : models) {
            for (Operation op : model.operations().values()) {
                if (!op.requestUri().contains("{")) {
                    exact.put(op.method() + " " + op.requestUri(), new Route(model, op, Map.of()));
                    continue;
                }
                Template t = byTemplate.computeIfAbsent(op.method() + " " + op.requestUri(), k -> compile(op));
                t.models().add(model);
                t.operations().add(op);
            }
            learnOwnedTypes(model);
        }
        templates.addAll(byTemplate.values());
    }

    /**
     * Resolves a request.
     *
     * @param method the HTTP method
     * @param rawPath the request path, still percent-encoded
     * @return the route, or empty if no operation has this method and path
     */
    Optional<Route> route(String method, String rawPath) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        String request = method + " " + path;
        Route route = exact.get(request);
        if (route != null) {
            return Optional.of(route);
        }
        for (Template t : templates) {
            Matcher m = t.regex().matcher(request);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            for (int i = 0; i < t.labels().size(); i++) {
                labels.put(t.labels().get(i), URLDecoder.decode(m.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            int index = t.models().size() == 1 ? 0 : ownerIndex(t, labels);
            return Optional.of(new Route(t.models().get(index), t.operations().get(index), labels));
        }
        return Optional.empty();
    }

    /** For a path served by several services: the one owning the resource type of the ARN in the path. */
    private int ownerIndex(Template t, Map<String, String> labels) {
        for (String value : labels.values()) {
            if (value.startsWith(CHAT_ARN)) {
                for (int i = 0; i < t.models().size(); i++) {
                    if (t.models().get(i).service().equals(ServiceModel.CHAT)) {
                        return i;
                    }
                }
            }
            Matcher m = ARN_TYPE.matcher(value);
            if (m.find()) {
                ServiceModel owner = ownerOfType.get(m.group(1));
                int index = t.models().indexOf(owner);
                if (index >= 0) {
                    return index;
                }
            }
        }
        return 0;
    }

    private void learnOwnedTypes(ServiceModel model) {
        for (Operation op : model.operations().values()) {
            if (!op.name().startsWith("Get") || op.input().isEmpty()) {
                continue;
            }
            Shape input = model.shape(op.input().get());
            ServiceModel.Member arn = input.members().getOrDefault("arn", input.members().get("identifier"));
            if (arn == null) {
                continue;
            }
            model.shape(arn.shape()).pattern().ifPresent(p -> {
                Matcher m = ARN_TYPE.matcher(p.pattern());
                if (m.find()) {
                    ownerOfType.put(m.group(1), model);
                }
            });
        }
    }

    private static Template compile(Operation op) {
        List<String> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(op.requestUri());
        StringBuilder regex = new StringBuilder(Pattern.quote(op.method() + " "));
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(op.requestUri().substring(last, m.start())));
            regex.append(m.group().endsWith("+}") ? "(.+)" : "([^/]+)");
            labels.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(op.requestUri().substring(last)));
        return new Template(Pattern.compile(regex.toString()), labels, new ArrayList<>(), new ArrayList<>());
    }
}
