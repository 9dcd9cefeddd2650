package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSpec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.retry.RetryMode;

/** The health indicator and the call metrics, each only with Actuator or Micrometer present. */
class IvsObservabilityTest {
    static IvsEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void noFaults() {
        emulator.clearFaults();
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(IvsAutoConfigurationTest.ALL)
                .withConfiguration(AutoConfigurations.of(IvsHealthContributorAutoConfiguration.class,
                        IvsMetricsAutoConfiguration.class))
                .withPropertyValues("spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                        "spring.cloud.aws.region.static=" + emulator.region(),
                        "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                        "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey());
    }

    @Nested
    class HealthIndicatorTest {
        @Test
        void upWhenEveryServiceAnswersWithOneCheapCallEach() {
            runner().run(context -> {
                long stages = emulator.requestCount("ListStages");
                long channels = emulator.requestCount("ListChannels");
                long rooms = emulator.requestCount("ListRooms");
                Health health = context.getBean("ivsHealthIndicator", HealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("realTime", "reachable")
                        .containsEntry("lowLatency", "reachable")
                        .containsEntry("chat", "reachable")
                        .containsEntry("endpoint", emulator.endpoint().toString())
                        .containsEntry("region", emulator.region());
                assertThat(emulator.requestCount("ListStages")).isEqualTo(stages + 1);
                assertThat(emulator.requestCount("ListChannels")).isEqualTo(channels + 1);
                assertThat(emulator.requestCount("ListRooms")).isEqualTo(rooms + 1);
                assertThat(emulator.calls("ListStages").get(emulator.calls("ListStages").size() - 1).input())
                        .contains("\"maxResults\":1");
            });
        }

        @Test
        void downWithTheIvsErrorCodeAndRequestId() {
            runner().run(context -> {
                emulator.injectFault("ListChannels", 1, Fault.error("AccessDeniedException"));
                Health health = context.getBean("ivsHealthIndicator", HealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("realTime", "reachable")
                        .containsEntry("chat", "reachable");
                @SuppressWarnings("unchecked")
                Map<String, Object> lowLatency = (Map<String, Object>) health.getDetails().get("lowLatency");
                assertThat(lowLatency).containsEntry("error", "AccessDeniedException").containsEntry("status", 403)
                        .containsKey("requestId");
            });
        }

        @Test
        void downWhenNothingAnswers() {
            runner().withPropertyValues("spring.cloud.aws.ivs.endpoint=http://127.0.0.1:1")
                    .withBean(IvsSdkClientCustomizer.class, () -> b -> b.overrideConfiguration(c -> c
                            .retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(20))))
                    .run(context -> {
                        Health health = context.getBean("ivsHealthIndicator", HealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails().get("realTime")).asString().contains("error=no response");
                    });
        }

        @Test
        void offByTheUsualProperty() {
            runner().withPropertyValues("management.health.ivs.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean("ivsHealthIndicator"));
        }

        @Test
        void absentWithoutActuator() {
            runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                    .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ivsHealthIndicator"));
        }
    }

    @Nested
    class Metrics {
        @Test
        void countLatencyAndErrorsByIvsErrorCode() {
            runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                IvsRealTime ivs = context.getBean(IvsRealTime.class);
                ivs.createStage(StageSpec.builder().name("metered").build());
                ivs.createStage(StageSpec.builder().name("metered").build());
                StageArn missing = StageArn.parse("arn:aws:ivs:" + emulator.region() + ":" + emulator.accountId()
                        + ":stage/AbCdEfGhIjKl");
                assertThatThrownBy(() -> ivs.getStage(missing)).isInstanceOf(IvsNotFoundException.class);

                Timer created = registry.get("ivs.client.requests").tags("service", "ivs-realtime",
                        "operation", "CreateStage", "outcome", "SUCCESS", "error", "none").timer();
                assertThat(created.count()).isEqualTo(2);
                assertThat(created.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
                Timer notFound = registry.get("ivs.client.requests").tags("service", "ivs-realtime",
                        "operation", "GetStage", "outcome", "ERROR", "error", "ResourceNotFoundException").timer();
                assertThat(notFound.count()).isEqualTo(1);
            });
        }

        @Test
        void lowLatencyCallsAreTaggedWithTheirService() {
            runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                context.getBean(io.ivsjava.lowlatency.IvsLowLatency.class).listChannels().count();
                assertThat(context.getBean(MeterRegistry.class).get("ivs.client.requests")
                        .tags("service", "ivs", "operation", "ListChannels").timer().count()).isEqualTo(1);
            });
        }

        @Test
        void chatCallsAreTaggedWithTheirService() {
            runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                context.getBean(io.ivsjava.chat.IvsChat.class).listRooms().count();
                assertThat(context.getBean(MeterRegistry.class).get("ivs.client.requests")
                        .tags("service", "ivs-chat", "operation", "ListRooms", "outcome", "SUCCESS").timer().count())
                        .isEqualTo(1);
            });
        }

        @Test
        void aCustomizerThatReplacesTheOverrideConfigurationKeepsThem() {
            runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(IvsRealTimeClientCustomizer.class, () -> b -> b.overrideConfiguration(
                            c -> c.apiCallTimeout(Duration.ofSeconds(30))))
                    .run(context -> {
                        context.getBean(IvsRealTime.class).listStages().count();
                        assertThat(context.getBean(MeterRegistry.class).get("ivs.client.requests")
                                .tags("operation", "ListStages").timer().count()).isEqualTo(1);
                    });
        }

        @Test
        void aThrottledCallCountsOnceWithItsCode() {
            runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(IvsSdkClientCustomizer.class, () -> b -> b.overrideConfiguration(
                            c -> c.retryStrategy(RetryMode.STANDARD)))
                    .run(context -> {
                        emulator.injectFault("ListStages", 5, Fault.throttling());
                        assertThatThrownBy(() -> context.getBean(IvsRealTime.class).listStages().count())
                                .isInstanceOf(io.ivsjava.core.IvsThrottlingException.class);
                        assertThat(context.getBean(MeterRegistry.class).get("ivs.client.requests")
                                .tags("operation", "ListStages", "error", "ThrottlingException").timer().count())
                                .isEqualTo(1);
                    });
        }

        @Test
        void noneWithoutAMeterRegistry() {
            runner().run(context -> assertThat(context).doesNotHaveBean("ivsMetricsClientCustomizer"));
        }

        @Test
        void noneWithoutMicrometer() {
            runner().withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                    .run(context -> assertThat(context).hasNotFailed()
                            .doesNotHaveBean("ivsMetricsClientCustomizer"));
        }
    }
}
