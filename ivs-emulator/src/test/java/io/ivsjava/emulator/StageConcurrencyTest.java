package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.EventName;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantState;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantSummary;

/** Participants joining, publishing and leaving from many threads while others read the stage through the API. */
class StageConcurrencyTest {

    @Test
    void concurrentJoinsPublishesAndLeavesLeaveAConsistentSession() throws Exception {
        int threads = 6;
        int perThread = 10;
        try (IvsEmulator emulator = IvsEmulator.builder().quota(Quota.STAGE_PUBLISHERS, threads * perThread).start();
             IvsRealTimeClient client = Sdk.realTime(emulator)) {
            String stage = client.createStage(b -> b.name("busy")).stage().arn();
            String anchor = emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stage))
                    .participantToken().token());
            String session = client.getStage(b -> b.arn(stage)).stage().activeSessionId();

            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            List<Future<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = emulator.simulateParticipantJoin(client.createParticipantToken(b -> b.stageArn(stage))
                                .participantToken().token());
                        emulator.simulateParticipantPublish(stage, id);
                        client.listParticipants(b -> b.stageArn(stage).sessionId(session).maxResults(7));
                        emulator.simulateParticipantLeave(stage, id);
                        mine.add(id);
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : work) {
                all.addAll(f.get(2, TimeUnit.MINUTES));
            }
            pool.shutdown();

            List<ParticipantSummary> listed = new ArrayList<>();
            String token = null;
            do {
                String t = token;
                var page = client.listParticipants(b -> b.stageArn(stage).sessionId(session).maxResults(100).nextToken(t));
                listed.addAll(page.participants());
                token = page.nextToken();
            } while (token != null);

            assertThat(listed).hasSize(threads * perThread + 1);
            assertThat(listed).filteredOn(p -> !p.participantId().equals(anchor)).allSatisfy(p -> {
                assertThat(p.state()).isEqualTo(ParticipantState.DISCONNECTED);
                assertThat(p.published()).isTrue();
            });
            assertThat(client.listParticipantEvents(b -> b.stageArn(stage).sessionId(session).participantId(all.get(0)))
                    .events()).extracting(e -> e.name())
                    .containsExactly(EventName.LEFT, EventName.PUBLISH_STOPPED, EventName.PUBLISH_STARTED,
                            EventName.JOINED);
            assertThat(client.getStage(b -> b.arn(stage)).stage().activeSessionId())
                    .as("the anchor kept the session open").isEqualTo(session);
        }
    }
}
