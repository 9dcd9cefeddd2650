package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.ServiceModel.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The models, the validator derived from them, the router and the JSON layer, below the HTTP server. */
class ModelTest {
    private static final ServiceModel IVS = ServiceModel.ivs().get(0);
    private static final ServiceModel REALTIME = ServiceModel.ivs().get(1);
    private static final ServiceModel CHAT = ServiceModel.ivs().get(2);

    @Test
    void theThreeModelsLoadWithEveryOperationBound() {
        assertThat(IVS.service()).isEqualTo("ivs");
        assertThat(REALTIME.service()).isEqualTo("ivs-realtime");
        assertThat(CHAT.service()).isEqualTo("ivschat");
        assertThat(IVS.operations()).hasSize(41);
        assertThat(REALTIME.operations()).hasSize(39);
        assertThat(CHAT.operations()).hasSize(17);
        for (ServiceModel model : ServiceModel.ivs()) {
            for (Operation op : model.operations().values()) {
                assertThat(op.method()).isIn("GET", "POST", "DELETE", "PUT", "PATCH");
                assertThat(op.requestUri()).startsWith("/");
                op.input().ifPresent(model::shape);
                op.output().ifPresent(model::shape);
                op.errors().forEach(e -> assertThat(model.shape(e).httpStatus()).isPresent());
            }
        }
    }

    @Test
    void theTestsRunWithResponseCheckingOn() {
        assertThat(Boolean.getBoolean("ivs.emulator.checkResponses"))
                .as("surefire sets ivs.emulator.checkResponses so every emulator answer is checked against the model")
                .isTrue();
    }

    @Test
    void inputValidationAppliesEveryKindOfConstraint() {
        ObjectNode input = Json.object();
        input.put("stageArn", "arn:aws:ivs:us-east-1:123:channel/x");
        input.put("duration", 20_161);
        input.put("userId", "u".repeat(129));
        input.putArray("capabilities").add("PUBLISH").add("FLY").add("SUBSCRIBE");

        ShapeValidator.Result result = ShapeValidator.checkInput(REALTIME,
                REALTIME.shape("CreateParticipantTokenRequest"), input);

        assertThat(result.typeError()).isFalse();
        assertThat(result.violations()).containsExactlyInAnyOrder(
                "Value 'arn:aws:ivs:us-east-1:123:channel/x' at 'stageArn' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: arn:aws:ivs:[a-z0-9-]+:[0-9]+:stage/[a-zA-Z0-9-]+",
                "Value '20161' at 'duration' failed to satisfy constraint: Member must have value less than or equal to 20160",
                "Value '" + "u".repeat(129) + "' at 'userId' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 128",
                "Value '3 items' at 'capabilities' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 2",
                "Value 'FLY' at 'capabilities.2.member' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [PUBLISH, SUBSCRIBE]");
        assertThat(result.message()).startsWith("5 validation errors detected: ");
    }

    @Test
    void theResourceArnPatternIsAppliedAsTheWholeValuePatternItStandsFor() {
        ObjectNode stage = Json.object().put("resourceArn", "arn:aws:ivs:us-east-1:123456789012:stage/abc");
        ObjectNode playbackKey = Json.object().put("resourceArn", "arn:aws:ivs:us-east-1:123456789012:playback-key/abc");
        ObjectNode notAnArn = Json.object().put("resourceArn", "prefix arn:aws:ivs:us-east-1:1:stage/abc suffix");

        ServiceModel.Shape shape = REALTIME.shape("ListTagsForResourceRequest");
        assertThat(ShapeValidator.checkInput(REALTIME, shape, stage).ok()).isTrue();
        assertThat(ShapeValidator.checkInput(REALTIME, shape, playbackKey).ok()).isTrue();
        assertThat(ShapeValidator.checkInput(REALTIME, shape, notAnArn).ok()).isFalse();
    }

    @Test
    void aPatternJudgesEachValueOnItsOwnWhateverItAcceptedJustBefore() {
        ServiceModel.Shape shape = REALTIME.shape("GetStageRequest");
        String arn = "arn:aws:ivs:us-east-1:123456789012:stage/abc";

        for (int i = 0; i < 3; i++) {
            assertThat(ShapeValidator.checkInput(REALTIME, shape, Json.object().put("arn", arn)).ok()).isTrue();
            assertThat(ShapeValidator.checkInput(REALTIME, shape, Json.object().put("arn", arn + " ")).violations())
                    .singleElement().asString().contains("regular expression pattern");
            assertThat(ShapeValidator.checkInput(REALTIME, shape, Json.object().put("arn", arn.substring(1))).ok())
                    .isFalse();
        }
    }

    @Test
    void theChatModelsResourceArnIsAppliedWholeToo() {
        ServiceModel.Shape shape = CHAT.shape("ListTagsForResourceRequest");
        ObjectNode room = Json.object().put("resourceArn", "arn:aws:ivschat:us-east-1:123456789012:room/abc");
        ObjectNode logging = Json.object().put("resourceArn",
                "arn:aws:ivschat:us-east-1:123456789012:logging-configuration/abc");
        ObjectNode video = Json.object().put("resourceArn", "arn:aws:ivs:us-east-1:123456789012:stage/abc");

        assertThat(ShapeValidator.checkInput(CHAT, shape, room).ok()).isTrue();
        assertThat(ShapeValidator.checkInput(CHAT, shape, logging).ok()).isTrue();
        assertThat(ShapeValidator.checkInput(CHAT, shape, video).ok()).isFalse();
    }

    @Test
    void aUnionTakesExactlyOneMember() {
        ServiceModel.Shape shape = CHAT.shape("CreateLoggingConfigurationRequest");
        ObjectNode one = Json.object();
        one.putObject("destinationConfiguration").putObject("s3").put("bucketName", "logs");
        ObjectNode two = one.deepCopy();
        ((ObjectNode) two.get("destinationConfiguration")).putObject("firehose").put("deliveryStreamName", "s");
        ObjectNode none = Json.object();
        none.putObject("destinationConfiguration");

        assertThat(ShapeValidator.checkInput(CHAT, shape, one).ok()).isTrue();
        assertThat(ShapeValidator.checkInput(CHAT, shape, two).violations()).containsExactly(
                "Value at 'destinationConfiguration' failed to satisfy constraint: Member must have exactly one of "
                        + "[cloudWatchLogs, firehose, s3] set, not 2");
        assertThat(ShapeValidator.checkInput(CHAT, shape, none).ok()).isFalse();
    }

    @Test
    void wrongTypesAreTypeErrors() {
        ObjectNode input = Json.object().put("maxResults", "ten");

        ShapeValidator.Result result = ShapeValidator.checkInput(REALTIME, REALTIME.shape("ListStagesRequest"), input);

        assertThat(result.typeError()).isTrue();
        assertThat(result.violations()).containsExactly("Value at 'maxResults' must be an integer");
    }

    @Test
    void outputCheckingRejectsWhatTheModelDoesNotDescribe() {
        ObjectNode good = Json.object();
        good.putArray("stages").addObject().put("arn", "arn:aws:ivs:us-east-1:123456789012:stage/abc");
        ObjectNode extra = good.deepCopy();
        extra.put("surprise", true);
        ObjectNode missingRequired = Json.object();
        ObjectNode badEnum = Json.object();
        badEnum.putObject("channel").put("latencyMode", "FAST");

        assertThat(ShapeValidator.checkOutput(REALTIME, REALTIME.shape("ListStagesResponse"), good).ok()).isTrue();
        assertThat(ShapeValidator.checkOutput(REALTIME, REALTIME.shape("ListStagesResponse"), extra).violations())
                .containsExactly("'surprise' is not a member of ListStagesResponse");
        assertThat(ShapeValidator.checkOutput(REALTIME, REALTIME.shape("ListStagesResponse"), missingRequired)
                .violations()).singleElement().asString().contains("at 'stages'").contains("must not be null");
        assertThat(ShapeValidator.checkOutput(IVS, IVS.shape("GetChannelResponse"), badEnum).violations())
                .singleElement().asString().contains("enum value set: [NORMAL, LOW]");
    }

    @Test
    void tagPathsRouteByTheResourceTypeInTheArn() {
        Router router = new Router(ServiceModel.ivs());

        assertThat(router.route("GET", "/tags/arn%3Aaws%3Aivs%3Aus-east-1%3A1%3Astage%2Fabc").orElseThrow()
                .model().service()).isEqualTo("ivs-realtime");
        assertThat(router.route("GET", "/tags/arn%3Aaws%3Aivs%3Aus-east-1%3A1%3Apublic-key%2Fabc").orElseThrow()
                .model().service()).isEqualTo("ivs-realtime");
        Router.Route channel = router.route("POST", "/tags/arn%3Aaws%3Aivs%3Aus-east-1%3A1%3Achannel%2Fabc").orElseThrow();
        assertThat(channel.model().service()).isEqualTo("ivs");
        assertThat(channel.operation().name()).isEqualTo("TagResource");
        assertThat(channel.labels()).containsExactly(Map.entry("resourceArn", "arn:aws:ivs:us-east-1:1:channel/abc"));
        assertThat(router.route("POST", "/CreateStage").orElseThrow().model().service()).isEqualTo("ivs-realtime");
        assertThat(router.route("POST", "/CreateChannel/").orElseThrow().operation().name()).isEqualTo("CreateChannel");
        assertThat(router.route("PUT", "/CreateChannel")).isEmpty();
        assertThat(router.route("GET", "/tags/arn%3Aaws%3Aivschat%3Aus-east-1%3A1%3Aroom%2Fabc").orElseThrow()
                .model().service()).isEqualTo("ivschat");
        assertThat(router.route("DELETE", "/tags/arn%3Aaws%3Aivschat%3Aus-east-1%3A1%3Astage%2Fabc").orElseThrow()
                .model().service()).as("an ivschat ARN goes to chat, whatever its type").isEqualTo("ivschat");
        assertThat(router.route("POST", "/CreateRoom").orElseThrow().model().service()).isEqualTo("ivschat");
    }

    @Test
    void jsonRoundTripsWithoutAnObjectMapper() throws IOException {
        String text = "{\"s\":\"a\\u00e9\\\"\",\"i\":9007199254740993,\"big\":123456789012345678901234567890,"
                + "\"d\":1.5,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,{\"x\":[]}],\"o\":{}}";

        JsonNode node = Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(node.path("i").longValue()).isEqualTo(9_007_199_254_740_993L);
        assertThat(node.path("big").bigIntegerValue()).hasToString("123456789012345678901234567890");
        assertThat(node.path("s").asText()).isEqualTo("aé\"");
        assertThat(Json.parse(Json.write(node))).isEqualTo(node);
        assertThat(Json.parse(new byte[0]).isMissingNode()).isTrue();
        assertThatThrownBy(() -> Json.parse("{} {}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\":".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(Json.fields(node)).extracting(Map.Entry::getKey)
                .isEqualTo(List.of("s", "i", "big", "d", "t", "f", "n", "a", "o"));
    }
}
