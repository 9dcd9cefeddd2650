package io.ivsjava.lowlatency;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a broadcaster's encoder sends video to a channel. Encoders such as OBS take the server URL and the stream
 * key separately: {@link #rtmpsUrl()} as "Server", the {@link StreamKey#value()} as "Stream key".
 *
 * <p>Immutable; safe to share between threads. The SRT passphrase is a secret: {@link #toString()} hides it.
 *
 * @param host the channel's ingest host name, such as {@code a1b2c3d4e5f6.global-contribute.live-video.net}
 * @param srtHost the channel's SRT host name, if the channel has one
 * @param srtPassphrase the SRT passphrase, if the channel has one
 */
public record IngestEndpoint(String host, Optional<String> srtHost, Optional<String> srtPassphrase) {
    /** The port of RTMPS ingest. */
    public static final int RTMPS_PORT = 443;
    /** The port of SRT ingest. */
    public static final int SRT_PORT = 9000;

    /** Checks that no component is null. */
    public IngestEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(srtHost, "srtHost");
        Objects.requireNonNull(srtPassphrase, "srtPassphrase");
    }

    /**
     * The RTMPS server URL, {@code rtmps://<host>:443/app/}, to use with the channel's stream key.
     *
     * @return the URL
     */
    public URI rtmpsUrl() {
        return URI.create("rtmps://" + host + ":" + RTMPS_PORT + "/app/");
    }

    /**
     * The complete SRT URL for an encoder, {@code srt://<host>:9000?streamid=<key>&passphrase=<passphrase>}. It
     * contains two secrets; never log it.
     *
     * @param streamKey the channel's stream key
     * @return the URL, if the channel offers SRT
     */
    public Optional<URI> srtUrl(StreamKey streamKey) {
        Objects.requireNonNull(streamKey, "streamKey");
        if (srtHost.isEmpty() || srtPassphrase.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(URI.create("srt://" + srtHost.get() + ":" + SRT_PORT + "?streamid=" + streamKey.value()
                + "&passphrase=" + srtPassphrase.get()));
    }

    /** {@return the host names; the passphrase is redacted} */
    @Override
    public String toString() {
        return "IngestEndpoint[host=" + host + ", srtHost=" + srtHost.orElse("none") + ", srtPassphrase="
                + (srtPassphrase.isPresent() ? "<redacted>" : "none") + "]";
    }
}
