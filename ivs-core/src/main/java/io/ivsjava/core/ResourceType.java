package io.ivsjava.core;

import java.util.Optional;

/**
 * The kinds of IVS resource, as they appear in an ARN ({@code arn:aws:ivs:<region>:<account>:<type>/<id>}).
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ResourceType {
    /** A real-time stage. */
    STAGE("stage"),
    /** A low-latency channel. */
    CHANNEL("channel"),
    /** A channel's stream key. */
    STREAM_KEY("stream-key"),
    /** A playback key pair for private channels. */
    PLAYBACK_KEY("playback-key"),
    /** A low-latency recording configuration. */
    RECORDING_CONFIGURATION("recording-configuration"),
    /** A playback restriction policy. */
    PLAYBACK_RESTRICTION_POLICY("playback-restriction-policy"),
    /** A public key imported for self-signed participant tokens. */
    PUBLIC_KEY("public-key"),
    /** A server-side composition of a stage. */
    COMPOSITION("composition"),
    /** An encoder configuration used by compositions. */
    ENCODER_CONFIGURATION("encoder-configuration"),
    /** A storage configuration (S3) used by compositions and participant recording. */
    STORAGE_CONFIGURATION("storage-configuration"),
    /** An RTMP(S) ingest configuration of a stage. */
    INGEST_CONFIGURATION("ingest-configuration"),
    /** A server-side ad insertion configuration. */
    AD_CONFIGURATION("ad-configuration");

    private final String arnName;

    ResourceType(String arnName) {
        this.arnName = arnName;
    }

    /**
     * The name of this type inside an ARN, such as {@code stream-key}.
     *
     * @return the ARN name
     */
    public String arnName() {
        return arnName;
    }

    /**
     * Looks a type up by its ARN name.
     *
     * @param arnName a name such as {@code stage}
     * @return the type, or empty if IVS has no such resource type
     */
    public static Optional<ResourceType> fromArnName(String arnName) {
        for (ResourceType type : values()) {
            if (type.arnName.equals(arnName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
