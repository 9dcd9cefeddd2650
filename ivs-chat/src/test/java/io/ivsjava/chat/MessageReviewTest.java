package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.fixtures.Rejections;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The message review handler contract: the JSON IVS Chat sends a room's Lambda function and the JSON it reads back,
 * as the IVS Chat user guide gives them, and a handler written in Java run through it.
 */
class MessageReviewTest {
    private static final String ROOM = "arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request in the user guide's shape, with every member. */
    private static final String REQUEST = "{\"Content\":\"hello darn world\",\"MessageId\":\"ABC123def456\","
            + "\"RoomArn\":\"" + ROOM + "\",\"Attributes\":{\"color\":\"blue\"},"
            + "\"Sender\":{\"Attributes\":{\"displayName\":\"Bob\"},\"UserId\":\"bob\",\"Ip\":\"203.0.113.7\"}}";

    /** Masks one word, refuses links, leaves the rest. */
    private static final MessageReviewer MODERATOR = request -> {
        if (request.content().contains("http")) {
            return MessageReviewResponse.deny("no links please");
        }
        if (request.content().contains("darn")) {
            return MessageReviewResponse.allow(request.content().replace("darn", "d**n"));
        }
        return MessageReviewResponse.allow();
    };

    @Test
    void aRequestIsReadWithEveryMember() {
        MessageReviewRequest request = MessageReviewRequest.parse(REQUEST);

        assertThat(request.content()).isEqualTo("hello darn world");
        assertThat(request.messageId()).isEqualTo("ABC123def456");
        assertThat(request.room()).isEqualTo(RoomArn.parse(ROOM));
        assertThat(request.attributes()).containsExactly(Map.entry("color", "blue"));
        assertThat(request.sender().userId()).isEqualTo("bob");
        assertThat(request.sender().ip()).hasValue("203.0.113.7");
        assertThat(request.sender().attributes()).containsExactly(Map.entry("displayName", "Bob"));
        assertThat(MessageReviewRequest.parse(REQUEST.getBytes(StandardCharsets.UTF_8))).isEqualTo(request);
    }

    @Test
    void aRequestWithoutOptionalMembersOrWithNewOnesIsStillRead() {
        MessageReviewRequest request = MessageReviewRequest.parse("{\"Content\":\"hi\",\"MessageId\":\"m1\","
                + "\"RoomArn\":\"" + ROOM + "\",\"Sender\":{\"UserId\":\"bob\",\"Region\":\"x\"},\"Future\":[1]}");

        assertThat(request.attributes()).isEmpty();
        assertThat(request.sender().ip()).isEmpty();
        assertThat(request.sender().attributes()).isEmpty();
    }

    @Test
    void aRequestIsWrittenAsIvsSendsIt() throws Exception {
        MessageReviewRequest request = MessageReviewRequest.parse(REQUEST);

        assertThat(JSON.readTree(request.toJson())).isEqualTo(JSON.readTree(REQUEST));
        assertThat(MessageReviewRequest.parse(request.toJson())).isEqualTo(request);
    }

    @Test
    void malformedRequestsNameTheMemberAndNeverRepeatTheContent() {
        IvsValidationException notJson = assertInvalid(() -> MessageReviewRequest.parse("{\"Content\": secret"),
                "body", "is not valid JSON (line 1, column");
        assertThat(notJson.getMessage()).doesNotContain("secret");
        assertInvalid(() -> MessageReviewRequest.parse("[]"), "body", "is a JSON array, not an object");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace("\"MessageId\":\"ABC123def456\",", "")),
                "MessageId", "is missing");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace("\"UserId\":\"bob\",", "")),
                "Sender.UserId", "is missing");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace("\"Content\":\"hello darn world\"",
                "\"Content\":42")), "Content", "is a JSON number, not a string");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace("{\"color\":\"blue\"}", "{\"color\":1}")),
                "Attributes[color]", "not a string");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace("room/", "stage/")), "RoomArn",
                "which IVS Chat does not have");
        assertInvalid(() -> MessageReviewRequest.parse("{\"Content\":\"a\",\"Content\":\"b\"}"), "body",
                "is not valid JSON");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST + " {}"), "body", "is not valid JSON");
        assertInvalid(() -> MessageReviewRequest.parse(REQUEST.replace(",\"Sender\":{\"Attributes\":{\"displayName\":"
                + "\"Bob\"},\"UserId\":\"bob\",\"Ip\":\"203.0.113.7\"}", "")), "Sender", "is missing");
        assertInvalid(() -> MessageReviewRequest.parse((String) null), "request", "is missing");
    }

    @Test
    void aRequestsToStringLeavesTheUsersWordsOut() {
        assertThat(MessageReviewRequest.parse(REQUEST).toString()).doesNotContain("darn").doesNotContain("blue")
                .doesNotContain("203.0.113.7").contains("ABC123def456");
    }

    @Test
    void responsesAreWrittenAsIvsReadsThem() throws Exception {
        assertThat(json(MessageReviewResponse.allow())).isEqualTo(json("{\"ReviewResult\":\"ALLOW\"}"));
        assertThat(json(MessageReviewResponse.allow("hi ****"))).isEqualTo(json("{\"ReviewResult\":\"ALLOW\","
                + "\"Content\":\"hi ****\"}"));
        assertThat(json(MessageReviewResponse.allow("hi", Map.of("flagged", "true")))).isEqualTo(json(
                "{\"ReviewResult\":\"ALLOW\",\"Content\":\"hi\",\"Attributes\":{\"flagged\":\"true\"}}"));
        assertThat(json(MessageReviewResponse.deny())).isEqualTo(json("{\"ReviewResult\":\"DENY\"}"));
        assertThat(json(MessageReviewResponse.deny("no links please"))).isEqualTo(json("{\"ReviewResult\":\"DENY\","
                + "\"Attributes\":{\"Reason\":\"no links please\"}}"));
    }

    @Test
    void aDenialCarriesItsReasonInTheReasonAttribute() {
        MessageReviewResponse denied = MessageReviewResponse.deny("spoilers");

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.reason()).hasValue("spoilers");
        assertThat(denied.attributes()).hasValue(Map.of("Reason", "spoilers"));
        assertThat(MessageReviewResponse.deny().reason()).isEmpty();
        assertThat(MessageReviewResponse.allow().allowed()).isTrue();
        assertThat(denied.toString()).contains("DENY").contains("spoilers");
        assertThat(MessageReviewResponse.allow("secret words").toString()).doesNotContain("secret words");
    }

    @Test
    void responsesAreReadBack() {
        assertThat(MessageReviewResponse.parse("{\"ReviewResult\":\"DENY\",\"Attributes\":{\"Reason\":\"no\"}}"))
                .isEqualTo(MessageReviewResponse.deny("no"));
        assertThat(MessageReviewResponse.parse("{\"ReviewResult\":\"ALLOW\",\"Content\":\"x\"}"))
                .isEqualTo(MessageReviewResponse.allow("x"));
        assertThat(MessageReviewResponse.parse("{\"ReviewResult\":\"ALLOW\",\"Attributes\":null}"))
                .isEqualTo(MessageReviewResponse.allow());
        assertInvalid(() -> MessageReviewResponse.parse("{\"ReviewResult\":\"MAYBE\"}"), "ReviewResult",
                "is neither ALLOW nor DENY");
        assertInvalid(() -> MessageReviewResponse.parse("{}"), "ReviewResult", "is missing");
        assertInvalid(() -> new MessageReviewResponse(ReviewResult.UNKNOWN, Optional.empty(), Optional.empty()),
                "ReviewResult", "UNKNOWN");
    }

    @Test
    void anAllowanceIsCompletedWithTheOriginalMembersItLeavesUnchanged() {
        MessageReviewRequest request = MessageReviewRequest.parse(REQUEST);

        assertThat(MessageReviewResponse.allow().completedFor(request)).isEqualTo(
                new MessageReviewResponse(ReviewResult.ALLOW, Optional.of("hello darn world"),
                        Optional.of(Map.of("color", "blue"))));
        assertThat(MessageReviewResponse.allow("rewritten").completedFor(request).attributes())
                .hasValue(Map.of("color", "blue"));
        assertThat(MessageReviewResponse.allow("x", Map.of()).completedFor(request).attributes())
                .as("attributes removed on purpose stay removed").hasValue(Map.of());
        assertThat(MessageReviewResponse.deny("no").completedFor(request)).isEqualTo(MessageReviewResponse.deny("no"));
    }

    @Test
    void aHandlerInJavaAnswersTheJsonIvsReads() throws Exception {
        JsonNode rewritten = JSON.readTree(MODERATOR.handle(REQUEST));
        JsonNode denied = JSON.readTree(MODERATOR.handle(REQUEST.replace("hello darn world", "see http://x")));
        JsonNode allowed = JSON.readTree(MODERATOR.handle(REQUEST.replace("hello darn world", "hello")));

        assertThat(rewritten).isEqualTo(JSON.readTree("{\"ReviewResult\":\"ALLOW\",\"Content\":\"hello d**n world\","
                + "\"Attributes\":{\"color\":\"blue\"}}"));
        assertThat(denied).isEqualTo(JSON.readTree("{\"ReviewResult\":\"DENY\",\"Attributes\":{\"Reason\":"
                + "\"no links please\"}}"));
        assertThat(allowed).isEqualTo(JSON.readTree("{\"ReviewResult\":\"ALLOW\",\"Content\":\"hello\","
                + "\"Attributes\":{\"color\":\"blue\"}}"));
    }

    @Test
    void aHandlerRunsOnStreamsAsALambdaRequestStreamHandlerDoes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MODERATOR.handle(new ByteArrayInputStream(REQUEST.getBytes(StandardCharsets.UTF_8)), out);

        assertThat(MessageReviewResponse.parse(out.toString(StandardCharsets.UTF_8)))
                .isEqualTo(MessageReviewResponse.allow("hello d**n world", Map.of("color", "blue")));
    }

    @Test
    void aHandlerThatFailsOrAnswersNothingFailsTheInvocation() {
        MessageReviewer failing = request -> {
            throw new IllegalStateException("moderation service down");
        };
        MessageReviewer silent = request -> null;

        assertThatThrownBy(() -> failing.handle(REQUEST)).isInstanceOf(IllegalStateException.class);
        assertInvalid(() -> silent.handle(REQUEST), "response", "is missing");
        assertInvalid(() -> MODERATOR.handle("{}"), "Sender", "is missing");
    }

    private static JsonNode json(MessageReviewResponse response) throws IOException {
        return JSON.readTree(response.toJson());
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
