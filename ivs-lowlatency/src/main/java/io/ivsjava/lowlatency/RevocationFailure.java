package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;

/**
 * A revocation of a batch ({@link IvsLowLatency#revokeViewerSessions}) that IVS did not start.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param revocation the revocation asked for
 * @param code IVS's error code for it
 * @param message IVS's message
 */
public record RevocationFailure(ViewerRevocation revocation, String code, String message) {
    /** Checks that no component is null. */
    public RevocationFailure {
        Check.notNull("revocation", revocation);
        Check.notNull("code", code);
        Check.notNull("message", message);
    }
}
