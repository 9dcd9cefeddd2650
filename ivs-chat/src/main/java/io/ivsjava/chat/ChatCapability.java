package io.ivsjava.chat;

/**
 * What a chat token lets its user do in a room besides reading, which every token allows. A {@link ChatRole#host
 * host} has all three, a {@link ChatRole#viewer viewer} sends, a {@link ChatRole#readOnly read-only} viewer has none.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum ChatCapability {
    /** Send messages to the room. */
    SEND_MESSAGE,
    /** Delete anyone's message in the room. */
    DELETE_MESSAGE,
    /** Disconnect any user from the room. */
    DISCONNECT_USER,
    /**
     * A capability IVS reported that this version of the library does not know. Never sent to IVS: roles refuse
     * it.
     */
    UNKNOWN
}
