package io.ivsjava.events;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a low-latency channel is live, as its {@link StreamStateChange} events tell, whatever order they came in.
 *
 * <p>IVS delivers events on a best-effort basis: late (by hours), twice, or out of order. {@link #apply} is written
 * for that; the status it reaches does not depend on the order events arrive in:
 * <ul>
 *   <li>Each broadcast has its own stream id. {@code Stream End} and {@code Stream Failure} end their stream for
 *       good, so a late or repeated {@code Stream Start} of a stream already ended changes nothing.</li>
 *   <li>Between different streams the newer one decides, by event time; a late event of an older stream changes
 *       nothing. A {@code Session Created} of a newer stream means the older one is over (the channel reads
 *       offline until that stream starts).</li>
 *   <li>At the same second (EventBridge times have whole seconds) a stream starting beats another stream ending;
 *       two streams starting are told apart by stream id, so the result is still the same in any order.</li>
 *   <li>{@code Session Ended}, health, takeover failures and names this version does not know change nothing
 *       ({@code Session Ended} can come before {@code Stream End} while IVS still delivers video, and an encoder
 *       that is taken over ends its session while the stream goes on). {@code Stream Takeover} counts as live.</li>
 * </ul>
 * A missing {@code Stream End} is the one thing events cannot fix: the channel reads live until a newer stream's
 * event arrives. Check with {@code GetStream} when that matters.
 *
 * <p>The record is the whole state, so a backend with several instances can store it (in a database row per
 * channel) and apply events to the stored value.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel
 * @param live whether the channel is live
 * @param streamId the stream the status is about; empty before any event with a stream id
 * @param asOf the time of the event that decided the status; empty before any
 * @param decidedBy the name of that event; empty before any
 * @param endedStreamIds the streams of this channel known to have ended, newest last (at most
 *     {@value #ENDED_STREAMS_KEPT}), so that their late events are recognised
 */
public record LiveStatus(ChannelArn channel, boolean live, Optional<String> streamId, Optional<Instant> asOf,
                         Optional<StreamStateChange.Name> decidedBy, List<String> endedStreamIds) {
    /** How many ended streams a status remembers. */
    public static final int ENDED_STREAMS_KEPT = 16;

    /** Orders events of different streams: time, then starting over created over ended, then stream id. */
    private static final Comparator<Key> NEWER = Comparator.comparing(Key::time)
            .thenComparingInt(Key::rank)
            .thenComparing(Key::streamId);

    /**
     * Checks that no component is null and that the components agree (a status read back from storage, say):
     * {@code asOf} and {@code decidedBy} come together, {@code decidedBy} is an event that decides the live flag,
     * and {@code live} is what that event says. Freezes the list.
     */
    public LiveStatus {
        Check.notNull("channel", channel);
        Check.notNull("streamId", streamId);
        Check.notNull("asOf", asOf);
        Check.notNull("decidedBy", decidedBy);
        endedStreamIds = List.copyOf(Check.notNull("endedStreamIds", endedStreamIds));
        if (asOf.isPresent() != decidedBy.isPresent()) {
            throw IvsValidationException.invalid("decidedBy", "is " + (decidedBy.isPresent() ? "present" : "empty")
                    + " while asOf is " + (asOf.isPresent() ? "present" : "empty") + "; both or neither");
        }
        Kind kind = decidedBy.map(Kind::of).orElse(Kind.NONE);
        if (decidedBy.isPresent() && kind == Kind.NONE) {
            throw IvsValidationException.invalid("decidedBy", decidedBy.get()
                    + " does not decide whether a channel is live; allowed SESSION_CREATED, STREAM_START, "
                    + "STREAM_TAKEOVER, STREAM_END, STREAM_FAILURE");
        }
        if (live && kind != Kind.STARTED) {
            throw IvsValidationException.invalid("live", "is true but decidedBy is "
                    + decidedBy.map(Enum::name).orElse("empty") + "; a channel is live after STREAM_START or "
                    + "STREAM_TAKEOVER");
        }
        if (!live && kind == Kind.STARTED) {
            throw IvsValidationException.invalid("live", "is false but decidedBy is " + decidedBy.get());
        }
    }

    /**
     * The status of a channel no event has been seen for: not live.
     *
     * @param channel the channel
     * @return the status
     */
    public static LiveStatus offline(ChannelArn channel) {
        return new LiveStatus(channel, false, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * The status after an event; applying the same event twice changes nothing the second time.
     *
     * @param event an event of this channel
     * @return the new status, or this one if the event changes nothing
     * @throws IvsValidationException if the event is about another channel, or names none
     */
    public LiveStatus apply(StreamStateChange event) {
        Check.notNull("event", event);
        if (!event.channel().equals(Optional.of(channel))) {
            throw IvsValidationException.invalid("event", "is about channel "
                    + event.channel().map(ChannelArn::value).orElse("(none)") + "; this status is channel "
                    + channel.value() + "'s");
        }
        Kind kind = Kind.of(event.name());
        if (kind == Kind.NONE) {
            return this;
        }
        Optional<String> sid = event.streamId();
        Instant time = event.time();
        if (sid.isPresent() && endedStreamIds.contains(sid.get())) {
            return this; // a stream already ended: anything more about it is late or repeated
        }
        if (sid.isPresent() && sid.equals(streamId) && asOf.isPresent()) {
            // The stream the status is about: its own lifecycle decides, whatever the clocks say.
            Instant latest = time.isAfter(asOf.get()) ? time : asOf.get();
            if (Kind.of(decidedBy.orElseThrow()) == Kind.ENDED) {
                return this; // it ended (and has since left endedStreamIds): ended for good
            }
            switch (kind) {
                case STARTED:
                    return live ? this : with(true, sid, latest, event.name(), endedStreamIds);
                case ENDED:
                    return with(false, sid, latest, event.name(), ended(sid.get()));
                default:
                    return this; // Session Created comes first in a stream's life: nothing new
            }
        }
        boolean newer = asOf.isEmpty() || NEWER.compare(new Key(time, kind.rank, sid.orElse("")),
                new Key(asOf.get(), Kind.of(decidedBy.orElseThrow()).rank, streamId.orElse(""))) > 0;
        List<String> ended = kind == Kind.ENDED && sid.isPresent() ? ended(sid.get()) : endedStreamIds;
        if (newer) {
            return with(kind == Kind.STARTED, sid, time, event.name(), ended);
        }
        return ended == endedStreamIds ? this
                : new LiveStatus(channel, live, streamId, asOf, decidedBy, ended);
    }

    private LiveStatus with(boolean live, Optional<String> streamId, Instant asOf, StreamStateChange.Name name,
                            List<String> ended) {
        return new LiveStatus(channel, live, streamId, Optional.of(asOf), Optional.of(name), ended);
    }

    private List<String> ended(String streamId) {
        List<String> ended = new ArrayList<>(endedStreamIds);
        ended.add(streamId);
        return ended.size() > ENDED_STREAMS_KEPT ? ended.subList(ended.size() - ENDED_STREAMS_KEPT, ended.size())
                : ended;
    }

    /** What an event means for the live flag; the rank breaks ties at the same second between streams. */
    private enum Kind {
        ENDED(0), CREATED(1), STARTED(2), NONE(-1);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        static Kind of(StreamStateChange.Name name) {
            switch (name) {
                case STREAM_START:
                case STREAM_TAKEOVER:
                    return STARTED;
                case STREAM_END:
                case STREAM_FAILURE:
                    return ENDED;
                case SESSION_CREATED:
                    return CREATED;
                default:
                    return NONE;
            }
        }
    }

    private record Key(Instant time, int rank, String streamId) {
    }
}
