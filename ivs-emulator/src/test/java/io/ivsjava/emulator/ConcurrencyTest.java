package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.testing.Sdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesResponse;

class ConcurrencyTest {

    @Test
    void manyClientsCreatingListingAndDeletingLeaveConsistentState() throws Exception {
        int threads = 8;
        int perThread = 24;
        try (IvsEmulator emulator = IvsEmulator.start(); IvsRealTimeClient client = Sdk.realTime(emulator)) {
            Set<String> kept = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String arn = client.createStage(b -> b.name("c")).stage().arn();
                        client.listStages(b -> b.maxResults(10));
                        if (i % 2 == 0) {
                            client.deleteStage(b -> b.arn(arn));
                        } else {
                            kept.add(arn);
                            client.createParticipantToken(b -> b.stageArn(arn));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            Set<String> listed = ConcurrentHashMap.newKeySet();
            String token = null;
            do {
                String t = token;
                ListStagesResponse page = client.listStages(b -> b.maxResults(100).nextToken(t));
                page.stages().forEach(s -> assertThat(listed.add(s.arn())).isTrue());
                token = page.nextToken();
            } while (token != null);

            assertThat(listed).isEqualTo(kept).hasSize(threads * perThread / 2);
            assertThat(emulator.requestCount("CreateStage")).isEqualTo(threads * perThread);
        }
    }
}
