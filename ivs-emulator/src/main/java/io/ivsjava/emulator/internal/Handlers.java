package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operation handlers of both services. Handlers registered later replace earlier ones for the same operation,
 * so the generic handlers made from the {@link ResourceTable} come first and the hand-written ones, where IVS has
 * real behaviour, override them. Each handler takes its partition's lock itself: {@link Operations} wraps it in
 * the lock it declares when it registers it.
 *
 * <p>Filled once at start-up, then only read; safe to read from any thread after that.
 */
final class Handlers {
    /** Runs one operation on its validated input. */
    @FunctionalInterface
    interface Body {
        /**
         * Runs the operation.
         *
         * @param partition the account and region the request acts in
         * @param input the validated input
         * @return the output body (may be empty)
         */
        ObjectNode handle(Partition partition, ObjectNode input);
    }

    /** By operation: the instances of {@link ServiceModel#ivs()}'s models, which the router resolves requests to. */
    private final Map<Operation, Body> handlers = new IdentityHashMap<>();

    /**
     * Registers a handler.
     *
     * @param model the service
     * @param operation the operation name, which the model must define
     * @param body what it does, locking its partition as it needs
     */
    void add(ServiceModel model, String operation, Body body) {
        Operation op = model.operations().get(operation);
        if (op == null) {
            throw new IllegalStateException(model.service() + " has no operation " + operation);
        }
        handlers.put(op, body);
    }

    /**
     * The handler of an operation.
     *
     * @param operation the operation, as its model holds it
     * @return its handler, if the emulator serves it
     */
    Optional<Body> find(Operation operation) {
        return Optional.ofNullable(handlers.get(operation));
    }
}
