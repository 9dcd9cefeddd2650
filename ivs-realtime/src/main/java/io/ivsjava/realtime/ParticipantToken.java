package io.ivsjava.realtime;

import io.ivsjava.core.StageArn;
import java.time.Instant;
import java.util.Objects;

/**
 * What a client needs to join a stage: the token, a JWT that the IVS client SDKs present when joining, and the
 * participant it admits. Hand {@link #token()} to exactly one client; it is a secret until it expires, and
 * {@link #toString()} never shows it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param stage the stage the token admits to
 * @param participant who the token admits, with what capabilities
 * @param token the JWT to give the client
 * @param expiresAt when the token stops admitting anyone
 * @param selfSigned whether the token was signed locally ({@link ParticipantTokenSigner}) rather than issued by
 *     the CreateParticipantToken API
 */
public record ParticipantToken(StageArn stage, Participant participant, String token, Instant expiresAt,
                               boolean selfSigned) {
    /** Checks that no component is null. */
    public ParticipantToken {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** {@return the stage, participant and expiry; the token itself is redacted} */
    @Override
    public String toString() {
        return "ParticipantToken[stage=" + stage + ", participant=" + participant + ", expiresAt=" + expiresAt
                + ", selfSigned=" + selfSigned + ", token=<redacted>]";
    }
}
