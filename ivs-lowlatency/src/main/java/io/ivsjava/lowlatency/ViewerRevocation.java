package io.ivsjava.lowlatency;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;

/**
 * Which viewer sessions of a private channel to end: those of one viewer id (as signed into their playback tokens
 * with {@link PlaybackTokenSpec.Builder#viewerId(String)}), up to a session version.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param channel the private channel
 * @param viewerId the viewer id, 1 to 40 characters
 * @param upToVersion the highest session version to end (0 or more); sessions of later versions go on
 */
public record ViewerRevocation(ChannelArn channel, String viewerId, int upToVersion) {
    /**
     * Checks the fields against the IVS limits.
     *
     * @throws IvsValidationException naming the first field out of bounds
     */
    public ViewerRevocation {
        Check.notNull("channel", channel);
        Check.length("viewerId", viewerId, 1, PlaybackTokenSpec.MAX_VIEWER_ID_LENGTH);
        if (upToVersion < 0) {
            throw IvsValidationException.invalid("upToVersion", upToVersion + " is negative; allowed 0.."
                    + Integer.MAX_VALUE);
        }
    }

    /**
     * Every session of the viewer, whatever its version.
     *
     * @param channel the private channel
     * @param viewerId the viewer id
     * @return the revocation
     */
    public static ViewerRevocation allSessions(ChannelArn channel, String viewerId) {
        return new ViewerRevocation(channel, viewerId, Integer.MAX_VALUE);
    }

    /**
     * The viewer's sessions up to a version; later ones go on (say, the session you just granted again).
     *
     * @param channel the private channel
     * @param viewerId the viewer id
     * @param version the highest version to end
     * @return the revocation
     */
    public static ViewerRevocation upToVersion(ChannelArn channel, String viewerId, int version) {
        return new ViewerRevocation(channel, viewerId, version);
    }
}
