package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A channel's SRT ingest: the alternative to RTMPS for encoders that speak SRT (better over lossy networks). The
 * encoder connects to {@code srt://<host>:9000} with the stream key as {@code streamid} and, unless the channel
 * allows insecure ingest, the passphrase that encrypts the stream.
 *
 * <p>Immutable; safe to share between threads. The passphrase is a secret: {@link #toString()} hides it.
 *
 * @param host the SRT host name, such as {@code a1b2c3d4e5f6.srt.live-video.net}
 * @param passphrase the encryption passphrase; empty when the channel allows insecure ingest
 */
public record SrtEndpoint(String host, Optional<String> passphrase) {
    /** The UDP port of SRT ingest. */
    public static final int PORT = 9000;

    /** Checks that no component is null. */
    public SrtEndpoint {
        Check.notNull("srt.host", host);
        Check.notNull("srt.passphrase", passphrase);
    }

    /**
     * The complete URL for an encoder, {@code srt://<host>:9000?streamid=<key>&passphrase=<passphrase>}. It holds
     * two secrets: hand it to the encoder only, never log it.
     *
     * @param streamKey the channel's stream key
     * @return the URL
     */
    public URI url(StreamKey streamKey) {
        Check.notNull("streamKey", streamKey);
        return URI.create("srt://" + host + ":" + PORT + "?streamid=" + encode(streamKey.value())
                + passphrase.map(p -> "&passphrase=" + encode(p)).orElse(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@return the host; the passphrase is redacted} */
    @Override
    public String toString() {
        return "SrtEndpoint[host=" + host + ", passphrase=" + (passphrase.isPresent() ? "<redacted>" : "none") + "]";
    }
}
