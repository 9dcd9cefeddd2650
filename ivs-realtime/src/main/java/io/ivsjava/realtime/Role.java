package io.ivsjava.realtime;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Someone to admit to a stage, and with which capabilities: a {@link Host} publishes and subscribes, a
 * {@link Viewer} only subscribes, and a {@link CustomRole} carries any set, such as a publish-only camera. A role
 * carries the person's optional user id and attributes, which IVS shows to every participant of the stage; do not
 * put personal or secret data in them.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface Role permits Host, Viewer, CustomRole {
    /** The longest user id IVS accepts, in characters. */
    int MAX_USER_ID_LENGTH = 128;
    /** The most UTF-8 bytes that attribute keys and values may hold together ("1 KB total"). */
    int MAX_ATTRIBUTE_BYTES = 1024;

    /**
     * The application's id for this person, linking the participant to a user of the app.
     *
     * @return the user id, if any
     */
    Optional<String> userId();

    /**
     * Application data attached to the participant, such as a display name.
     *
     * @return the attributes; empty if none
     */
    Map<String, String> attributes();

    /**
     * What this role may do on the stage.
     *
     * @return PUBLISH and SUBSCRIBE for a host, SUBSCRIBE for a viewer, the chosen set for a custom role
     */
    Set<Capability> capabilities();
}
