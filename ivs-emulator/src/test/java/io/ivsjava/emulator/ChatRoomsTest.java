package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.testing.Sdk;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ConflictException;
import software.amazon.awssdk.services.ivschat.model.DestinationConfiguration;
import software.amazon.awssdk.services.ivschat.model.FallbackResult;
import software.amazon.awssdk.services.ivschat.model.ListRoomsResponse;
import software.amazon.awssdk.services.ivschat.model.MessageReviewHandler;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivschat.model.ResourceType;
import software.amazon.awssdk.services.ivschat.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivschat.model.ThrottlingException;
import software.amazon.awssdk.services.ivschat.model.ValidationException;
import software.amazon.awssdk.services.ivschat.model.ValidationExceptionReason;

/** IVS Chat's control plane: rooms, logging configurations, tokens' limits, and the emulator's usual machinery. */
class ChatRoomsTest {
    private static final IvsEmulator EMULATOR = IvsEmulator.builder().quota(Quota.ROOMS, 5).start();
    private static final IvschatClient CHAT = Sdk.chatWithoutRetries(EMULATOR);
    private static final String HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:review";

    @BeforeEach
    void reset() {
        EMULATOR.reset();
    }

    @AfterAll
    static void close() {
        CHAT.close();
        EMULATOR.close();
    }

    @Test
    void aRoomStartsWithIvsDefaultsAndUpdatesMemberByMember() {
        var created = CHAT.createRoom(b -> b.tags(Map.of("app", "cats")));
        assertThat(created.name()).isEmpty();
        assertThat(created.maximumMessageLength()).isEqualTo(500);
        assertThat(created.maximumMessageRatePerSecond()).isEqualTo(10);
        assertThat(created.loggingConfigurationIdentifiers()).isEmpty();
        assertThat(created.messageReviewHandler()).as("none unless given").isNull();
        assertThat(created.id()).hasSize(12);

        var updated = CHAT.updateRoom(b -> b.identifier(created.arn()).name("renamed")
                .messageReviewHandler(MessageReviewHandler.builder().uri(HANDLER)
                        .fallbackResult(FallbackResult.DENY).build()));
        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(updated.maximumMessageLength()).isEqualTo(500);
        assertThat(updated.messageReviewHandler().fallbackResult()).isEqualTo(FallbackResult.DENY);
        assertThat(updated.tags()).containsEntry("app", "cats");
        assertThat(CHAT.updateRoom(b -> b.identifier(created.arn()).messageReviewHandler(
                MessageReviewHandler.builder().fallbackResult(FallbackResult.ALLOW).build())).messageReviewHandler())
                .as("a member not given keeps its value").satisfies(h -> {
                    assertThat(h.uri()).isEqualTo(HANDLER);
                    assertThat(h.fallbackResult()).isEqualTo(FallbackResult.ALLOW);
                });
        assertThat(CHAT.updateRoom(b -> b.identifier(created.arn()).messageReviewHandler(
                MessageReviewHandler.builder().uri("").build())).messageReviewHandler().uri())
                .as("an empty URI takes the handler off").isEmpty();
    }

    @Test
    void modelLimitsAreAwsValidationErrorsWithTheirReason() {
        assertThatThrownBy(() -> CHAT.createRoom(b -> b.maximumMessageLength(501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getMessage()).contains("maximumMessageLength").contains("less than or equal to 500");
                    assertThat(e.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                });
        assertThatThrownBy(() -> CHAT.createRoom(b -> b.name("has spaces")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CHAT.createRoom(b -> b.messageReviewHandler(h -> h.uri("not-a-lambda"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("messageReviewHandler.uri");
        assertThatThrownBy(() -> CHAT.createLoggingConfiguration(b -> b.destinationConfiguration(
                DestinationConfiguration.builder().s3(d -> d.bucketName("a-bucket"))
                        .firehose(d -> d.deliveryStreamName("a-stream")).build())))
                .as("a destination is a union: one kind only")
                .isInstanceOf(ValidationException.class).hasMessageContaining("exactly one of");
    }

    @Test
    void roomsNameLoggingConfigurationsThatExistAndKeepThemFromDeletion() {
        String logs = CHAT.createLoggingConfiguration(b -> b.destinationConfiguration(DestinationConfiguration
                .builder().cloudWatchLogs(d -> d.logGroupName("chat")).build())).arn();
        String missing = logs.substring(0, logs.lastIndexOf('/') + 1) + "abcdABCDefgh";
        assertThatThrownBy(() -> CHAT.createRoom(b -> b.loggingConfigurationIdentifiers(logs, missing)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains(missing);
                    assertThat(e.resourceId()).isEqualTo("abcdABCDefgh");
                    assertThat(e.statusCode()).isEqualTo(404);
                });
        assertThat(CHAT.listRooms(b -> { }).rooms()).as("a refused create leaves nothing").isEmpty();

        String room = CHAT.createRoom(b -> b.loggingConfigurationIdentifiers(logs)).arn();
        assertThatThrownBy(() -> CHAT.deleteLoggingConfiguration(b -> b.identifier(logs)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains(room));
        CHAT.updateRoom(b -> b.identifier(room).loggingConfigurationIdentifiers(List.of()));
        CHAT.deleteLoggingConfiguration(b -> b.identifier(logs));
        assertThatThrownBy(() -> CHAT.getLoggingConfiguration(b -> b.identifier(logs)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aMissingRoomIsResourceNotFoundNamingIt() {
        String arn = "arn:aws:ivschat:us-east-1:123456789012:room/abcdABCDefgh";
        assertThatThrownBy(() -> CHAT.getRoom(b -> b.identifier(arn)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo("abcdABCDefgh");
                    assertThat(e.resourceType()).isEqualTo(ResourceType.ROOM);
                });
        for (Runnable call : List.<Runnable>of(
                () -> CHAT.createChatToken(b -> b.roomIdentifier(arn).userId("u")),
                () -> CHAT.sendEvent(b -> b.roomIdentifier(arn).eventName("e")),
                () -> CHAT.deleteMessage(b -> b.roomIdentifier(arn).id("abcdefABCDEF")),
                () -> CHAT.disconnectUser(b -> b.roomIdentifier(arn).userId("u")),
                () -> CHAT.deleteRoom(b -> b.identifier(arn)),
                () -> CHAT.listTagsForResource(b -> b.resourceArn(arn)))) {
            assertThatThrownBy(call::run).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void listRoomsFiltersAndPages() {
        String logs = CHAT.createLoggingConfiguration(b -> b.destinationConfiguration(DestinationConfiguration
                .builder().s3(d -> d.bucketName("chat-logs")).build())).arn();
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            arns.add(CHAT.createRoom(b -> {
                b.name(n % 2 == 0 ? "even" : "odd");
                if (n == 1) {
                    b.messageReviewHandler(h -> h.uri(HANDLER)).loggingConfigurationIdentifiers(logs);
                }
            }).arn());
        }

        assertThat(CHAT.listRooms(b -> b.name("even")).rooms()).hasSize(3);
        assertThat(CHAT.listRooms(b -> b.messageReviewHandlerUri(HANDLER)).rooms()).singleElement()
                .satisfies(r -> assertThat(r.arn()).isEqualTo(arns.get(1)));
        assertThat(CHAT.listRooms(b -> b.loggingConfigurationIdentifier(logs)).rooms()).hasSize(1);
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            String from = token;
            ListRoomsResponse page = CHAT.listRooms(b -> b.maxResults(2).nextToken(from));
            assertThat(page.rooms().size()).isLessThanOrEqualTo(2);
            page.rooms().forEach(r -> paged.add(r.arn()));
            token = page.nextToken();
        } while (token != null);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(arns);
        assertThat(CHAT.listRoomsPaginator(b -> b.maxResults(1)).stream().mapToInt(r -> r.rooms().size()).sum())
                .isEqualTo(5);
        assertThatThrownBy(() -> CHAT.listRooms(b -> b.nextToken("made-up"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void quotasAreEnforcedPerAccountAndRegion() {
        for (int i = 0; i < 5; i++) {
            CHAT.createRoom(b -> { });
        }
        assertThatThrownBy(() -> CHAT.createRoom(b -> { }))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(402);
                    assertThat(e.limit()).isEqualTo(5);
                });
        try (IvschatClient elsewhere = Sdk.chat(EMULATOR, "eu-west-1", "111122223333")) {
            String arn = elsewhere.createRoom(b -> { }).arn();
            assertThat(arn).startsWith("arn:aws:ivschat:eu-west-1:111122223333:room/");
            assertThat(CHAT.listRooms(b -> { }).rooms()).extracting(r -> r.arn()).doesNotContain(arn);
            assertThatThrownBy(() -> CHAT.getRoom(b -> b.identifier(arn))).isInstanceOf(ResourceNotFoundException.class);
        }
        for (int i = 0; i < 10; i++) {
            CHAT.createLoggingConfiguration(b -> b.destinationConfiguration(DestinationConfiguration.builder()
                    .firehose(d -> d.deliveryStreamName("stream")).build()));
        }
        assertThatThrownBy(() -> CHAT.createLoggingConfiguration(b -> b.destinationConfiguration(
                DestinationConfiguration.builder().firehose(d -> d.deliveryStreamName("one-more")).build())))
                .as("IVS Chat's published quota of 10").isInstanceOf(ServiceQuotaExceededException.class);
    }

    @Test
    void chatTokenLimitsAreCheckedBeforeAnyTokenIsMade() {
        String room = CHAT.createRoom(b -> { }).arn();
        assertThatThrownBy(() -> CHAT.createChatToken(b -> b.roomIdentifier(room).userId("u")
                .sessionDurationInMinutes(181))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sessionDurationInMinutes");
        assertThatThrownBy(() -> CHAT.createChatToken(b -> b.roomIdentifier(room).userId("u")
                .attributes(Map.of("bio", "x".repeat(1022))))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("1 KB");
        assertThatThrownBy(() -> CHAT.sendEvent(b -> b.roomIdentifier(room).eventName("e")
                .attributes(Map.of("k", "x".repeat(1024))))).isInstanceOf(ValidationException.class);
        assertThat(CHAT.createChatToken(b -> b.roomIdentifier(room).userId("u").attributes(Map.of("bio",
                "x".repeat(1021)))).token()).as("1 KB exactly is allowed").matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tagPathsReachTheChatServiceByTheArnAndTheOtherServicesStillTheirs() {
        String room = CHAT.createRoom(b -> b.tags(Map.of("a", "1"))).arn();
        CHAT.tagResource(b -> b.resourceArn(room).tags(Map.of("b", "2")));
        assertThat(CHAT.listTagsForResource(b -> b.resourceArn(room)).tags()).containsOnlyKeys("a", "b");
        try (var realTime = Sdk.realTime(EMULATOR)) {
            String stage = realTime.createStage(b -> b.tags(Map.of("s", "1"))).stage().arn();
            assertThat(realTime.listTagsForResource(b -> b.resourceArn(stage)).tags()).containsOnlyKeys("s");
        }
        String stageLike = "arn:aws:ivschat:us-east-1:123456789012:stage/abcdABCDefgh";
        assertThatThrownBy(() -> CHAT.listTagsForResource(b -> b.resourceArn(stageLike)))
                .as("an ivschat ARN never names a video resource").isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void faultsAndTheJournalCoverChatCalls() throws Exception {
        EMULATOR.injectFault("CreateRoom", 1, Fault.throttling());
        assertThatThrownBy(() -> CHAT.createRoom(b -> b.name("first"))).isInstanceOf(ThrottlingException.class);
        String arn = CHAT.createRoom(b -> b.name("second")).arn();

        assertThat(EMULATOR.calls("CreateRoom")).extracting(RecordedCall::status).containsExactly(429, 200);
        RecordedCall call = EMULATOR.calls("CreateRoom").get(1);
        assertThat(call.service()).isEqualTo("ivschat");
        assertThat(call.input()).contains("\"name\":\"second\"");
        assertThat(call.headers().get("authorization")).contains("/us-east-1/ivschat/aws4_request");

        HttpResponse<String> calls = PlainHttp.send(EMULATOR, "GET", "/_emulator/calls?operation=CreateRoom", "");
        JsonNode journal = ChatClient.JSON.readTree(calls.body());
        assertThat(journal.path("total").asInt()).isEqualTo(2);
        JsonNode info = ChatClient.JSON.readTree(PlainHttp.send(EMULATOR, "GET", "/_emulator/info", "").body());
        assertThat(info.path("chatMessagingEndpoint").asText()).isEqualTo(EMULATOR.chatMessagingEndpoint().toString())
                .startsWith("ws://127.0.0.1:").endsWith("/chat");
        assertThat(arn).isNotBlank();
    }

    @Test
    void strictSigV4AcceptsTheChatSigningName() {
        try (IvsEmulator strict = IvsEmulator.builder().strictSigV4("AKIDCHAT", "chat-secret").start();
             IvschatClient chat = Sdk.chat(strict)) {
            assertThat(chat.createRoom(b -> b.name("signed")).name()).isEqualTo("signed");
            assertThat(strict.calls("CreateRoom")).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(200));
        }
    }
}
