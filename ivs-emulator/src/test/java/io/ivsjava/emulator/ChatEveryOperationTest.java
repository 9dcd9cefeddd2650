package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.internal.ServiceModel;
import io.ivsjava.emulator.testing.Sdk;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenResponse;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationResponse;
import software.amazon.awssdk.services.ivschat.model.CreateRoomResponse;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.FallbackResult;
import software.amazon.awssdk.services.ivschat.model.GetRoomResponse;
import software.amazon.awssdk.services.ivschat.model.LoggingConfigurationState;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;

/**
 * Every operation of the IVS Chat model, called through the unmodified AWS SDK for Java's {@code ivschat} client with
 * valid input, in an order that sets up what each one needs. Any error fails the test (the SDK throws it), and so
 * does an operation of the model that the walk never reached.
 */
class ChatEveryOperationTest {

    @Test
    void everyOperationIsServedWithValidInput() throws Exception {
        try (IvsEmulator emulator = IvsEmulator.start(); IvschatClient chat = Sdk.chat(emulator)) {
            Instant now = Instant.parse("2030-01-01T12:00:00Z");
            emulator.setClock(now);

            // Logging configurations, one per kind of destination.
            CreateLoggingConfigurationResponse s3 = chat.createLoggingConfiguration(b -> b.name("to-s3")
                    .destinationConfiguration(DestinationConfiguration.builder()
                            .s3(d -> d.bucketName("chat-logs")).build()).tags(Map.of("team", "chat")));
            assertThat(s3.arn()).matches("arn:aws:ivschat:us-east-1:123456789012:logging-configuration/[a-zA-Z0-9]{12}");
            assertThat(s3.id()).isEqualTo(s3.arn().substring(s3.arn().lastIndexOf('/') + 1));
            assertThat(s3.state().toString()).isEqualTo("ACTIVE");
            assertThat(s3.createTime()).isEqualTo(now);
            String logs = chat.createLoggingConfiguration(b -> b.destinationConfiguration(DestinationConfiguration
                    .builder().cloudWatchLogs(d -> d.logGroupName("/ivs/chat")).build())).arn();
            String firehose = chat.createLoggingConfiguration(b -> b.destinationConfiguration(DestinationConfiguration
                    .builder().firehose(d -> d.deliveryStreamName("chat-stream")).build())).arn();
            assertThat(chat.getLoggingConfiguration(b -> b.identifier(logs)).destinationConfiguration()
                    .cloudWatchLogs().logGroupName()).isEqualTo("/ivs/chat");
            assertThat(chat.listLoggingConfigurations(b -> b.maxResults(10)).loggingConfigurations())
                    .extracting(c -> c.state()).containsOnly(LoggingConfigurationState.ACTIVE).hasSize(3);
            emulator.advanceClock(Duration.ofMinutes(1));
            assertThat(chat.updateLoggingConfiguration(b -> b.identifier(firehose).name("renamed")).updateTime())
                    .isEqualTo(now.plusSeconds(60));

            // Rooms.
            CreateRoomResponse room = chat.createRoom(b -> b.name("main").maximumMessageLength(200)
                    .loggingConfigurationIdentifiers(s3.arn(), logs)
                    .messageReviewHandler(MessageReviewHandler.builder()
                            .uri("arn:aws:lambda:us-east-1:123456789012:function:review").build())
                    .tags(Map.of("owner", "kit")));
            assertThat(room.arn()).matches("arn:aws:ivschat:us-east-1:123456789012:room/[a-zA-Z0-9]{12}");
            assertThat(room.maximumMessageRatePerSecond()).isEqualTo(10);
            assertThat(room.messageReviewHandler().fallbackResult()).isEqualTo(FallbackResult.ALLOW);
            chat.createRoom(b -> b.name("other"));
            GetRoomResponse got = chat.getRoom(b -> b.identifier(room.arn()));
            assertThat(got.loggingConfigurationIdentifiers()).containsExactly(s3.arn(), logs);
            assertThat(got.tags()).containsEntry("owner", "kit");
            assertThat(chat.listRooms(b -> b.maxResults(10)).rooms()).hasSize(2);
            assertThat(chat.listRooms(b -> b.loggingConfigurationIdentifier(logs)).rooms()).singleElement()
                    .satisfies(r -> assertThat(r.arn()).isEqualTo(room.arn()));
            assertThat(chat.updateRoom(b -> b.identifier(room.arn()).maximumMessageRatePerSecond(50)
                    .loggingConfigurationIdentifiers(firehose)).loggingConfigurationIdentifiers())
                    .containsExactly(firehose);

            // A client connects with a chat token; the messaging operations reach it.
            CreateChatTokenResponse token = chat.createChatToken(b -> b.roomIdentifier(room.arn()).userId("kit")
                    .capabilities(ChatTokenCapability.SEND_MESSAGE).sessionDurationInMinutes(30)
                    .attributes(Map.of("displayName", "Kit")));
            assertThat(token.tokenExpirationTime()).isEqualTo(now.plusSeconds(60 + 60));
            assertThat(token.sessionExpirationTime()).isEqualTo(now.plusSeconds(60).plus(Duration.ofMinutes(30)));
            try (ChatClient kit = ChatClient.connect(emulator, token.token())) {
                String eventId = chat.sendEvent(b -> b.roomIdentifier(room.arn()).eventName("poll")
                        .attributes(Map.of("question", "tuna?"))).id();
                assertThat(kit.next("EVENT").path("Id").asText()).isEqualTo(eventId);
                String deletion = chat.deleteMessage(b -> b.roomIdentifier(room.arn()).id("abcdefABCDEF")
                        .reason("off topic")).id();
                assertThat(kit.next("EVENT").path("Id").asText()).isEqualTo(deletion);
                chat.disconnectUser(b -> b.roomIdentifier(room.arn()).userId("kit").reason("bye"));
                assertThat(kit.next("EVENT").path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
                assertThat(kit.closeCode()).isEqualTo(1000);
            }

            // Tags, on both kinds of resource.
            chat.tagResource(b -> b.resourceArn(room.arn()).tags(Map.of("tier", "gold")));
            chat.untagResource(b -> b.resourceArn(room.arn()).tagKeys("owner"));
            assertThat(chat.listTagsForResource(b -> b.resourceArn(room.arn())).tags())
                    .containsExactly(Map.entry("tier", "gold"));
            assertThat(chat.listTagsForResource(b -> b.resourceArn(s3.arn())).tags())
                    .containsExactly(Map.entry("team", "chat"));

            // Teardown: rooms first, then the configurations they named.
            chat.deleteRoom(b -> b.identifier(room.arn()));
            for (String arn : new String[] {s3.arn(), logs, firehose}) {
                chat.deleteLoggingConfiguration(b -> b.identifier(arn));
            }
            assertThat(chat.listLoggingConfigurations(b -> b.maxResults(10)).loggingConfigurations()).isEmpty();

            Set<String> unreached = new TreeSet<>();
            ServiceModel model = ServiceModel.ivs().stream().filter(m -> m.service().equals(ServiceModel.CHAT))
                    .findFirst().orElseThrow();
            for (String operation : model.operations().keySet()) {
                if (emulator.calls(operation).stream().noneMatch(c -> c.service().equals(ServiceModel.CHAT))) {
                    unreached.add(operation);
                }
            }
            assertThat(unreached).as("operations the walk did not call").isEmpty();
            assertThat(model.operations()).hasSize(17);
        }
    }
}
