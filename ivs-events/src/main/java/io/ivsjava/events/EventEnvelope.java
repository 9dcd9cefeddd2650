package io.ivsjava.events;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;

/**
 * The EventBridge part of an IVS event: who sent it, when, and about which resources.
 *
 * <p>EventBridge wraps every event the same way; {@code source} is always {@code aws.ivs} here, and
 * {@code resources} names the channel, stage or composition the event is about (an account-wide
 * {@link LimitBreach} names none).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param id the event's id, unique per event (a redelivered event keeps its id)
 * @param detailType what kind of event it is, such as {@code IVS Stream State Change}
 * @param source who sent it: {@code aws.ivs}
 * @param account the AWS account the event belongs to
 * @param time when IVS says the event happened (EventBridge gives whole seconds)
 * @param region the AWS region the event comes from
 * @param resources the ARNs of the resources the event is about, as IVS wrote them; may be empty
 */
public record EventEnvelope(String id, String detailType, String source, String account, Instant time,
                            String region, List<String> resources) {
    /** Checks that no component is null and freezes the list. */
    public EventEnvelope {
        Check.notNull("id", id);
        Check.notNull("detailType", detailType);
        Check.notNull("source", source);
        Check.notNull("account", account);
        Check.notNull("time", time);
        Check.notNull("region", region);
        resources = List.copyOf(Check.notNull("resources", resources));
    }
}
