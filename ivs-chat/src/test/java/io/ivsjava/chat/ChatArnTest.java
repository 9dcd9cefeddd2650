package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Rejections;
import org.junit.jupiter.api.Test;

/** IVS Chat ARNs: taken apart, typed, and refused with the reason when they are not what a method needs. */
class ChatArnTest {
    private static final String ROOM = "arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6";
    private static final String LOGGING = "arn:aws:ivschat:us-west-2:123456789012:logging-configuration/ABcdef123456";

    @Test
    void aRoomArnIsTakenApartAndWrittenBackAsItWas() {
        RoomArn room = RoomArn.parse(ROOM);

        assertThat(room.arn().region()).isEqualTo("us-west-2");
        assertThat(room.arn().accountId()).isEqualTo("123456789012");
        assertThat(room.arn().type()).isEqualTo(ChatArn.Type.ROOM);
        assertThat(room.id()).isEqualTo("g1H2I3j4k5L6");
        assertThat(room.value()).isEqualTo(ROOM);
        assertThat(room.toString()).isEqualTo(ROOM);
        assertThat(RoomArn.parse(ROOM)).isEqualTo(room).hasSameHashCodeAs(room);
    }

    @Test
    void aLoggingConfigurationArnToo() {
        LoggingConfigurationArn logging = LoggingConfigurationArn.parse(LOGGING);

        assertThat(logging.arn().type()).isEqualTo(ChatArn.Type.LOGGING_CONFIGURATION);
        assertThat(logging.id()).isEqualTo("ABcdef123456");
        assertThat(logging.value()).isEqualTo(LOGGING);
        assertThat(new ChatArn("eu-west-1", "111122223333", ChatArn.Type.LOGGING_CONFIGURATION, "x1").toString())
                .isEqualTo("arn:aws:ivschat:eu-west-1:111122223333:logging-configuration/x1");
    }

    @Test
    void anArnOfTheOtherTypeIsRefusedNamingBoth() {
        assertInvalid(() -> RoomArn.parse(LOGGING), "roomArn",
                "is a logging-configuration ARN; expected a room ARN (arn:aws:ivschat:<region>:<account>:room/<id>)");
        assertInvalid(() -> LoggingConfigurationArn.parse(ROOM), "loggingConfigurationArn",
                "is a room ARN; expected a logging-configuration ARN");
        assertInvalid(() -> new RoomArn(ChatArn.parse("arn", LOGGING)), "roomArn", "expected a room ARN");
    }

    @Test
    void anIvsArnIsNotAChatArn() {
        assertInvalid(() -> RoomArn.parse("arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh"), "roomArn",
                "is not an IVS Chat ARN", "an arn:aws:ivs: ARN names a channel or stage resource");
    }

    @Test
    void malformedArnsAreRefused() {
        assertInvalid(() -> RoomArn.parse(null), "roomArn", "is missing");
        assertInvalid(() -> RoomArn.parse("room/g1H2I3j4k5L6"), "roomArn", "is not an IVS Chat ARN");
        assertInvalid(() -> RoomArn.parse("arn:aws:ivschat:us-west-2:123456789012:room/has_underscore"), "roomArn",
                "is not an IVS Chat ARN");
        assertInvalid(() -> ChatArn.parse("resourceArn", "arn:aws:ivschat:us-west-2:123456789012:stage/abc"),
                "resourceArn", "names the resource type \"stage\", which IVS Chat does not have");
        assertInvalid(() -> RoomArn.parse(ROOM + "x".repeat(100)), "roomArn",
                "characters long; an IVS Chat ARN has at most 128");
        assertInvalid(() -> new ChatArn("us-west-2", "12a", ChatArn.Type.ROOM, "id"), "accountId",
                "\"12a\" is malformed");
        assertInvalid(() -> new ChatArn("us-west-2", "1", ChatArn.Type.ROOM, "i".repeat(120)), "arn",
                "allowed at most 128");
        assertInvalid(() -> new ChatArn("us-west-2", "1", null, "id"), "type", "is missing");
    }
}
