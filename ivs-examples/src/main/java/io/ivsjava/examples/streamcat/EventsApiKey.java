package io.ivsjava.examples.streamcat;

import io.ivsjava.emulator.EventWebhook;
import io.ivsjava.events.ConnectionCredential;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The API key that the EventBridge connection of StreamCat's API destination sends with every event, and so the one
 * credential {@code POST /events} accepts: the header it travels in and its value. The embedded emulator's webhook
 * sends the same key.
 *
 * <p>Immutable; thread-safe. {@link #toString()} never shows the value.
 *
 * @param headerName the connection's {@code ApiKeyName}, such as {@value #DEFAULT_HEADER}
 * @param value the connection's {@code ApiKeyValue}: 16 characters or more
 */
public record EventsApiKey(String headerName, String value) {
    /** The environment variable holding the key (preferred to {@code --events-api-key}, which others can see). */
    public static final String VARIABLE = "STREAMCAT_EVENTS_API_KEY";
    /** The header used unless {@code --events-api-key-header} names another. */
    public static final String DEFAULT_HEADER = "x-api-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Checks the header's name and the key, as {@code /events} will check them. */
    public EventsApiKey {
        credential(headerName, value);
    }

    /**
     * A fresh random key, for a backend whose events come only from its own embedded emulator.
     *
     * @return 32 random bytes, base64url
     */
    static EventsApiKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new EventsApiKey(DEFAULT_HEADER, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** {@return what {@code POST /events} checks: this key in its header} */
    ConnectionCredential credential() {
        return credential(headerName, value);
    }

    /**
     * The webhook the embedded emulator posts its events to, with this key, as the API destination would.
     *
     * @param events the backend's {@code /events} URL
     * @return the webhook
     */
    EventWebhook webhook(URI events) {
        return EventWebhook.to(events).withApiKey(headerName, value);
    }

    /** {@return the header's name, the key redacted} */
    @Override
    public String toString() {
        return "EventsApiKey[headerName=" + headerName + ", value=(redacted)]";
    }

    private static ConnectionCredential credential(String headerName, String value) {
        return ConnectionCredential.apiKey(headerName, value);
    }
}
