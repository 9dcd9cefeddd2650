package io.ivsjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.ivsjava.core.IvsAccessDeniedException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.IvsServiceException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.IvsValidationException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Every error the IVS Chat model lists, answered as IVS Chat words it (the error type header, the modeled status,
 * the body with {@code message} and the members the model adds, such as {@code fieldList}), becomes the library's
 * exception with IVS's code, status, request id and words; the SDK's retries apply to the ones it retries, and the
 * SDK's exception is only ever the cause.
 */
class ErrorTranslationTest {
    private static final RoomArn ROOM = RoomArn.parse("arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6");

    private static Scripted scripted;

    @BeforeAll
    static void start() {
        scripted = new Scripted(Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        scripted.close();
    }

    @AfterEach
    void reset() {
        scripted.reset();
    }

    @Test
    void aMissingRoomIsNotFoundWithIvssMessageAndRequestId() {
        scripted.fail("GetRoom", 404, "ResourceNotFoundException", "{\"message\":\"Room not found\","
                + "\"resourceId\":\"g1H2I3j4k5L6\",\"resourceType\":\"ROOM\"}");

        assertThatThrownBy(() -> scripted.chat.getRoom(ROOM))
                .isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
                    assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
                    assertThat(e.httpStatus()).hasValue(404);
                    assertThat(e.requestId()).hasValue("req-404");
                    assertThat(e.getMessage()).isEqualTo("GetRoom failed: Room not found (ResourceNotFoundException, "
                            + "request id req-404)");
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
        scripted.wiremock.verify(1, postRequestedFor(urlEqualTo("/GetRoom")));
    }

    @Test
    void aValidationErrorNamesTheFieldFromIvsChatsFieldList() {
        scripted.fail("CreateChatToken", 400, "ValidationException", "{\"message\":\"Invalid input\","
                + "\"reason\":\"FIELD_VALIDATION_FAILED\",\"fieldList\":[{\"name\":\"userId\","
                + "\"message\":\"too long\"}]}");

        assertThatThrownBy(() -> scripted.chat.createChatToken(ROOM, ChatRole.viewer("bob")))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("userId");
                    assertThat(e.httpStatus()).hasValue(400);
                    assertThat(e.requestId()).hasValue("req-400");
                    assertThat(e.getMessage()).startsWith("CreateChatToken failed: Invalid input");
                    assertThat(e.getCause()).isInstanceOf(SdkException.class);
                });
    }

    @Test
    void aValidationErrorWithoutFieldListNamesNoField() {
        scripted.fail("SendEvent", 400, "ValidationException", "{\"message\":\"Bad\",\"reason\":\"OTHER\"}");

        assertThatThrownBy(() -> scripted.chat.sendEvent(ROOM, "poll"))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).isEmpty());
    }

    @Test
    void accessDeniedAndPendingVerificationAreAccessDenied() {
        scripted.fail("DeleteRoom", 403, "AccessDeniedException", "{\"message\":\"not allowed\"}");
        scripted.fail("CreateRoom", 403, "PendingVerification", "{\"message\":\"verify first\"}");

        assertThatThrownBy(() -> scripted.chat.deleteRoom(ROOM))
                .isInstanceOfSatisfying(IvsAccessDeniedException.class, e -> {
                    assertThat(e.errorCode()).hasValue("AccessDeniedException");
                    assertThat(e.getMessage()).contains("not allowed");
                });
        assertThatThrownBy(() -> scripted.chat.createRoom(RoomSpec.builder().build()))
                .isInstanceOfSatisfying(IvsAccessDeniedException.class, e -> {
                    assertThat(e.errorCode()).hasValue("PendingVerification");
                    assertThat(e.httpStatus()).hasValue(403);
                });
    }

    @Test
    void theRoomQuotaIsQuotaExceededAndAConflictIsAConflict() {
        scripted.fail("CreateRoom", 402, "ServiceQuotaExceededException", "{\"message\":\"Room limit reached\","
                + "\"resourceId\":\"x\",\"resourceType\":\"ROOM\",\"limit\":50000}");
        scripted.fail("DeleteLoggingConfiguration", 409, "ConflictException", "{\"message\":\"in use\","
                + "\"resourceId\":\"lc1\",\"resourceType\":\"ROOM\"}");

        assertThatThrownBy(() -> scripted.chat.createRoom(RoomSpec.builder().build()))
                .isInstanceOfSatisfying(IvsQuotaExceededException.class, e -> {
                    assertThat(e.httpStatus()).hasValue(402);
                    assertThat(e.getMessage()).contains("Room limit reached");
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThatThrownBy(() -> scripted.chat.deleteLoggingConfiguration(LoggingConfigurationArn.parse(
                "arn:aws:ivschat:us-west-2:123456789012:logging-configuration/lc1")))
                .isInstanceOfSatisfying(IvsConflictException.class, e -> assertThat(e.httpStatus()).hasValue(409));
    }

    @Test
    void persistentThrottlingIsRetriedThenReportedAsRetryable() {
        scripted.fail("SendEvent", 429, "ThrottlingException", "{\"message\":\"Rate exceeded\","
                + "\"resourceId\":\"g1H2I3j4k5L6\",\"resourceType\":\"ROOM\",\"limit\":10}");

        assertThatThrownBy(() -> scripted.chat.sendEvent(ROOM, "poll"))
                .isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.errorCode()).hasValue("ThrottlingException");
                    assertThat(e.getMessage()).contains("Rate exceeded");
                });
        scripted.wiremock.verify(Scripted.ATTEMPTS, postRequestedFor(urlEqualTo("/SendEvent")));
    }

    @Test
    void aServerErrorIsRetriedThenReportedAsARetryableServiceException() {
        scripted.fail("ListTagsForResource", 500, "InternalServerException", "{\"message\":\"oops\"}");
        scripted.fail("DisconnectUser", 500, "InternalServerException", "{\"message\":\"oops\"}");

        assertThatThrownBy(() -> scripted.chat.disconnectUser(ROOM, "bob"))
                .isInstanceOfSatisfying(IvsServiceException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.httpStatus()).hasValue(500);
                });
        scripted.wiremock.verify(Scripted.ATTEMPTS, postRequestedFor(urlEqualTo("/DisconnectUser")));
    }

    @Test
    void anUnreadableAnswerAndADroppedConnectionFailWithoutStatus() {
        scripted.answer("GetRoom", "{\"arn\": <html>");
        scripted.wiremock.stubFor(post(urlEqualTo("/DeleteMessage"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> scripted.chat.getRoom(ROOM))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    assertThat(((IvsException) e).httpStatus()).isEmpty();
                    assertThat(e.getMessage()).startsWith("GetRoom failed without an error response");
                });
        assertThatThrownBy(() -> scripted.chat.deleteMessage(ROOM, "ABC123def456"))
                .isExactlyInstanceOf(IvsException.class)
                .satisfies(e -> {
                    assertThat(((IvsException) e).isRetryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("DeleteMessage failed without an error response");
                });
        scripted.wiremock.verify(Scripted.ATTEMPTS, postRequestedFor(urlEqualTo("/DeleteMessage")));
    }

    @Test
    void theAsyncClientsFailuresBecomeTheSameExceptions() {
        scripted.fail("CreateChatToken", 400, "ValidationException", "{\"message\":\"Invalid input\","
                + "\"reason\":\"FIELD_VALIDATION_FAILED\",\"fieldList\":[{\"name\":\"attributes\",\"message\":\"x\"}]}");
        scripted.fail("GetRoom", 404, "ResourceNotFoundException", "{\"message\":\"Room not found\"}");
        AtomicReference<Throwable> token = new AtomicReference<>();
        AtomicReference<Throwable> room = new AtomicReference<>();

        scripted.async.createChatToken(ROOM, ChatRole.viewer("bob"))
                .whenComplete((t, failure) -> token.set(failure)).exceptionally(e -> null).join();
        scripted.async.getRoom(ROOM).whenComplete((r, failure) -> room.set(failure)).exceptionally(e -> null).join();

        assertThat(token.get()).isInstanceOfSatisfying(IvsValidationException.class,
                e -> assertThat(e.field()).hasValue("attributes"));
        assertThat(room.get()).isInstanceOfSatisfying(IvsNotFoundException.class, e -> {
            assertThat(e.requestId()).hasValue("req-404");
            assertThat(e.getCause()).isInstanceOf(SdkException.class);
        });
    }
}
