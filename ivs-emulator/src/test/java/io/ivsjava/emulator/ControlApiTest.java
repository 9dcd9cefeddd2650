package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API under /_emulator/, as a test in another language drives a standalone emulator. */
class ControlApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();

    @BeforeEach
    void reset() throws Exception {
        assertThat(send("POST", "/_emulator/reset", "").statusCode()).isEqualTo(200);
    }

    @Test
    void infoNamesTheEmulator() throws Exception {
        JsonNode info = JSON.readTree(send("GET", "/_emulator/info", "").body());
        assertThat(info.path("endpoint").asText()).isEqualTo(emulator.endpoint().toString());
        assertThat(info.path("region").asText()).isEqualTo("us-east-1");
        assertThat(info.path("strictSigV4").asBoolean()).isFalse();
    }

    @Test
    void callsAreListedAndTakenButControlRequestsAreNotRecorded() throws Exception {
        send("POST", "/CreateStage", "{\"name\":\"ctl\"}");
        send("POST", "/ListStages", "{}");

        JsonNode calls = JSON.readTree(send("GET", "/_emulator/calls", "").body());
        assertThat(calls.path("total").asLong()).isEqualTo(2);
        assertThat(calls.path("calls").get(0).path("operation").asText()).isEqualTo("CreateStage");
        assertThat(calls.path("calls").get(0).path("input").path("name").asText()).isEqualTo("ctl");
        assertThat(calls.path("calls").get(0).path("status").asInt()).isEqualTo(200);
        JsonNode filtered = JSON.readTree(send("GET", "/_emulator/calls?operation=ListStages", "").body());
        assertThat(filtered.path("calls").size()).isEqualTo(1);

        HttpResponse<String> taken = send("POST", "/_emulator/calls/take?operation=ListStages&timeout=PT1S", "");
        assertThat(JSON.readTree(taken.body()).path("call").path("operation").asText()).isEqualTo("ListStages");
        assertThat(send("POST", "/_emulator/calls/take?operation=ListStages&timeout=PT0.01S", "").statusCode())
                .isEqualTo(204);
        assertThat(emulator.requestCount()).isEqualTo(2);
    }

    @Test
    void faultsAreInjectedListedAndCleared() throws Exception {
        assertThat(send("POST", "/_emulator/faults", "{\"operation\":\"ListStages\",\"times\":1,"
                + "\"fault\":{\"type\":\"error\",\"errorCode\":\"ThrottlingException\"}}").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(send("GET", "/_emulator/faults", "").body()).path("faults").size()).isEqualTo(1);

        HttpResponse<String> throttled = send("POST", "/ListStages", "{}");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(200);

        send("POST", "/_emulator/faults", "{\"share\":1.0,\"fault\":{\"type\":\"error\",\"errorCode\":\"InternalServerException\"}}");
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(500);
        assertThat(send("DELETE", "/_emulator/faults", "").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(200);

        assertThat(send("POST", "/_emulator/faults", "{\"share\":1.0,\"fault\":{\"type\":\"oneOf\",\"faults\":["
                + "{\"type\":\"error\",\"errorCode\":\"ThrottlingException\"},"
                + "{\"type\":\"errorAfterApplying\",\"errorCode\":\"InternalServerException\"}]}}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(429);
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(500);
        assertThat(send("POST", "/ListStages", "{}").statusCode()).isEqualTo(429);
        send("DELETE", "/_emulator/faults", "");
    }

    @Test
    void mistakesNameTheField() throws Exception {
        HttpResponse<String> bad = send("POST", "/_emulator/faults", "{\"operation\":\"ListStages\","
                + "\"fault\":{\"type\":\"delay\",\"latency\":\"soon\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("fault.latency");
        assertThat(send("POST", "/_emulator/faults", "{\"operation\":\"Nope\",\"fault\":{\"type\":\"connectionReset\"}}")
                .body()).contains("operation");
        assertThat(send("GET", "/_emulator/nothing", "").statusCode()).isEqualTo(404);
    }

    @Test
    void theClockIsReadMovedAndStopped() throws Exception {
        JsonNode set = JSON.readTree(send("POST", "/_emulator/clock", "{\"set\":\"2030-01-01T00:00:00Z\"}").body());
        assertThat(set.path("now").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(set.path("mode").asText()).isEqualTo("stopped");
        send("POST", "/_emulator/clock", "{\"advance\":\"PT1H\"}");
        assertThat(emulator.now()).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
        assertThat(JSON.readTree(send("POST", "/_emulator/clock", "{\"system\":true}").body()).path("mode").asText())
                .isEqualTo("system");
    }

    @Test
    void streamsStartAndEndThroughSimulations() throws Exception {
        String channel = JSON.readTree(send("POST", "/CreateChannel", "{}").body()).path("channel").path("arn").asText();
        assertThat(send("POST", "/_emulator/simulate/stream-start", "{\"channelArn\":\"" + channel + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/GetStream", "{\"channelArn\":\"" + channel + "\"}").statusCode()).isEqualTo(200);
        send("POST", "/_emulator/simulate/stream-end", "{\"channelArn\":\"" + channel + "\"}");
        assertThat(send("POST", "/GetStream", "{\"channelArn\":\"" + channel + "\"}").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/_emulator/simulate/stream-start",
                "{\"channelArn\":\"arn:aws:ivs:us-east-1:123456789012:channel/nope\"}").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/_emulator/simulate/teleport", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void participantsJoinPublishAndLeaveThroughSimulations() throws Exception {
        JsonNode created = JSON.readTree(send("POST", "/CreateStage",
                "{\"participantTokenConfigurations\":[{\"userId\":\"kit\"},{\"userId\":\"bob\"}]}").body());
        String stage = created.path("stage").path("arn").asText();
        String kitToken = created.path("participantTokens").get(0).path("token").asText();
        String bobToken = created.path("participantTokens").get(1).path("token").asText();

        HttpResponse<String> joined = send("POST", "/_emulator/simulate/participant-join",
                "{\"participantToken\":\"" + kitToken + "\"}");
        assertThat(joined.statusCode()).isEqualTo(200);
        String kit = JSON.readTree(joined.body()).path("participantId").asText();
        String bob = JSON.readTree(send("POST", "/_emulator/simulate/participant-join",
                "{\"participantToken\":\"" + bobToken + "\"}").body()).path("participantId").asText();
        assertThat(send("POST", "/_emulator/simulate/participant-publish",
                "{\"stageArn\":\"" + stage + "\",\"participantId\":\"" + kit + "\"}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/_emulator/simulate/participant-subscribe", "{\"stageArn\":\"" + stage
                + "\",\"subscriberId\":\"" + bob + "\",\"publisherId\":\"" + kit + "\"}").statusCode()).isEqualTo(200);

        String session = JSON.readTree(send("POST", "/GetStage", "{\"arn\":\"" + stage + "\"}").body())
                .path("stage").path("activeSessionId").asText();
        JsonNode published = JSON.readTree(send("POST", "/ListParticipants", "{\"stageArn\":\"" + stage
                + "\",\"sessionId\":\"" + session + "\",\"filterByPublished\":true}").body());
        assertThat(published.path("participants")).extracting(p -> p.path("participantId").asText()).containsExactly(kit);

        assertThat(send("POST", "/_emulator/simulate/participant-leave",
                "{\"stageArn\":\"" + stage + "\",\"participantId\":\"" + kit + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = send("POST", "/_emulator/simulate/participant-publish",
                "{\"stageArn\":\"" + stage + "\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("participantId");
        assertThat(send("POST", "/_emulator/simulate/participant-join", "{\"participantToken\":\"not.a.token\"}")
                .statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return PlainHttp.send(emulator, method, path, body);
    }
}
