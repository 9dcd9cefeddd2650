package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.ivsjava.emulator.internal.ServiceModel;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulator on the wire, without any AWS SDK: what a client in another language, or a hand-written HTTP call,
 * sees. Every answer must be AWS-shaped, quick, and never a 500 for the caller's mistakes.
 */
class WireProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();

    /** The operations of the first slice, each with a request body that passes validation. */
    static List<Object[]> servedOperations() {
        String stage = "arn:aws:ivs:us-east-1:123456789012:stage/abcdABCDefgh";
        String channel = "arn:aws:ivs:us-east-1:123456789012:channel/abcdABCDefgh";
        String tags = "/tags/" + URLEncoder.encode(stage, StandardCharsets.UTF_8);
        return List.of(
                new Object[] {"POST", "/CreateStage", "{}"},
                new Object[] {"POST", "/GetStage", "{\"arn\":\"" + stage + "\"}"},
                new Object[] {"POST", "/ListStages", "{}"},
                new Object[] {"POST", "/DeleteStage", "{\"arn\":\"" + stage + "\"}"},
                new Object[] {"POST", "/CreateParticipantToken", "{\"stageArn\":\"" + stage + "\"}"},
                new Object[] {"POST", "/ImportPublicKey", "{\"publicKeyMaterial\":\"-----BEGIN PUBLIC KEY-----\\nAAAA\\n"
                        + "-----END PUBLIC KEY-----\"}"},
                new Object[] {"POST", "/GetPublicKey", "{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:public-key/abc\"}"},
                new Object[] {"POST", "/DeletePublicKey", "{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:public-key/abc\"}"},
                new Object[] {"POST", tags, "{\"tags\":{\"a\":\"b\"}}"},
                new Object[] {"DELETE", tags + "?tagKeys=a", ""},
                new Object[] {"GET", tags, ""},
                new Object[] {"POST", "/CreateChannel", "{}"},
                new Object[] {"POST", "/GetChannel", "{\"arn\":\"" + channel + "\"}"},
                new Object[] {"POST", "/ListChannels", "{}"},
                new Object[] {"POST", "/UpdateChannel", "{\"arn\":\"" + channel + "\"}"},
                new Object[] {"POST", "/DeleteChannel", "{\"arn\":\"" + channel + "\"}"},
                new Object[] {"POST", "/GetStreamKey", "{\"arn\":\"arn:aws:ivs:us-east-1:123456789012:stream-key/abc\"}"},
                new Object[] {"POST", "/ListStreamKeys", "{\"channelArn\":\"" + channel + "\"}"},
                new Object[] {"POST", "/GetStream", "{\"channelArn\":\"" + channel + "\"}"},
                new Object[] {"POST", "/PutMetadata", "{\"channelArn\":\"" + channel + "\",\"metadata\":\"m\"}"});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servedOperations")
    void everyFirstSliceOperationIsServed(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().firstValue("x-amzn-ErrorType").orElse(""))
                .isNotIn("UnknownOperationException", "NotImplementedException", "SerializationException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("x-amzn-ErrorType").orElse(""))
                    .isIn("ResourceNotFoundException", "ValidationException", "ChannelNotBroadcasting");
        }
    }

    @Test
    void unknownOperationsGetAnAwsShaped404() throws Exception {
        HttpResponse<String> response = send("POST", "/LaunchRocket", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("message").asText()).contains("POST /LaunchRocket");
        assertThat(body.path("exceptionMessage").asText()).isEqualTo(body.path("message").asText());
    }

    @Test
    void aKnownPathWithTheWrongMethodIsUnknown() throws Exception {
        assertThat(send("GET", "/CreateStage", "").statusCode()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsASerializationError() throws Exception {
        HttpResponse<String> response = send("POST", "/CreateStage", "{\"name\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("not valid JSON");
    }

    @Test
    void aJsonBodyThatIsNotAnObjectIsASerializationError() throws Exception {
        HttpResponse<String> response = send("POST", "/ListStages", "[1,2]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void aMemberOfTheWrongTypeIsASerializationError() throws Exception {
        HttpResponse<String> response = send("POST", "/ListStages", "{\"maxResults\":\"ten\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(response.body()).contains("maxResults");
    }

    @Test
    void aMissingRequiredMemberIsAValidationError() throws Exception {
        HttpResponse<String> response = send("POST", "/GetStage", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(JSON.readTree(response.body()).path("exceptionMessage").asText())
                .isEqualTo("1 validation error detected: Value null at 'arn' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void anEmptyBodyIsAnEmptyRequest() throws Exception {
        HttpResponse<String> response = send("POST", "/ListStages", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("stages").isArray()).isTrue();
    }

    /** Every operation of the low-latency model, with the smallest request the model accepts. */
    static List<Object[]> lowLatencyOperations() {
        ServiceModel model = ServiceModel.ivs().stream()
                .filter(m -> m.service().equals(ServiceModel.LOW_LATENCY)).findFirst().orElseThrow();
        List<Object[]> out = new ArrayList<>();
        ModelSamples samples = new ModelSamples(model, "us-east-1", "123456789012");
        for (Operation op : model.operations().values()) {
            out.add(new Object[] {op.name(), op, samples.request(op)});
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lowLatencyOperations")
    void everyLowLatencyOperationIsServedAndAnswersAsModeled(String name, Operation op, ModelSamples.Request request)
            throws Exception {
        HttpResponse<String> response = send(op.method(), request.path(), request.body());

        String error = response.headers().firstValue("x-amzn-ErrorType").orElse("");
        assertThat(response.statusCode()).as("%s answered %s %s", name, error, response.body()).isLessThan(500);
        if (response.statusCode() >= 300) {
            assertThat(error).as("%s may answer only its modeled errors; answered %s", name, response.body())
                    .isIn(op.errors());
        } else {
            assertThat(response.statusCode()).isEqualTo(op.responseCode());
        }
    }

    @Test
    void sensitiveValuesAreNotEchoedInValidationMessages() throws Exception {
        String channel = "arn:aws:ivs:us-east-1:123456789012:channel/abcdABCDefgh";
        HttpResponse<String> response = send("POST", "/PutMetadata",
                "{\"channelArn\":\"" + channel + "\",\"metadata\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Value at 'metadata' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1");
    }

    @Test
    void tagPathsReachTheServiceThatOwnsTheResourceType() throws Exception {
        String stage = JSON.readTree(send("POST", "/CreateStage", "{}").body()).path("stage").path("arn").asText();
        String channel = JSON.readTree(send("POST", "/CreateChannel", "{}").body()).path("channel").path("arn").asText();

        for (String arn : List.of(stage, channel)) {
            String path = "/tags/" + URLEncoder.encode(arn, StandardCharsets.UTF_8);
            assertThat(send("POST", path, "{\"tags\":{\"who\":\"" + arn + "\"}}").statusCode()).isEqualTo(200);
            JsonNode tags = JSON.readTree(send("GET", path, "").body()).path("tags");
            assertThat(tags.size()).isEqualTo(1);
            assertThat(tags.path("who").asText()).isEqualTo(arn);
        }
    }

    @Test
    void tagKeysInTheQueryStringAreDecoded() throws Exception {
        String stage = JSON.readTree(send("POST", "/CreateStage", "{\"tags\":{\"a b\":\"1\",\"c\":\"2\"}}").body())
                .path("stage").path("arn").asText();
        String path = "/tags/" + URLEncoder.encode(stage, StandardCharsets.UTF_8);

        assertThat(send("DELETE", path + "?tagKeys=a%20b", "").statusCode()).isEqualTo(200);

        assertThat(JSON.readTree(send("GET", path, "").body()).path("tags").fieldNames()).toIterable()
                .containsExactly("c");
    }

    @Test
    void everyAnswerCarriesADistinctRequestId() throws Exception {
        String first = send("POST", "/ListStages", "{}").headers().firstValue("x-amzn-RequestId").orElseThrow();
        String second = send("POST", "/Nope", "{}").headers().firstValue("x-amzn-RequestId").orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return PlainHttp.send(emulator, method, path, body);
    }
}
