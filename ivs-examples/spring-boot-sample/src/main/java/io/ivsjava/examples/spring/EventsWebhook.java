package io.ivsjava.examples.spring;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /ivs/events}: IVS's events as an Amazon EventBridge API destination delivers them, one per request,
 * authenticated by the secret its connection sends in {@code x-ivs-secret} ({@code sample.webhook-secret}; with none
 * configured every request is refused). 204 when every listener took the event, 500 when one threw (EventBridge then
 * retries), 400 for a body that is not an IVS event, 401 without the secret. Thread-safe.
 */
@RestController
class EventsWebhook {
    private final IvsEventDispatcher events;
    private final byte[] secret;

    EventsWebhook(IvsEventDispatcher events, @Value("${sample.webhook-secret:}") String secret) {
        this.events = events;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/ivs/events")
    ResponseEntity<Void> receive(@RequestHeader(name = "x-ivs-secret", required = false) String given,
                                 @RequestBody byte[] body) {
        if (secret.length == 0 || given == null
                || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        try {
            return events.dispatch(IvsEvents.parse(body)) ? ResponseEntity.noContent().build()
                    : ResponseEntity.internalServerError().build();
        } catch (IvsValidationException notAnIvsEvent) {
            return ResponseEntity.badRequest().build();
        }
    }
}
