package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.IvsEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives StreamCat's HTTP API end to end on the embedded emulator and an H2 file, as a web client would. */
class StreamCatBackendTest {
    /** The EventBridge connection's API key, as the operator configures it. */
    private static final EventsApiKey KEY = new EventsApiKey("x-api-key", "streamcat-test-events-key-0123");

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private IvsEmulator emulator;
    private StreamCatBackend backend;

    @BeforeEach
    void start() {
        emulator = IvsEmulator.start();
        backend = startBackend();
    }

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.close();
        }
        emulator.close();
    }

    private StreamCatBackend startBackend() {
        return StreamCatBackend.start(IvsTarget.embedded(emulator), DatabaseConfig.embedded(data),
                new InetSocketAddress("127.0.0.1", 0), KEY);
    }

    @Test
    void aRestartOfTheBackendOnTheSameDatabaseLosesNothing() {
        String kit = signUp("kit", "HYBRID");
        String bob = signUp("bob", "REAL_TIME");
        call("POST", "/api/studio/cohosts", kit, json("username", "bob"), 201);
        JsonNode host = call("GET", "/api/studio", kit, null, 200).path("admission");
        JsonNode live = call("POST", "/api/studio/live", kit, null, 200);
        String composition = live.path("composition").path("arn").asText();
        assertThat(composition).startsWith("arn:aws:ivs:us-east-1:123456789012:composition/");
        awaitLive("kit", true);
        JsonNode before = call("GET", "/api/me", kit, null, 200);

        backend.close();
        backend = startBackend();

        JsonNode after = call("GET", "/api/me", kit, null, 200);
        assertThat(after.path("broadcast")).isEqualTo(before.path("broadcast"));
        assertThat(after.path("broadcast").path("composition").asText()).isEqualTo(composition);
        assertThat(after.path("live").asBoolean()).isTrue();
        assertThat(call("GET", "/api/me", bob, null, 200).path("invitations").get(0).path("host").asText())
                .isEqualTo("kit");
        // The invitation lives in the database, so the new instance admits the co-host.
        JsonNode coHost = call("GET", "/api/studios/kit/token", bob, null, 200).path("admission");
        assertThat(coHost.path("capabilities").toString()).contains("PUBLISH");
        assertThat(coHost.path("stage").path("arn").asText()).isEqualTo(host.path("stage").path("arn").asText());
        // A host token from before the restart still admits its holder.
        String participant = emulator.simulateParticipantJoin(host.path("token").asText());
        assertThat(participant).isEqualTo(host.path("participantId").asText());

        call("POST", "/api/studio/end", kit, null, 200);
        awaitLive("kit", false);
        assertThat(call("GET", "/api/me", kit, null, 200).path("broadcast").has("composition")).isFalse();
        assertThat(emulator.requestCount("StopComposition")).isEqualTo(1);

        call("DELETE", "/api/me", kit, null, 200);
        call("GET", "/api/channels/kit", null, null, 404);
        call("GET", "/api/me", kit, null, 401);
    }

    @Test
    void theHostStudioKeepsItsTokenAndEachViewerGetsWhatTheModeNeeds() {
        String kit = signUp("kit", "REAL_TIME");
        signUp("cara", "LOW_LATENCY");
        signUp("dan", "HYBRID");

        JsonNode first = call("GET", "/api/studio", kit, null, 200).path("admission");
        JsonNode second = call("GET", "/api/studio", kit, null, 200).path("admission");
        assertThat(first.path("type").asText()).isEqualTo("WEBRTC");
        assertThat(first.path("capabilities").toString()).isEqualTo("[\"PUBLISH\",\"SUBSCRIBE\"]");
        assertThat(second.path("token").asText()).isEqualTo(first.path("token").asText());
        assertThat(Instant.parse(first.path("expiresAt").asText())).isAfter(Instant.now().plus(Duration.ofHours(11)));

        long tokenCallsBefore = emulator.requestCount("CreateParticipantToken");
        JsonNode realTimeViewer = call("GET", "/api/channels/kit", null, null, 200).path("admission");
        assertThat(realTimeViewer.path("type").asText()).isEqualTo("WEBRTC");
        assertThat(realTimeViewer.path("capabilities").toString()).isEqualTo("[\"SUBSCRIBE\"]");
        assertThat(realTimeViewer.path("selfSigned").asBoolean()).isTrue();
        assertThat(emulator.simulateParticipantJoin(realTimeViewer.path("token").asText()))
                .isEqualTo(realTimeViewer.path("participantId").asText());
        assertThat(call("GET", "/api/channels/cara", null, null, 200).path("admission").path("type").asText())
                .isEqualTo("HLS");
        JsonNode hybridViewer = call("GET", "/api/channels/dan", null, null, 200).path("admission");
        assertThat(hybridViewer.path("playbackUrl").asText()).endsWith(".m3u8");
        // Viewers' tokens are signed locally: a crowd costs IVS no call.
        assertThat(emulator.requestCount("CreateParticipantToken")).isEqualTo(tokenCallsBefore);
    }

    @Test
    void theLiveFlagFollowsTheEmulatorsEventsAndTheWebhookInAnyOrder() {
        String cara = signUp("cara", "LOW_LATENCY");
        String channel = call("GET", "/api/me", cara, null, 200).path("broadcast").path("channel").path("arn")
                .asText();
        JsonNode ingest = call("GET", "/api/studio", cara, null, 200).path("admission");
        assertThat(ingest.path("type").asText()).isEqualTo("RTMPS");
        assertThat(ingest.path("streamKey").asText()).startsWith("sk_us-east-1_");

        emulator.simulateStreamStart(channel);
        awaitLive("cara", true);
        emulator.simulateStreamEnd(channel);
        awaitLive("cara", false);

        // Through the webhook, out of order: the end of st-2 first, then its late start.
        JsonNode end = call("POST", "/events", null, event(channel, "st-2", "Stream End", "2030-01-01T00:10:00Z"),
                202);
        assertThat(end.path("username").asText()).isEqualTo("cara");
        assertThat(end.path("live").asBoolean()).isFalse();
        JsonNode lateStart = call("POST", "/events", null,
                event(channel, "st-2", "Stream Start", "2030-01-01T00:00:00Z"), 202);
        assertThat(lateStart.path("live").asBoolean()).isFalse();
        assertThat(call("POST", "/events", null, event(channel, "st-3", "Stream Start", "2030-01-01T01:00:00Z"), 202)
                .path("live").asBoolean()).isTrue();
        assertThat(call("GET", "/api/channels/cara", null, null, 200).path("live").asBoolean()).isTrue();

        JsonNode unknown = call("POST", "/events", null, event(channel, "st-3", "Stream Something New",
                "2030-01-01T02:00:00Z"), 202);
        assertThat(unknown.path("live").asBoolean()).isTrue();
        assertThat(call("POST", "/events", null, json("detail-type", "not an IVS event"), 400).path("error")
                .asText()).isEqualTo("ValidationException");
    }

    @Test
    void forgedEventsAreRefusedAndOnlyTheConnectionsKeyIsAccepted() throws Exception {
        String cara = signUp("cara", "LOW_LATENCY");
        String channel = call("GET", "/api/me", cara, null, 200).path("broadcast").path("channel").path("arn")
                .asText();
        ObjectNode start = event(channel, "st-9", "Stream Start", Instant.now().toString());

        for (String[] forged : List.of(new String[0], new String[] {"x-api-key", "guess-guess-guess-guess"},
                new String[] {"x-api-key", KEY.value().substring(1)}, new String[] {"x-other-key", KEY.value()},
                new String[] {"Authorization", "Bearer " + KEY.value()})) {
            HttpResponse<String> refused = postEvent(start.toString(), forged);
            assertThat(refused.statusCode()).as("forged with %s", List.of(forged).isEmpty() ? "no key" : forged[0])
                    .isEqualTo(401);
            assertThat(refused.body()).doesNotContain(KEY.value());
        }
        assertThat(postEvent("not even JSON", new String[0]).statusCode()).as("refused before parsing")
                .isEqualTo(401);
        assertThat(call("GET", "/api/channels/cara", null, null, 200).path("live").asBoolean()).isFalse();

        HttpResponse<String> signed = postEvent(start.toString(), new String[] {"X-Api-Key", KEY.value()});
        assertThat(signed.statusCode()).isEqualTo(202);
        assertThat(Http.JSON.readTree(signed.body()).path("live").asBoolean()).isTrue();
        assertThat(call("GET", "/api/channels/cara", null, null, 200).path("live").asBoolean()).isTrue();
    }

    @Test
    void anEmulatorTheBackendStartsPostsItsEventsToEventsWithTheKey() throws Exception {
        backend.close();
        IvsTarget own = IvsTarget.embedded();
        backend = StreamCatBackend.start(own, DatabaseConfig.embedded(data.resolve("own")),
                new InetSocketAddress("127.0.0.1", 0), KEY);
        assertThat(call("GET", "/health", null, null, 200).path("events").asText())
                .contains("webhook").contains("x-api-key").doesNotContain(KEY.value());
        String cara = signUp("cara", "LOW_LATENCY");
        String channel = call("GET", "/api/me", cara, null, 200).path("broadcast").path("channel").path("arn")
                .asText();

        call("POST", "/dev/emulator/stream-start", null, json("channelArn", channel), 200);
        awaitLive("cara", true);
        // A forged end changes nothing; the emulator's own, signed, does.
        assertThat(postEvent(event(channel, "st-x", "Stream End", Instant.now().plusSeconds(60).toString())
                .toString(), new String[0]).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/channels/cara", null, null, 200).path("live").asBoolean()).isTrue();
        call("POST", "/dev/emulator/stream-end", null, json("channelArn", channel), 200);
        awaitLive("cara", false);

        HttpResponse<String> info = http.send(HttpRequest.newBuilder(own.emulator().orElseThrow().endpoint()
                .resolve("/_emulator/info")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode webhook = Http.JSON.readTree(info.body()).path("events").path("webhook");
        assertThat(webhook.path("delivered").asLong()).as("Session Created, Stream Start, Stream End, Session Ended")
                .isEqualTo(4);
        assertThat(webhook.path("failed").asLong()).isZero();
        assertThat(webhook.path("url").asText()).isEqualTo(backend.endpoint() + "/events");
    }

    @Test
    void aRealTimeHostIsLiveWhileTheyPublishOnTheirStage() {
        String kit = signUp("kit", "REAL_TIME");
        JsonNode host = call("GET", "/api/studio", kit, null, 200).path("admission");
        String stage = host.path("stage").path("arn").asText();
        String first = emulator.simulateParticipantJoin(host.path("token").asText());
        assertThat(call("GET", "/api/channels/kit", null, null, 200).path("live").asBoolean()).isFalse();

        emulator.simulateParticipantPublish(stage, first);
        awaitLive("kit", true);
        // Another participant of the same user (a second tab) leaving changes nothing.
        JsonNode second = call("POST", "/events", null, stageEvent(stage, "kit", "other-tab", "Participant Left",
                Instant.now().plusSeconds(5).toString()), 202);
        assertThat(second.path("live").asBoolean()).isTrue();
        // A viewer of the stage publishing nothing, or someone else's user id, is not the host.
        call("POST", "/events", null, stageEvent(stage, "bob", "p-bob", "Participant Left",
                Instant.now().plusSeconds(6).toString()), 202);
        awaitLive("kit", true);

        emulator.simulateParticipantUnpublish(stage, first);
        awaitLive("kit", false);
        emulator.simulateParticipantPublish(stage, first);
        awaitLive("kit", true);
        // A late Unpublished from an hour ago changes nothing.
        assertThat(call("POST", "/events", null, stageEvent(stage, "kit", first, "Participant Unpublished",
                Instant.now().minusSeconds(3600).toString()), 202).path("live").asBoolean()).isTrue();

        call("POST", "/api/studio/end", kit, null, 200);
        awaitLive("kit", false);
    }

    @Test
    void aHostInvitesAndKicksACoHost() {
        String kit = signUp("kit", "REAL_TIME");
        String bob = signUp("bob", "REAL_TIME");
        call("GET", "/api/studios/kit/token", bob, null, 403);

        call("POST", "/api/studio/cohosts", kit, json("username", "bob"), 201);
        JsonNode token = call("GET", "/api/studios/kit/token", bob, null, 200).path("admission");
        String stage = token.path("stage").path("arn").asText();
        String participant = emulator.simulateParticipantJoin(token.path("token").asText());
        emulator.simulateParticipantPublish(stage, participant);

        JsonNode kicked = call("DELETE", "/api/studio/cohosts/bob", kit, null, 200);
        assertThat(kicked.path("disconnectedParticipants").asInt()).isEqualTo(1);
        assertThat(kicked.path("invitationRevoked").asBoolean()).isTrue();
        call("GET", "/api/studios/kit/token", bob, null, 403);
        assertThat(call("GET", "/api/me", bob, null, 200).path("invitations")).isEmpty();
        // Kicking again is harmless.
        assertThat(call("DELETE", "/api/studio/cohosts/bob", kit, null, 200).path("invitationRevoked").asBoolean())
                .isFalse();
    }

    @Test
    void badRequestsAreRefusedWithClearErrors() {
        String cara = signUp("cara", "LOW_LATENCY");
        signUp("bob", "REAL_TIME");
        assertThat(call("POST", "/api/users", null, json("username", "Bad Name").put("mode", "HYBRID"), 400)
                .path("message").asText()).startsWith("username:");
        assertThat(call("POST", "/api/users", null, json("username", "zed").put("mode", "LOUD"), 400)
                .path("message").asText()).startsWith("mode:");
        call("POST", "/api/users", null, json("username", "cara").put("mode", "HYBRID"), 409);
        call("GET", "/api/studio", null, null, 401);
        call("GET", "/api/studio", "sc_not-a-key", null, 401);
        call("GET", "/api/channels/nobody", null, null, 404);
        call("POST", "/api/studio/cohosts", cara, json("username", "nobody"), 404);
        // One broadcaster in LOW_LATENCY: the facade refuses co-hosts before any call to IVS.
        assertThat(call("POST", "/api/studio/cohosts", cara, json("username", "bob"), 400).path("error").asText())
                .isEqualTo("ValidationException");
        call("PUT", "/api/studio", cara, null, 405);
        call("GET", "/nowhere", null, null, 404);
    }

    // ---- helpers

    private String signUp(String username, String mode) {
        JsonNode answer = call("POST", "/api/users", null, json("username", username).put("mode", mode), 201);
        assertThat(answer.path("mode").asText()).isEqualTo(mode);
        return answer.path("apiKey").asText();
    }

    private void awaitLive(String username, boolean live) {
        Predicate<JsonNode> reached = page -> page.path("live").asBoolean() == live;
        Instant deadline = Instant.now().plusSeconds(10);
        while (!reached.test(call("GET", "/api/channels/" + username, null, null, 200))) {
            assertThat(Instant.now()).as("the live flag of %s to become %s", username, live).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ObjectNode json(String field, String value) {
        return Http.JSON.createObjectNode().put(field, value);
    }

    private static ObjectNode event(String channel, String streamId, String name, String time) {
        ObjectNode event = Http.JSON.createObjectNode().put("version", "0").put("id", name + streamId + time)
                .put("detail-type", "IVS Stream State Change").put("source", "aws.ivs")
                .put("account", "123456789012").put("time", time).put("region", "us-east-1");
        event.putArray("resources").add(channel);
        event.putObject("detail").put("event_name", name).put("stream_id", streamId);
        return event;
    }

    private static ObjectNode stageEvent(String stage, String userId, String participantId, String name,
                                         String time) {
        ObjectNode event = Http.JSON.createObjectNode().put("version", "0").put("id", name + participantId + time)
                .put("detail-type", "IVS Stage Update").put("source", "aws.ivs")
                .put("account", "123456789012").put("time", time).put("region", "us-east-1");
        event.putArray("resources").add(stage);
        event.putObject("detail").put("session_id", "st-1").put("event_name", name).put("user_id", userId)
                .put("participant_id", participantId);
        return event;
    }

    /** Posts to {@code /events} with exactly the given headers (name, value...), as anyone on the internet may. */
    private HttpResponse<String> postEvent(String body, String[] headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(backend.endpoint().resolve("/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode call(String method, String path, String apiKey, JsonNode body, int expected) {
        URI uri = backend.endpoint().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (path.equals("/events")) {
            // Signed by the connection, as EventBridge posts to an API destination.
            request.header(KEY.headerName(), KEY.value());
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
            return response.body().isEmpty() ? Http.JSON.createObjectNode() : Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
