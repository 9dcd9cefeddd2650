package io.ivsjava.realtime.internal;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.ResourceArn;
import io.ivsjava.core.ResourceType;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.ParticipantRecording;
import io.ivsjava.realtime.Thumbnails;
import io.ivsjava.realtime.Video;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IVS Real-Time limits of the API models, checked before any call, each failure naming the field path and the
 * allowed range. Not part of the public API. Stateless; thread-safe.
 */
public final class Limits {
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-zA-Z0-9_-]*");
    private static final Pattern SESSION_ID = Pattern.compile("st-[a-zA-Z0-9]{13}");
    private static final Pattern PARTICIPANT_ID = Pattern.compile("[a-zA-Z0-9-]{1,64}");
    private static final Pattern TOKEN_PARTICIPANT_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9.-]{3,63}");
    private static final Set<ResourceType> TAGGABLE = EnumSet.of(ResourceType.STAGE, ResourceType.PUBLIC_KEY,
            ResourceType.COMPOSITION, ResourceType.ENCODER_CONFIGURATION, ResourceType.STORAGE_CONFIGURATION,
            ResourceType.INGEST_CONFIGURATION);

    private Limits() {
    }

    /**
     * Automatic participant recording settings.
     *
     * @param path the field path of the settings
     * @param recording the settings
     */
    public static void recording(String path, ParticipantRecording recording) {
        Check.notNull(path, recording);
        Check.known(path + ".mediaType", recording.mediaType());
        recording.thumbnails().ifPresent(t -> thumbnails(path + ".thumbnails", t));
        Check.seconds(path + ".reconnectWindow", recording.reconnectWindow(), 0, 300);
        recording.hlsSegmentDuration().ifPresent(d -> Check.seconds(path + ".hlsSegmentDuration", d, 2, 10));
    }

    /**
     * Thumbnail settings.
     *
     * @param path the field path
     * @param thumbnails the settings
     */
    public static void thumbnails(String path, Thumbnails thumbnails) {
        Check.notNull(path, thumbnails);
        Check.seconds(path + ".interval", thumbnails.interval(), 1, 86_400);
        for (Thumbnails.Storage s : thumbnails.storage()) {
            Check.known(path + ".storage", s);
        }
    }

    /**
     * Encoder video settings.
     *
     * @param path the field path
     * @param video the settings
     */
    public static void video(String path, Video video) {
        Check.notNull(path, video);
        even(path + ".width", Check.range(path + ".width", video.width(), 2, 1920));
        even(path + ".height", Check.range(path + ".height", video.height(), 2, 1920));
        long pixels = (long) video.width() * video.height();
        if (pixels > Video.MAX_PIXELS) {
            throw IvsValidationException.invalid(path, video.width() + "x" + video.height() + " is " + pixels
                    + " pixels; allowed at most " + Video.MAX_PIXELS + " (1920x1080 or 1080x1920)");
        }
        Check.range(path + ".framerate", video.framerate(), 1, 60);
        Check.range(path + ".bitrate", video.bitrate(), 1, Video.MAX_BITRATE);
    }

    private static void even(String field, int value) {
        if (value % 2 != 0) {
            throw IvsValidationException.invalid(field, value + " is odd; allowed even numbers of pixels");
        }
    }

    /**
     * A composition layout.
     *
     * @param path the field path of the layout
     * @param layout the layout
     */
    public static void layout(String path, Layout layout) {
        Check.notNull(path, layout);
        if (layout instanceof Layout.Grid) {
            Layout.Grid g = (Layout.Grid) layout;
            String p = path + ".grid.";
            attributeKey(p + "featuredParticipantAttribute", g.featuredParticipantAttribute());
            Check.known(p + "videoAspectRatio", g.videoAspectRatio());
            g.videoFillMode().ifPresent(f -> Check.known(p + "videoFillMode", f));
            Check.range(p + "gridGap", g.gridGap(), 0, Integer.MAX_VALUE);
            attributeKey(p + "participantOrderAttribute", g.participantOrderAttribute());
        } else {
            Layout.PictureInPicture pip = (Layout.PictureInPicture) layout;
            String p = path + ".pip.";
            attributeKey(p + "featuredParticipantAttribute", pip.featuredParticipantAttribute());
            Check.known(p + "videoFillMode", pip.videoFillMode());
            Check.range(p + "gridGap", pip.gridGap(), 0, Integer.MAX_VALUE);
            attributeKey(p + "pipParticipantAttribute", pip.pipParticipantAttribute());
            Check.known(p + "pipBehavior", pip.pipBehavior());
            Check.range(p + "pipOffset", pip.pipOffset(), 0, Integer.MAX_VALUE);
            Check.known(p + "pipPosition", pip.pipPosition());
            positive(p + "pipWidth", pip.pipWidth());
            positive(p + "pipHeight", pip.pipHeight());
            attributeKey(p + "participantOrderAttribute", pip.participantOrderAttribute());
        }
    }

    private static void positive(String field, OptionalInt value) {
        value.ifPresent(v -> Check.range(field, v, 1, Integer.MAX_VALUE));
    }

    private static void attributeKey(String field, Optional<String> key) {
        key.ifPresent(k -> {
            Check.length(field, k, 0, 128);
            Check.matches(field, k, ATTRIBUTE_KEY, "letters, digits, '-' and '_' (pattern [a-zA-Z0-9-_]*)");
        });
    }

    /**
     * A composition destination.
     *
     * @param path the field path, such as {@code destinations[0]}
     * @param destination the destination
     */
    public static void destination(String path, CompositionDestination destination) {
        Check.notNull(path, destination);
        destination.name().ifPresent(n -> Check.name(path + ".name", n));
        if (destination instanceof CompositionDestination.S3) {
            CompositionDestination.S3 s3 = (CompositionDestination.S3) destination;
            s3.hlsSegmentDuration().ifPresent(d -> Check.seconds(path + ".s3.hlsSegmentDuration", d, 2, 10));
            s3.thumbnails().ifPresent(t -> thumbnails(path + ".s3.thumbnails", t));
        }
    }

    /**
     * A stage session id: {@code st-} and 13 letters or digits.
     *
     * @param field the field name
     * @param sessionId the id
     * @return the id
     */
    public static String sessionId(String field, String sessionId) {
        return Check.matches(field, sessionId, SESSION_ID, "st- followed by 13 letters or digits (16 characters)");
    }

    /**
     * A participant id as IVS assigns them.
     *
     * @param field the field name
     * @param participantId the id
     * @return the id
     */
    public static String participantId(String field, String participantId) {
        return Check.matches(field, participantId, PARTICIPANT_ID, "1..64 letters, digits and '-'");
    }

    /**
     * A participant id as DisconnectParticipant takes it (a token's id).
     *
     * @param field the field name
     * @param participantId the id
     * @return the id
     */
    public static String tokenParticipantId(String field, String participantId) {
        return Check.matches(field, participantId, TOKEN_PARTICIPANT_ID, "1..64 letters, digits, '-' and '_'");
    }

    /**
     * An S3 bucket name.
     *
     * @param field the field name
     * @param bucket the name
     * @return the name
     */
    public static String bucketName(String field, String bucket) {
        return Check.matches(field, bucket, BUCKET, "3..63 lowercase letters, digits, '.' and '-'");
    }

    /**
     * An ARN the real-time service can tag.
     *
     * @param field the field name
     * @param arn the ARN
     * @return the ARN
     */
    public static ResourceArn taggable(String field, ResourceArn arn) {
        Check.notNull(field, arn);
        if (!TAGGABLE.contains(arn.arn().resourceType())) {
            String type = arn.arn().resourceType().arnName();
            throw IvsValidationException.invalid(field, arn.value() + " is " + ("aeiou".indexOf(type.charAt(0)) >= 0
                    ? "an " : "a ") + type + " ARN; the real-time service tags stages, public keys, compositions, "
                    + "and encoder, storage and ingest configurations");
        }
        return arn;
    }

    /**
     * Tags to add: at most 50, keys 1..128 characters, values 0..256.
     *
     * @param field the field name
     * @param tags the tags
     * @return the tags
     */
    public static Map<String, String> tags(String field, Map<String, String> tags) {
        return Check.tags(field, tags);
    }

    /**
     * Tag keys to remove: at most 50, each 1..128 characters.
     *
     * @param field the field name
     * @param keys the keys
     * @return the keys
     */
    public static Collection<String> tagKeys(String field, Collection<String> keys) {
        Check.notNull(field, keys);
        if (keys.size() > 50) {
            throw IvsValidationException.invalid(field, keys.size() + " keys is too many; allowed at most 50");
        }
        int i = 0;
        for (String key : keys) {
            Check.length(field + "[" + i++ + "]", key, 1, 128);
        }
        return keys;
    }
}
