package io.ivsjava.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The credential is checked before the body is even read; then the event is parsed and dispatched. */
class ApiDestinationReceiverTest {
    private static final String KEY = "k3y-from-the-eventbridge-connection";
    private static final String PASSWORD = "pa55word-of-the-connection";
    private static final byte[] START = Fixtures.bytes("stream-state-stream-start.json");

    private final IvsEventDispatcher dispatcher = IvsEventDispatcher.create();
    private final List<IvsEvent> dispatched = new ArrayList<>();

    ApiDestinationReceiverTest() {
        dispatcher.onAny(dispatched::add);
    }

    private static Function<String, Optional<String>> headers(String... namesAndValues) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return name -> Optional.ofNullable(headers.get(name));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A body that fails the test if anyone reads it. */
    private static InputStream untouchable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read before the credential was checked");
            }
        };
    }

    @Test
    void anApiKeyConnectionsEventIsParsedAndDispatched() throws IOException {
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
                ConnectionCredential.apiKey("x-api-key", KEY));

        ApiDestinationReceiver.Reply reply = receiver.receive("POST", headers("X-Api-Key", KEY),
                new ByteArrayInputStream(START));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.event()).containsInstanceOf(StreamStateChange.class);
        assertThat(dispatched).hasSize(1).first().isInstanceOf(StreamStateChange.class);
        assertThat(((StreamStateChange) dispatched.get(0)).name()).isEqualTo(StreamStateChange.Name.STREAM_START);
    }

    @Test
    void aForgedEventIsRefusedBeforeItsBodyIsRead() throws IOException {
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
                ConnectionCredential.apiKey("x-api-key", KEY));

        for (Function<String, Optional<String>> forged : List.of(headers(), headers("x-api-key", "guess"),
                headers("x-api-key", KEY.substring(0, KEY.length() - 1)), headers("x-api-key", KEY + " "),
                headers("Authorization", basic("x-api-key", KEY)), headers("x-other-key", KEY))) {
            ApiDestinationReceiver.Reply reply = receiver.receive("POST", forged, untouchable());
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.event()).isEmpty();
            assertThat(reply.headers()).as("an API-key endpoint does not ask for basic auth").isEmpty();
        }
        assertThat(receiver.receive("POST", headers(), "not even JSON".getBytes(StandardCharsets.UTF_8)).status())
                .as("refused before parsing, so not a 400").isEqualTo(401);
        assertThat(dispatched).isEmpty();
    }

    @Test
    void aBasicAuthConnectionIsCheckedTheSameWay() {
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
                ConnectionCredential.basicAuth("eventbridge", PASSWORD));

        assertThat(receiver.receive("POST", headers("authorization", basic("eventbridge", PASSWORD)), START).status())
                .isEqualTo(200);
        assertThat(receiver.receive("POST", headers("Authorization", "basic  " + basic("eventbridge", PASSWORD)
                .substring(6)), START).status()).as("the scheme is case-insensitive").isEqualTo(200);
        for (String forged : List.of(basic("eventbridge", "wrong-password-wrong"), basic("someone", PASSWORD),
                "Bearer " + PASSWORD, "Basic !!!not-base64!!!", "Basic")) {
            ApiDestinationReceiver.Reply reply = receiver.receive("POST", headers("Authorization", forged), START);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.headers()).containsEntry("WWW-Authenticate", "Basic realm=\"ivs-events\"");
        }
        assertThat(dispatched).hasSize(2);
    }

    @Test
    void duringARotationBothCredentialsAreAccepted() {
        String next = "the-next-key-after-rotation";
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
                ConnectionCredential.apiKey("x-api-key", KEY), ConnectionCredential.apiKey("x-api-key", next));

        assertThat(receiver.receive("POST", headers("x-api-key", KEY), START).status()).isEqualTo(200);
        assertThat(receiver.receive("POST", headers("x-api-key", next), START).status()).isEqualTo(200);
        assertThat(receiver.receive("POST", headers("x-api-key", "an-old-key-long-retired"), START).status())
                .isEqualTo(401);
    }

    @Test
    void afterTheCredentialMethodSizeShapeAndListenersDecideTheStatus() throws IOException {
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher,
                ConnectionCredential.apiKey("x-api-key", KEY));
        Function<String, Optional<String>> signed = headers("x-api-key", KEY);

        ApiDestinationReceiver.Reply get = receiver.receive("GET", signed, untouchable());
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.headers()).containsEntry("Allow", "POST, PUT");
        assertThat(receiver.receive("put", signed, START).status()).isEqualTo(200);

        byte[] huge = new byte[ApiDestinationReceiver.MAX_BODY_BYTES + 10];
        assertThat(receiver.receive("POST", signed, new ByteArrayInputStream(huge)).status()).isEqualTo(413);

        ApiDestinationReceiver.Reply notAnEvent = receiver.receive("POST", signed,
                "{\"source\":\"aws.s3\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnEvent.status()).isEqualTo(400);
        assertThat(notAnEvent.message()).isNotEmpty();

        dispatcher.onAny(e -> {
            throw new IllegalStateException("database down");
        });
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ApiDestinationReceiver.Reply failed;
        try {
            failed = receiver.receive("POST", signed, START);
        } finally {
            System.setErr(err);
        }
        assertThat(failed.status()).as("EventBridge retries a 5xx").isEqualTo(500);
        assertThat(failed.event()).isPresent();
    }

    @Test
    void noSecretIsShownNorLogged() {
        ConnectionCredential key = ConnectionCredential.apiKey("x-api-key", KEY);
        ConnectionCredential basic = ConnectionCredential.basicAuth("eventbridge", PASSWORD);
        ApiDestinationReceiver receiver = ApiDestinationReceiver.create(dispatcher, key, basic);
        assertThat(key + " " + basic + " " + receiver).contains("x-api-key").contains("eventbridge")
                .doesNotContain(KEY).doesNotContain(PASSWORD);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            receiver.receive("POST", headers("x-api-key", KEY.toUpperCase(java.util.Locale.ROOT)), START);
            receiver.receive("POST", headers("x-api-key", KEY), "{}".getBytes(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Refused an IVS event delivery")
                .doesNotContainIgnoringCase(KEY).doesNotContain(PASSWORD);
    }

    @Test
    void weakOrMalformedCredentialsAreRefusedUpFront() {
        assertThatThrownBy(() -> ConnectionCredential.apiKey("x-api-key", "short"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("key").hasMessageContaining("16");
        assertThatThrownBy(() -> ConnectionCredential.apiKey("x api key", KEY))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("headerName");
        assertThatThrownBy(() -> ConnectionCredential.apiKey("Authorization", KEY))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("basicAuth");
        assertThatThrownBy(() -> ConnectionCredential.basicAuth("a:b", PASSWORD))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> ApiDestinationReceiver.create(null, ConnectionCredential.apiKey("x-api-key", KEY)))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("dispatcher");
    }
}
