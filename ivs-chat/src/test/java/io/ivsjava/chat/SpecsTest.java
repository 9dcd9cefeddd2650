package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Rejections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What rooms and logging configurations are made and changed with: IVS's defaults, and every limit of the model
 * refused when the value is built, with the field, the problem and the allowed range.
 */
class SpecsTest {
    private static final String LAMBDA = "arn:aws:lambda:us-west-2:123456789012:function:moderate";

    private static LoggingConfigurationArn logging(int i) {
        return LoggingConfigurationArn.parse("arn:aws:ivschat:us-west-2:123456789012:logging-configuration/lc" + i);
    }

    @Test
    void aRoomSpecStartsFromIvssDefaults() {
        RoomSpec spec = RoomSpec.builder().build();

        assertThat(spec.name()).isEmpty();
        assertThat(spec.maximumMessageRatePerSecond()).isEqualTo(10);
        assertThat(spec.maximumMessageLength()).isEqualTo(500);
        assertThat(spec.messageReviewHandler()).isEmpty();
        assertThat(spec.loggingConfigurations()).isEmpty();
        assertThat(spec.tags()).isEmpty();
    }

    @Test
    void aRoomSpecTakesEveryOptionIvsHas() {
        RoomSpec spec = RoomSpec.builder().name("cat-42-chat").maximumMessageRatePerSecond(100)
                .maximumMessageLength(1).messageReviewHandler(MessageReviewHandler.lambda(LAMBDA))
                .loggingConfiguration(logging(1)).loggingConfiguration(logging(2)).loggingConfiguration(logging(3))
                .tag("owner", "kit").build();

        assertThat(spec.maximumMessageRatePerSecond()).isEqualTo(100);
        assertThat(spec.maximumMessageLength()).isEqualTo(1);
        assertThat(spec.messageReviewHandler()).hasValue(new MessageReviewHandler(LAMBDA, ReviewResult.ALLOW));
        assertThat(spec.loggingConfigurations()).containsExactly(logging(1), logging(2), logging(3));
    }

    @Test
    void roomSpecsOutOfBoundsAreRefused() {
        assertInvalid(() -> RoomSpec.builder().name("has space").build(), "name", "pattern [a-zA-Z0-9-_]*");
        assertInvalid(() -> RoomSpec.builder().name("n".repeat(129)).build(), "name", "allowed 0..128 characters");
        assertInvalid(() -> RoomSpec.builder().maximumMessageRatePerSecond(0).build(), "maximumMessageRatePerSecond",
                "0 is out of range; allowed 1..100");
        assertInvalid(() -> RoomSpec.builder().maximumMessageRatePerSecond(101).build(),
                "maximumMessageRatePerSecond", "allowed 1..100");
        assertInvalid(() -> RoomSpec.builder().maximumMessageLength(501).build(), "maximumMessageLength",
                "501 is out of range; allowed 1..500");
        assertInvalid(() -> RoomSpec.builder().loggingConfiguration(logging(1)).loggingConfiguration(logging(2))
                        .loggingConfiguration(logging(3)).loggingConfiguration(logging(4)).build(),
                "loggingConfigurationIdentifiers", "has 4 logging configurations; allowed 0..3");
        assertInvalid(() -> RoomSpec.builder().loggingConfiguration(logging(1)).loggingConfiguration(logging(1))
                .build(), "loggingConfigurationIdentifiers", "more than once");
        assertInvalid(() -> RoomSpec.builder().tag("", "v").build(), "tags.key", "allowed 1..128 characters");
        assertInvalid(() -> RoomSpec.builder().messageReviewHandler(
                        new MessageReviewHandler(LAMBDA, ReviewResult.UNKNOWN)).build(),
                "messageReviewHandler.fallbackResult", "UNKNOWN", "allowed ALLOW, DENY");
        assertInvalid(() -> RoomSpec.builder().loggingConfiguration(null), "loggingConfigurationIdentifiers",
                "is missing");
    }

    @Test
    void aMessageReviewHandlerIsALambdaFunction() {
        MessageReviewHandler handler = MessageReviewHandler.lambda(LAMBDA).withFallbackResult(ReviewResult.DENY);

        assertThat(handler.uri()).isEqualTo(LAMBDA);
        assertThat(handler.fallbackResult()).isEqualTo(ReviewResult.DENY);
        assertInvalid(() -> MessageReviewHandler.lambda("https://example.com/review"), "messageReviewHandler.uri",
                "is malformed; allowed the ARN of a Lambda function");
        assertInvalid(() -> MessageReviewHandler.lambda("arn:aws:lambda:us-west-2:1234:function:f"),
                "messageReviewHandler.uri", "12-digit account");
        assertInvalid(() -> MessageReviewHandler.lambda(""), "messageReviewHandler.uri", "allowed 1..170 characters");
        assertInvalid(() -> MessageReviewHandler.lambda(LAMBDA + "x".repeat(170)), "messageReviewHandler.uri",
                "allowed 1..170 characters");
        assertInvalid(() -> MessageReviewHandler.lambda(LAMBDA).withFallbackResult(ReviewResult.UNKNOWN),
                "messageReviewHandler.fallbackResult", "UNKNOWN");
    }

    @Test
    void aRoomUpdateChangesOnlyWhatItNames() {
        RoomUpdate rename = RoomUpdate.rename("encore");
        RoomUpdate all = RoomUpdate.builder().name("x").maximumMessageRatePerSecond(5).maximumMessageLength(140)
                .messageReviewHandler(MessageReviewHandler.lambda(LAMBDA)).loggingConfigurations(List.of()).build();

        assertThat(rename.name()).hasValue("encore");
        assertThat(rename.maximumMessageRatePerSecond()).isEmpty();
        assertThat(rename.maximumMessageLength()).isEmpty();
        assertThat(rename.messageReviewHandler()).isEmpty();
        assertThat(rename.removeMessageReviewHandler()).isFalse();
        assertThat(rename.loggingConfigurations()).isEmpty();
        assertThat(all.maximumMessageRatePerSecond()).hasValue(5);
        assertThat(all.maximumMessageLength()).hasValue(140);
        assertThat(all.loggingConfigurations()).hasValue(List.of());
        assertThat(RoomUpdate.builder().removeMessageReviewHandler().build().removeMessageReviewHandler()).isTrue();
    }

    @Test
    void roomUpdatesOutOfBoundsAreRefused() {
        List<LoggingConfigurationArn> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(logging(i));
        }

        assertInvalid(() -> RoomUpdate.rename("no spaces"), "name", "pattern [a-zA-Z0-9-_]*");
        assertInvalid(() -> RoomUpdate.builder().maximumMessageLength(0).build(), "maximumMessageLength",
                "allowed 1..500");
        assertInvalid(() -> RoomUpdate.builder().maximumMessageRatePerSecond(1000).build(),
                "maximumMessageRatePerSecond", "allowed 1..100");
        assertInvalid(() -> RoomUpdate.builder().messageReviewHandler(MessageReviewHandler.lambda(LAMBDA))
                .removeMessageReviewHandler().build(), "messageReviewHandler", "choose one");
        assertInvalid(() -> RoomUpdate.builder().loggingConfigurations(four).build(),
                "loggingConfigurationIdentifiers", "allowed 0..3");
        assertInvalid(() -> new RoomUpdate(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), false, null), "loggingConfigurationIdentifiers", "is missing");
    }

    @Test
    void roomFiltersCombineAndAreChecked() {
        RoomFilter filter = RoomFilter.byName("cat").withLoggingConfiguration(logging(1))
                .withMessageReviewHandler(LAMBDA);

        assertThat(filter.name()).hasValue("cat");
        assertThat(filter.loggingConfiguration()).hasValue(logging(1));
        assertThat(filter.messageReviewHandlerUri()).hasValue(LAMBDA);
        assertThat(RoomFilter.ALL.name()).isEmpty();
        assertInvalid(() -> RoomFilter.byName("a b"), "name", "pattern");
        assertInvalid(() -> RoomFilter.byMessageReviewHandler("not-an-arn"), "messageReviewHandlerUri",
                "the ARN of a Lambda function");
        assertInvalid(() -> RoomFilter.byLoggingConfiguration(null), "loggingConfigurationIdentifier", "is missing");
    }

    @Test
    void loggingDestinationsAreCheckedAgainstTheirServicesNames() {
        assertThat(LoggingDestination.s3("cat-chat-logs")).isEqualTo(new LoggingDestination.S3("cat-chat-logs"));
        assertThat(LoggingDestination.cloudWatchLogs("/ivs/chat/cat#42")).isInstanceOf(
                LoggingDestination.CloudWatchLogs.class);
        assertThat(LoggingDestination.firehose("chat_to.lake-1")).isInstanceOf(LoggingDestination.Firehose.class);

        assertInvalid(() -> LoggingDestination.s3("ab"), "destinationConfiguration.s3.bucketName",
                "is 2 characters long; allowed 3..63 characters");
        assertInvalid(() -> LoggingDestination.s3("Upper-Case"), "destinationConfiguration.s3.bucketName",
                "allowed lowercase letters, digits, '.' and '-'");
        assertInvalid(() -> LoggingDestination.cloudWatchLogs("has space"),
                "destinationConfiguration.cloudWatchLogs.logGroupName", "is malformed");
        assertInvalid(() -> LoggingDestination.cloudWatchLogs("g".repeat(513)),
                "destinationConfiguration.cloudWatchLogs.logGroupName", "allowed 1..512 characters");
        assertInvalid(() -> LoggingDestination.firehose("a/b"),
                "destinationConfiguration.firehose.deliveryStreamName", "is malformed");
        assertInvalid(() -> LoggingDestination.firehose(""),
                "destinationConfiguration.firehose.deliveryStreamName", "allowed 1..64 characters");
    }

    @Test
    void loggingConfigurationUpdatesNameWhatChanges() {
        LoggingConfigurationUpdate both = LoggingConfigurationUpdate.rename("archive")
                .withDestination(LoggingDestination.firehose("lake"));

        assertThat(both.name()).hasValue("archive");
        assertThat(both.destination()).hasValue(LoggingDestination.firehose("lake"));
        assertThat(LoggingConfigurationUpdate.destination(LoggingDestination.s3("bucket")).name()).isEmpty();
        assertInvalid(() -> LoggingConfigurationUpdate.rename("a b"), "name", "pattern");
        assertInvalid(() -> LoggingConfigurationUpdate.destination(null), "destinationConfiguration", "is missing");
    }
}
