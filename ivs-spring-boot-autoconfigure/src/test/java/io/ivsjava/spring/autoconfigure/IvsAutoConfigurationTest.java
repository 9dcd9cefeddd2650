package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.awspring.cloud.autoconfigure.AwsSyncClientCustomizer;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSpec;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/** Which beans appear, from which settings, and how each backs off. */
class IvsAutoConfigurationTest {
    static final AutoConfigurations ALL = AutoConfigurations.of(IvsAutoConfiguration.class,
            IvsRealTimeAutoConfiguration.class, IvsLowLatencyAutoConfiguration.class, IvsChatAutoConfiguration.class,
            IvsLiveAutoConfiguration.class, IvsEventsAutoConfiguration.class);

    static IvsEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.builder().region("eu-west-1").start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** A runner pointed at the emulator through the properties alone. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                "spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                "spring.cloud.aws.region.static=" + emulator.region(),
                "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey());
    }

    @Test
    void everyBeanIsWiredToTheConfiguredIvsAndWorks() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(IvsConnection.class).hasSingleBean(IvsRealTimeClient.class)
                    .hasSingleBean(IvsRealTime.class).hasSingleBean(IvsClient.class)
                    .hasSingleBean(IvsLowLatency.class).hasSingleBean(IvsLive.class)
                    .hasSingleBean(IvsEventDispatcher.class);
            IvsConnection connection = context.getBean(IvsConnection.class);
            assertThat(connection.endpoint()).contains(emulator.endpoint());
            assertThat(connection.region()).contains("eu-west-1");
            assertThat(connection.accessKeyId()).contains(emulator.accessKeyId());

            long before = emulator.requestCount("CreateStage");
            String stage = context.getBean(IvsRealTime.class)
                    .createStage(StageSpec.builder().name("wired").build()).stage().arn().value();
            assertThat(stage).startsWith("arn:aws:ivs:eu-west-1:");
            assertThat(emulator.requestCount("CreateStage")).isEqualTo(before + 1);
            String channel = context.getBean(IvsLowLatency.class)
                    .createChannel(ChannelSpec.builder().name("wired").build()).channel().arn().value();
            assertThat(channel).startsWith("arn:aws:ivs:eu-west-1:");
        });
    }

    @Test
    void theIvsRegionAndEndpointWinOverTheGlobalOnes() {
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                "spring.cloud.aws.endpoint=http://127.0.0.1:1",
                "spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                "spring.cloud.aws.region.static=us-east-1",
                "spring.cloud.aws.ivs.region=ap-south-1",
                "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey()).run(context -> {
                    IvsConnection connection = context.getBean(IvsConnection.class);
                    assertThat(connection.endpoint()).contains(emulator.endpoint());
                    assertThat(connection.region()).contains("ap-south-1");
                    assertThat(context.getBean(IvsRealTime.class).createStage(StageSpec.builder().build())
                            .stage().arn().value()).startsWith("arn:aws:ivs:ap-south-1:");
                });
    }

    @Test
    void theGlobalEndpointAppliesWhenIvsHasNone() {
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                "spring.cloud.aws.endpoint=" + emulator.endpoint(), "spring.cloud.aws.region.static=us-west-2",
                "spring.cloud.aws.credentials.access-key=AKIDEXAMPLE",
                "spring.cloud.aws.credentials.secret-key=secret").run(context -> {
                    assertThat(context.getBean(IvsConnection.class).endpoint()).contains(emulator.endpoint());
                    assertThat(context.getBean(IvsLowLatency.class).listChannels().count()).isNotNegative();
                });
    }

    @Test
    void connectionDetailsWinOverEveryProperty() {
        runner().withPropertyValues("spring.cloud.aws.ivs.region=us-east-1")
                .withBean(IvsConnectionDetails.class, () -> () -> IvsConnection.builder().region("ca-central-1")
                        .credentials("111122223333", "detail-secret").build())
                .run(context -> {
                    IvsConnection connection = context.getBean(IvsConnection.class);
                    assertThat(connection.region()).contains("ca-central-1");
                    assertThat(connection.accessKeyId()).contains("111122223333");
                    // the details leave the endpoint empty: the property's applies
                    assertThat(connection.endpoint()).contains(emulator.endpoint());
                    String arn = context.getBean(IvsRealTime.class).createStage(StageSpec.builder().build())
                            .stage().arn().value();
                    assertThat(arn).startsWith("arn:aws:ivs:ca-central-1:111122223333:");
                });
    }

    @Test
    void offWhenDisabled() {
        runner().withPropertyValues("spring.cloud.aws.ivs.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(IvsConnection.class).doesNotHaveBean(IvsRealTimeClient.class)
                .doesNotHaveBean(IvsClient.class).doesNotHaveBean(IvsLive.class)
                .doesNotHaveBean(IvsEventDispatcher.class));
    }

    @Nested
    class OnlyTheModulesPresent {
        @Test
        void withoutIvsLiveTheClientsRemain() {
            runner().withClassLoader(new FilteredClassLoader(IvsLive.class)).run(context -> assertThat(context)
                    .hasNotFailed().hasSingleBean(IvsRealTime.class).hasSingleBean(IvsLowLatency.class)
                    .doesNotHaveBean("ivsLive"));
        }

        @Test
        void withoutIvsRealTimeThereIsNoLiveEither() {
            runner().withClassLoader(new FilteredClassLoader(IvsRealTime.class)).run(context -> assertThat(context)
                    .hasNotFailed().doesNotHaveBean("ivsRealTime").doesNotHaveBean("ivsRealTimeClient")
                    .hasSingleBean(IvsLowLatency.class).doesNotHaveBean("ivsLive"));
        }

        @Test
        void withoutTheLowLatencySdkClientThereIsNoIvsLowLatency() {
            runner().withClassLoader(new FilteredClassLoader(IvsClient.class)).run(context -> assertThat(context)
                    .hasNotFailed().doesNotHaveBean("ivsClient").doesNotHaveBean("ivsLowLatency")
                    .hasSingleBean(IvsRealTime.class).doesNotHaveBean("ivsLive"));
        }

        @Test
        void eventsAloneNeedNoAwsSdk() {
            runner().withClassLoader(new FilteredClassLoader("software.amazon.awssdk.")).run(context ->
                    assertThat(context).hasNotFailed().hasSingleBean(IvsEventDispatcher.class)
                            .doesNotHaveBean("ivsConnection").doesNotHaveBean("ivsClientSettings"));
        }
    }

    @Nested
    class BacksOff {
        @Test
        void anApplicationsOwnSdkClientIsWhatIvsRealTimeWraps() {
            runner().withUserConfiguration(OwnRealTimeClient.class).run(context -> {
                assertThat(context).hasSingleBean(IvsRealTimeClient.class);
                IvsRealTime realTime = context.getBean(IvsRealTime.class);
                assertThat(realTime.sdkClient()).isSameAs(context.getBean("ownRealTimeClient"));
            });
        }

        @Test
        void forEachBeanTheApplicationDefines() {
            IvsConnection own = IvsConnection.builder().region("sa-east-1").build();
            IvsEventDispatcher dispatcher = IvsEventDispatcher.create();
            runner().withBean("ownConnection", IvsConnection.class, () -> own)
                    .withBean("ownDispatcher", IvsEventDispatcher.class, () -> dispatcher)
                    .withBean("ownLive", IvsLive.class, () -> IvsLive.builder().connection(own).build())
                    .run(context -> {
                        assertThat(context).hasSingleBean(IvsConnection.class).hasSingleBean(IvsLive.class)
                                .hasSingleBean(IvsEventDispatcher.class);
                        assertThat(context.getBean(IvsConnection.class)).isSameAs(own);
                        assertThat(context.getBean(IvsEventDispatcher.class)).isSameAs(dispatcher);
                    });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRealTimeClient {
        @Bean
        IvsRealTimeClient ownRealTimeClient() {
            return IvsRealTimeClient.builder().endpointOverride(emulator.endpoint()).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                    .build();
        }
    }

    @Nested
    class CredentialsAndRegion {
        @Test
        void springCloudAwsProvidersAreUsedWhenPresent() {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(CredentialsProviderAutoConfiguration.class,
                            RegionProviderAutoConfiguration.class))
                    .withConfiguration(ALL)
                    .withPropertyValues("spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                            "spring.cloud.aws.region.static=eu-central-1",
                            "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                            "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey())
                    .run(context -> {
                        assertThat(context).hasSingleBean(AwsCredentialsProvider.class)
                                .hasSingleBean(AwsRegionProvider.class);
                        IvsClientSettings settings = context.getBean(IvsClientSettings.class);
                        assertThat(settings.credentials()).containsSame(context.getBean(AwsCredentialsProvider.class));
                        assertThat(settings.region()).contains("eu-central-1");
                        assertThat(context.getBean(IvsRealTime.class).createStage(StageSpec.builder().build())
                                .stage().arn().value()).startsWith("arn:aws:ivs:eu-central-1:");
                    });
        }

        @Test
        void anApplicationsProviderBeansAreUsed() {
            AwsCredentialsProvider provider = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("210987654321", "bean-secret"));
            AwsRegionProvider region = () -> Region.AP_NORTHEAST_1;
            new ApplicationContextRunner().withConfiguration(ALL)
                    .withPropertyValues("spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                            "spring.cloud.aws.region.static=us-east-1")
                    .withBean(AwsCredentialsProvider.class, () -> provider)
                    .withBean(AwsRegionProvider.class, () -> region)
                    .run(context -> {
                        IvsConnection connection = context.getBean(IvsConnection.class);
                        assertThat(connection.region()).contains("ap-northeast-1");
                        assertThat(connection.accessKeyId()).contains("210987654321");
                        assertThat(context.getBean(IvsRealTime.class).createStage(StageSpec.builder().build())
                                .stage().arn().value()).startsWith("arn:aws:ivs:ap-northeast-1:210987654321:");
                    });
        }

        @Test
        void aProviderThatIsNotAStaticKeyLeavesTheConnectionToTheDefaultChain() {
            ProfileCredentialsProvider profile = ProfileCredentialsProvider.create("ivs-test");
            runner().withBean(AwsCredentialsProvider.class, () -> profile).run(context -> {
                assertThat(context.getBean(IvsClientSettings.class).credentials()).containsSame(profile);
                assertThat(context.getBean(IvsConnection.class).accessKeyId()).isEmpty();
            });
        }

        @Test
        void aProfileFromTheGlobalProperties() {
            new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                    "spring.cloud.aws.region.static=us-west-2", "spring.cloud.aws.credentials.profile.name=ivs")
                    .run(context -> assertThat(context.getBean(IvsClientSettings.class).credentials())
                            .get().isInstanceOf(ProfileCredentialsProvider.class));
        }

        @Test
        void nothingSetLeavesBothToTheSdkChains() {
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IvsAutoConfiguration.class))
                    .run(context -> {
                        IvsClientSettings settings = context.getBean(IvsClientSettings.class);
                        assertThat(settings.credentials()).isEmpty();
                        assertThat(settings.endpoint()).isEmpty();
                        assertThat(context.getBean(IvsConnection.class)).isEqualTo(IvsConnection.defaults());
                    });
        }
    }

    @Nested
    class RefusesUnusableSettings {
        @Test
        void aRegionThatIsNoRegionNamesItsProperty() {
            runner().withPropertyValues("spring.cloud.aws.ivs.region=Europe").run(context -> assertThat(context)
                    .getFailure().rootCause().isInstanceOf(IvsValidationException.class)
                    .hasMessageStartingWith("spring.cloud.aws.ivs.region: \"Europe\" is not usable"));
        }

        @Test
        void anEndpointThatIsNotHttp() {
            runner().withPropertyValues("spring.cloud.aws.ivs.endpoint=ftp://127.0.0.1").run(context ->
                    assertThat(context).getFailure().rootCause().hasMessageStartingWith("spring.cloud.aws.ivs.endpoint:"));
        }

        @Test
        void halfAKeyPair() {
            new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                    "spring.cloud.aws.region.static=us-west-2", "spring.cloud.aws.credentials.access-key=AKID")
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .hasMessageStartingWith("spring.cloud.aws.credentials.secret-key: is missing"));
        }
    }

    @Nested
    class Customizers {
        @Test
        void commonThenSpecificInTheirOrderAndSpringCloudAwsFirst() {
            List<String> calls = new CopyOnWriteArrayList<>();
            runner().withBean("second", IvsSdkClientCustomizer.class, () -> new Second(calls))
                    .withBean("first", IvsSdkClientCustomizer.class, () -> new First(calls))
                    .withBean(IvsRealTimeClientCustomizer.class, () -> b -> calls.add("realTime"))
                    .withBean(IvsLowLatencyClientCustomizer.class, () -> b -> calls.add("lowLatency"))
                    .withBean(IvsChatClientCustomizer.class, () -> b -> calls.add("chat"))
                    .withBean(AwsSyncClientCustomizer.class, () -> b -> calls.add("springCloudAws"))
                    .run(context -> {
                        // each client's customizers run together, when the client is made (in any order)
                        List<String> realTime = List.of("springCloudAws", "first", "second", "realTime");
                        List<String> lowLatency = List.of("springCloudAws", "first", "second", "lowLatency");
                        List<String> chat = List.of("springCloudAws", "first", "second", "chat");
                        assertThat(calls).hasSize(12);
                        assertThat(List.of(calls.subList(0, 4), calls.subList(4, 8), calls.subList(8, 12)))
                                .containsExactlyInAnyOrder(realTime, lowLatency, chat);
                    });
        }

        @Test
        void aCustomizerSeesTheConfiguredBuilderAndCanChangeIt() {
            runner().withBean(IvsRealTimeClientCustomizer.class,
                            () -> b -> b.region(Region.US_EAST_2))
                    .run(context -> assertThat(context.getBean(IvsRealTime.class).createStage(StageSpec.builder()
                            .build()).stage().arn().value()).startsWith("arn:aws:ivs:us-east-2:"));
        }
    }

    @Order(1)
    record First(List<String> calls) implements IvsSdkClientCustomizer {
        @Override
        public void customize(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, ?> builder) {
            calls.add("first");
        }
    }

    @Order(2)
    record Second(List<String> calls) implements IvsSdkClientCustomizer {
        @Override
        public void customize(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, ?> builder) {
            calls.add("second");
        }
    }

    @Test
    void theResolvedSettingsNeverShowTheSecret() {
        runner().run(context -> assertThat(context.getBean(IvsClientSettings.class).toString())
                .contains(emulator.accessKeyId()).doesNotContain(emulator.secretAccessKey()));
    }
}
