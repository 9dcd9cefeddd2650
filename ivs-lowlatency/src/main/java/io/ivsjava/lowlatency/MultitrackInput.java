package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;

/**
 * Multitrack input: the broadcaster's encoder sends several renditions itself (as OBS does with "Enhanced
 * Broadcasting"), and IVS passes them on instead of transcoding. Only {@link ChannelType#STANDARD} channels take it,
 * with {@link ContainerFormat#FRAGMENTED_MP4}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param policy whether the channel also takes single-track input
 * @param maximumResolution the highest resolution accepted: {@link Resolution#SD}, {@link Resolution#HD} or
 *     {@link Resolution#FULL_HD}
 */
public record MultitrackInput(Policy policy, Resolution maximumResolution) {
    /** Checks that no component is null. */
    public MultitrackInput {
        Check.notNull("multitrackInput.policy", policy);
        Check.notNull("multitrackInput.maximumResolution", maximumResolution);
    }

    /**
     * Multitrack input allowed; single-track encoders can broadcast too.
     *
     * @param maximumResolution SD, HD or FULL_HD
     * @return the setting
     */
    public static MultitrackInput allowed(Resolution maximumResolution) {
        return new MultitrackInput(Policy.ALLOW, maximumResolution);
    }

    /**
     * Multitrack input required; single-track encoders are refused.
     *
     * @param maximumResolution SD, HD or FULL_HD
     * @return the setting
     */
    public static MultitrackInput required(Resolution maximumResolution) {
        return new MultitrackInput(Policy.REQUIRE, maximumResolution);
    }

    /**
     * Whether multitrack input is optional or mandatory.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Policy {
        /** Multitrack and single-track input both work. */
        ALLOW,
        /** Only multitrack input works. */
        REQUIRE,
        /** A policy IVS added after this version of ivs-java; not accepted as input. */
        UNKNOWN
    }
}
