package io.ivsjava.live;

import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.chat.RoomSummary;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.ExactlyOnceCreates;
import io.ivsjava.live.internal.ExactlyOnceRooms;
import io.ivsjava.live.internal.Tags;
import io.ivsjava.live.internal.UserIds;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivschat.IvschatServiceClientConfiguration;

/**
 * The chat of {@link IvsLive}'s broadcasts: each broadcast gets an IVS Chat room, and each client a chat token by
 * role. Turned on with {@link IvsLive.Builder#chatRooms()}; {@link IvsLive#chat()} returns it.
 *
 * <pre>{@code
 * try (IvsLive live = IvsLive.builder().connection(connection).chatRooms().build()) {
 *     Broadcast show = live.provision("user-42", StreamingMode.HYBRID);   // stage, channel and a chat room
 *     LiveChat chat = live.chat();
 *     ChatAdmission owner = chat.admit(show, "user-42");     // moderates: sends, deletes, disconnects
 *     ChatAdmission bob = chat.admit(show, "bob");           // a signed-in viewer: sends
 *     ChatAdmission guest = chat.admitAnonymous(show);       // not signed in: reads
 *     chat.ban(show, "troll", "spam");                       // disconnected now, and no new token
 *     chat.sendEvent(show, ChatEvent.streamEnding(Duration.ofMinutes(1)));
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Who gets which chat token</caption>
 *   <tr><th>who</th><th>{@link #admit} gives</th><th>capabilities</th></tr>
 *   <tr><td>the broadcast's owner</td><td>{@link ChatRole#host(String)}</td><td>send, delete messages,
 *       disconnect users</td></tr>
 *   <tr><td>a signed-in viewer</td><td>{@link ChatRole#viewer(String)}</td><td>send</td></tr>
 *   <tr><td>an anonymous viewer ({@link #admitAnonymous})</td><td>{@link ChatRole#anonymous()}</td><td>none:
 *       reads</td></tr>
 *   <tr><td>a banned user</td><td>nothing: {@link BannedFromChatException}</td><td></td></tr>
 * </table>
 *
 * <p><b>Rooms.</b> {@link IvsLive#provision} and {@link IvsLive#goLive} give the user a room in every mode, made from
 * the builder's {@link RoomSpec} (message limits, review handler, logging) with ivs-live's tags and name, found
 * again by tag like the stage and channel ({@link Broadcast#chatRoom()}); {@link IvsLive#teardown} deletes it and
 * lifts the owner's bans. A {@link Janitor} that removes a user's last stage and channel removes their rooms too.
 *
 * <p><b>Bans.</b> IVS Chat keeps no list of who may join a room; a ban here is a {@link ChatBan} in a
 * {@link ChatBanStore} (in memory unless the builder is given one), checked before every token, plus a
 * {@code DisconnectUser} that closes the user's open connections at once. A ban, its lifting and a teardown of the
 * owner's resources are serialized per owner, as {@link IvsLive}'s other operations on a user are; an admission
 * racing a ban checks the store again once its token is made, and hands out nothing if the ban came first. A
 * client that was admitted just before a ban and connects just after it is not refused by IVS Chat (the token is
 * valid): ban again to disconnect it. A banned user can still read as an anonymous viewer, as anyone can: chat
 * tokens of anonymous viewers name nobody.
 *
 * <p>Every input is checked before any call, with an {@link IvsValidationException} naming the field; failures of
 * IVS Chat are {@link io.ivsjava.core.IvsException}s. Every token costs one {@code CreateChatToken} call: IVS Chat
 * tokens cannot be signed locally. Rooms are created exactly once, as stages and channels are: each
 * {@code CreateRoom} carries the tag {@value IvsLive#TAG_IDEMPOTENCY_TOKEN} and is retried, by the chat client's
 * retry strategy, only after a search for a room carrying its token.
 *
 * <p>Thread-safe: share it (it is one per {@link IvsLive}). {@link ChatBanStore} implementations must be thread-safe
 * too.
 */
public final class LiveChat {
    /** The longest reason a ban or disconnect gives, in characters (IVS Chat's limit). */
    public static final int MAX_REASON_LENGTH = 256;

    private static final Logger LOG = LoggerFactory.getLogger(LiveChat.class);

    private final IvsChat chat;
    private final boolean ownsChat;
    private final Clock clock;
    private final String namespace;
    private final RoomSpec template;
    private final Duration sessionDuration;
    private final URI messagingEndpoint;
    private final ChatBanStore bans;
    private final UserLocking locking;
    private final ExactlyOnceRooms rooms;
    /** The room this instance last provisioned per user, to skip the scan by tag while it still exists. */
    private final Map<String, RoomArn> hints = new ConcurrentHashMap<>();

    /** Runs an action under the lock of one user's resources: {@link IvsLive}'s, so that bans and teardowns meet. */
    interface UserLocking {
        <T> T locked(String userId, Supplier<T> action);
    }

    LiveChat(IvsChat chat, boolean ownsChat, Clock clock, String namespace, RoomSpec template, Duration sessionDuration,
             URI messagingEndpoint, ChatBanStore bans, UserLocking locking) {
        this.chat = chat;
        this.ownsChat = ownsChat;
        this.clock = clock;
        this.namespace = namespace;
        this.template = template;
        this.sessionDuration = sessionDuration;
        this.messagingEndpoint = messagingEndpoint;
        this.bans = bans;
        this.locking = locking;
        this.rooms = new ExactlyOnceRooms(chat);
    }

    // ---- admission ----------------------------------------------------------------------------------------------

    /**
     * Admits a signed-in user to the broadcast's chat: the owner as its host, who moderates (sends, deletes anyone's
     * message, disconnects anyone), anyone else as a viewer who sends. One {@code CreateChatToken} call.
     *
     * @param broadcast a broadcast with a chat room
     * @param userId the user: the owner or a viewer; the sender of their messages
     * @return the token and where to connect with it
     * @throws IvsValidationException before any call, if the broadcast has no room or the user id is not one
     * @throws BannedFromChatException before any call, if the user is banned from the owner's chat
     * @throws IvsNotFoundException if the room no longer exists (provision the broadcast again)
     */
    public ChatAdmission admit(Broadcast broadcast, String userId) {
        return admit(broadcast, userId, Map.of());
    }

    /**
     * Admits a signed-in user, with attributes that travel with each of their messages (a display name, an avatar);
     * see {@link #admit(Broadcast, String)}.
     *
     * @param broadcast a broadcast with a chat room
     * @param userId the user
     * @param attributes shown with the user's messages to everyone in the room: at most 1 KB of keys and values; no
     *     secrets
     * @return the token and where to connect with it
     * @throws IvsValidationException before any call, if the broadcast has no room or an input is out of bounds
     * @throws BannedFromChatException before any call, if the user is banned from the owner's chat
     */
    public ChatAdmission admit(Broadcast broadcast, String userId, Map<String, String> attributes) {
        RoomArn room = roomOf(broadcast);
        UserIds.check("userId", userId);
        Check.notNull("attributes", attributes);
        boolean owner = userId.equals(broadcast.userId());
        ChatRole role = owner ? ChatRole.host(userId, attributes) : ChatRole.viewer(userId, attributes);
        if (!owner) {
            refuseIfBanned(broadcast.userId(), userId);
        }
        ChatAdmission admission = new ChatAdmission(chat.createChatToken(room, role, sessionDuration),
                messagingEndpoint);
        if (!owner) {
            // a ban stored while the token was being made wins: the token is never handed out
            refuseIfBanned(broadcast.userId(), userId);
        }
        return admission;
    }

    private void refuseIfBanned(String hostUserId, String userId) {
        Optional<ChatBan> ban = bans.find(hostUserId, userId);
        if (ban.isPresent()) {
            LOG.info("Refused a chat token to {}: banned from {}'s chat", userId, hostUserId);
            throw new BannedFromChatException(ban.get());
        }
    }

    /**
     * Admits a viewer who is not signed in: a read-only token with a random user id ({@link ChatRole#anonymous()}).
     * One {@code CreateChatToken} call.
     *
     * @param broadcast a broadcast with a chat room
     * @return the token and where to connect with it
     * @throws IvsValidationException before any call, if the broadcast has no room
     */
    public ChatAdmission admitAnonymous(Broadcast broadcast) {
        RoomArn room = roomOf(broadcast);
        return new ChatAdmission(chat.createChatToken(room, ChatRole.anonymous(), sessionDuration), messagingEndpoint);
    }

    // ---- moderation ---------------------------------------------------------------------------------------------

    /**
     * Bans a user from the broadcast owner's chat: stores a {@link ChatBan} (so {@link #admit} refuses them), then
     * disconnects every client of theirs connected to the room now, telling them the reason. Banning a banned user
     * disconnects them again and returns the stored ban. Serialized with the owner's other operations (a teardown
     * lifts every ban of the room: it never leaves one behind).
     *
     * @param broadcast a broadcast with a chat room
     * @param userId the user to ban; not the owner
     * @param reason what their clients are told: at most {@value #MAX_REASON_LENGTH} characters; may be empty
     * @return the stored ban
     * @throws IvsValidationException before any call, if the broadcast has no room, the user is its owner or an
     *     input is out of bounds
     */
    public ChatBan ban(Broadcast broadcast, String userId, String reason) {
        RoomArn room = roomOf(broadcast);
        UserIds.check("userId", userId);
        Check.length("reason", reason, 0, MAX_REASON_LENGTH);
        if (userId.equals(broadcast.userId())) {
            throw IvsValidationException.invalid("userId", "\"" + userId + "\" owns the broadcast and its chat; "
                    + "a user cannot be banned from their own room");
        }
        return locking.locked(broadcast.userId(), () -> {
            ChatBan ban = bans.find(broadcast.userId(), userId).orElseGet(() -> {
                ChatBan made = new ChatBan(broadcast.userId(), userId, reason, clock.instant());
                bans.save(made);
                return made;
            });
            // Stored first: a client reconnecting meanwhile gets no new token.
            try {
                if (reason.isEmpty()) {
                    chat.disconnectUser(room, userId);
                } else {
                    chat.disconnectUser(room, userId, reason);
                }
            } catch (IvsNotFoundException gone) {
                LOG.info("Chat room {} of {} is gone; the ban of {} is stored all the same", room,
                        broadcast.userId(), userId);
            }
            LOG.info("{} banned {} from their chat; their clients were disconnected", broadcast.userId(), userId);
            return ban;
        });
    }

    /**
     * Lifts a ban: the user is admitted again. Makes no call to IVS.
     *
     * @param broadcast the broadcast whose owner banned them
     * @param userId the banned user
     * @return true if a ban was stored and is now lifted
     */
    public boolean unban(Broadcast broadcast, String userId) {
        Check.notNull("broadcast", broadcast);
        UserIds.check("userId", userId);
        return locking.locked(broadcast.userId(), () -> {
            boolean lifted = bans.remove(broadcast.userId(), userId);
            if (lifted) {
                LOG.info("{} lifted the chat ban of {}", broadcast.userId(), userId);
            }
            return lifted;
        });
    }

    /**
     * The bans, as configured.
     *
     * @return the store
     */
    public ChatBanStore bans() {
        return bans;
    }

    /**
     * Sends an event to every client connected to the broadcast's room ({@code SendEvent}): a notice that the stream
     * ends, a poll, anything the application's clients understand.
     *
     * @param broadcast a broadcast with a chat room
     * @param event the event
     * @return the event's id, as clients receive it
     * @throws IvsValidationException before any call, if the broadcast has no room
     * @throws IvsNotFoundException if the room no longer exists
     * @throws io.ivsjava.core.IvsThrottlingException if the room gets too many requests
     */
    public String sendEvent(Broadcast broadcast, ChatEvent event) {
        RoomArn room = roomOf(broadcast);
        Check.notNull("event", event);
        String id = chat.sendEvent(room, event.name(), event.attributes());
        LOG.debug("Sent chat event {} ({}) to {}'s room", id, event.name(), broadcast.userId());
        return id;
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    /**
     * Where chat clients connect: IVS Chat's messaging WebSocket for the region, or the endpoint the builder was
     * given ({@link IvsLive.Builder#chatMessagingEndpoint(URI)}).
     *
     * @return the messaging endpoint
     */
    public URI messagingEndpoint() {
        return messagingEndpoint;
    }

    /**
     * How long the chat sessions of the tokens handed out last.
     *
     * @return the session duration
     */
    public Duration sessionDuration() {
        return sessionDuration;
    }

    /**
     * The chat client underneath, for what this class does not do (deleting a message from the backend, logging
     * configurations).
     *
     * @return the client
     */
    public IvsChat client() {
        return chat;
    }

    /** {@return the messaging endpoint and session duration; never a token} */
    @Override
    public String toString() {
        return "LiveChat[messagingEndpoint=" + messagingEndpoint + ", sessionDuration=" + sessionDuration + ", bans="
                + bans + "]";
    }

    private static RoomArn roomOf(Broadcast broadcast) {
        Check.notNull("broadcast", broadcast);
        return broadcast.chatRoom().orElseThrow(() -> IvsValidationException.invalid("broadcast.chatRoom",
                "is missing; " + broadcast.userId() + "'s broadcast was provisioned without chat: provision it again "
                        + "with IvsLive.Builder.chatRooms on"));
    }

    /**
     * The messaging endpoint of IVS Chat in the chat client's region,
     * {@code wss://edge.ivschat.<region>.amazonaws.com}; it cannot be derived when the client has another endpoint
     * (an emulator, a proxy).
     */
    static URI defaultMessagingEndpoint(IvsChat chat) {
        IvschatServiceClientConfiguration config;
        try {
            config = chat.sdkClient().serviceClientConfiguration();
        } catch (UnsupportedOperationException notAvailable) {
            throw missingEndpoint("the chat client does not tell its region");
        }
        if (config.endpointOverride().isPresent()) {
            throw missingEndpoint("the chat client connects to " + config.endpointOverride().get()
                    + " rather than to IVS Chat in a region (an emulator's is its chatMessagingEndpoint())");
        }
        if (config.region() == null) {
            throw missingEndpoint("the chat client has no region");
        }
        return URI.create("wss://edge.ivschat." + config.region().id() + ".amazonaws.com");
    }

    private static IvsValidationException missingEndpoint(String why) {
        return IvsValidationException.invalid("chatMessagingEndpoint", "is missing, and " + why + "; give "
                + "IvsLive.Builder.chatMessagingEndpoint the WebSocket URL chat clients connect to");
    }

    // ---- the rooms, for IvsLive and the Janitor -----------------------------------------------------------------

    /**
     * The room to create for a user from a template: its limits, review handler, logging and tags, with ivs-live's
     * name and tags, the create's idempotency token among them.
     *
     * @throws IvsValidationException if the template's tags leave no room for ivs-live's
     */
    static RoomSpec roomSpec(RoomSpec template, String namespace, String userId, Instant created, String token) {
        RoomSpec.Builder spec = RoomSpec.builder()
                .name(UserIds.resourceName(namespace, userId))
                .maximumMessageRatePerSecond(template.maximumMessageRatePerSecond())
                .maximumMessageLength(template.maximumMessageLength())
                .tags(template.tags())
                .tags(ExactlyOnceCreates.withToken(Tags.forUser(namespace, userId, created), token));
        template.messageReviewHandler().ifPresent(spec::messageReviewHandler);
        template.loggingConfigurations().forEach(spec::loggingConfiguration);
        try {
            return spec.build();
        } catch (IvsValidationException e) {
            throw IvsValidationException.invalid("chatRooms." + e.field().orElse("tags"), "leaves no room for "
                    + "ivs-live's own tags and name: " + e.getMessage());
        }
    }

    /**
     * The user's room, found by hint or tag, or created exactly once ({@link ExactlyOnceRooms}); a room created here
     * is deleted again by {@code undo}, and when the create's outcome stays unknown, {@code undo} looks for it by its
     * token.
     */
    RoomArn ensureRoom(String userId, List<Runnable> undo) {
        Optional<RoomArn> found = findRoom(userId);
        if (found.isPresent()) {
            hints.put(userId, found.get());
            return found.get();
        }
        String token = ExactlyOnceCreates.newToken();
        RoomSpec spec = roomSpec(template, namespace, userId, clock.instant(), token);
        RoomArn created;
        try {
            created = rooms.room(spec, token);
        } catch (IvsException e) {
            if (e.isRetryable()) {
                undo.add(() -> rooms.findRoom(spec.name(), token).ifPresent(this::deleteRoom));
            }
            throw e;
        }
        LOG.info("Created chat room {} for user {}", created, userId);
        undo.add(() -> deleteRoom(created));
        hints.put(userId, created);
        return created;
    }

    private Optional<RoomArn> findRoom(String userId) {
        RoomArn hinted = hints.get(userId);
        if (hinted != null) {
            try {
                if (Tags.ofUser(chat.getRoom(hinted).tags(), namespace, userId)) {
                    return Optional.of(hinted);
                }
            } catch (IvsNotFoundException gone) {
                // deleted elsewhere: scan
            }
        }
        List<RoomArn> all = taggedRooms(userId);
        if (all.size() > 1) {
            LOG.warn("User {} has {} chat rooms tagged for them; using {}", userId, all.size(), all.get(0));
        }
        for (RoomArn arn : all) {
            try {
                chat.getRoom(arn);
                return Optional.of(arn);
            } catch (IvsNotFoundException gone) {
                // deleted since the list: try the next
            }
        }
        return Optional.empty();
    }

    private List<RoomArn> taggedRooms(String userId) {
        return chat.listRooms()
                .filter(r -> Tags.ofUser(r.tags(), namespace, userId))
                .map(RoomSummary::arn)
                .sorted(Comparator.comparing(RoomArn::value))
                .collect(Collectors.toList());
    }

    /** Deletes a room; false if it was gone already. */
    boolean deleteRoom(RoomArn room) {
        try {
            chat.deleteRoom(room);
            LOG.info("Deleted chat room {}", room);
            return true;
        } catch (IvsNotFoundException gone) {
            return false;
        }
    }

    /** Deletes every room of the user (stored and tagged) and lifts the bans from their chat. */
    List<RoomArn> tearDown(String userId, Optional<RoomArn> stored) {
        Set<RoomArn> rooms = new LinkedHashSet<>();
        stored.ifPresent(rooms::add);
        rooms.addAll(taggedRooms(userId));
        List<RoomArn> deleted = new ArrayList<>();
        for (RoomArn room : rooms) {
            if (deleteRoom(room)) {
                deleted.add(room);
            }
        }
        hints.remove(userId);
        int lifted = bans.removeAll(userId);
        if (lifted > 0) {
            LOG.info("Lifted {} chat bans of {}'s room", lifted, userId);
        }
        return deleted;
    }

    /**
     * The janitor's part: deletes the rooms of users who have no stage and no channel of the namespace left, once
     * the rooms are older than {@code minAge} (so that a provisioning under way elsewhere, which creates the room
     * last, is never caught between its creates). {@code keeps} says, under the user's lock, whether the user still
     * has resources or was handed them since.
     */
    List<RoomArn> sweep(Instant now, Duration minAge, Predicate<String> keeps, Set<String> users) {
        List<RoomSummary> ours = chat.listRooms()
                .filter(r -> Tags.ours(r.tags(), namespace))
                .collect(Collectors.toList());
        List<RoomArn> deleted = new ArrayList<>();
        for (RoomSummary room : ours) {
            Optional<String> user = Tags.user(room.tags());
            Optional<Instant> created = Tags.created(room.tags());
            if (user.isEmpty() || created.isEmpty() || created.get().plus(minAge).isAfter(now)) {
                continue;
            }
            // under the user's lock, as goLive takes it: a room being handed out again is never deleted
            locking.locked(user.get(), () -> {
                if (!keeps.test(user.get()) && deleteRoom(room.arn())) {
                    deleted.add(room.arn());
                    users.add(user.get());
                    hints.remove(user.get());
                    LOG.info("Janitor deleted chat room {} of {}, who has no stage or channel left", room.arn(),
                            user.get());
                }
                return null;
            });
        }
        return deleted;
    }

    /** Forgets what this instance kept about a user's room. */
    void forget(String userId) {
        hints.remove(userId);
    }

    /** Closes the chat client if this instance built it. */
    void close() {
        if (ownsChat) {
            chat.close();
        }
    }
}
