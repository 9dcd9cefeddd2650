package io.ivsjava.live;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.StageEndpoints;

/**
 * The stage of a broadcast: its ARN and the endpoints participant tokens carry. Store both with the broadcast, and
 * tokens are signed from them without asking IVS for the stage again.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the stage's ARN
 * @param endpoints the stage's endpoints; the events and WHIP ones are required
 */
public record BroadcastStage(StageArn arn, StageEndpoints endpoints) {
    /**
     * Checks that no component is null and that the endpoints tokens need are there.
     *
     * @throws IvsValidationException naming {@code stage.endpoints.events} or {@code stage.endpoints.whip}
     */
    public BroadcastStage {
        Check.notNull("stage.arn", arn);
        Check.notNull("stage.endpoints", endpoints);
        if (endpoints.events().isEmpty()) {
            throw IvsValidationException.invalid("stage.endpoints.events", "is missing; participant tokens carry it");
        }
        if (endpoints.whip().isEmpty()) {
            throw IvsValidationException.invalid("stage.endpoints.whip", "is missing; participant tokens carry it");
        }
    }
}
