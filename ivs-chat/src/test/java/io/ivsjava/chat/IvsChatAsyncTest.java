package io.ivsjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Collector;
import io.ivsjava.core.IvsValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous entry point over the SDK's async (Netty) client: the same requests and results as the blocking
 * one, and lists as publishers that fetch a page only when their subscriber asks for more.
 */
class IvsChatAsyncTest {
    private static final String ROOM = "arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6";
    private static final String LOGGING = "arn:aws:ivschat:us-west-2:123456789012:logging-configuration/lc1";

    private static Scripted scripted;

    @BeforeAll
    static void start() {
        scripted = new Scripted(Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        scripted.close();
    }

    @AfterEach
    void reset() {
        scripted.reset();
    }

    @Test
    void aRoomAndATokenWithoutBlocking() {
        scripted.answer("CreateRoom", "{\"arn\":\"" + ROOM + "\",\"name\":\"async\",\"maximumMessageLength\":100}");
        scripted.answer("CreateChatToken", "{\"token\":\"t\",\"tokenExpirationTime\":\"2026-11-25T12:05:00Z\","
                + "\"sessionExpirationTime\":\"2026-11-25T13:00:00Z\"}");

        Room room = scripted.async.createRoom(RoomSpec.builder().name("async").maximumMessageLength(100).build())
                .join();
        ChatToken token = scripted.async.createChatToken(room.arn(), ChatRole.host("kit")).join();

        assertThat(room.maximumMessageLength()).isEqualTo(100);
        assertThat(token.role()).isEqualTo(ChatRole.host("kit"));
        assertThat(scripted.body("CreateChatToken").path("capabilities")).hasSize(3);
    }

    @Test
    void everyOperationReachesTheWire() {
        scripted.answer("GetRoom", "{\"arn\":\"" + ROOM + "\"}");
        scripted.answer("UpdateRoom", "{\"arn\":\"" + ROOM + "\",\"name\":\"renamed\"}");
        scripted.answer("SendEvent", "{\"id\":\"EVENT1234567\"}");
        scripted.answer("DeleteMessage", "{\"id\":\"DELETE123456\"}");
        scripted.answer("DisconnectUser", "{}");
        scripted.answer("DeleteRoom", "{}");
        String logging = "{\"arn\":\"" + LOGGING + "\",\"destinationConfiguration\":{\"s3\":{\"bucketName\":\"b-1\"}},"
                + "\"state\":\"ACTIVE\"}";
        scripted.answer("CreateLoggingConfiguration", logging);
        scripted.answer("GetLoggingConfiguration", logging);
        scripted.answer("UpdateLoggingConfiguration", logging);
        scripted.answer("DeleteLoggingConfiguration", "{}");
        RoomArn room = RoomArn.parse(ROOM);
        LoggingConfigurationArn arn = LoggingConfigurationArn.parse(LOGGING);
        IvsChatAsync async = scripted.async;

        assertThat(async.getRoom(room).join().arn()).isEqualTo(room);
        assertThat(async.updateRoom(room, RoomUpdate.rename("renamed")).join().name()).isEqualTo("renamed");
        assertThat(async.sendEvent(room, "poll", Map.of("q", "?")).join()).isEqualTo("EVENT1234567");
        assertThat(async.deleteMessage(room, "ABC123def456", "spoiler").join()).isEqualTo("DELETE123456");
        async.disconnectUser(room, "troll", "bye").join();
        async.deleteRoom(room).join();
        assertThat(async.createLoggingConfiguration("logs", LoggingDestination.s3("b-1")).join().arn()).isEqualTo(arn);
        assertThat(async.getLoggingConfiguration(arn).join().state()).isEqualTo(LoggingConfiguration.State.ACTIVE);
        assertThat(async.updateLoggingConfiguration(arn, LoggingConfigurationUpdate.rename("x")).join().destination())
                .hasValue(LoggingDestination.s3("b-1"));
        async.deleteLoggingConfiguration(arn).join();

        assertThat(scripted.requests()).extracting(e -> e.getRequest().getUrl()).containsExactly("/GetRoom",
                "/UpdateRoom", "/SendEvent", "/DeleteMessage", "/DisconnectUser", "/DeleteRoom",
                "/CreateLoggingConfiguration", "/GetLoggingConfiguration", "/UpdateLoggingConfiguration",
                "/DeleteLoggingConfiguration");
        assertThat(scripted.body("DisconnectUser").path("reason").asText()).isEqualTo("bye");
    }

    @Test
    void listsArePublishersThatFetchAPageOnlyWhenAsked() throws Exception {
        String summary = "{\"arn\":\"" + ROOM + "\"}";
        scripted.wiremock.stubFor(post(urlEqualTo("/ListRooms")).withRequestBody(notContaining("nextToken"))
                .willReturn(Scripted.json(200, "{\"rooms\":[" + summary + "," + summary + "],\"nextToken\":\"p2\"}")));
        scripted.wiremock.stubFor(post(urlEqualTo("/ListRooms")).withRequestBody(containing("\"nextToken\":\"p2\""))
                .willReturn(Scripted.json(200, "{\"rooms\":[" + summary + "]}")));

        Collector<RoomSummary> two = new Collector<>(2);
        scripted.async.listRooms().subscribe(two);
        assertThat(two.await()).hasSize(2);
        assertThat(two.completed).isFalse();
        assertThat(scripted.requests()).hasSize(1);

        Collector<RoomSummary> all = new Collector<>(Long.MAX_VALUE);
        scripted.async.listRooms(RoomFilter.byName("cat")).subscribe(all);
        assertThat(all.await()).hasSize(3);
        assertThat(all.completed).isTrue();
        assertThat(scripted.requests()).hasSize(1 + 2);
    }

    @Test
    void loggingConfigurationsAndTagsToo() throws Exception {
        scripted.answer("ListLoggingConfigurations", "{\"loggingConfigurations\":[{\"arn\":\"" + LOGGING + "\","
                + "\"destinationConfiguration\":{\"firehose\":{\"deliveryStreamName\":\"lake\"}},\"state\":\"ACTIVE\"}]}");
        String tags = "/tags/" + URLEncoder.encode(LOGGING, StandardCharsets.UTF_8);
        scripted.wiremock.stubFor(post(urlPathEqualTo(tags)).willReturn(Scripted.json(200, "{}")));
        scripted.wiremock.stubFor(delete(urlPathEqualTo(tags)).willReturn(Scripted.json(200, "{}")));
        scripted.wiremock.stubFor(get(urlPathEqualTo(tags)).willReturn(Scripted.json(200, "{\"tags\":{\"k\":\"v\"}}")));
        LoggingConfigurationArn arn = LoggingConfigurationArn.parse(LOGGING);

        Collector<LoggingConfiguration> all = new Collector<>(Long.MAX_VALUE);
        scripted.async.listLoggingConfigurations().subscribe(all);
        assertThat(all.await()).singleElement().satisfies(c ->
                assertThat(c.destination()).hasValue(LoggingDestination.firehose("lake")));
        scripted.async.tagResource(arn, Map.of("k", "v")).join();
        scripted.async.untagResource(arn, List.of("old")).join();

        assertThat(scripted.async.listTagsForResource(arn).join()).containsExactly(Map.entry("k", "v"));
        assertThat(scripted.requests()).extracting(e -> e.getRequest().getMethod().getName())
                .containsExactly("POST", "POST", "DELETE", "GET");
    }

    @Test
    void aListWithBadInputSignalsTheErrorToItsSubscriber() throws Exception {
        Collector<RoomSummary> collector = new Collector<>(10);

        scripted.async.listRooms(null).subscribe(collector);

        collector.await();
        assertThat(collector.error).isInstanceOfSatisfying(IvsValidationException.class,
                e -> assertThat(e.field()).hasValue("filter"));
        assertThat(scripted.requests()).isEmpty();
    }
}
