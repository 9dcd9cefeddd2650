package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.AutoParticipantRecordingConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.ConflictException;
import software.amazon.awssdk.services.ivsrealtime.model.Event;
import software.amazon.awssdk.services.ivsrealtime.model.EventErrorCode;
import software.amazon.awssdk.services.ivsrealtime.model.EventName;
import software.amazon.awssdk.services.ivsrealtime.model.ListParticipantsResponse;
import software.amazon.awssdk.services.ivsrealtime.model.Participant;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantRecordingFilterByRecordingState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantRecordingMediaType;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantRecordingState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantSummary;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.S3StorageConfiguration;
import software.amazon.awssdk.services.ivsrealtime.model.Stage;
import software.amazon.awssdk.services.ivsrealtime.model.StageSession;
import software.amazon.awssdk.services.ivsrealtime.model.StageSessionSummary;
import software.amazon.awssdk.services.ivsrealtime.model.ThumbnailRecordingMode;
import software.amazon.awssdk.services.ivsrealtime.model.ThumbnailStorageType;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;

/** Stage sessions, participants and their events, as the simulations make them and the API reports them. */
class StageSessionsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsRealTimeClient client = Sdk.realTime(emulator);

    private static String stage(String name) {
        return client.createStage(b -> b.name(name)).stage().arn();
    }

    private static String join(String stageArn, String userId, ParticipantTokenCapability... capabilities) {
        return emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stageArn).userId(userId)
                .capabilities(capabilities.length == 0
                        ? List.of(ParticipantTokenCapability.PUBLISH, ParticipantTokenCapability.SUBSCRIBE)
                        : List.of(capabilities))).participantToken().token());
    }

    private static String activeSession(String stageArn) {
        return client.getStage(b -> b.arn(stageArn)).stage().activeSessionId();
    }

    private static List<EventName> events(String stageArn, String sessionId, String participantId) {
        return client.listParticipantEvents(b -> b.stageArn(stageArn).sessionId(sessionId).participantId(participantId))
                .events().stream().map(Event::name).collect(Collectors.toList());
    }

    private static Participant participant(String stageArn, String sessionId, String participantId) {
        return client.getParticipant(b -> b.stageArn(stageArn).sessionId(sessionId).participantId(participantId))
                .participant();
    }

    @Test
    void aSessionOpensWithTheFirstJoinAndEndsWhenTheLastLeaves() {
        String stage = stage("sessions");
        assertThat(client.listStageSessions(b -> b.stageArn(stage)).stageSessions()).isEmpty();

        String a = join(stage, "a");
        String b = join(stage, "b");
        String first = activeSession(stage);
        assertThat(client.listStages(r -> r.maxResults(100)).stages()).filteredOn(s -> s.arn().equals(stage))
                .singleElement().satisfies(s -> assertThat(s.activeSessionId()).isEqualTo(first));
        StageSession open = client.getStageSession(r -> r.stageArn(stage).sessionId(first)).stageSession();
        assertThat(open.sessionId()).hasSize(16).startsWith("st-");
        assertThat(open.startTime()).isNotNull();
        assertThat(open.endTime()).isNull();

        emulator.simulateParticipantLeave(stage, a);
        assertThat(activeSession(stage)).isEqualTo(first);
        emulator.simulateParticipantLeave(stage, b);
        assertThat(activeSession(stage)).isNull();
        assertThat(client.getStageSession(r -> r.stageArn(stage).sessionId(first)).stageSession().endTime())
                .isNotNull();
        emulator.simulateParticipantLeave(stage, b);
        assertThat(events(stage, first, b)).as("leaving twice is harmless").containsExactly(EventName.LEFT,
                EventName.JOINED);
        assertThatThrownBy(() -> emulator.simulateParticipantLeave(stage, "stranger"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");

        join(stage, "c");
        String second = activeSession(stage);
        assertThat(second).isNotEqualTo(first);
        assertThat(client.listStageSessions(r -> r.stageArn(stage)).stageSessions())
                .extracting(StageSessionSummary::sessionId).as("newest first").containsExactly(second, first);
        assertThat(client.listStageSessions(r -> r.stageArn(stage).maxResults(1)).nextToken()).isNotNull();
    }

    @Test
    void publishingSubscribingAndLeavingAreRecordedAsEventsNewestFirst() {
        String stage = stage("events");
        String host = join(stage, "host");
        String viewer = join(stage, "viewer", ParticipantTokenCapability.SUBSCRIBE);
        String session = activeSession(stage);

        emulator.simulateParticipantPublish(stage, host);
        emulator.simulateParticipantSubscribe(stage, viewer, host);
        emulator.simulateParticipantUnpublish(stage, host);
        emulator.simulateParticipantLeave(stage, host);

        assertThat(events(stage, session, host)).containsExactly(EventName.LEFT, EventName.PUBLISH_STOPPED,
                EventName.PUBLISH_STARTED, EventName.JOINED);
        List<Event> viewerEvents = client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session)
                .participantId(viewer)).events();
        assertThat(viewerEvents).extracting(Event::name).containsExactly(EventName.SUBSCRIBE_STOPPED,
                EventName.SUBSCRIBE_STARTED, EventName.JOINED);
        assertThat(viewerEvents.get(1).remoteParticipantId()).isEqualTo(host);
        assertThat(viewerEvents.get(2).remoteParticipantId()).isNull();
        assertThat(viewerEvents).allSatisfy(e -> {
            assertThat(e.participantId()).isEqualTo(viewer);
            assertThat(e.eventTime()).isNotNull();
            assertThat(e.replica()).isFalse();
        });

        Participant left = participant(stage, session, host);
        assertThat(left.state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(left.published()).as("published at some time in the session").isTrue();
        assertThat(participant(stage, session, viewer).published()).isFalse();
    }

    @Test
    void aViewerCannotPublishAndTheAttemptIsAnErrorEvent() {
        String stage = stage("viewer");
        String viewer = join(stage, "v", ParticipantTokenCapability.SUBSCRIBE);
        String publishOnly = join(stage, "p", ParticipantTokenCapability.PUBLISH);
        String session = activeSession(stage);

        assertThatThrownBy(() -> emulator.simulateParticipantPublish(stage, viewer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLISH capability");
        assertThatThrownBy(() -> emulator.simulateParticipantSubscribe(stage, publishOnly, viewer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUBSCRIBE capability");
        assertThatThrownBy(() -> emulator.simulateParticipantSubscribe(stage, viewer, publishOnly))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not publishing");

        Event error = client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session).participantId(viewer))
                .events().get(1);
        assertThat(error.name()).isEqualTo(EventName.PUBLISH_ERROR);
        assertThat(error.errorCode()).isEqualTo(EventErrorCode.INSUFFICIENT_CAPABILITIES);
        Event notFound = client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session).participantId(viewer))
                .events().get(0);
        assertThat(notFound.name()).isEqualTo(EventName.SUBSCRIBE_ERROR);
        assertThat(notFound.errorCode()).isEqualTo(EventErrorCode.PUBLISHER_NOT_FOUND);
        assertThat(participant(stage, session, viewer).published()).isFalse();
    }

    @Test
    void aStageHoldsTwelvePublishers() {
        String stage = stage("twelve");
        for (int i = 0; i < Quota.STAGE_PUBLISHERS.defaultLimit(); i++) {
            emulator.simulateParticipantPublish(stage, join(stage, "host" + i));
        }
        String thirteenth = join(stage, "host12");

        assertThatThrownBy(() -> emulator.simulateParticipantPublish(stage, thirteenth))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 publishers");
        String session = activeSession(stage);
        Event refused = client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session)
                .participantId(thirteenth)).events().get(0);
        assertThat(refused.errorCode()).isEqualTo(EventErrorCode.QUOTA_EXCEEDED);

        String someone = client.listParticipants(b -> b.stageArn(stage).sessionId(session).filterByPublished(true))
                .participants().get(0).participantId();
        emulator.simulateParticipantUnpublish(stage, someone);
        emulator.simulateParticipantPublish(stage, thirteenth);
        assertThat(participant(stage, session, thirteenth).published()).isTrue();
    }

    @Test
    void listParticipantsFiltersByEachFilterOneAtATime() {
        String storage = client.createStorageConfiguration(b -> b.s3(S3StorageConfiguration.builder()
                .bucketName("recordings").build())).storageConfiguration().arn();
        String stage = client.createStage(b -> b.name("filters").autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn(storage).build())).stage().arn();
        String alice = join(stage, "alice");
        String bob = join(stage, "bob");
        String carol = join(stage, "carol");
        emulator.simulateParticipantPublish(stage, alice);
        emulator.simulateParticipantPublish(stage, bob);
        emulator.simulateParticipantUnpublish(stage, bob);
        emulator.simulateParticipantLeave(stage, carol);
        String session = activeSession(stage);

        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session).filterByUserId("bob"))))
                .containsExactly(bob);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session).filterByPublished(true))))
                .containsExactlyInAnyOrder(alice, bob);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session).filterByPublished(false))))
                .containsExactly(carol);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session)
                .filterByState(ParticipantState.DISCONNECTED)))).containsExactly(carol);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session)
                .filterByRecordingState(ParticipantRecordingFilterByRecordingState.ACTIVE)))).containsExactly(alice);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session)
                .filterByRecordingState(ParticipantRecordingFilterByRecordingState.STOPPED)))).containsExactly(bob);
        assertThat(ids(client.listParticipants(b -> b.stageArn(stage).sessionId(session))))
                .as("in order of first join").containsExactly(alice, bob, carol);

        assertThatThrownBy(() -> client.listParticipants(b -> b.stageArn(stage).sessionId(session)
                .filterByUserId("bob").filterByPublished(true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Only one of");
    }

    @Test
    void aRecordedStageRecordsEachPublisherToItsBucket() {
        String storage = client.createStorageConfiguration(b -> b.s3(S3StorageConfiguration.builder()
                .bucketName("ipr-bucket").build())).storageConfiguration().arn();
        String stage = client.createStage(b -> b.name("recorded").autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn(storage).build())).stage().arn();
        String host = join(stage, "host");
        String session = activeSession(stage);
        assertThat(participant(stage, session, host).recordingState()).isEqualTo(ParticipantRecordingState.DISABLED);

        emulator.simulateParticipantPublish(stage, host);
        Participant recorded = participant(stage, session, host);
        assertThat(recorded.recordingState()).isEqualTo(ParticipantRecordingState.ACTIVE);
        assertThat(recorded.recordingS3BucketName()).isEqualTo("ipr-bucket");
        assertThat(recorded.recordingS3Prefix()).isNotEmpty().matches("[a-zA-Z0-9-]*");

        assertThatThrownBy(() -> client.updateStage(b -> b.arn(stage).autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn("").build())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("recording");
        assertThat(client.updateStage(b -> b.arn(stage).name("renamed")).stage().name()).isEqualTo("renamed");
        assertThatThrownBy(() -> client.deleteStorageConfiguration(b -> b.arn(storage)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(stage);

        emulator.simulateParticipantUnpublish(stage, host);
        assertThat(participant(stage, session, host).recordingState()).isEqualTo(ParticipantRecordingState.STOPPED);
        client.updateStage(b -> b.arn(stage).autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn("").build()));
        client.deleteStorageConfiguration(b -> b.arn(storage));
    }

    @Test
    void autoRecordingSettingsTakeTheModelsDefaultsAndResetWithAnEmptyStorageArn() {
        Stage plain = client.createStage(b -> b.name("plain")).stage();
        AutoParticipantRecordingConfiguration off = plain.autoParticipantRecordingConfiguration();
        assertThat(off.storageConfigurationArn()).isEmpty();
        assertThat(off.mediaTypes()).containsExactly(ParticipantRecordingMediaType.AUDIO_VIDEO);
        assertThat(off.thumbnailConfiguration().recordingMode()).isEqualTo(ThumbnailRecordingMode.DISABLED);
        assertThat(off.thumbnailConfiguration().targetIntervalSeconds()).isEqualTo(60);
        assertThat(off.thumbnailConfiguration().storage()).containsExactly(ThumbnailStorageType.SEQUENTIAL);
        assertThat(off.recordingReconnectWindowSeconds()).isZero();
        assertThat(off.hlsConfiguration().targetSegmentDurationSeconds()).isEqualTo(6);
        assertThat(off.recordParticipantReplicas()).isTrue();

        String storage = client.createStorageConfiguration(b -> b.s3(S3StorageConfiguration.builder()
                .bucketName("thumbs").build())).storageConfiguration().arn();
        Stage on = client.updateStage(b -> b.arn(plain.arn()).autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn(storage)
                        .mediaTypes(ParticipantRecordingMediaType.AUDIO_ONLY)
                        .thumbnailConfiguration(t -> t.recordingMode(ThumbnailRecordingMode.INTERVAL)).build()))
                .stage();
        assertThat(on.autoParticipantRecordingConfiguration().mediaTypes())
                .containsExactly(ParticipantRecordingMediaType.AUDIO_ONLY);
        assertThat(on.autoParticipantRecordingConfiguration().thumbnailConfiguration().recordingMode())
                .isEqualTo(ThumbnailRecordingMode.INTERVAL);
        assertThat(on.autoParticipantRecordingConfiguration().thumbnailConfiguration().targetIntervalSeconds())
                .isEqualTo(60);
        assertThat(client.getStage(b -> b.arn(plain.arn())).stage()).isEqualTo(on);

        Stage reset = client.updateStage(b -> b.arn(plain.arn()).autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn("")
                        .mediaTypes(ParticipantRecordingMediaType.AUDIO_ONLY).build())).stage();
        assertThat(reset.autoParticipantRecordingConfiguration()).isEqualTo(off);

        String missing = storage.substring(0, storage.lastIndexOf('/') + 1) + "gone";
        assertThatThrownBy(() -> client.updateStage(b -> b.arn(plain.arn()).autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn(missing).build())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(missing);
        assertThatThrownBy(() -> client.createStage(b -> b.autoParticipantRecordingConfiguration(
                AutoParticipantRecordingConfiguration.builder().storageConfigurationArn(missing).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining(missing);
    }

    @Test
    void disconnectParticipantDisconnectsWithALeftEvent() {
        String stage = stage("disconnect");
        String troll = join(stage, "troll");
        String other = join(stage, "other");
        emulator.simulateParticipantPublish(stage, troll);
        String session = activeSession(stage);

        client.disconnectParticipant(b -> b.stageArn(stage).participantId(troll).reason("breaking the rules"));

        assertThat(participant(stage, session, troll).state()).isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(events(stage, session, troll)).startsWith(EventName.LEFT, EventName.PUBLISH_STOPPED);
        assertThat(participant(stage, session, other).state()).isEqualTo(ParticipantState.CONNECTED);
        assertThatThrownBy(() -> client.disconnectParticipant(b -> b.stageArn(stage).participantId(troll)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.disconnectParticipant(b -> b.stageArn(stage).participantId("nobody")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("nobody");
        String missingStage = stage.substring(0, stage.lastIndexOf('/') + 1) + "missing";
        assertThatThrownBy(() -> client.disconnectParticipant(b -> b.stageArn(missingStage).participantId(other)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void unknownSessionsAndParticipantsAreNotFoundOrEmpty() {
        String stage = stage("unknown");
        join(stage, "x");
        String session = activeSession(stage);

        assertThatThrownBy(() -> client.getStageSession(b -> b.stageArn(stage).sessionId("st-0000000000000")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.getParticipant(b -> b.stageArn(stage).sessionId(session).participantId("no")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session).participantId("no"))
                .events()).isEmpty();
        assertThat(client.listParticipants(b -> b.stageArn(stage).sessionId("st-0000000000000")).participants())
                .isEmpty();
        assertThatThrownBy(() -> client.getStageSession(b -> b.stageArn(stage).sessionId("not-a-session")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sessionId");
    }

    @Test
    void deletingAStageEndsItsSessionAndDisconnectsEveryone() {
        String stage = stage("doomed");
        String host = join(stage, "host");
        emulator.simulateParticipantPublish(stage, host);

        client.deleteStage(b -> b.arn(stage));

        assertThatThrownBy(() -> emulator.simulateParticipantPublish(stage, host))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThat(client.listStageSessions(b -> b.stageArn(stage)).stageSessions()).isEmpty();
    }

    @Test
    void participantPagesStayValidWhileParticipantsJoin() throws Exception {
        String stage = stage("crowd");
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            before.add(join(stage, "early" + i));
        }
        String session = activeSession(stage);

        CompletableFuture<Void> latecomers = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                join(stage, "late" + i);
            }
        });
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            ListParticipantsResponse page = client.listParticipants(b -> b.stageArn(stage).sessionId(session)
                    .maxResults(3).nextToken(t));
            seen.addAll(ids(page));
            token = page.nextToken();
        } while (token != null);
        latecomers.get();

        assertThat(seen).doesNotHaveDuplicates().containsAll(before);
    }

    @Test
    void sessionsAreKeptInTheirRegion() {
        try (IvsRealTimeClient dublin = Sdk.realTime(emulator, "eu-west-1")) {
            String irish = dublin.createStage(b -> b.name("irish")).stage().arn();
            String participant = emulator.simulateParticipantJoin(dublin.createParticipantToken(b -> b.stageArn(irish))
                    .participantToken().token());
            String session = dublin.getStage(b -> b.arn(irish)).stage().activeSessionId();

            assertThat(dublin.listParticipants(b -> b.stageArn(irish).sessionId(session)).participants())
                    .extracting(ParticipantSummary::participantId).containsExactly(participant);
            assertThat(client.listStageSessions(b -> b.stageArn(irish)).stageSessions()).isEmpty();
            assertThatThrownBy(() -> client.getParticipant(b -> b.stageArn(irish).sessionId(session)
                    .participantId(participant))).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    private static List<String> ids(ListParticipantsResponse page) {
        return page.participants().stream().map(ParticipantSummary::participantId).collect(Collectors.toList());
    }
}
