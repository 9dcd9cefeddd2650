package io.ivsjava.live;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.lowlatency.PlaybackToken;
import io.ivsjava.lowlatency.PlaybackUrl;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.StageEndpoints;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What one client needs to take part in a broadcast, and nothing more: switch on it and hand its parts to the
 * client.
 *
 * <pre>{@code
 * switch (live.admitViewer(broadcast, "user-7")) {
 *     case Admission.WebRtc webRtc -> send(webRtc.token().token());          // join the stage
 *     case Admission.Hls hls -> send(hls.uri());                             // play the channel
 *     case Admission.Rtmps rtmps -> send(rtmps.serverUrl(), rtmps.streamKey().value());
 * }
 * }</pre>
 * (Pattern matching in {@code switch} needs Java 21; on Java 17 use {@code instanceof}.)
 *
 * <ul>
 *   <li>{@link WebRtc}: a participant token and the stage's endpoints, for hosts in {@code REAL_TIME} and
 *       {@code HYBRID} and for viewers in {@code REAL_TIME};</li>
 *   <li>{@link Hls}: the channel's playback URL, with a signed playback token when the channel is private, for
 *       viewers in {@code LOW_LATENCY} and {@code HYBRID};</li>
 *   <li>{@link Rtmps}: the ingest server and stream key for the encoder of the one broadcaster in
 *       {@code LOW_LATENCY}.</li>
 * </ul>
 *
 * <p>Each holds a secret (a token or a stream key) meant for one client; {@code toString()} never shows it.
 * Implementations are immutable and safe to share between threads.
 */
public sealed interface Admission permits Admission.WebRtc, Admission.Hls, Admission.Rtmps {

    /**
     * When this admission stops letting its client in, if it expires: a participant token's or playback token's
     * expiry. A client that already joined or started playing is not cut off at that time.
     *
     * @return the expiry; empty for a public channel's playback URL and for a stream key
     */
    Optional<Instant> expiresAt();

    /**
     * Join a stage over WebRTC: about 300 ms behind live, up to 720p.
     *
     * <p>Immutable; safe to share between threads. {@link #toString()} never shows the token.
     *
     * @param token the participant token for the client's broadcast SDK; a host's can publish, a viewer's only
     *     subscribe
     * @param endpoints the stage's endpoints (the token carries the events and WHIP ones too)
     */
    record WebRtc(ParticipantToken token, StageEndpoints endpoints) implements Admission {
        /** Checks that no component is null. */
        public WebRtc {
            Check.notNull("token", token);
            Check.notNull("endpoints", endpoints);
        }

        /**
         * The participant the token admits, as IVS will name it in the stage's sessions and events.
         *
         * @return the participant id
         */
        public String participantId() {
            return token.participant().id();
        }

        /**
         * Whether the client may publish (a host) or only subscribe (a viewer).
         *
         * @return true for a host's token
         */
        public boolean canPublish() {
            return token.participant().canPublish();
        }

        /** {@return the token's expiry} */
        @Override
        public Optional<Instant> expiresAt() {
            return Optional.of(token.expiresAt());
        }
    }

    /**
     * Play a channel over HLS: a few seconds behind live, up to 1080p.
     *
     * <p>Immutable; safe to share between threads. {@link #toString()} never shows the token.
     *
     * @param playbackUrl the channel's playback URL, without a token
     * @param token the signed playback token when the channel is private; empty for a public channel
     */
    record Hls(PlaybackUrl playbackUrl, Optional<PlaybackToken> token) implements Admission {
        /**
         * Checks that no component is null and that the token plays this URL's channel.
         *
         * @throws IvsValidationException naming {@code token} if it was signed for another channel
         */
        public Hls {
            Check.notNull("playbackUrl", playbackUrl);
            Check.notNull("token", token).ifPresent(playbackUrl::withToken);
        }

        /**
         * The URL the player loads: the playback URL, with {@code ?token=} appended for a private channel. It holds
         * the token, a secret: give it to that one viewer and never log it.
         *
         * @return the URL to play
         */
        public URI uri() {
            return token.map(playbackUrl::withToken).orElse(playbackUrl.uri());
        }

        /** {@return the playback token's expiry; empty for a public channel} */
        @Override
        public Optional<Instant> expiresAt() {
            return token.map(PlaybackToken::expiresAt);
        }
    }

    /**
     * Send an encoder's RTMPS stream to a channel: what OBS or a mobile broadcast SDK needs, for the one broadcaster
     * of a {@code LOW_LATENCY} broadcast.
     *
     * <p>Immutable; safe to share between threads. {@link #toString()} never shows the stream key.
     *
     * @param serverUrl the RTMPS server, {@code rtmps://<ingest host>:443/app/} (OBS's "Server")
     * @param streamKey the channel's stream key (OBS's "Stream key"), a secret
     */
    record Rtmps(URI serverUrl, StreamKey streamKey) implements Admission {
        /** Checks that no component is null. */
        public Rtmps {
            Check.notNull("serverUrl", serverUrl);
            Check.notNull("streamKey", streamKey);
        }

        /**
         * The server URL with the stream key appended, for tools that take one URL (such as ffmpeg). It holds the
         * key: never log it.
         *
         * @return {@code rtmps://<host>:443/app/<key>}
         */
        public URI url() {
            String server = serverUrl.toString();
            return URI.create(server + (server.endsWith("/") ? "" : "/") + streamKey.value());
        }

        /** {@return empty: a stream key does not expire} */
        @Override
        public Optional<Instant> expiresAt() {
            return Optional.empty();
        }
    }
}
