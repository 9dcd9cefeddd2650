package io.ivsjava.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.fixtures.Collector;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Failures IVS Chat can give, injected by the emulator (its modeled errors with their statuses, a dropped
 * connection, an answer cut halfway), through SDK clients their owner configured and wrapped, blocking and async:
 * the library's exceptions with IVS's code, status and request id, and the SDK's retries as the call journal shows
 * them.
 */
class EmulatedFaultsTest {
    /** The SDK's standard retry strategy makes three attempts in all. */
    private static final int ATTEMPTS = 3;
    /** More faults than the SDK makes attempts: the failure persists. */
    private static final int PERSISTENT = 10;

    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvschatClient sdk;
    private static IvschatAsyncClient asyncSdk;
    private static IvsChat chat;
    private static IvsChatAsync async;

    @BeforeAll
    static void start(IvsEmulator started) {
        emulator = started;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()));
        sdk = IvschatClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                .credentialsProvider(credentials).overrideConfiguration(o -> o.retryStrategy(standardRetries()))
                .build();
        asyncSdk = IvschatAsyncClient.builder().endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region())).credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(standardRetries())).build();
        chat = IvsChat.create(sdk);
        async = IvsChatAsync.create(asyncSdk);
    }

    @AfterAll
    static void stop() {
        chat.close();
        async.close();
        sdk.close();
        asyncSdk.close();
    }

    /** Pinned, so that counted attempts do not depend on AWS_RETRY_MODE or AWS_MAX_ATTEMPTS. */
    private static RetryStrategy standardRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build();
    }

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceeds() {
        Room created = chat.createRoom(RoomSpec.builder().name("faulty").build());
        emulator.injectFault("GetRoom", 1, Fault.internalError());

        assertThat(chat.getRoom(created.arn())).isEqualTo(created);
        assertThat(emulator.calls("GetRoom")).extracting(RecordedCall::status).containsExactly(500, 200);
    }

    @Test
    void persistentThrottlingIsRetriedThenReportedAsRetryable() {
        RoomArn room = chat.createRoom(RoomSpec.builder().build()).arn();
        emulator.injectFault("SendEvent", PERSISTENT, Fault.throttling());

        assertThatThrownBy(() -> chat.sendEvent(room, "poll"))
                .isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.errorCode()).hasValue("ThrottlingException");
                    assertThat(e.httpStatus()).hasValue(429);
                    assertThat(e.requestId()).hasValue(lastRequestId("SendEvent"));
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        assertThat(emulator.calls("SendEvent")).extracting(RecordedCall::status).containsExactly(429, 429, 429);
    }

    @Test
    void aDroppedConnectionAndACutAnswer() {
        RoomArn room = chat.createRoom(RoomSpec.builder().build()).arn();
        emulator.injectFault("DisconnectUser", PERSISTENT, Fault.connectionReset());
        emulator.injectFault("CreateChatToken", 1, Fault.truncatedResponse());

        assertThatThrownBy(() -> chat.disconnectUser(room, "bob"))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    assertThat(((IvsException) e).httpStatus()).isEmpty();
                    assertThat(e.getMessage()).startsWith("DisconnectUser failed without an error response");
                });
        assertThat(emulator.calls("DisconnectUser")).hasSize(ATTEMPTS);
        assertThat(chat.createChatToken(room, ChatRole.viewer("bob")).token()).isNotBlank();
        assertThat(emulator.calls("CreateChatToken")).extracting(RecordedCall::fault)
                .containsExactly(Optional.of(Fault.truncatedResponse()), Optional.empty());
    }

    @Test
    void theAsyncEntryPointWorksAndFailsTheSameWay() throws Exception {
        Room room = async.createRoom(RoomSpec.builder().name("async").build()).join();
        ChatToken token = async.createChatToken(room.arn(), ChatRole.host("kit")).join();
        assertThat(token.room()).isEqualTo(room.arn());
        assertThat(async.sendEvent(room.arn(), "hello").join()).isNotBlank();
        Collector<RoomSummary> rooms = new Collector<>(Long.MAX_VALUE);
        async.listRooms().subscribe(rooms);
        assertThat(rooms.await()).extracting(RoomSummary::arn).containsExactly(room.arn());
        async.deleteRoom(room.arn()).join();

        emulator.injectFault("GetLoggingConfiguration", PERSISTENT, Fault.throttling());
        AtomicReference<Throwable> throttled = new AtomicReference<>();
        async.getLoggingConfiguration(LoggingConfigurationArn.parse("arn:aws:ivschat:" + emulator.region() + ":"
                        + emulator.accountId() + ":logging-configuration/abcdABCDefgh"))
                .whenComplete((c, failure) -> throttled.set(failure)).exceptionally(e -> null).join();

        assertThat(throttled.get()).isInstanceOfSatisfying(IvsThrottlingException.class,
                e -> assertThat(e.requestId()).hasValue(lastRequestId("GetLoggingConfiguration")));
        assertThatThrownBy(() -> async.getRoom(room.arn()).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IvsNotFoundException.class);
    }

    private static String lastRequestId(String operation) {
        List<RecordedCall> calls = emulator.calls(operation);
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).requestId();
    }
}
