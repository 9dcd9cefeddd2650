package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A channel's HLS playback URL ({@code https://...m3u8}, or {@code http://127.0.0.1:<port>/...m3u8} from an
 * emulator): what a viewer's player loads. A private channel plays only
 * with a playback token appended: {@link #withToken(PlaybackToken)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param uri the URL
 */
public record PlaybackUrl(URI uri) {
    /** {@code .../<region>.<account>.channel.<channelId>.m3u8}, the shape of IVS playback URLs. */
    private static final Pattern CHANNEL_ID = Pattern.compile(".*\\.channel\\.([a-zA-Z0-9-]+)\\.m3u8");

    /**
     * Checks that the URL is an absolute https URL, or an http URL on this machine's loopback address (where the
     * IVS emulator serves playback when its media plane is on).
     */
    public PlaybackUrl {
        Check.notNull("playbackUrl", uri);
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback(uri.getHost()))) {
            throw IvsValidationException.invalid("playbackUrl", "\"" + uri + "\" is not an https URL");
        }
    }

    private static boolean loopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }

    /**
     * The id of the channel the URL plays, read from its path ({@code ...channel.<id>.m3u8}).
     *
     * @return the channel id, or empty if the URL does not have IVS's shape
     */
    public Optional<String> channelId() {
        Matcher m = CHANNEL_ID.matcher(Optional.ofNullable(uri.getRawPath()).orElse(""));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The URL that plays a private channel: this URL with {@code ?token=<jwt>} appended. It holds the token, a
     * secret until it expires: give it to that one viewer's player and never log it.
     *
     * @param token a playback token for this URL's channel
     * @return the authorized URL
     * @throws IvsValidationException naming {@code token} if it was signed for another channel
     */
    public URI withToken(PlaybackToken token) {
        Check.notNull("token", token);
        Optional<String> id = channelId();
        if (id.isPresent() && !id.get().equals(token.channel().id())) {
            throw IvsValidationException.invalid("token", "is for channel " + token.channel()
                    + ", but this URL plays channel " + id.get());
        }
        String text = uri.toString();
        return URI.create(text + (uri.getRawQuery() == null ? "?" : "&") + "token="
                + URLEncoder.encode(token.token(), StandardCharsets.UTF_8));
    }

    /** {@return the URL text} */
    @Override
    public String toString() {
        return uri.toString();
    }
}
