package io.ivsjava.live;

import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.live.internal.Tags;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.DeleteOption;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSession;
import io.ivsjava.realtime.StageSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the stages and channels that ivs-live created and that have been idle for longer than a
 * {@link CleanupPolicy} allows, each time {@link #sweep()} runs. Made by {@link IvsLive#janitor(CleanupPolicy)};
 * schedule it as the application likes:
 *
 * <pre>{@code
 * Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(Duration.ofMinutes(30)));
 * scheduler.scheduleWithFixedDelay(janitor::sweep, 5, 5, TimeUnit.MINUTES);
 * }</pre>
 *
 * <p>A stage is idle while it has no session; it has been idle since its last session ended, or since it was created
 * (its {@value IvsLive#TAG_CREATED} tag) if it never had one. A channel is offline while it is not live; it has been
 * offline since its last stream ended, or since it was created. Time is the {@link IvsLive}'s clock. Before a stage is
 * deleted its compositions are stopped. Only resources tagged by ivs-live for the instance's namespace are
 * considered; one without a creation tag and without any session is left alone. A user whose resources were deleted
 * is provisioned anew by the next {@link IvsLive#goLive}.
 *
 * <p>Each resource is judged and deleted under its user's lock, the one {@code goLive}, {@code prepare} and
 * {@code tearDown} take, and what the same {@link IvsLive} handed out within the limit is kept though nobody joined
 * or connected yet: a host given a stage a moment ago, or an encoder given a stream key, is about to use it. (That
 * knowledge is the instance's own; janitors of other instances sharing the namespace judge by IVS's sessions only.)
 *
 * <p>With chat on ({@link IvsLive.Builder#chatRooms()}), a sweep then deletes the chat rooms of users left with no
 * stage and no channel of the namespace, once a room is older than the shorter of the policy's limits (a room is
 * created after its user's stage and channel, so a provisioning under way is never caught halfway).
 *
 * <p>Each sweep lists every stage and channel of the account in the region (one call per page) and reads the
 * sessions of the idle ones; with chat on, it lists the stages, channels and rooms again for the rooms. Thread-safe;
 * overlapping sweeps do no harm (a resource already gone is skipped).
 */
public final class Janitor {
    private static final Logger LOG = LoggerFactory.getLogger(Janitor.class);

    private final IvsLive live;
    private final CleanupPolicy policy;

    Janitor(IvsLive live, CleanupPolicy policy) {
        this.live = live;
        this.policy = policy;
    }

    /**
     * The policy this janitor applies.
     *
     * @return the policy
     */
    public CleanupPolicy policy() {
        return policy;
    }

    /**
     * Deletes what has been idle too long, now.
     *
     * @return what was removed
     * @throws io.ivsjava.core.IvsException if listing fails; a resource that changes meanwhile (deleted elsewhere,
     *     or gone live) is skipped
     */
    public CleanupReport sweep() {
        Instant now = live.clock().instant();
        Set<String> users = new LinkedHashSet<>();
        List<CompositionArn> stopped = new ArrayList<>();
        List<StageArn> deletedStages = new ArrayList<>();
        List<ChannelArn> deletedChannels = new ArrayList<>();
        policy.idleStages().ifPresent(limit -> sweepStages(now, limit, users, stopped, deletedStages));
        policy.offlineChannels().ifPresent(limit -> sweepChannels(now, limit, users, deletedChannels));
        List<RoomArn> deletedRooms = new ArrayList<>();
        Optional<Duration> shortest = Stream.concat(policy.idleStages().stream(), policy.offlineChannels().stream())
                .min(Duration::compareTo);
        if (live.chatIfOn().isPresent() && shortest.isPresent()) {
            Set<String> withResources = usersWithResources();
            deletedRooms.addAll(live.chatIfOn().get().sweep(now, shortest.get(),
                    user -> withResources.contains(user) || live.handedOutSince(user, now.minus(shortest.get())),
                    users));
        }
        CleanupReport report = new CleanupReport(users, stopped, deletedStages, deletedChannels, 0, deletedRooms);
        if (report.removedAnything()) {
            LOG.info("Janitor removed {} stages, {} channels and {} chat rooms of {} users", deletedStages.size(),
                    deletedChannels.size(), deletedRooms.size(), users.size());
        }
        return report;
    }

    /** The users who have a stage or a channel of the namespace now. */
    private Set<String> usersWithResources() {
        Set<String> owners = new LinkedHashSet<>();
        live.realTime().listStages().filter(s -> Tags.ours(s.tags(), live.namespace()))
                .forEach(s -> Tags.user(s.tags()).ifPresent(owners::add));
        live.lowLatency().listChannels().filter(c -> Tags.ours(c.tags(), live.namespace()))
                .forEach(c -> Tags.user(c.tags()).ifPresent(owners::add));
        return owners;
    }

    private void sweepStages(Instant now, Duration limit, Set<String> users, List<CompositionArn> stopped,
                             List<StageArn> deleted) {
        IvsRealTime rt = live.realTime();
        List<StageSummary> ours = rt.listStages()
                .filter(s -> Tags.ours(s.tags(), live.namespace()) && s.activeSessionId().isEmpty())
                .collect(Collectors.toList());
        for (StageSummary stage : ours) {
            Optional<String> owner = Tags.user(stage.tags());
            underOwnersLock(owner, () -> sweepStage(rt, stage, owner, now, limit, users, stopped, deleted));
        }
    }

    private void sweepStage(IvsRealTime rt, StageSummary stage, Optional<String> owner, Instant now, Duration limit,
                            Set<String> users, List<CompositionArn> stopped, List<StageArn> deleted) {
        if (owner.isPresent() && live.handedOutSince(owner.get(), now.minus(limit))) {
            return;   // its host is about to join
        }
        List<StageSession> sessions;
        try {
            sessions = rt.listStageSessions(stage.arn()).collect(Collectors.toList());
        } catch (IvsNotFoundException gone) {
            return;
        }
        if (sessions.stream().anyMatch(s -> s.startTime().isPresent() && s.endTime().isEmpty())) {
            return;   // a session opened since the list
        }
        Optional<Instant> idleSince = latest(Tags.created(stage.tags()),
                sessions.stream().map(s -> s.endTime().or(s::startTime)).flatMap(Optional::stream));
        if (idleSince.isEmpty() || idleSince.get().plus(limit).isAfter(now)) {
            return;
        }
        stopped.addAll(live.stopRunning(stage.arn()));
        if (live.deleteStage(stage.arn())) {
            deleted.add(stage.arn());
            owner.ifPresent(user -> {
                users.add(user);
                live.forgetRemoved(user, Optional.of(stage.arn()));
            });
            LOG.info("Janitor deleted stage {}, idle since {}", stage.arn(), idleSince.get());
        }
    }

    /** Runs a decision under the lock of the resource's user, if the resource names one. */
    private void underOwnersLock(Optional<String> owner, Runnable decision) {
        if (owner.isEmpty()) {
            decision.run();
            return;
        }
        live.locked(owner.get(), () -> {
            decision.run();
            return null;
        });
    }

    private void sweepChannels(Instant now, Duration limit, Set<String> users, List<ChannelArn> deleted) {
        IvsLowLatency ll = live.lowLatency();
        List<ChannelSummary> ours = ll.listChannels()
                .filter(c -> Tags.ours(c.tags(), live.namespace()))
                .collect(Collectors.toList());
        for (ChannelSummary channel : ours) {
            Optional<String> owner = Tags.user(channel.tags());
            underOwnersLock(owner, () -> sweepChannel(ll, channel, owner, now, limit, users, deleted));
        }
    }

    private void sweepChannel(IvsLowLatency ll, ChannelSummary channel, Optional<String> owner, Instant now,
                              Duration limit, Set<String> users, List<ChannelArn> deleted) {
        if (owner.isPresent() && live.handedOutSince(owner.get(), now.minus(limit))) {
            return;   // its encoder is about to connect
        }
        Optional<Instant> offlineSince;
        try {
            if (ll.getStream(channel.arn()).isPresent()) {
                return;
            }
            offlineSince = latest(Tags.created(channel.tags()), ll.listStreamSessions(channel.arn())
                    .map(s -> s.endTime().orElse(s.startTime())));
        } catch (IvsNotFoundException gone) {
            return;
        }
        if (offlineSince.isEmpty() || offlineSince.get().plus(limit).isAfter(now)) {
            return;
        }
        try {
            if (ll.deleteChannel(channel.arn(), DeleteOption.IF_EXISTS)) {
                deleted.add(channel.arn());
                owner.ifPresent(user -> {
                    users.add(user);
                    live.forgetRemoved(user, Optional.empty());
                });
                LOG.info("Janitor deleted channel {}, offline since {}", channel.arn(), offlineSince.get());
            }
        } catch (IvsConflictException wentLive) {
            LOG.info("Janitor kept channel {}: it went live", channel.arn());
        }
    }

    private static Optional<Instant> latest(Optional<Instant> created, Stream<Instant> times) {
        return Stream.concat(created.stream(), times).max(Instant::compareTo);
    }

    /** {@return the policy} */
    @Override
    public String toString() {
        return "Janitor[" + policy + "]";
    }
}
