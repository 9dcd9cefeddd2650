package io.ivsjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.ivsjava.chat.Scripted.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each operation puts on the wire, and how each answer is read: the request bodies, paths and query strings
 * the SDK sends for the wrapper's values (defaults spelled out, empty options left out, IVS's idioms such as an
 * empty URI to remove a review handler), and the rooms, tokens and configurations read back. WireMock answers with
 * the members the API reference documents.
 */
class WireTest {
    private static final String ROOM = "arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6";
    private static final String LOGGING = "arn:aws:ivschat:us-west-2:123456789012:logging-configuration/lc1";
    private static final String LAMBDA = "arn:aws:lambda:us-west-2:123456789012:function:moderate";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String ROOM_JSON = "{\"arn\":\"" + ROOM + "\",\"id\":\"g1H2I3j4k5L6\",\"name\":\"cat-42-chat\","
            + "\"createTime\":\"2026-11-25T12:00:00Z\",\"updateTime\":\"2026-11-25T12:30:00Z\","
            + "\"maximumMessageRatePerSecond\":20,\"maximumMessageLength\":200,"
            + "\"messageReviewHandler\":{\"uri\":\"" + LAMBDA + "\",\"fallbackResult\":\"DENY\"},"
            + "\"loggingConfigurationIdentifiers\":[\"" + LOGGING + "\"],\"tags\":{\"owner\":\"kit\"}}";

    private static Scripted scripted;

    @BeforeAll
    static void start() {
        scripted = new Scripted(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        scripted.close();
    }

    @AfterEach
    void reset() {
        scripted.reset();
    }

    private static IvsChat chat() {
        return scripted.chat;
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    @Test
    void aRoomIsCreatedWithEveryOptionAndReadBack() {
        scripted.answer("CreateRoom", ROOM_JSON);

        Room room = chat().createRoom(RoomSpec.builder().name("cat-42-chat").maximumMessageRatePerSecond(20)
                .maximumMessageLength(200)
                .messageReviewHandler(MessageReviewHandler.lambda(LAMBDA).withFallbackResult(ReviewResult.DENY))
                .loggingConfiguration(LoggingConfigurationArn.parse(LOGGING)).tag("owner", "kit").build());

        assertThat(scripted.body("CreateRoom")).isEqualTo(tree("{\"name\":\"cat-42-chat\","
                + "\"maximumMessageRatePerSecond\":20,\"maximumMessageLength\":200,"
                + "\"messageReviewHandler\":{\"uri\":\"" + LAMBDA + "\",\"fallbackResult\":\"DENY\"},"
                + "\"loggingConfigurationIdentifiers\":[\"" + LOGGING + "\"],\"tags\":{\"owner\":\"kit\"}}"));
        assertThat(room).isEqualTo(new Room(RoomArn.parse(ROOM), "cat-42-chat", 20, 200,
                Optional.of(new MessageReviewHandler(LAMBDA, ReviewResult.DENY)),
                List.of(LoggingConfigurationArn.parse(LOGGING)), Map.of("owner", "kit"),
                Optional.of(NOW), Optional.of(NOW.plusSeconds(1800)), Map.of()));
    }

    @Test
    void aDefaultRoomSpellsOutIvssDefaultsAndLeavesEmptyOptionsOut() {
        scripted.answer("CreateRoom", "{\"arn\":\"" + ROOM + "\"}");

        Room room = chat().createRoom(RoomSpec.builder().build());

        assertThat(scripted.body("CreateRoom")).isEqualTo(tree("{\"maximumMessageRatePerSecond\":10,"
                + "\"maximumMessageLength\":500}"));
        // A sparse answer reads as IVS's documented defaults.
        assertThat(room.name()).isEmpty();
        assertThat(room.maximumMessageRatePerSecond()).isEqualTo(10);
        assertThat(room.maximumMessageLength()).isEqualTo(500);
        assertThat(room.messageReviewHandler()).isEmpty();
        assertThat(room.loggingConfigurations()).isEmpty();
        assertThat(room.tags()).isEmpty();
        assertThat(room.createTime()).isEmpty();
    }

    @Test
    void getAndDeleteNameTheRoomByItsArn() {
        scripted.answer("GetRoom", ROOM_JSON);
        scripted.wiremock.stubFor(post(urlEqualTo("/DeleteRoom")).willReturn(aResponse().withStatus(204)));

        assertThat(chat().getRoom(RoomArn.parse(ROOM)).name()).isEqualTo("cat-42-chat");
        chat().deleteRoom(RoomArn.parse(ROOM));

        assertThat(scripted.body("GetRoom")).isEqualTo(tree("{\"identifier\":\"" + ROOM + "\"}"));
        assertThat(scripted.body("DeleteRoom")).isEqualTo(tree("{\"identifier\":\"" + ROOM + "\"}"));
    }

    @Test
    void anUpdateSendsOnlyWhatChanges() {
        scripted.answer("UpdateRoom", ROOM_JSON);

        chat().updateRoom(RoomArn.parse(ROOM), RoomUpdate.builder().maximumMessageLength(140).build());

        assertThat(scripted.body("UpdateRoom")).isEqualTo(tree("{\"identifier\":\"" + ROOM + "\","
                + "\"maximumMessageLength\":140}"));
    }

    @Test
    void removingTheReviewHandlerAndTheLoggingSendsIvssEmptyValues() {
        scripted.answer("UpdateRoom", "{\"arn\":\"" + ROOM + "\",\"messageReviewHandler\":{\"uri\":\"\","
                + "\"fallbackResult\":\"ALLOW\"},\"loggingConfigurationIdentifiers\":[]}");

        Room room = chat().updateRoom(RoomArn.parse(ROOM), RoomUpdate.builder().removeMessageReviewHandler()
                .loggingConfigurations(List.of()).build());

        assertThat(scripted.body("UpdateRoom")).isEqualTo(tree("{\"identifier\":\"" + ROOM + "\","
                + "\"messageReviewHandler\":{\"uri\":\"\"},\"loggingConfigurationIdentifiers\":[]}"));
        assertThat(room.messageReviewHandler()).as("an empty URI is no handler").isEmpty();
        assertThat(room.loggingConfigurations()).isEmpty();
    }

    @Test
    void listsSendTheirFiltersAndFetchPagesOnlyAsConsumed() {
        String summary = "{\"arn\":\"" + ROOM + "\",\"name\":\"cat\",\"tags\":{},\"loggingConfigurationIdentifiers\":[\""
                + LOGGING + "\"],\"messageReviewHandler\":{\"uri\":\"" + LAMBDA + "\"}}";
        scripted.wiremock.stubFor(post(urlEqualTo("/ListRooms")).withRequestBody(notContaining("nextToken"))
                .willReturn(Scripted.json(200, "{\"rooms\":[" + summary + "," + summary + "],\"nextToken\":\"p2\"}")));
        scripted.wiremock.stubFor(post(urlEqualTo("/ListRooms")).withRequestBody(containing("\"nextToken\":\"p2\""))
                .willReturn(Scripted.json(200, "{\"rooms\":[" + summary + "]}")));
        RoomFilter filter = RoomFilter.byName("cat").withLoggingConfiguration(LoggingConfigurationArn.parse(LOGGING))
                .withMessageReviewHandler(LAMBDA);

        assertThat(chat().listRooms(filter).limit(2).collect(Collectors.toList())).hasSize(2);
        assertThat(scripted.requests()).hasSize(1);
        List<RoomSummary> all = chat().listRooms(filter).collect(Collectors.toList());

        assertThat(all).hasSize(3).allSatisfy(r -> {
            assertThat(r.arn().value()).isEqualTo(ROOM);
            assertThat(r.loggingConfigurations()).containsExactly(LoggingConfigurationArn.parse(LOGGING));
            assertThat(r.messageReviewHandler()).hasValue(MessageReviewHandler.lambda(LAMBDA));
        });
        List<String> bodies = scripted.requests().stream().map(e -> e.getRequest().getBodyAsString())
                .collect(Collectors.toList());
        assertThat(bodies).hasSize(3);
        assertThat(tree(bodies.get(2))).isEqualTo(tree("{\"name\":\"cat\",\"loggingConfigurationIdentifier\":\""
                + LOGGING + "\",\"messageReviewHandlerUri\":\"" + LAMBDA + "\",\"maxResults\":50,"
                + "\"nextToken\":\"p2\"}"));
    }

    // ---- tokens and messaging ---------------------------------------------------------------------------------

    @Test
    void aTokenIsAskedForWithTheRolesUserCapabilitiesAttributesAndDuration() {
        scripted.answer("CreateChatToken", "{\"token\":\"AQICAHg-secret\",\"tokenExpirationTime\":"
                + "\"2026-11-25T12:05:00Z\",\"sessionExpirationTime\":\"2026-11-25T12:30:00Z\"}");
        ChatRole host = ChatRole.host("kit", Map.of("displayName", "Kit"));

        ChatToken token = chat().createChatToken(RoomArn.parse(ROOM), host, Duration.ofMinutes(30));

        assertThat(scripted.body("CreateChatToken")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"userId\":\"kit\",\"capabilities\":[\"SEND_MESSAGE\",\"DELETE_MESSAGE\",\"DISCONNECT_USER\"],"
                + "\"sessionDurationInMinutes\":30,\"attributes\":{\"displayName\":\"Kit\"}}"));
        assertThat(token).isEqualTo(new ChatToken(RoomArn.parse(ROOM), host, Duration.ofMinutes(30),
                "AQICAHg-secret", Instant.parse("2026-11-25T12:05:00Z"), Instant.parse("2026-11-25T12:30:00Z")));
    }

    @Test
    void aReadOnlyTokenAsksForNoCapabilityAndTheDefaultSession() {
        scripted.answer("CreateChatToken", "{\"token\":\"t\"}");

        ChatToken token = chat().createChatToken(RoomArn.parse(ROOM), ChatRole.readOnly("lurker"));

        assertThat(scripted.body("CreateChatToken")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"userId\":\"lurker\",\"sessionDurationInMinutes\":60}"));
        // Without the times (IVS always sends them), the session ends an hour from the injected clock's now.
        assertThat(token.sessionExpirationTime()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
        assertThat(token.tokenExpirationTime()).isEqualTo(token.sessionExpirationTime());
    }

    @Test
    void eventsDeletionsAndDisconnectsCarryWhatTheyName() {
        scripted.answer("SendEvent", "{\"id\":\"EVENT1234567\"}");
        scripted.answer("DeleteMessage", "{\"id\":\"DELETE123456\"}");
        scripted.answer("DisconnectUser", "{}");
        RoomArn room = RoomArn.parse(ROOM);

        assertThat(chat().sendEvent(room, "poll", Map.of("question", "Tuna or salmon?"))).isEqualTo("EVENT1234567");
        assertThat(chat().deleteMessage(room, "ABC123def456", "spoiler")).isEqualTo("DELETE123456");
        chat().disconnectUser(room, "troll", "banned by the host");

        assertThat(scripted.body("SendEvent")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"eventName\":\"poll\",\"attributes\":{\"question\":\"Tuna or salmon?\"}}"));
        assertThat(scripted.body("DeleteMessage")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"id\":\"ABC123def456\",\"reason\":\"spoiler\"}"));
        assertThat(scripted.body("DisconnectUser")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"userId\":\"troll\",\"reason\":\"banned by the host\"}"));
    }

    @Test
    void withoutAReasonOrAttributesNoneIsSent() {
        scripted.answer("SendEvent", "{\"id\":\"EVENT1234567\"}");
        scripted.answer("DeleteMessage", "{\"id\":\"DELETE123456\"}");
        scripted.answer("DisconnectUser", "{}");
        RoomArn room = RoomArn.parse(ROOM);

        chat().sendEvent(room, "stream-ending");
        chat().deleteMessage(room, "ABC123def456");
        chat().disconnectUser(room, "troll");

        assertThat(scripted.body("SendEvent")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"eventName\":\"stream-ending\"}"));
        assertThat(scripted.body("DeleteMessage")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"id\":\"ABC123def456\"}"));
        assertThat(scripted.body("DisconnectUser")).isEqualTo(tree("{\"roomIdentifier\":\"" + ROOM + "\","
                + "\"userId\":\"troll\"}"));
    }

    // ---- logging configurations -------------------------------------------------------------------------------

    private static String logging(String destination, String state) {
        return "{\"arn\":\"" + LOGGING + "\",\"id\":\"lc1\",\"name\":\"logs\",\"createTime\":\"2026-11-25T12:00:00Z\","
                + "\"updateTime\":\"2026-11-25T12:00:00Z\",\"destinationConfiguration\":" + destination
                + ",\"state\":\"" + state + "\",\"tags\":{\"team\":\"chat\"}}";
    }

    @Test
    void eachDestinationTravelsAsTheOneMemberOfItsUnion() {
        LoggingConfigurationArn arn = LoggingConfigurationArn.parse(LOGGING);
        scripted.answer("CreateLoggingConfiguration", logging("{\"s3\":{\"bucketName\":\"chat-logs\"}}", "ACTIVE"));
        scripted.answer("UpdateLoggingConfiguration", logging("{\"firehose\":{\"deliveryStreamName\":\"lake\"}}",
                "ACTIVE"));
        scripted.answer("GetLoggingConfiguration", logging("{\"cloudWatchLogs\":{\"logGroupName\":\"/ivs/chat\"}}",
                "UPDATING"));

        LoggingConfiguration created = chat().createLoggingConfiguration("logs", LoggingDestination.s3("chat-logs"),
                Map.of("team", "chat"));
        LoggingConfiguration updated = chat().updateLoggingConfiguration(arn,
                LoggingConfigurationUpdate.destination(LoggingDestination.firehose("lake")).withName("logs"));
        LoggingConfiguration read = chat().getLoggingConfiguration(arn);

        assertThat(scripted.body("CreateLoggingConfiguration")).isEqualTo(tree("{\"name\":\"logs\","
                + "\"destinationConfiguration\":{\"s3\":{\"bucketName\":\"chat-logs\"}},\"tags\":{\"team\":\"chat\"}}"));
        assertThat(scripted.body("UpdateLoggingConfiguration")).isEqualTo(tree("{\"identifier\":\"" + LOGGING + "\","
                + "\"name\":\"logs\",\"destinationConfiguration\":{\"firehose\":{\"deliveryStreamName\":\"lake\"}}}"));
        assertThat(created).isEqualTo(new LoggingConfiguration(arn, "logs",
                Optional.of(LoggingDestination.s3("chat-logs")), LoggingConfiguration.State.ACTIVE,
                Map.of("team", "chat"), Optional.of(NOW), Optional.of(NOW), Map.of()));
        assertThat(updated.destination()).hasValue(LoggingDestination.firehose("lake"));
        assertThat(read.destination()).hasValue(LoggingDestination.cloudWatchLogs("/ivs/chat"));
        assertThat(read.state()).isEqualTo(LoggingConfiguration.State.UPDATING);
    }

    @Test
    void loggingConfigurationsAreListedAndDeleted() {
        scripted.answer("ListLoggingConfigurations", "{\"loggingConfigurations\":[" + logging(
                "{\"s3\":{\"bucketName\":\"chat-logs\"}}", "ACTIVE") + "]}");
        scripted.wiremock.stubFor(post(urlEqualTo("/DeleteLoggingConfiguration"))
                .willReturn(aResponse().withStatus(204)));

        assertThat(chat().listLoggingConfigurations()).singleElement()
                .satisfies(c -> assertThat(c.destination()).hasValue(LoggingDestination.s3("chat-logs")));
        chat().deleteLoggingConfiguration(LoggingConfigurationArn.parse(LOGGING));

        assertThat(scripted.body("ListLoggingConfigurations")).isEqualTo(tree("{\"maxResults\":50}"));
        assertThat(scripted.body("DeleteLoggingConfiguration")).isEqualTo(tree("{\"identifier\":\"" + LOGGING
                + "\"}"));
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    @Test
    void tagsTravelInThePathAndTheQueryString() {
        String path = "/tags/" + URLEncoder.encode(ROOM, StandardCharsets.UTF_8);
        scripted.wiremock.stubFor(post(urlPathEqualTo(path)).willReturn(Scripted.json(200, "{}")));
        scripted.wiremock.stubFor(delete(urlPathEqualTo(path)).willReturn(Scripted.json(200, "{}")));
        scripted.wiremock.stubFor(get(urlPathEqualTo(path)).willReturn(Scripted.json(200,
                "{\"tags\":{\"owner\":\"kit\"}}")));
        RoomArn room = RoomArn.parse(ROOM);

        chat().tagResource(room, Map.of("owner", "kit"));
        chat().untagResource(room, List.of("a", "b"));
        assertThat(chat().listTagsForResource(room)).containsExactly(Map.entry("owner", "kit"));

        List<LoggedRequest> sent = scripted.requests().stream().map(e -> e.getRequest()).collect(Collectors.toList());
        assertThat(sent).extracting(LoggedRequest::getMethod)
                .containsExactly(RequestMethod.POST, RequestMethod.DELETE, RequestMethod.GET);
        assertThat(tree(sent.get(0).getBodyAsString())).isEqualTo(tree("{\"tags\":{\"owner\":\"kit\"}}"));
        assertThat(sent.get(1).queryParameter("tagKeys").values()).containsExactly("a", "b");
    }

    // ---- values a later IVS may send ----------------------------------------------------------------------------

    @Test
    void valuesThisVersionDoesNotKnowReadAsUnknownAndAreKept() {
        scripted.answer("GetRoom", "{\"arn\":\"" + ROOM + "\",\"messageReviewHandler\":{\"uri\":\"" + LAMBDA
                + "\",\"fallbackResult\":\"QUARANTINE\"}}");
        scripted.answer("GetLoggingConfiguration", logging("{\"kinesis\":{\"streamName\":\"x\"}}", "ARCHIVED"));

        Room room = chat().getRoom(RoomArn.parse(ROOM));
        LoggingConfiguration logging = chat().getLoggingConfiguration(LoggingConfigurationArn.parse(LOGGING));

        assertThat(room.messageReviewHandler()).hasValueSatisfying(
                h -> assertThat(h.fallbackResult()).isEqualTo(ReviewResult.UNKNOWN));
        assertThat(room.unknownValues()).containsExactly(Map.entry("messageReviewHandler.fallbackResult",
                "QUARANTINE"));
        assertThat(logging.state()).isEqualTo(LoggingConfiguration.State.UNKNOWN);
        assertThat(logging.destination()).isEmpty();
        assertThat(logging.unknownValues()).containsEntry("state", "ARCHIVED").containsKey("destinationConfiguration");
    }
}
