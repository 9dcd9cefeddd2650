package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.chat.ChatCapability;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.Room;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.ChatAdmission;
import io.ivsjava.live.ChatBanStore;
import io.ivsjava.live.IvsLive;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * IVS Chat's beans: the SDK client and {@code IvsChat} from the same settings as the other IVS clients, and
 * {@code IvsLive}'s chat rooms from {@code spring.cloud.aws.ivs.live.chat.*}.
 */
class IvsChatAutoConfigurationTest {
    static IvsEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.builder().region("eu-west-1").start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(IvsAutoConfigurationTest.ALL).withPropertyValues(
                "spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                "spring.cloud.aws.ivs.region=" + emulator.region(),
                "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey());
    }

    @Test
    void theChatClientIsWiredLikeTheOthersAndChatIsOffInIvsLiveUntilAsked() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(IvschatClient.class).hasSingleBean(IvsChat.class);
            IvsChat chat = context.getBean(IvsChat.class);
            assertThat(chat.sdkClient()).isSameAs(context.getBean(IvschatClient.class));
            long before = emulator.requestCount("CreateRoom");
            Room room = chat.createRoom(RoomSpec.builder().name("wired").build());
            assertThat(room.arn().value()).startsWith("arn:aws:ivschat:eu-west-1:" + emulator.accountId() + ":room/");
            assertThat(emulator.requestCount("CreateRoom")).isEqualTo(before + 1);
            assertThat(context.getBean(IvsLive.class).toString()).contains("chat=off");
        });
    }

    @Test
    void liveChatPropertiesGiveEveryBroadcastARoomAndTokensByRole() {
        ChatBanStore bans = ChatBanStore.inMemory();
        runner().withPropertyValues("spring.cloud.aws.ivs.live.namespace=spring-chat",
                        "spring.cloud.aws.ivs.live.chat.enabled=true",
                        "spring.cloud.aws.ivs.live.chat.session-duration=30m",
                        "spring.cloud.aws.ivs.live.chat.maximum-message-length=140",
                        "spring.cloud.aws.ivs.live.chat.maximum-message-rate-per-second=3",
                        "spring.cloud.aws.ivs.live.chat.message-review-handler="
                                + "arn:aws:lambda:eu-west-1:123456789012:function:moderate",
                        "spring.cloud.aws.ivs.chat.messaging-endpoint=" + emulator.chatMessagingEndpoint())
                .withBean(ChatBanStore.class, () -> bans)
                .run(context -> {
                    IvsLive live = context.getBean(IvsLive.class);
                    Broadcast show = live.provision("kit", StreamingMode.LOW_LATENCY);
                    Room room = context.getBean(IvsChat.class).getRoom(show.chatRoom().orElseThrow());
                    assertThat(room.maximumMessageLength()).isEqualTo(140);
                    assertThat(room.maximumMessageRatePerSecond()).isEqualTo(3);
                    assertThat(room.messageReviewHandler().orElseThrow().uri()).endsWith(":function:moderate");
                    assertThat(room.tags()).containsEntry(IvsLive.TAG_NAMESPACE, "spring-chat");

                    ChatAdmission owner = live.chat().admit(show, "kit");
                    assertThat(owner.role().capabilities()).contains(ChatCapability.DISCONNECT_USER);
                    assertThat(owner.messagingEndpoint()).isEqualTo(emulator.chatMessagingEndpoint());
                    assertThat(owner.token().sessionDuration()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(live.chat().bans()).isSameAs(bans);
                    live.chat().ban(show, "troll", "spam");
                    assertThat(bans.find("kit", "troll")).isPresent();
                });
    }

    @Test
    void unusableChatSettingsNameTheirProperty() {
        runner().withPropertyValues("spring.cloud.aws.ivs.live.chat.enabled=true")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.chat.messaging-endpoint: is missing")
                        .hasMessageContaining(emulator.endpoint().toString()));
        runner().withPropertyValues("spring.cloud.aws.ivs.chat.messaging-endpoint=https://chat.example.com")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.chat.messaging-endpoint: \"https://chat."));
        runner().withPropertyValues("spring.cloud.aws.ivs.live.chat.enabled=true",
                        "spring.cloud.aws.ivs.chat.messaging-endpoint=" + emulator.chatMessagingEndpoint(),
                        "spring.cloud.aws.ivs.live.chat.session-duration=181m")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.chat.session-duration: 181 minutes"));
        runner().withPropertyValues("spring.cloud.aws.ivs.live.chat.enabled=true",
                        "spring.cloud.aws.ivs.chat.messaging-endpoint=" + emulator.chatMessagingEndpoint(),
                        "spring.cloud.aws.ivs.live.chat.maximum-message-length=501")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.chat.maximum-message-length: 501"));
        runner().withPropertyValues("spring.cloud.aws.ivs.live.chat.enabled=true",
                        "spring.cloud.aws.ivs.chat.messaging-endpoint=" + emulator.chatMessagingEndpoint(),
                        "spring.cloud.aws.ivs.live.chat.message-review-handler=moderate")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.chat.message-review-handler: "));
    }

    @Test
    void anApplicationsOwnChatClientIsWhatIvsChatWraps() {
        IvschatClient own = IvschatClient.builder().endpointOverride(emulator.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()))).build();
        runner().withBean("ownChatClient", IvschatClient.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(IvschatClient.class);
            assertThat(context.getBean(IvsChat.class).sdkClient()).isSameAs(own);
        });
        own.close();
    }

    @Test
    void withoutIvsChatTheOtherBeansRemainAndChatCannotBeTurnedOn() {
        runner().withClassLoader(new FilteredClassLoader(IvsChat.class, IvschatClient.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("ivsChat").doesNotHaveBean("ivschatClient")
                        .hasSingleBean(IvsLive.class));
        runner().withClassLoader(new FilteredClassLoader(IvschatClient.class))
                .withPropertyValues("spring.cloud.aws.ivs.live.chat.enabled=true")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.chat.enabled: is true, but there is no "
                                + "IvsChat bean"));
    }
}
