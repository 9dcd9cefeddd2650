package io.ivsjava.core;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IvsArnTest {
    private static final String PREFIX = "arn:aws:ivs:us-west-2:123456789012:";

    // ---- any IVS ARN ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ResourceType.class)
    void anArnOfEveryResourceTypeParsesIntoItsParts(ResourceType type) {
        String text = "arn:aws:ivs:eu-central-1:123456789012:" + type.arnName() + "/a1B2c3D4e5F6";

        IvsArn arn = IvsArn.parse("arn", text);

        assertThat(arn.region()).isEqualTo("eu-central-1");
        assertThat(arn.accountId()).isEqualTo("123456789012");
        assertThat(arn.resourceType()).isEqualTo(type);
        assertThat(arn.resourceId()).isEqualTo("a1B2c3D4e5F6");
        assertThat(arn).hasToString(text);
        assertThat(IvsArn.parse("arn", arn.toString())).isEqualTo(arn);
        assertThat(IvsArn.parse("arn", text, type)).isEqualTo(arn);
    }

    @ParameterizedTest
    @EnumSource(ResourceType.class)
    void eachResourceTypeIsFoundByItsArnNameOnly(ResourceType type) {
        assertThat(ResourceType.fromArnName(type.arnName())).hasValue(type);
        assertThat(ResourceType.fromArnName(type.arnName().toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(ResourceType.fromArnName(type.name())).isEmpty();
    }

    @Test
    void arnNamesAreTheOnesIvsWrites() {
        assertThat(Arrays.stream(ResourceType.values()).map(ResourceType::arnName)).containsExactlyInAnyOrder(
                "stage", "channel", "stream-key", "playback-key", "recording-configuration",
                "playback-restriction-policy", "public-key", "composition", "encoder-configuration",
                "storage-configuration", "ingest-configuration", "ad-configuration");
        assertThat(ResourceType.fromArnName("room")).isEmpty();
        assertThat(ResourceType.fromArnName("")).isEmpty();
    }

    @Test
    void idsMayHoldHyphensAndMixedCase() {
        IvsArn arn = IvsArn.parse("publicKeyArn", PREFIX + "public-key/f99cde61-c2b0-4df3-AB12");

        assertThat(arn.resourceType()).isEqualTo(ResourceType.PUBLIC_KEY);
        assertThat(arn.resourceId()).isEqualTo("f99cde61-c2b0-4df3-AB12");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // wrong prefix
        "arn:aws:s3:::bucket                                   | is not an IVS ARN",
        "arn:aws:ivsx:us-west-2:123456789012:stage/abc         | is not an IVS ARN",
        "arn:aws:ivs-realtime:us-west-2:123456789012:stage/abc | is not an IVS ARN",
        "aws:ivs:us-west-2:123456789012:stage/abc              | is not an IVS ARN",
        "ARN:AWS:IVS:us-west-2:123456789012:stage/abc          | is not an IVS ARN",
        "arn:aws-cn:ivs:cn-north-1:123456789012:stage/abc      | is not an IVS ARN",
        // missing or malformed parts
        "arn:aws:ivs:us-west-2:123456789012:stage              | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/             | is not an IVS ARN",
        "arn:aws:ivs::123456789012:stage/abc                   | is not an IVS ARN",
        "arn:aws:ivs:us-west-2::stage/abc                      | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:/abc               | is not an IVS ARN",
        "arn:aws:ivs:US-WEST-2:123456789012:stage/abc          | is not an IVS ARN",
        "arn:aws:ivs:us_west_2:123456789012:stage/abc          | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:12345678901x:stage/abc          | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:Stage/abc          | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:STAGE/abc          | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/ab_c         | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/ab/c         | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/ab c         | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage:abc          | is not an IVS ARN",
        "' arn:aws:ivs:us-west-2:123456789012:stage/abc'       | is not an IVS ARN",
        "'arn:aws:ivs:us-west-2:123456789012:stage/abc '       | is not an IVS ARN",
        "''                                                    | is not an IVS ARN",
        // well-formed, but no such resource type
        "arn:aws:ivs:us-west-2:123456789012:room/abc           | names the resource type \"room\", which IVS does not have",
        "arn:aws:ivs:us-west-2:123456789012:stream-keys/abc    | names the resource type \"stream-keys\"",
    })
    void malformedArnsAreRejectedNamingTheFieldAndTheProblem(String text, String problem) {
        assertInvalid(() -> IvsArn.parse("someArn", text), "someArn", "\"" + text + "\"", problem);
        if (problem.equals("is not an IVS ARN")) {
            assertInvalid(() -> IvsArn.parse("someArn", text), "someArn",
                    "expected arn:aws:ivs:<region>:<account>:<type>/<id>");
        }
    }

    @Test
    void aMissingArnIsRejectedNamingTheField() {
        assertInvalid(() -> IvsArn.parse("stageArn", null), "stageArn",
                "is missing; expected an ARN of the form arn:aws:ivs:<region>:<account>:<type>/<id>");
        assertInvalid(() -> StageArn.parse(null), "stageArn", "is missing");
    }

    @Test
    void arnsAreAtMost128Characters() {
        String prefix = PREFIX + "stage/";
        String longest = prefix + "a".repeat(IvsArn.MAX_LENGTH - prefix.length());
        assertThat(longest).hasSize(128);

        assertThat(IvsArn.parse("stageArn", longest)).hasToString(longest);
        assertInvalid(() -> IvsArn.parse("stageArn", longest + "a"), "stageArn",
                "is 129 characters long; an IVS ARN has at most 128");
        assertInvalid(() -> IvsArn.parse("stageArn", "x".repeat(10_000)), "stageArn", "is 10000 characters long");
    }

    @Test
    void theRecordItselfChecksEachPart() {
        assertThat(new IvsArn("us-west-2", "123456789012", ResourceType.STAGE, "abc"))
                .hasToString(PREFIX + "stage/abc");
        assertInvalid(() -> new IvsArn("US-WEST-2", "123456789012", ResourceType.STAGE, "abc"), "region",
                "\"US-WEST-2\" is malformed");
        assertInvalid(() -> new IvsArn(null, "123456789012", ResourceType.STAGE, "abc"), "region", "is missing");
        assertInvalid(() -> new IvsArn("us-west-2", "12ab", ResourceType.STAGE, "abc"), "accountId", "is malformed");
        assertInvalid(() -> new IvsArn("us-west-2", "123456789012", ResourceType.STAGE, ""), "resourceId",
                "\"\" is malformed");
        assertInvalid(() -> new IvsArn("us-west-2", "123456789012", ResourceType.STAGE, "x".repeat(100)), "arn",
                "at most 128");
        assertInvalid(() -> new IvsArn("us-west-2", "123456789012", null, "abc"), "resourceType", "is missing");
    }

    @Test
    void parsingForOneTypeRejectsAnother() {
        String channel = PREFIX + "channel/abcdABCDefgh";

        assertInvalid(() -> IvsArn.parse("stageArn", channel, ResourceType.STAGE), "stageArn",
                "\"" + channel + "\" is a channel ARN; expected a stage ARN (arn:aws:ivs:<region>:<account>:stage/<id>)");
    }

    // ---- typed ARNs ---------------------------------------------------------------------------------------

    static Stream<Arguments> typedArns() {
        return Stream.of(
                Arguments.of("stageArn", ResourceType.STAGE, (Function<String, ResourceArn>) StageArn::parse,
                        (Function<IvsArn, ResourceArn>) StageArn::new),
                Arguments.of("channelArn", ResourceType.CHANNEL, (Function<String, ResourceArn>) ChannelArn::parse,
                        (Function<IvsArn, ResourceArn>) ChannelArn::new),
                Arguments.of("streamKeyArn", ResourceType.STREAM_KEY,
                        (Function<String, ResourceArn>) StreamKeyArn::parse,
                        (Function<IvsArn, ResourceArn>) StreamKeyArn::new),
                Arguments.of("publicKeyArn", ResourceType.PUBLIC_KEY,
                        (Function<String, ResourceArn>) PublicKeyArn::parse,
                        (Function<IvsArn, ResourceArn>) PublicKeyArn::new),
                Arguments.of("compositionArn", ResourceType.COMPOSITION,
                        (Function<String, ResourceArn>) CompositionArn::parse,
                        (Function<IvsArn, ResourceArn>) CompositionArn::new),
                Arguments.of("encoderConfigurationArn", ResourceType.ENCODER_CONFIGURATION,
                        (Function<String, ResourceArn>) EncoderConfigurationArn::parse,
                        (Function<IvsArn, ResourceArn>) EncoderConfigurationArn::new),
                Arguments.of("storageConfigurationArn", ResourceType.STORAGE_CONFIGURATION,
                        (Function<String, ResourceArn>) StorageConfigurationArn::parse,
                        (Function<IvsArn, ResourceArn>) StorageConfigurationArn::new),
                Arguments.of("ingestConfigurationArn", ResourceType.INGEST_CONFIGURATION,
                        (Function<String, ResourceArn>) IngestConfigurationArn::parse,
                        (Function<IvsArn, ResourceArn>) IngestConfigurationArn::new),
                Arguments.of("playbackKeyPairArn", ResourceType.PLAYBACK_KEY,
                        (Function<String, ResourceArn>) PlaybackKeyPairArn::parse,
                        (Function<IvsArn, ResourceArn>) PlaybackKeyPairArn::new),
                Arguments.of("recordingConfigurationArn", ResourceType.RECORDING_CONFIGURATION,
                        (Function<String, ResourceArn>) RecordingConfigurationArn::parse,
                        (Function<IvsArn, ResourceArn>) RecordingConfigurationArn::new),
                Arguments.of("playbackRestrictionPolicyArn", ResourceType.PLAYBACK_RESTRICTION_POLICY,
                        (Function<String, ResourceArn>) PlaybackRestrictionPolicyArn::parse,
                        (Function<IvsArn, ResourceArn>) PlaybackRestrictionPolicyArn::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedArns")
    void aTypedArnKeepsItsTypeIdAndText(String field, ResourceType type, Function<String, ResourceArn> parse,
                                        Function<IvsArn, ResourceArn> wrap) {
        String text = PREFIX + type.arnName() + "/abcdABCDefgh";

        ResourceArn arn = parse.apply(text);

        assertThat(arn.arn().resourceType()).isEqualTo(type);
        assertThat(arn.id()).isEqualTo("abcdABCDefgh");
        assertThat(arn.value()).isEqualTo(text);
        assertThat(arn).hasToString(text);
        assertThat(parse.apply(arn.value())).isEqualTo(arn).hasSameHashCodeAs(arn);
        assertThat(wrap.apply(IvsArn.parse(field, text))).isEqualTo(arn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedArns")
    void aTypedArnRefusesEveryOtherResourceType(String field, ResourceType type, Function<String, ResourceArn> parse,
                                               Function<IvsArn, ResourceArn> wrap) {
        for (ResourceType other : ResourceType.values()) {
            if (other == type) {
                continue;
            }
            String text = PREFIX + other.arnName() + "/abcdABCDefgh";

            String problem = "is " + withArticle(other) + " ARN; expected " + withArticle(type) + " ARN";
            assertInvalid(() -> parse.apply(text), field, problem);
            assertInvalid(() -> wrap.apply(IvsArn.parse("arn", text)), field, text + " " + problem);
        }
    }

    /** English articles, as the messages use them: "an encoder-configuration", "a stage". */
    private static String withArticle(ResourceType type) {
        return (type.arnName().matches("[aeiou].*") ? "an " : "a ") + type.arnName();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedArns")
    void aTypedArnReportsMalformedTextUnderItsOwnField(String field, ResourceType type,
                                                       Function<String, ResourceArn> parse,
                                                       Function<IvsArn, ResourceArn> wrap) {
        assertInvalid(() -> parse.apply("not an arn"), field, "\"not an arn\" is not an IVS ARN");
        assertInvalid(() -> wrap.apply(null), field, "is missing");
    }

    @Test
    void aChannelArnGivenWhereAStageArnIsExpectedSaysSo() {
        String channel = PREFIX + "channel/abcdABCDefgh";

        assertInvalid(() -> StageArn.parse(channel), "stageArn", "is a channel ARN", "expected a stage ARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "ap-northeast-2", "eu-west-1", "ca-central-1"})
    void arnsOfRealRegionsParse(String region) {
        StageArn arn = StageArn.parse("arn:aws:ivs:" + region + ":123456789012:stage/abc");

        assertThat(arn.arn().region()).isEqualTo(region);
    }
}
