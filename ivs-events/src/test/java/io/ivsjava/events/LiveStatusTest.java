package io.ivsjava.events;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.ChannelArn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LiveStatusTest {
    static final ChannelArn CHANNEL = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/AbCdef1G2hij");
    static final String A = "st-AAAAAAAAAAAAAAAAAAAAAAA";
    static final String B = "st-BBBBBBBBBBBBBBBBBBBBBBB";
    static final String C = "st-CCCCCCCCCCCCCCCCCCCCCCC";

    /** A stream state event as EventBridge would deliver it, parsed like a real one. */
    static StreamStateChange event(ChannelArn channel, String name, String streamId, String time) {
        String json = "{\"version\":\"0\",\"id\":\"" + name + "/" + streamId + "/" + time + "\","
                + "\"detail-type\":\"IVS Stream State Change\",\"source\":\"aws.ivs\",\"account\":\"123456789012\","
                + "\"time\":\"" + time + "\",\"region\":\"us-west-2\",\"resources\":[\"" + channel.value() + "\"],"
                + "\"detail\":{\"event_name\":\"" + name + "\",\"channel_name\":\"cat\""
                + (streamId == null ? "" : ",\"stream_id\":\"" + streamId + "\"") + "}}";
        return (StreamStateChange) IvsEvents.parse(json);
    }

    static StreamStateChange event(String name, String streamId, String time) {
        return event(CHANNEL, name, streamId, time);
    }

    static LiveStatus applyAll(List<StreamStateChange> events) {
        LiveStatus status = LiveStatus.offline(CHANNEL);
        for (StreamStateChange e : events) {
            status = status.apply(e);
        }
        return status;
    }

    static final String T1 = "2026-03-01T20:00:00Z";
    static final String T2 = "2026-03-01T20:00:02Z";
    static final String T3 = "2026-03-01T20:30:00Z";
    static final String T4 = "2026-03-01T21:00:00Z";
    static final String T5 = "2026-03-01T21:00:03Z";
    static final String T6 = "2026-03-01T22:00:00Z";

    @Nested
    class InOrder {
        @Test
        void aChannelNeverHeardOfIsOffline() {
            LiveStatus status = LiveStatus.offline(CHANNEL);

            assertThat(status.live()).isFalse();
            assertThat(status.streamId()).isEmpty();
            assertThat(status.asOf()).isEmpty();
            assertThat(status.decidedBy()).isEmpty();
            assertThat(status.endedStreamIds()).isEmpty();
        }

        @Test
        void createdStartEnd() {
            LiveStatus created = LiveStatus.offline(CHANNEL).apply(event("Session Created", A, T1));
            LiveStatus started = created.apply(event("Stream Start", A, T2));
            LiveStatus ended = started.apply(event("Stream End", A, T3));

            assertThat(created.live()).isFalse();
            assertThat(created.streamId()).hasValue(A);
            assertThat(started.live()).isTrue();
            assertThat(started.decidedBy()).hasValue(StreamStateChange.Name.STREAM_START);
            assertThat(started.asOf()).hasValue(Instant.parse(T2));
            assertThat(ended.live()).isFalse();
            assertThat(ended.decidedBy()).hasValue(StreamStateChange.Name.STREAM_END);
            assertThat(ended.asOf()).hasValue(Instant.parse(T3));
            assertThat(ended.endedStreamIds()).containsExactly(A);
        }

        @Test
        void aStreamFailureEndsTheStream() {
            LiveStatus status = applyAll(List.of(event("Stream Start", A, T1), event("Stream Failure", A, T2)));

            assertThat(status.live()).isFalse();
            assertThat(status.decidedBy()).hasValue(StreamStateChange.Name.STREAM_FAILURE);
        }

        @Test
        void aTakeoverCountsAsLive() {
            LiveStatus status = applyAll(List.of(event("Session Created", A, T1), event("Stream Takeover", A, T2)));

            assertThat(status.live()).isTrue();
        }

        @Test
        void sessionEndedHealthAndUnknownNamesChangeNothing() {
            LiveStatus live = applyAll(List.of(event("Stream Start", A, T1)));

            assertThat(live.apply(event("Session Ended", A, T2))).isSameAs(live);
            assertThat(live.apply(event("Stream Takeover Failure", A, T2))).isSameAs(live);
            assertThat(live.apply(event("Stream Paused", A, T3))).isSameAs(live);
        }
    }

    @Nested
    class BestEffortDelivery {
        @Test
        void aRepeatedEventChangesNothing() {
            StreamStateChange start = event("Stream Start", A, T1);
            LiveStatus live = LiveStatus.offline(CHANNEL).apply(start);
            StreamStateChange end = event("Stream End", A, T2);
            LiveStatus ended = live.apply(end);

            assertThat(live.apply(start)).isSameAs(live);
            assertThat(ended.apply(end)).isSameAs(ended);
            assertThat(ended.apply(start)).isSameAs(ended);
        }

        @Test
        void anEndBeforeItsStartLeavesTheChannelOffline() {
            LiveStatus status = applyAll(List.of(event("Stream End", A, T3), event("Stream Start", A, T2),
                    event("Session Created", A, T1)));

            assertThat(status.live()).isFalse();
            assertThat(status.streamId()).hasValue(A);
        }

        @Test
        void anEndWithAnEarlierClockThanItsStartStillEndsIt() {
            LiveStatus status = applyAll(List.of(event("Stream Start", A, T2), event("Stream End", A, T1)));

            assertThat(status.live()).isFalse();
            assertThat(status.asOf()).hasValue(Instant.parse(T2));
        }

        @Test
        void aLateStartOfAnOlderStreamCannotFlipANewerEnd() {
            LiveStatus status = applyAll(List.of(event("Stream Start", B, T4), event("Stream End", B, T5),
                    event("Stream Start", A, T1)));

            assertThat(status.live()).isFalse();
            assertThat(status.streamId()).hasValue(B);
        }

        @Test
        void aLateEndOfAnOlderStreamCannotEndANewerOne() {
            LiveStatus status = applyAll(List.of(event("Stream Start", A, T1), event("Stream Start", B, T4),
                    event("Stream End", A, T3)));

            assertThat(status.live()).isTrue();
            assertThat(status.streamId()).hasValue(B);
            assertThat(status.endedStreamIds()).containsExactly(A);
        }

        @Test
        void aStartOfAnOlderStreamThatArrivesAfterItsEndIsIgnoredEvenWhenNothingNewerIsKnown() {
            LiveStatus status = applyAll(List.of(event("Stream End", A, T2), event("Stream Start", A, T1)));

            assertThat(status.live()).isFalse();
        }

        @Test
        void aNewerSessionMeansTheOlderStreamIsOverEvenIfItsEndWasLost() {
            LiveStatus stale = applyAll(List.of(event("Stream Start", A, T1)));
            LiveStatus created = stale.apply(event("Session Created", B, T4));
            LiveStatus started = created.apply(event("Stream Start", B, T5));

            assertThat(created.live()).isFalse();
            assertThat(created.streamId()).hasValue(B);
            assertThat(started.live()).isTrue();
        }

        @Test
        void aNewStreamStartingInTheSecondTheOldOneEndedIsLiveInEitherOrder() {
            StreamStateChange oldEnd = event("Stream End", A, T4);
            StreamStateChange newStart = event("Stream Start", B, T4);

            assertThat(applyAll(List.of(oldEnd, newStart)).live()).isTrue();
            assertThat(applyAll(List.of(newStart, oldEnd)).live()).isTrue();
            assertThat(applyAll(List.of(newStart, oldEnd)).streamId()).hasValue(B);
        }

        @Test
        void twoStreamsStartingInTheSameSecondGiveOneAnswerInEitherOrder() {
            StreamStateChange a = event("Stream Start", A, T4);
            StreamStateChange b = event("Stream Start", B, T4);

            assertThat(applyAll(List.of(a, b))).isEqualTo(applyAll(List.of(b, a)));
        }

        @Test
        void eventsWithoutAStreamIdAreOrderedByTime() {
            LiveStatus status = applyAll(List.of(event("Stream Start", null, T3), event("Stream End", null, T1)));

            assertThat(status.live()).isTrue();
            assertThat(status.streamId()).isEmpty();
            assertThat(status.apply(event("Stream End", null, T4)).live()).isFalse();
        }

        @Test
        void theOrderOfArrivalNeverChangesTheOutcome() {
            List<StreamStateChange> history = List.of(
                    event("Session Created", A, T1), event("Stream Start", A, T2), event("Stream End", A, T3),
                    event("Session Created", B, T4), event("Stream Start", B, T5), event("Stream Start", B, T5));
            LiveStatus expected = applyAll(history);
            assertThat(expected.live()).isTrue();
            assertThat(expected.streamId()).hasValue(B);

            Set<String> outcomes = new HashSet<>();
            permutations(new ArrayList<>(history), 0, order -> {
                LiveStatus s = applyAll(order);
                outcomes.add(s.live() + " " + s.streamId().orElse("-") + " " + s.asOf().orElseThrow());
            });

            assertThat(outcomes).containsExactly("true " + B + " " + T5);
        }

        @Test
        void theOrderOfArrivalNeverChangesTheOutcomeWhenTheLastStreamEnded() {
            List<StreamStateChange> history = List.of(
                    event("Stream Start", A, T1), event("Stream End", A, T2), event("Stream Start", B, T3),
                    event("Stream End", B, T4), event("Session Created", C, T5), event("Stream Start", C, T5),
                    event("Stream End", C, T6));

            Set<String> outcomes = new HashSet<>();
            permutations(new ArrayList<>(history), 0, order -> {
                LiveStatus s = applyAll(order);
                outcomes.add(s.live() + " " + s.streamId().orElse("-"));
            });

            assertThat(outcomes).containsExactly("false " + C);
        }

        private void permutations(List<StreamStateChange> events, int from,
                                  java.util.function.Consumer<List<StreamStateChange>> each) {
            if (from == events.size()) {
                each.accept(events);
                return;
            }
            for (int i = from; i < events.size(); i++) {
                Collections.swap(events, from, i);
                permutations(events, from + 1, each);
                Collections.swap(events, from, i);
            }
        }
    }

    @Test
    void itRemembersTheLastSixteenEndedStreams() {
        LiveStatus status = LiveStatus.offline(CHANNEL);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = String.format("st-%023d", i);
            ids.add(id);
            String start = Instant.parse(T1).plusSeconds(60L * i).toString();
            String end = Instant.parse(T1).plusSeconds(60L * i + 30).toString();
            status = status.apply(event("Stream Start", id, start)).apply(event("Stream End", id, end));
        }

        assertThat(status.endedStreamIds()).hasSize(LiveStatus.ENDED_STREAMS_KEPT)
                .containsExactlyElementsOf(ids.subList(4, 20));
        assertThat(status.apply(event("Stream Start", ids.get(19), T1)).live()).isFalse();
    }

    @Test
    void aStoredStatusIsCheckedWhenReadBack() {
        LiveStatus live = applyAll(List.of(event("Stream Start", A, T1)));
        Optional<Instant> at = live.asOf();

        assertThat(new LiveStatus(CHANNEL, true, Optional.of(A), at, live.decidedBy(), List.of())).isEqualTo(live);
        assertInvalid(() -> new LiveStatus(CHANNEL, true, Optional.of(A), Optional.empty(), live.decidedBy(),
                List.of()), "decidedBy", "both or neither");
        assertInvalid(() -> new LiveStatus(CHANNEL, false, Optional.of(A), at,
                Optional.of(StreamStateChange.Name.SESSION_ENDED), List.of()), "decidedBy",
                "SESSION_ENDED does not decide");
        assertInvalid(() -> new LiveStatus(CHANNEL, true, Optional.of(A), at,
                Optional.of(StreamStateChange.Name.STREAM_END), List.of()), "live", "is true but decidedBy is STREAM_END");
        assertInvalid(() -> new LiveStatus(CHANNEL, true, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of()), "live", "is true but decidedBy is empty");
        assertInvalid(() -> new LiveStatus(CHANNEL, false, Optional.of(A), at, live.decidedBy(), List.of()),
                "live", "is false but decidedBy is STREAM_START");
    }

    @Test
    void anEventOfAnotherChannelIsRefused() {
        ChannelArn other = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/ZzZzZzZzZzZz");

        assertInvalid(() -> LiveStatus.offline(CHANNEL).apply(event(other, "Stream Start", A, T1)), "event",
                "is about channel " + other.value(), "this status is channel " + CHANNEL.value());
        assertInvalid(() -> LiveStatus.offline(CHANNEL).apply(null), "event", "is missing");
    }

    @Nested
    class Tracker {
        private final LiveStatusTracker tracker = LiveStatusTracker.create();

        @Test
        void itAnswersPerChannelAndReportsOnlyChangesOfTheFlag() {
            ChannelArn other = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/ZzZzZzZzZzZz");

            assertThat(tracker.apply(event("Session Created", A, T1))).isEmpty();
            Optional<LiveStatus> started = tracker.apply(event("Stream Start", A, T2));
            assertThat(tracker.apply(event("Stream Start", A, T2))).as("a duplicate").isEmpty();
            assertThat(tracker.apply(event(other, "Stream Start", B, T2))).isPresent();
            Optional<LiveStatus> ended = tracker.apply(event("Stream End", A, T3));

            assertThat(started).hasValueSatisfying(s -> {
                assertThat(s.channel()).isEqualTo(CHANNEL);
                assertThat(s.live()).isTrue();
            });
            assertThat(ended).hasValueSatisfying(s -> assertThat(s.live()).isFalse());
            assertThat(tracker.isLive(CHANNEL)).isFalse();
            assertThat(tracker.isLive(other)).isTrue();
            assertThat(tracker.statuses()).containsOnlyKeys(CHANNEL, other);
        }

        @Test
        void otherEventsAndEventsWithoutAChannelAreIgnored() {
            assertThat(tracker.apply(Fixtures.parse("stage-update-participant-joined.json"))).isEmpty();
            assertThat(tracker.apply(Fixtures.parse("stream-state-stream-start-doc-placeholders.json"))).isEmpty();
            assertThat(tracker.statuses()).isEmpty();
        }

        @Test
        void aChannelNeverHeardOfIsOfflineAndAForgottenOneStartsOver() {
            tracker.apply(event("Stream Start", A, T1));
            tracker.apply(event("Stream End", A, T2));

            tracker.forget(CHANNEL);

            assertThat(tracker.status(CHANNEL)).isEqualTo(LiveStatus.offline(CHANNEL));
            assertThat(tracker.apply(event("Stream Start", A, T1))).isPresent();
        }

        @Test
        void channelsAreTrackedFromManyThreadsWithEventsInAnyOrder() throws Exception {
            List<ChannelArn> channels = new ArrayList<>();
            List<StreamStateChange> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ChannelArn channel = ChannelArn.parse(String.format(
                        "arn:aws:ivs:us-west-2:123456789012:channel/ch%010d", i));
                channels.add(channel);
                all.add(event(channel, "Stream Start", A, T1));
                all.add(event(channel, "Stream End", A, T2));
                all.add(event(channel, "Stream Start", B, T3));
                if (i % 2 == 0) {
                    all.add(event(channel, "Stream End", B, T4));
                }
                all.add(event(channel, "Stream Start", A, T1)); // a late duplicate
            }
            Collections.shuffle(all, new Random(17));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    work.add(pool.submit(() -> {
                        for (int i = offset; i < all.size(); i += 4) {
                            tracker.apply(all.get(i));
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            for (int i = 0; i < channels.size(); i++) {
                assertThat(tracker.isLive(channels.get(i))).as("channel %d", i).isEqualTo(i % 2 == 1);
                assertThat(tracker.status(channels.get(i)).streamId()).hasValue(B);
            }
        }

        @Test
        void nullsAreRejected() {
            assertInvalid(() -> tracker.apply(null), "event", "is missing");
            assertInvalid(() -> tracker.isLive(null), "channel", "is missing");
            assertInvalid(() -> tracker.forget(null), "channel", "is missing");
        }
    }
}
