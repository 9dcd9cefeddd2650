package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.net.URI;

/**
 * A channel's HLS playback URL ({@code https://...m3u8}): what a viewer's player loads. It works from anywhere;
 * IVS serves it from its global delivery network.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param uri the URL
 */
public record PlaybackUrl(URI uri) {
    /** Checks that the URL is an absolute https URL. */
    public PlaybackUrl {
        Check.notNull("playbackUrl", uri);
        if (!"https".equals(uri.getScheme())) {
            throw IvsValidationException.invalid("playbackUrl", "\"" + uri + "\" is not an https URL");
        }
    }

    /** {@return the URL text} */
    @Override
    public String toString() {
        return uri.toString();
    }
}
