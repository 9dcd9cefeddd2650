package io.ivsjava.realtime;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where clients connect to a stage. IVS recommends caching these with the stage; they stay valid for 14 days.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param events the WebSocket ({@code wss://}) URL of the stage's event and signalling service
 * @param whip the WHIP URL that WebRTC publishers (the IVS broadcast SDKs, OBS) send to
 * @param rtmp the RTMP ingest URL for publishing into the stage from an RTMP encoder
 * @param rtmps the RTMPS ingest URL, the encrypted variant of {@code rtmp}
 */
public record StageEndpoints(Optional<URI> events, Optional<URI> whip, Optional<URI> rtmp, Optional<URI> rtmps) {
    /** No endpoints known. */
    public static final StageEndpoints NONE =
            new StageEndpoints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that no component is null. */
    public StageEndpoints {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(whip, "whip");
        Objects.requireNonNull(rtmp, "rtmp");
        Objects.requireNonNull(rtmps, "rtmps");
    }
}
