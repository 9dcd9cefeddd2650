package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.fixtures.Rejections;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rooms, logging configurations and tags through the wrapper and the real AWS SDK ({@code ivschat}), against the
 * embedded emulator, which answers as IVS Chat does.
 */
class EmulatedRoomsTest {
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:moderate";

    /** One emulator for the class, reset before each test; room for more rooms than the lists below make. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsChat chat;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        chat = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        chat.close();
    }

    @Test
    void aRoomIsCreatedReadChangedAndDeleted() {
        LoggingConfiguration logs = chat.createLoggingConfiguration("chat-logs", LoggingDestination.s3("cat-logs"));

        Room room = chat.createRoom(RoomSpec.builder().name("cat-42-chat").maximumMessageRatePerSecond(20)
                .maximumMessageLength(200)
                .messageReviewHandler(MessageReviewHandler.lambda(LAMBDA).withFallbackResult(ReviewResult.DENY))
                .loggingConfiguration(logs.arn()).tag("owner", "kit").build());

        assertThat(room.arn().arn().region()).isEqualTo(emulator.region());
        assertThat(room.arn().arn().accountId()).isEqualTo(emulator.accountId());
        assertThat(room.arn().id()).matches("[a-zA-Z0-9]{12}");
        assertThat(room.name()).isEqualTo("cat-42-chat");
        assertThat(room.maximumMessageRatePerSecond()).isEqualTo(20);
        assertThat(room.maximumMessageLength()).isEqualTo(200);
        assertThat(room.messageReviewHandler()).hasValue(new MessageReviewHandler(LAMBDA, ReviewResult.DENY));
        assertThat(room.loggingConfigurations()).containsExactly(logs.arn());
        assertThat(room.tags()).containsExactly(Map.entry("owner", "kit"));
        assertThat(room.createTime()).isPresent();
        assertThat(room.unknownValues()).isEmpty();
        assertThat(chat.getRoom(room.arn())).isEqualTo(room);

        Room changed = chat.updateRoom(room.arn(), RoomUpdate.builder().name("encore").maximumMessageLength(140)
                .removeMessageReviewHandler().loggingConfigurations(List.of()).build());

        assertThat(changed.name()).isEqualTo("encore");
        assertThat(changed.maximumMessageLength()).isEqualTo(140);
        assertThat(changed.maximumMessageRatePerSecond()).as("unchanged").isEqualTo(20);
        assertThat(changed.messageReviewHandler()).isEmpty();
        assertThat(changed.loggingConfigurations()).isEmpty();
        assertThat(changed.tags()).isEqualTo(room.tags());
        assertThat(chat.getRoom(room.arn())).isEqualTo(changed);

        chat.deleteRoom(room.arn());

        assertThatThrownBy(() -> chat.getRoom(room.arn())).isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
            assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
            assertThat(e.httpStatus()).hasValue(404);
            assertThat(e.requestId()).hasValue(lastRequestId("GetRoom"));
            assertThat(e.getMessage()).startsWith("GetRoom failed").contains(room.arn().value());
        });
        assertThatThrownBy(() -> chat.deleteRoom(room.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aRoomWithIvssDefaults() {
        Room room = chat.createRoom(RoomSpec.builder().build());

        assertThat(room.name()).isEmpty();
        assertThat(room.maximumMessageRatePerSecond()).isEqualTo(RoomSpec.DEFAULT_MAXIMUM_MESSAGE_RATE_PER_SECOND);
        assertThat(room.maximumMessageLength()).isEqualTo(RoomSpec.DEFAULT_MAXIMUM_MESSAGE_LENGTH);
        assertThat(room.messageReviewHandler()).isEmpty();
        assertThat(room.loggingConfigurations()).isEmpty();
    }

    @Test
    void listsFilterAndFetchPagesOnlyAsTheyAreConsumed() {
        LoggingConfiguration logs = chat.createLoggingConfiguration("", LoggingDestination.firehose("lake"));
        for (int i = 0; i < 120; i++) {
            chat.createRoom(RoomSpec.builder().name(i % 2 == 0 ? "even" : "odd").build());
        }
        Room logged = chat.createRoom(RoomSpec.builder().name("odd").loggingConfiguration(logs.arn())
                .messageReviewHandler(MessageReviewHandler.lambda(LAMBDA)).build());

        assertThat(chat.listRooms().limit(5).collect(Collectors.toList())).hasSize(5);
        assertThat(emulator.calls("ListRooms")).hasSize(1);
        List<RoomSummary> all = chat.listRooms().collect(Collectors.toList());
        assertThat(all).hasSize(121).extracting(RoomSummary::arn).doesNotHaveDuplicates();
        assertThat(emulator.calls("ListRooms")).as("pages of 50").hasSize(1 + 3);

        assertThat(chat.listRooms(RoomFilter.byName("even"))).hasSize(60).allMatch(r -> r.name().equals("even"));
        assertThat(chat.listRooms(RoomFilter.byLoggingConfiguration(logs.arn()))).extracting(RoomSummary::arn)
                .containsExactly(logged.arn());
        assertThat(chat.listRooms(RoomFilter.byMessageReviewHandler(LAMBDA).withName("odd")))
                .singleElement().satisfies(r -> {
                    assertThat(r.arn()).isEqualTo(logged.arn());
                    assertThat(r.messageReviewHandler()).hasValue(MessageReviewHandler.lambda(LAMBDA));
                    assertThat(r.loggingConfigurations()).containsExactly(logs.arn());
                });
    }

    @Test
    void loggingConfigurationsForEachDestinationAreCreatedChangedListedAndDeleted() {
        LoggingConfiguration s3 = chat.createLoggingConfiguration("to-s3", LoggingDestination.s3("cat-logs"),
                Map.of("team", "chat"));
        LoggingConfiguration logs = chat.createLoggingConfiguration("to-logs",
                LoggingDestination.cloudWatchLogs("/ivs/chat/cat-42"));
        LoggingConfiguration firehose = chat.createLoggingConfiguration("to-lake",
                LoggingDestination.firehose("chat-to-lake"));

        assertThat(s3.state()).isEqualTo(LoggingConfiguration.State.ACTIVE);
        assertThat(s3.tags()).containsExactly(Map.entry("team", "chat"));
        assertThat(s3.arn().id()).matches("[a-zA-Z0-9]{12}");
        assertThat(chat.getLoggingConfiguration(logs.arn()).destination())
                .hasValue(LoggingDestination.cloudWatchLogs("/ivs/chat/cat-42"));
        assertThat(chat.listLoggingConfigurations()).extracting(LoggingConfiguration::arn)
                .containsExactlyInAnyOrder(s3.arn(), logs.arn(), firehose.arn());

        LoggingConfiguration moved = chat.updateLoggingConfiguration(s3.arn(),
                LoggingConfigurationUpdate.destination(LoggingDestination.firehose("archive")).withName("archived"));

        assertThat(moved.name()).isEqualTo("archived");
        assertThat(moved.destination()).hasValue(LoggingDestination.firehose("archive"));
        assertThat(moved.tags()).isEqualTo(s3.tags());
        assertThat(chat.getLoggingConfiguration(s3.arn())).isEqualTo(moved);

        chat.deleteLoggingConfiguration(firehose.arn());
        assertThatThrownBy(() -> chat.getLoggingConfiguration(firehose.arn()))
                .isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aLoggingConfigurationInUseCannotBeDeletedAndAMissingOneCannotBeNamed() {
        LoggingConfiguration logs = chat.createLoggingConfiguration("kept", LoggingDestination.s3("cat-logs"));
        Room room = chat.createRoom(RoomSpec.builder().loggingConfiguration(logs.arn()).build());
        LoggingConfigurationArn missing = LoggingConfigurationArn.parse(logs.arn().value()
                .replace(logs.arn().id(), "abcdABCDefgh"));

        assertThatThrownBy(() -> chat.deleteLoggingConfiguration(logs.arn()))
                .isInstanceOfSatisfying(IvsConflictException.class, e -> {
                    assertThat(e.httpStatus()).hasValue(409);
                    assertThat(e.getMessage()).contains(room.arn().value());
                });
        assertThatThrownBy(() -> chat.createRoom(RoomSpec.builder().loggingConfiguration(missing).build()))
                .isInstanceOfSatisfying(IvsNotFoundException.class,
                        e -> assertThat(e.getMessage()).contains(missing.value()));

        chat.updateRoom(room.arn(), RoomUpdate.builder().loggingConfigurations(List.of()).build());
        chat.deleteLoggingConfiguration(logs.arn());
        assertThat(chat.listLoggingConfigurations()).isEmpty();
    }

    @Test
    void roomsAndLoggingConfigurationsAreTaggedAndUntagged() {
        Room room = chat.createRoom(RoomSpec.builder().tag("a", "1").build());
        LoggingConfiguration logs = chat.createLoggingConfiguration("tagged", LoggingDestination.s3("cat-logs"));

        chat.tagResource(room.arn(), Map.of("b", "2", "c", "3"));
        chat.untagResource(room.arn(), List.of("a", "c"));
        chat.tagResource(logs.arn(), Map.of("team", "chat"));

        assertThat(chat.listTagsForResource(room.arn())).containsOnly(Map.entry("b", "2"));
        assertThat(chat.getRoom(room.arn()).tags()).containsOnly(Map.entry("b", "2"));
        assertThat(chat.listTagsForResource(logs.arn())).containsOnly(Map.entry("team", "chat"));
        chat.deleteRoom(room.arn());
        assertThatThrownBy(() -> chat.listTagsForResource(room.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void inputRefusedLocallyNeverReachesTheEmulator() {
        Room room = chat.createRoom(RoomSpec.builder().build());

        assertInvalid(() -> chat.createChatToken(room.arn(), ChatRole.viewer("bob"), Duration.ofMinutes(181)),
                "sessionDuration", "allowed 1..180 whole minutes");
        assertInvalid(() -> chat.untagResource(room.arn(), List.of()), "tagKeys", "has 0 keys");
        assertInvalid(() -> chat.updateRoom(room.arn(), RoomUpdate.builder().maximumMessageLength(501).build()),
                "maximumMessageLength", "allowed 1..500");

        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateRoom");
    }

    /** A lowered quota needs an emulator of its own: the instance field starts one for each test. */
    @Nested
    class WithAQuotaOfTwoRooms {
        @RegisterExtension
        final IvsEmulatorExtension small = IvsEmulatorExtension.builder().quota(Quota.ROOMS, 2).build();

        @Test
        void theRoomQuotaSurfacesAsQuotaExceeded() {
            try (IvsChat limited = Emulated.connect(small.emulator())) {
                limited.createRoom(RoomSpec.builder().build());
                limited.createRoom(RoomSpec.builder().build());

                assertThatThrownBy(() -> limited.createRoom(RoomSpec.builder().name("one-too-many").build()))
                        .isInstanceOfSatisfying(IvsQuotaExceededException.class, e -> {
                            assertThat(e.errorCode()).hasValue("ServiceQuotaExceededException");
                            assertThat(e.httpStatus()).hasValue(402);
                        });
                assertThat(limited.listRooms().count()).isEqualTo(2);
            }
        }
    }

    private static String lastRequestId(String operation) {
        List<RecordedCall> calls = emulator.calls(operation);
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).requestId();
    }
}
