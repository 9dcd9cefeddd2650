package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ApiHandler.OperationHandler;
import java.util.Map;

/**
 * TagResource, UntagResource and ListTagsForResource of one service, on any of its taggable resources. Tags live
 * in the resource's own document, so they appear in Get and List answers and vanish with the resource.
 */
final class TagOperations extends Operations {
    TagOperations(EmulatorState state, ServiceModel model) {
        super(state, model);
    }

    @Override
    void register(Map<String, OperationHandler> registry) {
        add(registry, "TagResource", this::tag);
        add(registry, "UntagResource", this::untag);
        add(registry, "ListTagsForResource", in -> wrap("tags", resource(in).path("tags")));
    }

    private ObjectNode tag(ObjectNode in) {
        ObjectNode tags = tagsOf(in);
        ObjectNode merged = tags.deepCopy();
        merged.setAll(tags(in));
        if (merged.size() > MAX_TAGS) {
            throw ApiException.validation("A resource can have at most " + MAX_TAGS + " tags; this request would "
                    + "leave " + merged.size() + ".");
        }
        tags.setAll(merged);
        return Json.object();
    }

    private ObjectNode untag(ObjectNode in) {
        ObjectNode tags = tagsOf(in);
        for (JsonNode key : in.path("tagKeys")) {
            tags.remove(key.asText());
        }
        return Json.object();
    }

    /** Every resource document carries a {@code tags} object, possibly empty. */
    private ObjectNode tagsOf(ObjectNode in) {
        return (ObjectNode) resource(in).get("tags");
    }

    private ObjectNode resource(ObjectNode in) {
        return state.require(in.path("resourceArn").asText(), "resource");
    }
}
