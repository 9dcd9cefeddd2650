package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Follows {@link StreamStateChange} events per channel and answers "is this channel live?", coping with late,
 * repeated and out-of-order events as {@link LiveStatus} describes.
 *
 * <pre>{@code
 * LiveStatusTracker live = LiveStatusTracker.create();
 * dispatcher.on(StreamStateChange.class, e -> live.apply(e).ifPresent(s -> users.setLive(s.channel(), s.live())));
 * }</pre>
 *
 * <p>State is in memory, one {@link LiveStatus} per channel heard of. Several backend instances that share events
 * should store the {@link LiveStatus} records instead and call {@link LiveStatus#apply} themselves.
 *
 * <p>Thread-safe: events of one channel are applied one at a time, events of different channels concurrently.
 */
public final class LiveStatusTracker {
    private final ConcurrentMap<ChannelArn, LiveStatus> statuses = new ConcurrentHashMap<>();

    private LiveStatusTracker() {
    }

    /**
     * A tracker that has heard of no channel yet.
     *
     * @return the tracker
     */
    public static LiveStatusTracker create() {
        return new LiveStatusTracker();
    }

    /**
     * Takes an event into account. Events other than {@link StreamStateChange}, and stream events whose resources
     * name no channel, are ignored.
     *
     * @param event any IVS event
     * @return the channel's new status when the event changed whether it is live; empty otherwise
     */
    public Optional<LiveStatus> apply(IvsEvent event) {
        Check.notNull("event", event);
        if (!(event instanceof StreamStateChange change) || change.channel().isEmpty()) {
            return Optional.empty();
        }
        LiveStatus[] before = new LiveStatus[1];
        LiveStatus after = statuses.compute(change.channel().get(), (channel, current) -> {
            before[0] = current == null ? LiveStatus.offline(channel) : current;
            return before[0].apply(change);
        });
        return after.live() != before[0].live() ? Optional.of(after) : Optional.empty();
    }

    /**
     * Whether a channel is live; false for a channel no event was seen for.
     *
     * @param channel the channel
     * @return whether it is live
     */
    public boolean isLive(ChannelArn channel) {
        return status(channel).live();
    }

    /**
     * A channel's status; {@link LiveStatus#offline} for a channel no event was seen for.
     *
     * @param channel the channel
     * @return the status
     */
    public LiveStatus status(ChannelArn channel) {
        Check.notNull("channel", channel);
        LiveStatus status = statuses.get(channel);
        return status != null ? status : LiveStatus.offline(channel);
    }

    /**
     * Every channel heard of, at one moment.
     *
     * @return an immutable copy, by channel
     */
    public Map<ChannelArn, LiveStatus> statuses() {
        return Map.copyOf(statuses);
    }

    /**
     * Forgets a channel (one that was deleted, say); its later events start from offline again.
     *
     * @param channel the channel
     */
    public void forget(ChannelArn channel) {
        statuses.remove(Check.notNull("channel", channel));
    }
}
