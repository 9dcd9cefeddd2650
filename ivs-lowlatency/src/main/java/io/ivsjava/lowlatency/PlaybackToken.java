package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed playback token for a private channel: the JWT a viewer's player appends to the playback URL
 * ({@link PlaybackUrl#withToken(PlaybackToken)}). It is a secret until it expires; {@link #toString()} never shows
 * it.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the channel it plays
 * @param token the JWT
 * @param expiresAt when it stops starting playback
 * @param viewerId the viewer it names, if any
 * @param singleUseId the id that makes it single-use ({@code aws:single-use-uuid}), if it is
 */
public record PlaybackToken(ChannelArn channel, String token, Instant expiresAt, Optional<String> viewerId,
                            Optional<UUID> singleUseId) {
    /** Checks that no component is null. */
    public PlaybackToken {
        Check.notNull("channel", channel);
        Check.notNull("token", token);
        Check.notNull("expiresAt", expiresAt);
        Check.notNull("viewerId", viewerId);
        Check.notNull("singleUseId", singleUseId);
    }

    /** {@return the channel, viewer and expiry; the token itself is redacted} */
    @Override
    public String toString() {
        return "PlaybackToken[channel=" + channel + ", viewerId=" + viewerId.orElse("none") + ", expiresAt="
                + expiresAt + ", singleUse=" + singleUseId.isPresent() + ", token=<redacted>]";
    }
}
