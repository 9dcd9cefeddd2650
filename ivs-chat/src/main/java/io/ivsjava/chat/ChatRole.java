package io.ivsjava.chat;

import io.ivsjava.chat.internal.Limits;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Ids;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who a chat token is for, and what they may do in the room besides reading: the chat counterpart of
 * ivs-realtime's stage roles, with the same words. A {@link #host host} moderates (sends, deletes anyone's message,
 * disconnects anyone), a {@link #viewer viewer} sends, a {@link #readOnly read-only} or {@link #anonymous()
 * anonymous} viewer only reads, and {@link #of(Set, String) of} takes any set of capabilities.
 *
 * <pre>{@code
 * ChatRole.host("kit")                                        // the room's owner: moderates
 * ChatRole.viewer("bob", Map.of("displayName", "Bob"))        // a signed-in viewer: sends
 * ChatRole.anonymous()                                        // a viewer who is not signed in: reads
 * ChatRole.of(Set.of(ChatCapability.DELETE_MESSAGE), "mod-bot")
 * }</pre>
 *
 * <p>Why one record rather than ivs-realtime's {@code Host}, {@code Viewer} and {@code CustomRole} types: ivs-chat
 * does not depend on ivs-realtime, and reusing those simple names in this package would make the two modules
 * collide in any class that imports both (as a backend running a stage and its chat does). The factories keep
 * ivs-realtime's words, so {@code Host.of("kit")} on the stage is {@code ChatRole.host("kit")} in its chat. The
 * capabilities differ because chat is another service: a chat viewer sends messages, where a stage viewer only
 * watches; a viewer who is not signed in reads the chat without a voice.
 *
 * <p>IVS requires a user id on every chat token: it is the sender of the user's messages, and what
 * {@link IvsChat#disconnectUser} names. Attributes travel with every message the user sends and every other user
 * sees them; do not put personal or secret data in them.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param capabilities what the user may do besides reading; empty for a read-only user
 * @param userId the application's id for the user, 1 to {@value #MAX_USER_ID_LENGTH} characters
 * @param attributes shown with the user's messages (display name, avatar...), at most
 *     {@value #MAX_ATTRIBUTE_BYTES} bytes of keys and values in total
 */
public record ChatRole(Set<ChatCapability> capabilities, String userId, Map<String, String> attributes) {
    /** The longest user id IVS Chat accepts, in characters. */
    public static final int MAX_USER_ID_LENGTH = Limits.MAX_USER_ID_LENGTH;
    /** The most UTF-8 bytes that attribute keys and values may hold together ("1 KB total"). */
    public static final int MAX_ATTRIBUTE_BYTES = Limits.MAX_ATTRIBUTE_BYTES;
    /** How the user ids of {@link #anonymous()} viewers begin. */
    public static final String ANONYMOUS_PREFIX = "anonymous-";

    /**
     * Validates the capabilities, user id and attributes against the IVS Chat limits.
     *
     * @throws io.ivsjava.core.IvsValidationException naming {@code capabilities}, {@code userId} or
     *     {@code attributes}
     */
    public ChatRole {
        capabilities = Limits.capabilities("capabilities", capabilities);
        Limits.userId("userId", userId);
        attributes = Limits.attributes("attributes", attributes);
    }

    /**
     * The room's host, who moderates: sends messages, deletes anyone's, disconnects anyone (capabilities
     * SEND_MESSAGE, DELETE_MESSAGE and DISCONNECT_USER).
     *
     * @param userId the user id
     * @return the role
     */
    public static ChatRole host(String userId) {
        return host(userId, Map.of());
    }

    /**
     * The room's host, with attributes shown with their messages.
     *
     * @param userId the user id
     * @param attributes such as a display name
     * @return the role
     */
    public static ChatRole host(String userId, Map<String, String> attributes) {
        return new ChatRole(EnumSet.of(ChatCapability.SEND_MESSAGE, ChatCapability.DELETE_MESSAGE,
                ChatCapability.DISCONNECT_USER), userId, attributes);
    }

    /**
     * A viewer who chats: sends messages (capability SEND_MESSAGE).
     *
     * @param userId the user id
     * @return the role
     */
    public static ChatRole viewer(String userId) {
        return viewer(userId, Map.of());
    }

    /**
     * A viewer who chats, with attributes shown with their messages.
     *
     * @param userId the user id
     * @param attributes such as a display name
     * @return the role
     */
    public static ChatRole viewer(String userId, Map<String, String> attributes) {
        return new ChatRole(EnumSet.of(ChatCapability.SEND_MESSAGE), userId, attributes);
    }

    /**
     * A viewer who reads the chat without sending (no capability).
     *
     * @param userId the user id
     * @return the role
     */
    public static ChatRole readOnly(String userId) {
        return new ChatRole(Set.of(), userId, Map.of());
    }

    /**
     * A viewer who is not signed in: reads the chat without sending. IVS needs a user id all the same, so this one
     * gets a random one, {@value #ANONYMOUS_PREFIX} followed by 16 letters and digits, new on every call.
     *
     * @return the role
     */
    public static ChatRole anonymous() {
        return readOnly(ANONYMOUS_PREFIX + Ids.random(16));
    }

    /**
     * A role with any set of capabilities, such as a bot that only deletes messages.
     *
     * @param capabilities what the user may do besides reading; may be empty
     * @param userId the user id
     * @return the role
     */
    public static ChatRole of(Set<ChatCapability> capabilities, String userId) {
        return new ChatRole(capabilities, userId, Map.of());
    }

    /**
     * A role with any set of capabilities and attributes.
     *
     * @param capabilities what the user may do besides reading; may be empty
     * @param userId the user id
     * @param attributes shown with the user's messages
     * @return the role
     */
    public static ChatRole of(Set<ChatCapability> capabilities, String userId, Map<String, String> attributes) {
        return new ChatRole(capabilities, userId, attributes);
    }

    /**
     * This role with other attributes.
     *
     * @param attributes the new attributes, replacing these
     * @return a new role
     */
    public ChatRole withAttributes(Map<String, String> attributes) {
        return new ChatRole(capabilities, userId, Check.notNull("attributes", attributes));
    }

    /**
     * Whether the user may send messages.
     *
     * @return true with SEND_MESSAGE
     */
    public boolean canSend() {
        return capabilities.contains(ChatCapability.SEND_MESSAGE);
    }

    /**
     * Whether the user moderates the room: may delete messages and disconnect users, as a {@link #host host} does.
     *
     * @return true with both DELETE_MESSAGE and DISCONNECT_USER
     */
    public boolean moderates() {
        return capabilities.contains(ChatCapability.DELETE_MESSAGE)
                && capabilities.contains(ChatCapability.DISCONNECT_USER);
    }
}
