package io.ivsjava.examples.spring;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.events.ApiDestinationReceiver;
import io.ivsjava.events.ConnectionCredential;
import io.ivsjava.events.IvsEventDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /ivs/events}: IVS's events as an Amazon EventBridge API destination delivers them, one per request,
 * received by ivs-events' {@link ApiDestinationReceiver}. The connection's API key is checked first, before the body
 * is read: it travels in {@value #HEADER} and is {@code sample.webhook-secret} (16 characters or more; with none
 * configured, every delivery is refused). Then 200 when every listener took the event, 500 when one threw
 * (EventBridge then retries), 400 for a body that is not an IVS event, 413 for one over 1 MiB, 401 without the key.
 * Thread-safe.
 */
@RestController
class EventsWebhook {
    /** The header the EventBridge connection's API key travels in (its {@code ApiKeyName}). */
    static final String HEADER = "x-ivs-secret";

    private static final Logger LOG = LoggerFactory.getLogger(EventsWebhook.class);

    private final ApiDestinationReceiver receiver;

    EventsWebhook(IvsEventDispatcher events, @Value("${sample.webhook-secret:}") String secret) {
        this.receiver = ApiDestinationReceiver.create(events, credential(secret));
    }

    private static ConnectionCredential credential(String secret) {
        if (secret.isEmpty()) {
            LOG.warn("sample.webhook-secret is not set: POST /ivs/events refuses every delivery");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return ConnectionCredential.apiKey(HEADER, Base64.getEncoder().encodeToString(random));
        }
        try {
            return ConnectionCredential.apiKey(HEADER, secret);
        } catch (IvsValidationException e) {
            // The same problem, named by the property (the message never holds the secret).
            throw IvsValidationException.invalid("sample.webhook-secret",
                    e.getMessage().substring(e.field().map(f -> f.length() + 2).orElse(0)));
        }
    }

    @PostMapping("/ivs/events")
    ResponseEntity<String> receive(@RequestHeader HttpHeaders headers, InputStream body) throws IOException {
        ApiDestinationReceiver.Reply reply = receiver.receive("POST",
                name -> Optional.ofNullable(headers.getFirst(name)), body);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(reply.status());
        reply.headers().forEach(answer::header);
        return answer.body(reply.message());
    }
}
