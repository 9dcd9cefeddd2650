package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ivsjava.chat.RoomSummary;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.ParticipantFilter;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.StageSummary;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each step of going live, admitting, ending and tearing down, with an answer lost on the way back (the operation
 * took effect, but the client saw a reset connection, half an answer or a 500), or refused, through scripted faults
 * on the emulator; each test then lists what exists. The clients' SDK retry strategy is the standard one with
 * three attempts and millisecond backoff ({@link Fixture#withAttempts(int)}).
 */
class LostAnswersTest {
    private static final int ATTEMPTS = 3;

    /** The faults after which the operation took effect but the caller cannot tell. */
    static Stream<Fault> lostAnswers() {
        return Stream.of(Fault.connectionReset(), Fault.truncatedResponse(),
                Fault.errorAfterApplying("InternalServerException"));
    }

    private static List<StageSummary> stages(Fixture fx, IvsLive live) {
        return fx.realTime.listStages().filter(s -> live.namespace().equals(s.tags().get(IvsLive.TAG_NAMESPACE)))
                .collect(Collectors.toList());
    }

    private static List<ChannelSummary> channels(Fixture fx, IvsLive live) {
        return fx.lowLatency.listChannels().filter(c -> live.namespace().equals(c.tags().get(IvsLive.TAG_NAMESPACE)))
                .collect(Collectors.toList());
    }

    private static List<RoomSummary> rooms(Fixture fx, IvsLive live) {
        return fx.chat.listRooms().filter(r -> live.namespace().equals(r.tags().get(IvsLive.TAG_NAMESPACE)))
                .collect(Collectors.toList());
    }

    private static List<CompositionSummary> running(Fixture fx, StageArn stage) {
        return fx.realTime.listCompositions(stage).filter(c -> c.state() == Composition.State.ACTIVE
                || c.state() == Composition.State.STARTING).collect(Collectors.toList());
    }

    // ---- creates ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void aStageWhoseAnswerWasLostIsFoundByItsTagNotCreatedTwice(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateStage", 1, fault);

            Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

            assertThat(fx.emulator.requestCount("CreateStage")).isEqualTo(1);
            assertThat(stages(fx, live)).singleElement().satisfies(s -> {
                assertThat(s.arn()).isEqualTo(show.stage().orElseThrow().arn());
                assertThat(s.tags()).containsKey(IvsLive.TAG_IDEMPOTENCY_TOKEN).containsEntry(IvsLive.TAG_USER, "kit");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void aChannelWhoseAnswerWasLostIsFoundWithItsStreamKey(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateChannel", 1, fault);

            Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);

            assertThat(fx.emulator.requestCount("CreateChannel")).isEqualTo(1);
            List<ChannelSummary> channels = channels(fx, live);
            assertThat(channels).extracting(ChannelSummary::arn).containsExactly(show.channel().orElseThrow().arn());
            ChannelSummary channel = channels.get(0);
            List<StreamKeySummary> keys = fx.lowLatency.listStreamKeys(channel.arn()).collect(Collectors.toList());
            assertThat(keys).singleElement()
                    .satisfies(k -> assertThat(k.arn()).isEqualTo(show.ingest().orElseThrow().streamKey().arn()));
        }
    }

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void aChatRoomWhoseAnswerWasLostIsFoundByItsTagNotCreatedTwice(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.liveWithChat(b -> b);
            fx.emulator.injectFault("CreateRoom", 1, fault);

            Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);

            assertThat(fx.emulator.requestCount("CreateRoom")).isEqualTo(1);
            assertThat(rooms(fx, live)).singleElement().satisfies(r -> {
                assertThat(r.arn()).isEqualTo(show.chatRoom().orElseThrow());
                assertThat(r.tags()).containsKey(IvsLive.TAG_IDEMPOTENCY_TOKEN).containsEntry(IvsLive.TAG_USER, "kit");
            });
        }
    }

    @Test
    void aChatRoomWhoseCreateStayedInDoubtIsFoundByItsTokenAndRemovedWithTheStage() {
        try (Fixture fx = Fixture.withAttempts(2)) {
            IvsLive live = fx.liveWithChat(b -> b);
            // the create takes effect but its answer is lost; every search for it fails until the undo's
            fx.emulator.injectFault("CreateRoom", 1, Fault.connectionReset());
            fx.emulator.injectFault("ListRooms", 1, Fault.delay(Duration.ZERO));      // provision's own search works
            fx.emulator.injectFault("ListRooms", 4, Fault.internalError());           // the lookups fail (2 x 2)

            IvsServiceException e = catchThrowableOfType(IvsServiceException.class,
                    () -> live.provision("kit", StreamingMode.REAL_TIME));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("ListRooms");
            assertThat(fx.emulator.requestCount("CreateRoom")).isEqualTo(1);
            assertThat(fx.emulator.requestCount("DeleteRoom")).isEqualTo(1);
            assertThat(rooms(fx, live)).isEmpty();
            assertThat(stages(fx, live)).isEmpty();
            // and the next provisioning starts from nothing, once
            live.provision("kit", StreamingMode.REAL_TIME);
            assertThat(rooms(fx, live)).hasSize(1);
            assertThat(stages(fx, live)).hasSize(1);
        }
    }

    @Test
    void aStreamKeyWhoseAnswerWasLostIsFoundNotCreatedTwice() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            Broadcast first = live.provision("kit", StreamingMode.LOW_LATENCY);
            fx.lowLatency.deleteStreamKey(first.ingest().orElseThrow().streamKey().arn());
            fx.emulator.injectFault("CreateStreamKey", 1, Fault.connectionReset());

            Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);

            assertThat(fx.emulator.requestCount("CreateStreamKey")).isEqualTo(1);
            assertThat(fx.lowLatency.listStreamKeys(show.channel().orElseThrow().arn())).singleElement()
                    .satisfies(k -> assertThat(k.arn()).isEqualTo(show.ingest().orElseThrow().streamKey().arn()));
        }
    }

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void aCompositionWhoseAnswerWasLostIsTheOneItsRetryGets(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("StartComposition", 1, fault);

            Broadcast show = live.goLive("kit", StreamingMode.HYBRID);

            // the SDK resent the start with the same idempotency token, and IVS answered the composition it had started
            List<RecordedCall> starts = fx.emulator.calls("StartComposition");
            assertThat(starts).hasSize(2);
            assertThat(starts.get(1).input()).isEqualTo(starts.get(0).input()).contains("idempotencyToken");
            assertThat(fx.realTime.listCompositions(show.stage().orElseThrow().arn())).singleElement()
                    .satisfies(c -> assertThat(c.arn()).isEqualTo(show.composition().orElseThrow()));
        }
    }

    @Test
    void whenEveryAnswerOfAStartIsLostTheCompositionIsFoundByItsTag() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("StartComposition", ATTEMPTS, Fault.connectionReset());

            Broadcast show = live.goLive("kit", StreamingMode.HYBRID);

            assertThat(fx.emulator.requestCount("StartComposition")).isEqualTo(ATTEMPTS);
            assertThat(running(fx, show.stage().orElseThrow().arn())).singleElement()
                    .satisfies(c -> assertThat(c.arn()).isEqualTo(show.composition().orElseThrow()));
        }
    }

    @Test
    void anEncoderConfigurationWhoseAnswerWasLostIsFoundNotCreatedTwice() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateEncoderConfiguration", 1, Fault.truncatedResponse());

            live.goLive("kit", StreamingMode.HYBRID);
            live.goLive("cara", StreamingMode.HYBRID);

            assertThat(fx.emulator.requestCount("CreateEncoderConfiguration")).isEqualTo(1);
            assertThat(fx.realTime.listEncoderConfigurations()).extracting(EncoderConfigurationSummary::name)
                    .hasSize(1);
        }
    }

    @Test
    void aServerErrorBeforeTheCreateActedIsRetriedAndMakesOne() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateStage", 2, Fault.internalError());

            Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

            assertThat(fx.emulator.calls("CreateStage")).extracting(RecordedCall::status).containsExactly(500, 500, 200);
            assertThat(stages(fx, live)).extracting(StageSummary::arn).containsExactly(show.stage().orElseThrow().arn());
        }
    }

    @Test
    void throttlingIsRetriedWithoutALookupSinceIvsRefusedBeforeActing() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateChannel", 2, Fault.throttling());
            long listsBefore = fx.emulator.requestCount("ListChannels");

            live.goLive("kit", StreamingMode.LOW_LATENCY);

            assertThat(fx.emulator.calls("CreateChannel")).extracting(RecordedCall::status).containsExactly(429, 429, 200);
            assertThat(fx.emulator.requestCount("ListChannels") - listsBefore).isEqualTo(1);   // goLive's own search
            assertThat(channels(fx, live)).hasSize(1);
        }
    }

    @Test
    void validationAndOther4xxAreNeverRetried() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateStage", 1, Fault.error("ValidationException"));
            fx.emulator.injectFault("CreateChannel", 1, Fault.error("ConflictException"));

            assertThat(catchThrowableOfType(IvsValidationException.class,
                    () -> live.goLive("kit", StreamingMode.REAL_TIME))).isNotNull();
            assertThat(catchThrowableOfType(IvsConflictException.class,
                    () -> live.goLive("kit", StreamingMode.LOW_LATENCY))).isNotNull();

            assertThat(fx.emulator.requestCount("CreateStage")).isEqualTo(1);
            assertThat(fx.emulator.requestCount("CreateChannel")).isEqualTo(1);
            assertThat(stages(fx, live)).isEmpty();
            assertThat(channels(fx, live)).isEmpty();
        }
    }

    @Test
    void theSdkClientsMaximumAttemptsBoundTheRetriesAndTheChannelMadeBeforeIsRemoved() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("CreateStage", ATTEMPTS + 2, Fault.internalError());

            IvsServiceException e = catchThrowableOfType(IvsServiceException.class,
                    () -> live.goLive("kit", StreamingMode.HYBRID));

            assertThat(e).isNotNull();
            assertThat(e.errorCode()).hasValue("InternalServerException");
            assertThat(fx.emulator.requestCount("CreateStage")).isEqualTo(ATTEMPTS);
            assertThat(stages(fx, live)).isEmpty();
            assertThat(channels(fx, live)).isEmpty();
        }
    }

    @Test
    void aStageWhoseCreateStayedInDoubtIsFoundByItsTokenAndRemovedWithTheRest() {
        try (Fixture fx = Fixture.withAttempts(2)) {
            IvsLive live = fx.live();
            // the create takes effect but its answer is lost; every search for it fails until the undo's
            fx.emulator.injectFault("CreateStage", 1, Fault.connectionReset());
            fx.emulator.injectFault("ListStages", 1, Fault.delay(Duration.ZERO));     // goLive's own search works
            fx.emulator.injectFault("ListStages", 4, Fault.internalError());          // the lookups fail (2 x 2)

            IvsServiceException e = catchThrowableOfType(IvsServiceException.class,
                    () -> live.goLive("kit", StreamingMode.HYBRID));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("ListStages");
            assertThat(fx.emulator.requestCount("CreateStage")).isEqualTo(1);
            assertThat(fx.emulator.requestCount("DeleteStage")).isEqualTo(1);
            assertThat(stages(fx, live)).isEmpty();
            assertThat(channels(fx, live)).isEmpty();
            // and the next go-live starts from nothing, once
            live.goLive("kit", StreamingMode.HYBRID);
            assertThat(stages(fx, live)).hasSize(1);
            assertThat(channels(fx, live)).hasSize(1);
        }
    }

    // ---- admission ----------------------------------------------------------------------------------------------

    @Test
    void aParticipantTokenWhoseAnswerWasLostIsMintedAgainAndWorks() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
            fx.emulator.injectFault("CreateParticipantToken", 1, Fault.connectionReset());

            Admission.WebRtc host = (Admission.WebRtc) live.admitHost(show, "kit");

            // a token is no resource: the one whose answer was lost simply goes unused
            assertThat(fx.emulator.requestCount("CreateParticipantToken")).isEqualTo(2);
            assertThat(fx.emulator.simulateParticipantJoin(host.token().token())).isNotBlank();
        }
    }

    // ---- ending and tearing down --------------------------------------------------------------------------------

    @Test
    void endCountsAStopOrDisconnectThatTookEffectButAnswered500AsDone() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
            StageArn stage = show.stage().orElseThrow().arn();
            fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token().token());
            Fault answered500 = Fault.errorAfterApplying("InternalServerException");
            fx.emulator.injectFault("StopComposition", 1, answered500);
            fx.emulator.injectFault("DisconnectParticipant", 1, answered500);

            live.end(show);

            assertThat(running(fx, stage)).isEmpty();
            assertThat(fx.lowLatency.getStream(show.channel().orElseThrow().arn())).isEmpty();
            String session = fx.realTime.getStage(stage).activeSessionId().orElse("");
            assertThat(session.isEmpty() ? List.of() : fx.realTime.listParticipants(stage, session,
                    ParticipantFilter.byState(ParticipantState.CONNECTED)).collect(Collectors.toList())).isEmpty();
            // the retries found the composition stopped and the participant gone
            assertThat(fx.emulator.calls("DisconnectParticipant")).extracting(RecordedCall::status)
                    .containsExactly(500, 404);
        }
    }

    @Test
    void endCountsAStreamStopThatTookEffectButAnswered500AsDone() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            Broadcast show = live.goLive("kit", StreamingMode.LOW_LATENCY);
            fx.emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
            fx.emulator.injectFault("StopStream", 1, Fault.errorAfterApplying("InternalServerException"));

            live.end(show);

            assertThat(fx.lowLatency.getStream(show.channel().orElseThrow().arn())).isEmpty();
            assertThat(fx.emulator.calls("StopStream")).extracting(RecordedCall::errorCode)
                    .map(code -> code.orElse("")).containsExactly("InternalServerException", "ChannelNotBroadcasting");
        }
    }

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void teardownCountsDeletesWhoseAnswerWasLostAsDone(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
            fx.emulator.injectFault("StopComposition", 1, fault);
            fx.emulator.injectFault("DeleteChannel", 1, fault);
            fx.emulator.injectFault("DeleteStage", 1, fault);

            live.teardown(show);

            assertThat(stages(fx, live)).isEmpty();
            assertThat(channels(fx, live)).isEmpty();
            assertThat(fx.realTime.listCompositions().filter(c -> c.state() == Composition.State.ACTIVE)).isEmpty();
            assertThat(live.teardown("kit").removedAnything()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("lostAnswers")
    void teardownCountsARoomDeleteWhoseAnswerWasLostAsDone(Fault fault) {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.liveWithChat(b -> b);
            Broadcast show = live.provision("kit", StreamingMode.HYBRID);
            fx.emulator.injectFault("DeleteRoom", 1, fault);

            live.teardown(show);

            assertThat(rooms(fx, live)).isEmpty();
            assertThat(stages(fx, live)).isEmpty();
            assertThat(live.teardown("kit").removedAnything()).isFalse();
        }
    }

    @Test
    void theUndoOfAFailedGoLiveCountsADeleteThatAnswered500AsDone() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            fx.emulator.injectFault("CreateStage", 1, Fault.error("ServiceQuotaExceededException"));
            fx.emulator.injectFault("DeleteChannel", 1, Fault.errorAfterApplying("InternalServerException"));
            IvsLive live = fx.live();

            IvsQuotaExceededException e = catchThrowableOfType(IvsQuotaExceededException.class,
                    () -> live.goLive("kit", StreamingMode.HYBRID));

            assertThat(e).isNotNull();
            assertThat(e.getSuppressed()).isEmpty();
            assertThat(channels(fx, live)).isEmpty();
            assertThat(fx.emulator.requestCount("DeleteChannel")).isEqualTo(2);
        }
    }

    @Test
    void aFailureIsAnIvsExceptionNamingTheOperation() {
        try (Fixture fx = Fixture.withAttempts(ATTEMPTS)) {
            IvsLive live = fx.live();
            fx.emulator.injectFault("ListChannels", ATTEMPTS, Fault.connectionReset());

            IvsException e = catchThrowableOfType(IvsException.class, () -> live.goLive("kit", StreamingMode.HYBRID));

            assertThat(e).isNotNull();
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).contains("ListChannels");
            assertThat(fx.emulator.requestCount("CreateChannel")).isZero();
        }
    }
}
