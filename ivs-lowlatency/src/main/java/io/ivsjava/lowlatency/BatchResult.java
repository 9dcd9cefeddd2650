package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.util.List;

/**
 * What a batch read returned: the resources found, and an error for each one that was not.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param found the resources IVS returned
 * @param errors the resources it did not, with its reasons
 * @param <T> the resource type
 */
public record BatchResult<T>(List<T> found, List<BatchError> errors) {
    /** Checks that no component is null and freezes the lists. */
    public BatchResult {
        found = List.copyOf(Check.notNull("found", found));
        errors = List.copyOf(Check.notNull("errors", errors));
    }
}
