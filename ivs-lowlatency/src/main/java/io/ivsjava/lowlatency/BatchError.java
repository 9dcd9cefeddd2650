package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;

/**
 * One resource of a batch read that IVS could not return.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the resource's ARN, as asked for
 * @param code IVS's error code, such as {@code ResourceNotFoundException}
 * @param message IVS's message
 */
public record BatchError(String arn, String code, String message) {
    /** Checks that no component is null. */
    public BatchError {
        Check.notNull("arn", arn);
        Check.notNull("code", code);
        Check.notNull("message", message);
    }
}
