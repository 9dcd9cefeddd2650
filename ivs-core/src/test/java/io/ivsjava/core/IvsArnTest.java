package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IvsArnTest {

    @ParameterizedTest
    @EnumSource(ResourceType.class)
    void everyResourceTypeParsesAndPrintsBack(ResourceType type) {
        String text = "arn:aws:ivs:eu-central-1:123456789012:" + type.arnName() + "/a1B2c3D4e5F6";

        IvsArn arn = IvsArn.parse("arn", text);

        assertThat(arn.region()).isEqualTo("eu-central-1");
        assertThat(arn.accountId()).isEqualTo("123456789012");
        assertThat(arn.resourceType()).isEqualTo(type);
        assertThat(arn.resourceId()).isEqualTo("a1B2c3D4e5F6");
        assertThat(arn).hasToString(text);
        assertThat(ResourceType.fromArnName(type.arnName())).hasValue(type);
    }

    @Test
    void typedArnsKeepTheirType() {
        StageArn stage = StageArn.parse("arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        ChannelArn channel = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");
        StreamKeyArn key = StreamKeyArn.parse("arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh");
        PublicKeyArn publicKey = PublicKeyArn.parse("arn:aws:ivs:us-west-2:123456789012:public-key/f99cde61-c2b0-4df3");

        assertThat(stage.id()).isEqualTo("abcdABCDefgh");
        assertThat(stage.value()).isEqualTo("arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        assertThat(stage).hasToString(stage.value());
        assertThat(channel.arn().resourceType()).isEqualTo(ResourceType.CHANNEL);
        assertThat(key.arn().resourceType()).isEqualTo(ResourceType.STREAM_KEY);
        assertThat(publicKey.id()).isEqualTo("f99cde61-c2b0-4df3");
        assertThat(StageArn.parse(stage.value())).isEqualTo(stage);
    }

    @Test
    void anArnOfAnotherTypeIsRejectedNamingBothTypes() {
        assertThatThrownBy(() -> StageArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh"))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("stageArn");
                    assertThat(e.getMessage()).isEqualTo("stageArn: \"arn:aws:ivs:us-west-2:123456789012:channel/"
                            + "abcdABCDefgh\" is a channel ARN; expected a stage ARN "
                            + "(arn:aws:ivs:<region>:<account>:stage/<id>)");
                });
        IvsArn channel = IvsArn.parse("arn", "arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");
        assertThatThrownBy(() -> new StageArn(channel))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("stageArn"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "arn:aws:s3:::bucket                                 | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage            | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/           | is not an IVS ARN",
        "arn:aws:ivs:US-WEST-2:123456789012:stage/abc        | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:12345678901x:stage/abc        | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:Stage/abc        | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:stage/ab_c       | is not an IVS ARN",
        "arn:aws:ivs:us-west-2:123456789012:room/abc         | names the resource type \"room\", which IVS does not have",
        "' arn:aws:ivs:us-west-2:123456789012:stage/abc'     | is not an IVS ARN",
    })
    void malformedArnsAreRejectedNamingTheProblem(String text, String problem) {
        assertThatThrownBy(() -> IvsArn.parse("someArn", text))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("someArn");
                    assertThat(e.getMessage()).startsWith("someArn: ").contains(problem);
                    assertThat(e.errorCode()).hasValue("ValidationException");
                });
    }

    @Test
    void missingAndOverlongArnsAreRejected() {
        assertThatThrownBy(() -> IvsArn.parse("stageArn", null))
                .isInstanceOf(IvsValidationException.class).hasMessage("stageArn: is missing; expected an ARN of the "
                        + "form arn:aws:ivs:<region>:<account>:<type>/<id>");
        String longest = "arn:aws:ivs:us-west-2:123456789012:stage/";
        String id = "a".repeat(IvsArn.MAX_LENGTH - longest.length());
        assertThat(IvsArn.parse("stageArn", longest + id).resourceId()).hasSize(id.length());
        assertThatThrownBy(() -> IvsArn.parse("stageArn", longest + id + "a"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("129 characters long")
                .hasMessageContaining("at most 128");
        assertThatThrownBy(() -> new IvsArn("us-west-2", "123456789012", ResourceType.STAGE, "x".repeat(100)))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("at most 128");
    }
}
