package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operation handlers of both services, each with the lock it needs. Handlers registered later replace earlier
 * ones for the same operation, so the generic handlers made from the {@link ResourceTable} come first and the
 * hand-written ones, where IVS has real behaviour, override them.
 *
 * <p>Filled once at start-up, then only read; safe to read from any thread after that.
 */
final class Handlers {
    /** How a handler uses its partition's lock. */
    enum Access {
        /** Only reads: runs under the shared read lock. */
        READ,
        /** Changes state: runs under the exclusive write lock. */
        WRITE,
        /** Takes the lock itself, for work (signing a token) that should not hold it. */
        SELF
    }

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

    /** A handler and how it locks. */
    record Handler(Access access, Body body) {
        /**
         * Runs the handler under the lock it declared.
         *
         * @param partition the partition
         * @param input the input
         * @return the output
         */
        ObjectNode run(Partition partition, ObjectNode input) {
            switch (access) {
                case READ:
                    return partition.read(() -> body.handle(partition, input));
                case WRITE:
                    return partition.write(() -> body.handle(partition, input));
                default:
                    return body.handle(partition, input);
            }
        }
    }

    private final Map<String, Handler> handlers = new HashMap<>();

    /**
     * Registers a handler.
     *
     * @param model the service
     * @param operation the operation name, which the model must define
     * @param access how it locks
     * @param body what it does
     */
    void add(ServiceModel model, String operation, Access access, Body body) {
        if (!model.operations().containsKey(operation)) {
            throw new IllegalStateException(model.service() + " has no operation " + operation);
        }
        handlers.put(model.service() + ":" + operation, new Handler(access, body));
    }

    /**
     * The handler of an operation.
     *
     * @param service the service name
     * @param operation the operation name
     * @return its handler, if the emulator serves it
     */
    Optional<Handler> find(String service, String operation) {
        return Optional.ofNullable(handlers.get(service + ":" + operation));
    }

    /** {@return how many operations are served} */
    int size() {
        return handlers.size();
    }
}
