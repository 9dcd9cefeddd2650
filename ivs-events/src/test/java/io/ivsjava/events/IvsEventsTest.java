package io.ivsjava.events;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static io.ivsjava.events.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.ResourceType;
import io.ivsjava.core.StageArn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IvsEventsTest {
    private static final ChannelArn CHANNEL = ChannelArn.parse("arn:aws:ivs:us-east-1:123456789012:channel/AbCdef1G2hij");

    @Nested
    class LowLatency {
        @Test
        void sessionCreatedHasTheEnvelopeTheChannelAndAnEmptyChannelName() {
            StreamStateChange e = parse("stream-state-session-created.json", StreamStateChange.class);

            assertThat(e.envelope()).isEqualTo(new EventEnvelope("aa5b7a40-36cf-8dc4-5554-32d70e047215",
                    "IVS Stream State Change", "aws.ivs", "535011710559", Instant.parse("2024-09-09T16:17:26Z"),
                    "us-east-1", List.of("arn:aws:ivs:us-west-2:535011710559:channel/UCGaMPGLCbcE")));
            assertThat(e.id()).isEqualTo("aa5b7a40-36cf-8dc4-5554-32d70e047215");
            assertThat(e.time()).isEqualTo(Instant.parse("2024-09-09T16:17:26Z"));
            assertThat(e.channel()).hasValue(ChannelArn.parse("arn:aws:ivs:us-west-2:535011710559:channel/UCGaMPGLCbcE"));
            assertThat(e.name()).isEqualTo(StreamStateChange.Name.SESSION_CREATED);
            assertThat(e.rawName()).isEqualTo("Session Created");
            assertThat(e.channelName()).as("IVS sends \"\" for a channel without a name").isEmpty();
            assertThat(e.detail()).containsEntry("channel_name", "");
            assertThat(e.streamId()).hasValue("st-1AuTyMDASvHUTSb8p5PvbsO");
            assertThat(e.code()).isEmpty();
            assertThat(e.reason()).isEmpty();
        }

        @Test
        void sessionEndedCarriesItsCode() {
            StreamStateChange e = parse("stream-state-session-ended.json", StreamStateChange.class);

            assertThat(e.name()).isEqualTo(StreamStateChange.Name.SESSION_ENDED);
            assertThat(e.code()).hasValue("MultitrackInputNotAllowed");
        }

        @Test
        void streamStartAndEnd() {
            StreamStateChange start = parse("stream-state-stream-start.json", StreamStateChange.class);
            StreamStateChange end = parse("stream-state-stream-end.json", StreamStateChange.class);

            assertThat(start.name()).isEqualTo(StreamStateChange.Name.STREAM_START);
            assertThat(end.name()).isEqualTo(StreamStateChange.Name.STREAM_END);
            for (StreamStateChange e : List.of(start, end)) {
                assertThat(e.channel()).hasValue(CHANNEL);
                assertThat(e.channelName()).hasValue("Your Channel");
                assertThat(e.streamId()).hasValue("st-1A2b3c4D5e6F78ghij9Klmn");
            }
            assertThat(end.time()).isEqualTo(Instant.parse("2017-06-12T11:02:07Z"));
        }

        @Test
        void streamFailureCarriesItsReasonAndTakeoverFailureItsCode() {
            StreamStateChange failure = parse("stream-state-stream-failure.json", StreamStateChange.class);
            StreamStateChange takeover = parse("stream-state-stream-takeover.json", StreamStateChange.class);
            StreamStateChange takeoverFailure = parse("stream-state-stream-takeover-failure.json",
                    StreamStateChange.class);

            assertThat(failure.name()).isEqualTo(StreamStateChange.Name.STREAM_FAILURE);
            assertThat(failure.reason()).hasValue("Transcode capacity exceeded. Please try again.");
            assertThat(takeover.name()).isEqualTo(StreamStateChange.Name.STREAM_TAKEOVER);
            assertThat(takeoverFailure.name()).isEqualTo(StreamStateChange.Name.STREAM_TAKEOVER_FAILURE);
            assertThat(takeoverFailure.code()).hasValue("StreamTakeoverInvalidPriority");
        }

        @Test
        void theGuidesPlaceholdersParseWithoutAChannel() {
            StreamStateChange e = parse("stream-state-stream-start-doc-placeholders.json", StreamStateChange.class);

            assertThat(e.envelope().account()).isEqualTo("aws_account_id");
            assertThat(e.envelope().resources())
                    .containsExactly("arn:aws:ivs:us-east-1:aws_account_id:channel/12345678-1a23-4567-a1bc-1a2b34567890");
            assertThat(e.channel()).as("not an ARN IVS would send").isEmpty();
            assertThat(e.name()).isEqualTo(StreamStateChange.Name.STREAM_START);
        }

        @Test
        void streamHealth() {
            StreamHealthChange start = parse("stream-health-starvation-start.json", StreamHealthChange.class);
            StreamHealthChange end = parse("stream-health-starvation-end.json", StreamHealthChange.class);

            assertThat(start.name()).isEqualTo(StreamHealthChange.Name.STARVATION_START);
            assertThat(end.name()).isEqualTo(StreamHealthChange.Name.STARVATION_END);
            assertThat(start.channel()).hasValue(CHANNEL);
            assertThat(start.streamId()).hasValue("st-1A2b3c4D5e6F78ghij9Klmn");
            assertThat(end.rawName()).isEqualTo("Starvation End");
        }

        @Test
        void ingestLimitsNameTheirStream() {
            LimitBreach bitrate = parse("limit-breach-ingest-bitrate.json", LimitBreach.class);
            LimitBreach resolution = parse("limit-breach-ingest-resolution.json", LimitBreach.class);

            assertThat(bitrate.name()).isEqualTo(LimitBreach.Name.INGEST_BITRATE);
            assertThat(bitrate.limitValue()).isEqualTo(OptionalLong.of(1234));
            assertThat(bitrate.exceededBy()).isEqualTo(OptionalLong.of(3));
            assertThat(bitrate.limitUnit()).hasValue("bits per second");
            assertThat(bitrate.channel()).hasValue(CHANNEL);
            assertThat(bitrate.streamId()).hasValue("st-1A2b3c4D5e6F78ghij9Klmn");
            assertThat(resolution.name()).isEqualTo(LimitBreach.Name.INGEST_RESOLUTION);
            assertThat(resolution.limitValue()).isEqualTo(OptionalLong.of(495000));
            assertThat(resolution.exceededBy()).isEqualTo(OptionalLong.of(426600));
            assertThat(resolution.limitUnit()).hasValue("total pixels");
        }

        @Test
        void accountWideLimitsNameNoChannel() {
            LimitBreach broadcasts = parse("limit-breach-concurrent-broadcasts.json", LimitBreach.class);
            LimitBreach viewers = parse("limit-breach-concurrent-viewers.json", LimitBreach.class);

            assertThat(broadcasts.name()).isEqualTo(LimitBreach.Name.CONCURRENT_BROADCASTS);
            assertThat(broadcasts.envelope().resources()).isEmpty();
            assertThat(broadcasts.channel()).isEmpty();
            assertThat(broadcasts.channelName()).isEmpty();
            assertThat(broadcasts.streamId()).isEmpty();
            assertThat(broadcasts.limitValue()).isEqualTo(OptionalLong.of(2));
            assertThat(viewers.name()).isEqualTo(LimitBreach.Name.CONCURRENT_VIEWERS);
            assertThat(viewers.limitUnit()).hasValue("viewers");
            assertThat(viewers.exceededBy()).isEqualTo(OptionalLong.of(11));
        }

        @Test
        void recordingStartAndEnd() {
            RecordingStateChange start = parse("recording-start.json", RecordingStateChange.class);
            RecordingStateChange end = parse("recording-end.json", RecordingStateChange.class);

            assertThat(start.name()).isEqualTo(RecordingStateChange.Name.RECORDING_START);
            assertThat(start.rawName()).isEqualTo("Recording Start");
            assertThat(start.statusReason()).isEmpty();
            assertThat(start.channel()).hasValue(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/AbCdef1G2hij"));
            assertThat(start.s3BucketName()).hasValue("r2s3-dev-channel-1-recordings");
            assertThat(start.s3KeyPrefix()).hasValue("ivs/v1/123456789012/AbCdef1G2hij/2020/6/23/20/12/j8Z9O91ndcVs");
            assertThat(start.duration()).hasValue(Duration.ZERO);
            assertThat(start.recordingSessionId()).hasValue("a6RfV23ES97iyfoQ");
            assertThat(start.recordingSessionStreamIds()).isEmpty();

            assertThat(end.name()).isEqualTo(RecordingStateChange.Name.RECORDING_END);
            assertThat(end.duration()).hasValue(Duration.ofMillis(99370264));
            assertThat(end.recordingSessionStreamIds())
                    .containsExactly("st-254sopYUvi6F78ghpO9vn0A", "st-1A2b3c4D5e6F78ghij9Klmn");
        }

        @Test
        void recordingFailuresCarryTheirReasonAndTolerateABrokenResource() {
            RecordingStateChange startFailure = parse("recording-start-failure.json", RecordingStateChange.class);
            RecordingStateChange endFailure = parse("recording-end-failure.json", RecordingStateChange.class);

            assertThat(startFailure.name()).isEqualTo(RecordingStateChange.Name.RECORDING_START_FAILURE);
            assertThat(startFailure.statusReason()).hasValue("ValidationException");
            assertThat(startFailure.s3KeyPrefix()).isEmpty();
            assertThat(endFailure.name()).isEqualTo(RecordingStateChange.Name.RECORDING_END_FAILURE);
            assertThat(endFailure.statusReason()).hasValue("InternalServerException");
            assertThat(endFailure.channel()).as("the guide's example names no well-formed channel ARN").isEmpty();
            assertThat(endFailure.envelope().resources())
                    .containsExactly("arn:aws:ivs:us-west-2:123456a7-ab1c-2d34-e5f6-1a2b3c4d5678");
        }

        @Test
        void aRecordingStatusGivenAsEventNameIsReadToo() {
            String json = Fixtures.text("recording-start.json").replace("\"recording_status\"", "\"event_name\"");

            RecordingStateChange e = (RecordingStateChange) IvsEvents.parse(json);

            assertThat(e.name()).isEqualTo(RecordingStateChange.Name.RECORDING_START);
        }
    }

    @Nested
    class RealTime {
        private final StageArn stage = StageArn.parse("arn:aws:ivs:us-west-2:123456789012:stage/AbCdef1G2hij");

        @Test
        void participantPublishedAndUnpublished() {
            StageUpdate published = parse("stage-update-participant-published.json", StageUpdate.class);
            StageUpdate unpublished = parse("stage-update-participant-unpublished.json", StageUpdate.class);

            assertThat(published.stage()).hasValue(StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/oWXSOfbOLMte"));
            assertThat(published.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_PUBLISHED);
            assertThat(published.sessionId()).hasValue("st-1CVugbu2cf2n8");
            assertThat(published.participantId()).hasValue("03JY4smU3eXc");
            assertThat(published.userId()).hasValue("kit");
            assertThat(published.remoteParticipantId()).isEmpty();
            assertThat(published.detail()).as("a field not typed stays at hand")
                    .containsEntry("event_time", "2025-04-23T06:36:53Z");
            assertThat(unpublished.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_UNPUBLISHED);
            assertThat(unpublished.userId()).as("a token without a user id").isEmpty();
        }

        @Test
        void participantJoinedLeftAndSubscribed() {
            StageUpdate joined = parse("stage-update-participant-joined.json", StageUpdate.class);
            StageUpdate left = parse("stage-update-participant-left.json", StageUpdate.class);
            StageUpdate subscribed = parse("stage-update-participant-subscribed.json", StageUpdate.class);

            assertThat(joined.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_JOINED);
            assertThat(joined.stage()).hasValue(stage);
            assertThat(joined.sessionId()).hasValue("st-ZyXwvu1T2s");
            assertThat(joined.participantId()).hasValue("xYz1c2d3e4f");
            assertThat(left.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_LEFT);
            assertThat(subscribed.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_SUBSCRIBED);
            assertThat(subscribed.participantId()).hasValue("aBcD1e2f3g4h");
            assertThat(subscribed.remoteParticipantId()).hasValue("xYz1c2d3e4f");
        }

        @Test
        void aPublishErrorKeepsItsErrorCodeInTheDetail() {
            StageUpdate e = parse("stage-update-participant-publish-error.json", StageUpdate.class);

            assertThat(e.name()).isEqualTo(StageUpdate.Name.PARTICIPANT_PUBLISH_ERROR);
            assertThat(e.detail()).containsEntry("error_code", "INSUFFICIENT_CAPABILITIES");
        }

        @Test
        void compositionStates() {
            CompositionStateChange start = parse("composition-session-start.json", CompositionStateChange.class);
            CompositionStateChange failure = parse("composition-destination-failure.json",
                    CompositionStateChange.class);

            assertThat(start.name()).isEqualTo(CompositionStateChange.Name.SESSION_START);
            assertThat(start.composition()).hasValueSatisfying(arn -> {
                assertThat(arn.arn().resourceType()).isEqualTo(ResourceType.COMPOSITION);
                assertThat(arn.id()).isEqualTo("abcdABCDefgh");
            });
            assertThat(start.stage()).hasValue(stage);
            assertThat(failure.name()).isEqualTo(CompositionStateChange.Name.DESTINATION_FAILURE);
            assertThat(failure.detail()).containsEntry("reason", "StreamExists").containsEntry("id", "dst-1");
        }

        @Test
        void participantRecording() {
            ParticipantRecordingStateChange start = parse("participant-recording-start.json",
                    ParticipantRecordingStateChange.class);
            ParticipantRecordingStateChange end = parse("participant-recording-end.json",
                    ParticipantRecordingStateChange.class);

            assertThat(start.name()).isEqualTo(ParticipantRecordingStateChange.Name.RECORDING_START);
            assertThat(start.stage()).hasValue(stage);
            assertThat(start.sessionId()).hasValue("st-ZyXwvu1T2s");
            assertThat(start.participantId()).hasValue("xYz1c2d3e4f");
            assertThat(start.s3BucketName()).hasValue("ivs-recordings");
            assertThat(start.s3KeyPrefix()).hasValue("<stage_id>/<session_id>/<participant_id>/2024-01-01T12-00-55Z");
            assertThat(start.duration()).isEmpty();
            assertThat(end.name()).isEqualTo(ParticipantRecordingStateChange.Name.RECORDING_END);
            assertThat(end.duration()).hasValue(Duration.ofMillis(547327));
        }
    }

    @Nested
    class WhatIvsAddsLater {
        @Test
        void anUnknownEventNameIsUnknownWithTheNameKept() {
            StreamStateChange e = parse("stream-state-unknown-name.json", StreamStateChange.class);

            assertThat(e.name()).isEqualTo(StreamStateChange.Name.UNKNOWN);
            assertThat(e.rawName()).isEqualTo("Stream Paused");
            assertThat(e.streamId()).hasValue("st-1A2b3c4D5e6F78ghij9Klmn");
        }

        @Test
        void unknownNamesOfEveryEventType() {
            assertThat(StageUpdate.Name.fromWireName("Participant Replicated")).isEqualTo(StageUpdate.Name.UNKNOWN);
            assertThat(LimitBreach.Name.fromWireName("Concurrent Stages")).isEqualTo(LimitBreach.Name.UNKNOWN);
            assertThat(CompositionStateChange.Name.fromWireName("Session Paused"))
                    .isEqualTo(CompositionStateChange.Name.UNKNOWN);
            assertThat(StreamHealthChange.Name.fromWireName("")).isEqualTo(StreamHealthChange.Name.UNKNOWN);
            assertThat(RecordingStateChange.Name.fromWireName("recording start"))
                    .as("names are matched exactly").isEqualTo(RecordingStateChange.Name.UNKNOWN);
            assertThat(ParticipantRecordingStateChange.Name.fromWireName("Recording End"))
                    .isEqualTo(ParticipantRecordingStateChange.Name.RECORDING_END);
        }

        @Test
        void everyKnownNameRoundTrips() {
            for (StreamStateChange.Name n : StreamStateChange.Name.values()) {
                assertThat(StreamStateChange.Name.fromWireName(n.wireName())).isEqualTo(n);
            }
            for (StageUpdate.Name n : StageUpdate.Name.values()) {
                assertThat(StageUpdate.Name.fromWireName(n.wireName())).isEqualTo(n);
            }
            for (CompositionStateChange.Name n : CompositionStateChange.Name.values()) {
                assertThat(CompositionStateChange.Name.fromWireName(n.wireName())).isEqualTo(n);
            }
        }

        @Test
        void aMissingEventNameIsUnknownWithAnEmptyRawName() {
            String json = Fixtures.text("stream-state-stream-start.json").replace("\"event_name\": \"Stream Start\",", "");

            StreamStateChange e = (StreamStateChange) IvsEvents.parse(json);

            assertThat(e.name()).isEqualTo(StreamStateChange.Name.UNKNOWN);
            assertThat(e.rawName()).isEmpty();
        }

        @Test
        void anUnknownDetailTypeKeepsItsWholeDetail() {
            IvsEvent e = parse("unknown-detail-type.json");

            assertThat(e).isInstanceOf(UnknownEvent.class);
            assertThat(e.envelope().detailType()).isEqualTo("IVS Hologram State Change");
            assertThat(e.envelope().region()).isEqualTo("eu-west-1");
            assertThat(e.detail()).containsExactly(
                    Map.entry("event_name", "Hologram Start"),
                    Map.entry("depth", 3L),
                    Map.entry("ratio", 1.5),
                    Map.entry("enabled", true),
                    Map.entry("layers", List.of("front", "back")),
                    Map.entry("settings", Map.of("resolution", Map.of("width", 1920L, "height", 1080L),
                            "tags", List.of())));
        }

        @Test
        void theDetailCannotBeChangedAtAnyDepth() {
            IvsEvent e = parse("unknown-detail-type.json");
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) e.detail().get("settings");
            @SuppressWarnings("unchecked")
            List<Object> layers = (List<Object>) e.detail().get("layers");

            assertThatThrownBy(() -> e.detail().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> settings.remove("tags")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> layers.add("middle")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> e.detail().entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aDetailMapGivenToAConstructorIsCopiedDeeply() {
            Map<String, Object> inner = new java.util.HashMap<>(Map.of("k", "v"));
            Map<String, Object> detail = new java.util.HashMap<>(Map.of("inner", inner));
            EventEnvelope envelope = parse("unknown-detail-type.json").envelope();

            UnknownEvent e = new UnknownEvent(envelope, detail);
            inner.put("k", "changed");
            detail.put("added", "later");

            assertThat(e.detail()).isEqualTo(Map.of("inner", Map.of("k", "v")));
            assertInvalid(() -> new UnknownEvent(envelope, java.util.Collections.singletonMap("a", null)),
                    "detail[a]", "is missing");
        }

        @Test
        void cloudTrailEventsUnderAwsIvsAreUnknownEvents() {
            IvsEvent e = parse("cloudtrail-api-call.json");

            assertThat(e).isInstanceOf(UnknownEvent.class);
            assertThat(e.envelope().detailType()).isEqualTo("AWS API Call via CloudTrail");
            assertThat(e.detail()).containsEntry("eventName", "CreateChannel");
        }

        @Test
        void extraFieldsAreIgnoredAndKeptInTheDetail() {
            StreamStateChange e = parse("stream-state-extra-fields.json", StreamStateChange.class);

            assertThat(e.name()).isEqualTo(StreamStateChange.Name.STREAM_START);
            assertThat(e.channel()).hasValue(CHANNEL);
            assertThat(e.streamId()).hasValue("st-1A2b3c4D5e6F78ghij9Klmn");
            assertThat(e.detail()).containsEntry("track_count", 3L).containsEntry("multitrack", true)
                    .containsKey("ingest_configuration");
        }

        @Test
        void aDetailFieldOfAnUnexpectedTypeReadsAsAbsent() {
            String json = Fixtures.text("limit-breach-ingest-bitrate.json")
                    .replace("\"limit_value\": 1234", "\"limit_value\": \"1234\"")
                    .replace("\"stream_id\": \"st-1A2b3c4D5e6F78ghij9Klmn\"", "\"stream_id\": 7");

            LimitBreach e = (LimitBreach) IvsEvents.parse(json);

            assertThat(e.limitValue()).isEmpty();
            assertThat(e.streamId()).isEmpty();
            assertThat(e.detail()).containsEntry("limit_value", "1234").containsEntry("stream_id", 7L);
        }
    }

    @Nested
    class Input {
        @Test
        void bytesParseLikeText() {
            assertThat(IvsEvents.parse(Fixtures.bytes("recording-end.json")))
                    .isEqualTo(IvsEvents.parse(Fixtures.text("recording-end.json")));
        }

        @Test
        void aTimeWithAnOffsetOrFractionIsAnInstant() {
            String json = Fixtures.text("stream-state-stream-start.json")
                    .replace("2017-06-12T10:23:43Z", "2017-06-12T12:23:43.250+02:00");

            assertThat(IvsEvents.parse(json).time()).isEqualTo(Instant.parse("2017-06-12T10:23:43.250Z"));
        }

        @Test
        void theSameTextGivesEqualEvents() {
            IvsEvent first = parse("stage-update-participant-joined.json");
            IvsEvent second = parse("stage-update-participant-joined.json");

            assertThat(first).isEqualTo(second).isNotSameAs(second);
            assertThat(first.hashCode()).isEqualTo(second.hashCode());
        }
    }

    @Nested
    class Malformed {
        private final String valid = Fixtures.text("stream-state-stream-start.json");

        @Test
        void nullInput() {
            assertInvalid(() -> IvsEvents.parse((String) null), "json", "is missing");
            assertInvalid(() -> IvsEvents.parse((byte[]) null), "json", "is missing");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void emptyInput(String json) {
            assertInvalid(() -> IvsEvents.parse(json), "event", "is empty");
        }

        @Test
        void notJsonSaysWhereButNotWhat() {
            IvsValidationException e = assertInvalid(() -> IvsEvents.parse("{\"source\": sk_us-west-2_secret}"),
                    "event", "is not valid JSON", "line 1, column");

            assertThat(e.getMessage()).doesNotContain("sk_us-west-2_secret");
            assertThat(e.getCause()).isNotNull();
        }

        @Test
        void notJsonBytes() {
            assertInvalid(() -> IvsEvents.parse("<html></html>".getBytes(StandardCharsets.UTF_8)), "event",
                    "is not valid JSON");
        }

        @Test
        void trailingContentAfterTheEvent() {
            assertInvalid(() -> IvsEvents.parse(valid + " {}"), "event", "is not valid JSON");
        }

        @Test
        void duplicateKeys() {
            assertInvalid(() -> IvsEvents.parse(valid.replace("\"source\": \"aws.ivs\",",
                    "\"source\": \"aws.ivs\", \"source\": \"aws.s3\",")), "event", "is not valid JSON");
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"aws.ivs\"", "42", "null", "true"})
        void notAnObject(String json) {
            assertInvalid(() -> IvsEvents.parse(json), "event", "not an object",
                    "an EventBridge event is a JSON object with id, detail-type, source");
        }

        @Test
        void anotherSource() {
            IvsValidationException e = assertInvalid(() -> IvsEvents.parse(valid.replace("\"aws.ivs\"", "\"aws.s3\"")),
                    "source", "\"aws.s3\" is not aws.ivs");

            assertThat(e.getMessage()).contains("only events that IVS sends");
        }

        @ParameterizedTest
        @ValueSource(strings = {"id", "detail-type", "source", "account", "time", "region", "detail"})
        void aMissingEnvelopeField(String field) {
            String json = valid.replaceFirst("\"" + field + "\": ", "\"x-" + field + "\": ");

            assertInvalid(() -> IvsEvents.parse(json), field, "is missing");
        }

        @Test
        void anEnvelopeFieldOfTheWrongType() {
            assertInvalid(() -> IvsEvents.parse(valid.replace("\"account\": \"123456789012\"", "\"account\": 123456789012")),
                    "account", "is a JSON number, not a string");
            assertInvalid(() -> IvsEvents.parse(valid.replace("\"detail-type\": \"IVS Stream State Change\"",
                    "\"detail-type\": null")), "detail-type", "is missing");
        }

        @Test
        void aTimeThatIsNotIso8601() {
            assertInvalid(() -> IvsEvents.parse(valid.replace("2017-06-12T10:23:43Z", "12/06/2017 10:23")),
                    "time", "\"12/06/2017 10:23\" is not an ISO 8601 date and time");
        }

        @Test
        void aDetailThatIsNotAnObject() {
            String json = valid.substring(0, valid.indexOf("\"detail\"")) + "\"detail\": \"Stream Start\"}";

            assertInvalid(() -> IvsEvents.parse(json), "detail", "is not a JSON object");
        }

        @Test
        void resourcesThatAreNotStrings() {
            assertInvalid(() -> IvsEvents.parse(valid.replace("\"arn:aws:ivs:us-east-1:123456789012:channel/AbCdef1G2hij\"",
                    "{\"arn\": \"x\"}")), "resources[0]", "is a JSON object, not an ARN string");
            assertInvalid(() -> IvsEvents.parse(valid.replaceFirst("\"resources\": \\[[^]]*]", "\"resources\": \"x\"")),
                    "resources", "not an array of ARNs");
        }

        @Test
        void missingResourcesAreNone() {
            String json = valid.replaceFirst("\"resources\": \\[[^]]*],", "");

            StreamStateChange e = (StreamStateChange) IvsEvents.parse(json);

            assertThat(e.envelope().resources()).isEmpty();
            assertThat(e.channel()).isEmpty();
        }

        @Test
        void aLongForeignSourceIsCutShortInTheMessage() {
            String source = "x".repeat(500);

            IvsValidationException e = assertInvalid(() -> IvsEvents.parse(valid.replace("aws.ivs", source)),
                    "source", "is not aws.ivs");

            assertThat(e.getMessage()).hasSizeLessThan(200);
        }
    }

    @Test
    void parsingIsSafeFromManyThreads() throws Exception {
        List<String> names = List.of("stream-state-stream-start.json", "stage-update-participant-joined.json",
                "recording-end.json", "unknown-detail-type.json", "composition-session-start.json");
        Map<String, IvsEvent> expected = new java.util.HashMap<>();
        names.forEach(n -> expected.put(n, parse(n)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String name = names.get(i % names.size());
                String json = Fixtures.text(name);
                results.add(pool.submit(() -> IvsEvents.parse(json).equals(expected.get(name))));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theClasspathHasNoAwsSdk() {
        assertThatThrownBy(() -> Class.forName("software.amazon.awssdk.core.exception.SdkException"))
                .as("ivs-events stands alone")
                .isInstanceOf(ClassNotFoundException.class);
    }
}
