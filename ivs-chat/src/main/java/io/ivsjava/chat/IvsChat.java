package io.ivsjava.chat;

import io.ivsjava.chat.internal.Call;
import io.ivsjava.chat.internal.Calls;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.core.internal.SdkClients;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Chat on IVS: rooms, the chat tokens with which hosts and viewers connect to them, events and moderation (deleting
 * a message, disconnecting a user) from the backend, and logging configurations that keep a room's messages. Every
 * operation of the IVS Chat API is here; {@link IvsChatAsync} offers the same without blocking. Clients send and
 * receive messages over IVS Chat's messaging WebSocket with the token, through the IVS Chat messaging SDKs.
 *
 * <pre>{@code
 * try (IvsChat chat = IvsChat.connect(IvsConnection.defaults())) {
 *     Room room = chat.createRoom(RoomSpec.builder().name("cat-42-chat").build());
 *     ChatToken host = chat.createChatToken(room.arn(), ChatRole.host("user-42"));
 *     ChatToken bob = chat.createChatToken(room.arn(), ChatRole.viewer("bob"), Duration.ofMinutes(30));
 *     chat.sendEvent(room.arn(), "stream-ending", Map.of("inSeconds", "60"));
 * }
 * }</pre>
 *
 * <p>Every input is checked against the IVS Chat limits before any network call; failures, local or remote, are
 * {@link IvsException}s (such as {@link io.ivsjava.core.IvsNotFoundException},
 * {@link io.ivsjava.core.IvsConflictException}, {@link io.ivsjava.core.IvsQuotaExceededException},
 * {@link io.ivsjava.core.IvsThrottlingException}), never the SDK's exceptions. Lists are lazy streams that fetch pages
 * as they are consumed. A {@code null} argument is rejected with an {@link IvsValidationException} naming it.
 *
 * <p>IVS Chat emits no EventBridge events of its own: a room's messages and events go to the destinations of its
 * {@link LoggingConfiguration}s.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvschatClient)} stays the caller's to close.
 */
public final class IvsChat implements AutoCloseable {
    private final IvschatClient client;
    private final boolean ownsClient;
    private final Calls calls;

    private IvsChat(IvschatClient client, boolean ownsClient, Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.calls = new Calls(clock);
    }

    /**
     * Wraps an SDK client the caller configured (region, credentials, HTTP client, retries). {@link #close()} will
     * not close it.
     *
     * @param client the client
     * @return the wrapper, reading the system clock
     */
    public static IvsChat create(IvschatClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an SDK client the caller configured, with a clock for the times IVS leaves out of a response.
     *
     * @param client the client
     * @param clock the clock
     * @return the wrapper
     */
    public static IvsChat create(IvschatClient client, Clock clock) {
        return new IvsChat(Check.notNull("client", client), false, Check.notNull("clock", clock));
    }

    /**
     * Connects with its own SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance, reading the system clock; close it when done
     */
    public static IvsChat connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own SDK client and the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock for the times IVS leaves out of a response
     * @return the instance; close it when done
     */
    public static IvsChat connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsChat(SdkClients.build(connection, IvschatClient.builder()), true, clock);
    }

    private <T> Stream<T> stream(Calls.Paged<T> paged) {
        return Pages.stream(token -> paged.page(token).run(client));
    }

    private <T> T run(Call<T> call) {
        return call.run(client);
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    /**
     * Creates a room.
     *
     * @param spec the room's name, message limits, review handler, logging and tags
     * @return the room
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of rooms
     * @throws io.ivsjava.core.IvsNotFoundException if a logging configuration does not exist
     */
    public Room createRoom(RoomSpec spec) {
        return run(calls.createRoom(spec));
    }

    /**
     * Reads a room.
     *
     * @param arn the room's ARN
     * @return the room
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public Room getRoom(RoomArn arn) {
        return run(calls.getRoom(arn));
    }

    /**
     * Every room of the account in this region, fetched page by page as the stream is consumed.
     *
     * @return the rooms; consume it once
     */
    public Stream<RoomSummary> listRooms() {
        return listRooms(RoomFilter.ALL);
    }

    /**
     * The rooms that match a filter, fetched page by page as the stream is consumed.
     *
     * @param filter by name, logging configuration or message review handler
     * @return the rooms; consume it once
     */
    public Stream<RoomSummary> listRooms(RoomFilter filter) {
        return stream(calls.listRooms(filter));
    }

    /**
     * Changes a room: its name, message limits, review handler or logging. Connected clients stay connected.
     *
     * @param arn the room's ARN
     * @param update what to change
     * @return the room as it is now
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public Room updateRoom(RoomArn arn, RoomUpdate update) {
        return run(calls.updateRoom(arn, update));
    }

    /**
     * Deletes a room. Its clients are disconnected and its tokens stop working.
     *
     * @param arn the room's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public void deleteRoom(RoomArn arn) {
        run(calls.deleteRoom(arn));
    }

    // ---- chat tokens --------------------------------------------------------------------------------------------

    /**
     * Asks IVS for a chat token whose session lasts {@link ChatToken#DEFAULT_SESSION_DURATION}; see
     * {@link #createChatToken(RoomArn, ChatRole, Duration)}.
     *
     * @param room the room's ARN
     * @param role who, as host, viewer, read-only viewer or any set of capabilities
     * @return the new token
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public ChatToken createChatToken(RoomArn room, ChatRole role) {
        return createChatToken(room, role, ChatToken.DEFAULT_SESSION_DURATION);
    }

    /**
     * Asks IVS for a chat token, with which one client connects to the room. Every call mints a new token; to reuse
     * one, keep it and check {@link ChatToken#expiresWithin(Duration)}. To refuse a banned user, do not create one:
     * IVS keeps no list of who may join.
     *
     * @param room the room's ARN
     * @param role who, as host, viewer, read-only viewer or any set of capabilities
     * @param sessionDuration how long the connection lasts: 1 to 180 whole minutes
     * @return the new token
     * @throws IvsValidationException before any call, if the session duration is out of range
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public ChatToken createChatToken(RoomArn room, ChatRole role, Duration sessionDuration) {
        return run(calls.createChatToken(room, role, sessionDuration));
    }

    // ---- messaging from the backend -----------------------------------------------------------------------------

    /**
     * Sends an event to every client connected to the room, such as a poll or a notice that the stream ends.
     *
     * @param room the room's ARN
     * @param eventName what the clients receive as the event's name: 1 to 100 characters
     * @return the event's id
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     * @throws io.ivsjava.core.IvsThrottlingException if the room gets too many requests
     */
    public String sendEvent(RoomArn room, String eventName) {
        return sendEvent(room, eventName, Map.of());
    }

    /**
     * Sends an event with attributes to every client connected to the room.
     *
     * @param room the room's ARN
     * @param eventName what the clients receive as the event's name: 1 to 100 characters
     * @param attributes what the clients receive with it: at most 1 KB of keys and values (UTF-8)
     * @return the event's id
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     * @throws io.ivsjava.core.IvsThrottlingException if the room gets too many requests
     */
    public String sendEvent(RoomArn room, String eventName, Map<String, String> attributes) {
        return run(calls.sendEvent(room, eventName, attributes));
    }

    /**
     * Deletes a message: connected clients are told to remove it.
     *
     * @param room the room's ARN
     * @param messageId the message's id, as clients received it: 12 letters or digits
     * @return the id of the deletion, as clients receive it
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public String deleteMessage(RoomArn room, String messageId) {
        return run(calls.deleteMessage(room, messageId, Optional.empty()));
    }

    /**
     * Deletes a message, saying why.
     *
     * @param room the room's ARN
     * @param messageId the message's id, as clients received it: 12 letters or digits
     * @param reason what clients are told: 1 to 256 characters
     * @return the id of the deletion, as clients receive it
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public String deleteMessage(RoomArn room, String messageId, String reason) {
        return run(calls.deleteMessage(room, messageId, Optional.of(Check.notNull("reason", reason))));
    }

    /**
     * Disconnects every client of a user from the room. The user can connect again with a token they still hold
     * or a new one: to ban, also stop creating tokens for them.
     *
     * @param room the room's ARN
     * @param userId the user id of their chat token: 1 to 128 characters
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public void disconnectUser(RoomArn room, String userId) {
        run(calls.disconnectUser(room, userId, Optional.empty()));
    }

    /**
     * Disconnects every client of a user from the room, saying why.
     *
     * @param room the room's ARN
     * @param userId the user id of their chat token: 1 to 128 characters
     * @param reason what the clients are told: 1 to 256 characters
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such room
     */
    public void disconnectUser(RoomArn room, String userId, String reason) {
        run(calls.disconnectUser(room, userId, Optional.of(Check.notNull("reason", reason))));
    }

    // ---- logging configurations -------------------------------------------------------------------------------

    /**
     * Creates a logging configuration, for rooms to name in {@link RoomSpec.Builder#loggingConfiguration}.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param destination where the rooms' messages and events go
     * @return the configuration
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of them
     */
    public LoggingConfiguration createLoggingConfiguration(String name, LoggingDestination destination) {
        return createLoggingConfiguration(name, destination, Map.of());
    }

    /**
     * Creates a logging configuration with tags.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
     * @param destination where the rooms' messages and events go
     * @param tags AWS tags, at most 50
     * @return the configuration
     * @throws io.ivsjava.core.IvsQuotaExceededException when the account has its maximum of them
     */
    public LoggingConfiguration createLoggingConfiguration(String name, LoggingDestination destination,
                                                           Map<String, String> tags) {
        return run(calls.createLoggingConfiguration(name, destination, tags));
    }

    /**
     * Reads a logging configuration.
     *
     * @param arn its ARN
     * @return the configuration
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     */
    public LoggingConfiguration getLoggingConfiguration(LoggingConfigurationArn arn) {
        return run(calls.getLoggingConfiguration(arn));
    }

    /**
     * Every logging configuration of the account in this region, fetched page by page.
     *
     * @return the configurations; consume it once
     */
    public Stream<LoggingConfiguration> listLoggingConfigurations() {
        return stream(calls.listLoggingConfigurations());
    }

    /**
     * Renames a logging configuration or changes its destination.
     *
     * @param arn its ARN
     * @param update what to change
     * @return the configuration as it is now
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     * @throws io.ivsjava.core.IvsConflictException if it is being changed already
     */
    public LoggingConfiguration updateLoggingConfiguration(LoggingConfigurationArn arn,
                                                           LoggingConfigurationUpdate update) {
        return run(calls.updateLoggingConfiguration(arn, update));
    }

    /**
     * Deletes a logging configuration.
     *
     * @param arn its ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such configuration
     * @throws io.ivsjava.core.IvsConflictException if it is being changed
     */
    public void deleteLoggingConfiguration(LoggingConfigurationArn arn) {
        run(calls.deleteLoggingConfiguration(arn));
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    /**
     * Adds or replaces tags on a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @param tags AWS tags, at most 50; keys 1 to 128 characters, values up to 256
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public void tagResource(ChatResourceArn arn, Map<String, String> tags) {
        run(calls.tagResource(arn, tags));
    }

    /**
     * Removes tags from a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @param keys the keys to remove: 1 to 50
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public void untagResource(ChatResourceArn arn, Collection<String> keys) {
        run(calls.untagResource(arn, keys));
    }

    /**
     * The tags of a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @return the tags
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such resource
     */
    public Map<String, String> listTagsForResource(ChatResourceArn arn) {
        return run(calls.listTagsForResource(arn));
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /**
     * The SDK client underneath, for SDK features this class does not expose (request overrides, metrics). Its
     * exceptions are the SDK's own.
     *
     * @return the client
     */
    public IvschatClient sdkClient() {
        return client;
    }

    /** Closes the SDK client if this instance built it; otherwise does nothing. Idempotent. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
