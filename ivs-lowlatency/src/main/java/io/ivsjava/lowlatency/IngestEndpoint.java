package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.util.Optional;

/**
 * Where a broadcaster's encoder sends video to a channel: RTMPS (every encoder), plain RTMP (only where the channel
 * allows insecure ingest) and SRT. Encoders such as OBS take the server URL and the stream key separately:
 * {@link #rtmpsUrl()} as "Server", {@link StreamKey#value()} as "Stream key".
 *
 * <p>IVS gives a host name, and the URLs use IVS's ports (443 for RTMPS, 1935 for RTMP). An ingest endpoint that
 * names its port as well, as a local IVS emulator's does ({@code 127.0.0.1:1935}), is used as given, for both.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} hides the SRT passphrase.
 *
 * @param host the channel's ingest host name, such as {@code a1b2c3d4e5f6.global-contribute.live-video.net}, or
 *     {@code HOST:PORT} when the endpoint names its port
 * @param insecureIngestAllowed whether the channel also takes unencrypted RTMP (and SRT without a passphrase)
 * @param srt the channel's SRT ingest, if it has one
 */
public record IngestEndpoint(String host, boolean insecureIngestAllowed, Optional<SrtEndpoint> srt) {
    /** The TCP port of RTMPS ingest. */
    public static final int RTMPS_PORT = 443;
    /** The TCP port of plain RTMP ingest. */
    public static final int RTMP_PORT = 1935;

    /** Checks that no component is null. */
    public IngestEndpoint {
        Check.notNull("ingest.host", host);
        Check.notNull("ingest.srt", srt);
    }

    /**
     * The RTMPS server URL, {@code rtmps://<host>:443/app/}, to use with the channel's stream key.
     *
     * @return the URL
     */
    public URI rtmpsUrl() {
        return URI.create("rtmps://" + authority(RTMPS_PORT) + "/app/");
    }

    /**
     * The RTMPS URL with the stream key appended, {@code rtmps://<host>:443/app/<key>}, for tools that take one URL
     * (such as ffmpeg). It holds the key, a secret: never log it.
     *
     * @param streamKey the channel's stream key
     * @return the URL
     */
    public URI rtmpsUrl(StreamKey streamKey) {
        Check.notNull("streamKey", streamKey);
        return URI.create(rtmpsUrl() + streamKey.value());
    }

    /**
     * The unencrypted RTMP server URL, {@code rtmp://<host>:1935/app/}, if the channel allows insecure ingest.
     *
     * @return the URL, or empty when the channel takes RTMPS only
     */
    public Optional<URI> rtmpUrl() {
        return insecureIngestAllowed ? Optional.of(URI.create("rtmp://" + authority(RTMP_PORT) + "/app/"))
                : Optional.empty();
    }

    /** The host with the given port, unless the endpoint names its own ({@code host:port} or {@code [v6]:port}). */
    private String authority(int port) {
        int colon = host.lastIndexOf(':');
        if (colon > 0 && colon < host.length() - 1
                && host.substring(colon + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            String name = host.substring(0, colon);
            if (name.startsWith("[") ? name.endsWith("]") : name.indexOf(':') < 0) {
                return host;
            }
        }
        return host + ":" + port;
    }

    /**
     * The complete SRT URL for an encoder; see {@link SrtEndpoint#url(StreamKey)}. It holds secrets: never log it.
     *
     * @param streamKey the channel's stream key
     * @return the URL, if the channel offers SRT
     */
    public Optional<URI> srtUrl(StreamKey streamKey) {
        Check.notNull("streamKey", streamKey);
        return srt.map(s -> s.url(streamKey));
    }
}
