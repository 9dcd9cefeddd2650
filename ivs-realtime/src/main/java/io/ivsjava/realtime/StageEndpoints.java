package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.util.Optional;

/**
 * Where clients connect to a stage. Keep them with the stage's ARN: a {@link ParticipantTokenSigner} signs tokens
 * from the two without asking IVS for the stage again.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param events the WebSocket ({@code wss://}) URL of the stage's event and signalling service
 * @param whip the WHIP ({@code https://}) URL that WebRTC publishers (the IVS broadcast SDKs, OBS) send to
 * @param rtmp the RTMP ingest URL for publishing into the stage from an RTMP encoder with an ingest
 *     configuration's stream key
 * @param rtmps the RTMPS ingest URL, the encrypted variant of {@code rtmp}
 */
public record StageEndpoints(Optional<URI> events, Optional<URI> whip, Optional<URI> rtmp, Optional<URI> rtmps) {
    /** No endpoints known. */
    public static final StageEndpoints NONE =
            new StageEndpoints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that no component is null. */
    public StageEndpoints {
        Check.notNull("events", events);
        Check.notNull("whip", whip);
        Check.notNull("rtmp", rtmp);
        Check.notNull("rtmps", rtmps);
    }

    /**
     * The two endpoints a participant token carries, as stored by an application.
     *
     * @param events the events URL
     * @param whip the WHIP URL
     * @return the endpoints, without RTMP ones
     */
    public static StageEndpoints of(URI events, URI whip) {
        return new StageEndpoints(Optional.of(Check.notNull("events", events)), Optional.of(Check.notNull("whip", whip)),
                Optional.empty(), Optional.empty());
    }
}
