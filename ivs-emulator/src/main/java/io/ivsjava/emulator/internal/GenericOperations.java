package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ResourceTable.ResourceType;
import io.ivsjava.emulator.internal.ServiceModel.Member;
import io.ivsjava.emulator.internal.ServiceModel.Shape;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The operations every resource type has, made from its {@link ResourceTable} row: Get, List (with the model's
 * {@code filterBy...} members), Delete, BatchGet, a plain Create and Update where the row names them, and the tag
 * operations. Registered first; hand-written operations override them where IVS has real behaviour. A document
 * whose shape has {@code id}, {@code createTime} or {@code updateTime} members (IVS Chat's) gets them stamped on
 * Create and Update.
 */
final class GenericOperations extends Operations {
    GenericOperations(EmulatorState state, ServiceModel model) {
        super(state, model);
    }

    @Override
    void register(Handlers handlers) {
        for (ResourceType type : ResourceTable.of(model.service())) {
            if (model.operations().containsKey(type.getOperation())) {
                read(handlers, type.getOperation(), (p, in) -> get(p, type, in));
            }
            if (model.operations().containsKey(type.listOperation())) {
                read(handlers, type.listOperation(), (p, in) -> list(p, type, in, doc -> true));
            }
            if (model.operations().containsKey(type.deleteOperation())) {
                write(handlers, type.deleteOperation(), (p, in) -> {
                    delete(p, type, in.path(type.idMember()).asText());
                    return Json.object();
                });
            }
            if (model.operations().containsKey(type.batchGetOperation())) {
                read(handlers, type.batchGetOperation(), (p, in) -> batchGet(p, type, in));
            }
            type.createOperation().ifPresent(op -> write(handlers, op, (p, in) -> create(p, type, in)));
            type.updateOperation().ifPresent(op -> write(handlers, op, (p, in) -> update(p, type, in)));
        }
        write(handlers, "TagResource", this::tag);
        write(handlers, "UntagResource", this::untag);
        read(handlers, "ListTagsForResource", (p, in) -> {
            JsonNode tags = taggable(p, in).get("tags");
            return wrap("tags", tags != null && tags.isObject() ? tags : Json.object());
        });
    }

    /**
     * Get: the document, under the row's output member. The document is answered as the JSON it is stored as
     * ({@link Json#raw}): parsing it into a tree only to write the same bytes again was most of a Get's cost.
     *
     * @param p the partition
     * @param type the row
     * @param in the input, with the row's {@link ResourceType#idMember()}
     * @return the response
     */
    ObjectNode get(Partition p, ResourceType type, ObjectNode in) {
        String id = in.path(type.idMember()).asText();
        if (type.member().isEmpty()) {
            return p.require(id, type.noun());
        }
        return wrap(type.member(), Json.raw(p.requireJson(id, type.noun())));
    }

    /**
     * A document as its operations answer it: under the row's output member, or as the whole output.
     *
     * @param type the row
     * @param doc the document (not copied: pass a private copy)
     * @return the response
     */
    static ObjectNode answer(ResourceType type, ObjectNode doc) {
        return type.member().isEmpty() ? doc : wrap(type.member(), doc);
    }

    /**
     * List: one page of the type's documents that pass the request's {@code filterBy...} members and the given
     * filter, as the row's summary shape.
     *
     * @param p the partition
     * @param type the row
     * @param in the input
     * @param extra a further filter, for what a hand-written List adds
     * @return the response
     */
    ObjectNode list(Partition p, ResourceType type, ObjectNode in, Predicate<ObjectNode> extra) {
        Predicate<ObjectNode> filter = filters(model.operations().get(type.listOperation()), in).and(extra);
        return p.page(type.arnType(), filter, maxResults(in, type.pageSize()), text(in, "nextToken"))
                .toResponse(type.listMember(), doc -> project(doc, type.summaryShape()));
    }

    /**
     * Delete: removes the resource; it must exist.
     *
     * @param p the partition
     * @param type the row
     * @param arn the resource
     */
    static void delete(Partition p, ResourceType type, String arn) {
        if (!p.remove(arn)) {
            throw ApiException.notFound(type.noun(), arn);
        }
    }

    private ObjectNode batchGet(Partition p, ResourceType type, ObjectNode in) {
        ObjectNode out = Json.object();
        ArrayNode found = out.putArray(type.member() + "s");
        ArrayNode errors = out.putArray("errors");
        for (JsonNode arnNode : in.path("arns")) {
            String arn = arnNode.asText();
            p.find(arn).ifPresentOrElse(found::add, () -> {
                ObjectNode error = errors.addObject();
                error.put("arn", arn);
                error.put("code", "ResourceNotFoundException");
                error.put("message", ApiException.notFoundMessage(type.noun(), arn));
            });
        }
        return out;
    }

    /**
     * Create: a new document from the row's defaults and the request's members, quota-checked.
     *
     * @param p the partition
     * @param type the row
     * @param in the input
     * @return the response, the document under the row's output member
     */
    ObjectNode create(Partition p, ResourceType type, ObjectNode in) {
        String id = p.randomId(12);
        String arn = type.arn(p, id);
        ObjectNode doc = type.defaults().deepCopy();
        doc.put("arn", arn);
        Map<String, Member> members = model.shape(type.documentShape()).members();
        if (members.containsKey("id")) {
            doc.put("id", id);
        }
        copyMembers(type, in, doc, true);
        if (members.containsKey("tags")) {
            doc.set("tags", tags(in));
        }
        stamp(type, doc, "createTime", p);
        stamp(type, doc, "updateTime", p);
        insert(p, type, arn, doc);
        return answer(type, doc);
    }

    /**
     * Update: the request's members copied over the existing document.
     *
     * @param p the partition
     * @param type the row
     * @param in the input, with the row's {@link ResourceType#idMember()}
     * @return the response, the document under the row's output member
     */
    ObjectNode update(Partition p, ResourceType type, ObjectNode in) {
        String arn = in.path(type.idMember()).asText();
        ObjectNode doc = p.require(arn, type.noun());
        copyMembers(type, in, doc, false);
        stamp(type, doc, "updateTime", p);
        p.put(arn, doc);
        return answer(type, doc);
    }

    /** Sets a time member to now, if the row's document shape has it. */
    private void stamp(ResourceType type, ObjectNode doc, String member, Partition p) {
        if (model.shape(type.documentShape()).members().containsKey(member)) {
            doc.put(member, iso(p.now()));
        }
    }

    /**
     * Copies the request's members that the document shape also has. On create, a structure the defaults already
     * hold is merged member by member, so that unset members keep their defaults.
     */
    private void copyMembers(ResourceType type, ObjectNode in, ObjectNode doc, boolean merge) {
        Map<String, Member> members = model.shape(type.documentShape()).members();
        for (Map.Entry<String, JsonNode> field : Json.fields(in)) {
            String name = field.getKey();
            if (name.equals("arn") || name.equals("id") || name.equals("tags") || !members.containsKey(name)
                    || field.getValue().isNull()) {
                continue;
            }
            JsonNode current = doc.get(name);
            if (merge && current != null && current.isObject() && field.getValue().isObject()) {
                ((ObjectNode) current).setAll((ObjectNode) field.getValue().deepCopy());
            } else {
                doc.set(name, field.getValue().deepCopy());
            }
        }
    }

    /**
     * The filter a List request asks for: each {@code filterByX} member keeps the documents whose {@code x} equals
     * it (an empty string filters nothing, as in IVS); a {@code filterBy} structure keeps those whose members equal
     * each of its members.
     *
     * @param op the List operation
     * @param in its input
     * @return the filter
     */
    Predicate<ObjectNode> filters(ServiceModel.Operation op, ObjectNode in) {
        Predicate<ObjectNode> filter = doc -> true;
        Shape input = model.shape(op.input().orElseThrow());
        for (Member member : input.members().values()) {
            String name = member.name();
            JsonNode wanted = in.get(name);
            if (!name.startsWith("filterBy") || wanted == null || wanted.isNull()
                    || (wanted.isTextual() && wanted.asText().isEmpty())) {
                continue;
            }
            if (name.equals("filterBy")) {
                for (Map.Entry<String, JsonNode> e : Json.fields(wanted)) {
                    filter = filter.and(doc -> e.getValue().equals(doc.get(e.getKey())));
                }
            } else {
                String field = Character.toLowerCase(name.charAt(8)) + name.substring(9);
                filter = filter.and(doc -> wanted.equals(doc.get(field)));
            }
        }
        return filter;
    }

    private ObjectNode tag(Partition p, ObjectNode in) {
        ObjectNode doc = taggable(p, in);
        ObjectNode merged = doc.path("tags").isObject() ? (ObjectNode) doc.get("tags") : doc.putObject("tags");
        merged.setAll(tags(in));
        if (merged.size() > MAX_TAGS) {
            throw ApiException.validation("A resource can have at most " + MAX_TAGS + " tags; this request would "
                    + "leave " + merged.size() + ".");
        }
        p.put(in.path("resourceArn").asText(), doc);
        return Json.object();
    }

    private ObjectNode untag(Partition p, ObjectNode in) {
        ObjectNode doc = taggable(p, in);
        if (doc.path("tags").isObject()) {
            ObjectNode tags = (ObjectNode) doc.get("tags");
            in.path("tagKeys").forEach(key -> tags.remove(key.asText()));
        }
        p.put(in.path("resourceArn").asText(), doc);
        return Json.object();
    }

    /** The resource a tag operation names: it must exist and be of a type this service can tag. */
    private ObjectNode taggable(Partition p, ObjectNode in) {
        String arn = in.path("resourceArn").asText();
        ResourceType type = IvsArns.parse(arn).flatMap(parts -> ResourceTable.byArnType(parts.type()))
                .filter(t -> t.service().equals(model.service()))
                .filter(t -> model.shape(t.documentShape()).members().containsKey("tags"))
                .orElseThrow(() -> ApiException.notFound("resource", arn));
        return p.require(arn, type.noun());
    }
}
