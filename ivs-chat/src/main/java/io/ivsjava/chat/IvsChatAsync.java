package io.ivsjava.chat;

import io.ivsjava.chat.internal.Call;
import io.ivsjava.chat.internal.Calls;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.PagePublisher;
import io.ivsjava.core.internal.SdkClients;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;

/**
 * The non-blocking twin of {@link IvsChat}: the same operations, with the same checks and results, over the SDK's
 * asynchronous client. Each operation returns a {@link CompletableFuture}; each list is a {@link Flow.Publisher}
 * that fetches a page only when its subscriber has asked for more items than it holds.
 *
 * <pre>{@code
 * try (IvsChatAsync chat = IvsChatAsync.connect(IvsConnection.defaults())) {
 *     chat.createChatToken(roomArn, ChatRole.viewer("bob"))
 *             .thenAccept(token -> send(token.token()));
 * }
 * }</pre>
 *
 * <p>Methods never throw: every failure, including input rejected before any call, completes the future
 * exceptionally (or signals the publisher's {@code onError}) with the {@link IvsException} that the matching
 * {@link IvsChat} method documents. Callbacks attached to the returned future receive that exception itself;
 * {@code join()} wraps it in a {@link java.util.concurrent.CompletionException}, as it does any failure.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvschatAsyncClient)} stays the caller's to close. The SDK's default asynchronous HTTP
 * client (Netty) is what {@link #connect(IvsConnection)} uses.
 */
public final class IvsChatAsync implements AutoCloseable {
    private final IvschatAsyncClient client;
    private final boolean ownsClient;
    private final Calls calls;

    private IvsChatAsync(IvschatAsyncClient client, boolean ownsClient, Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.calls = new Calls(clock);
    }

    /**
     * Wraps an asynchronous SDK client the caller configured. {@link #close()} will not close it.
     *
     * @param client the client
     * @return the wrapper, reading the system clock
     */
    public static IvsChatAsync create(IvschatAsyncClient client) {
        return create(client, Clock.systemUTC());
    }

    /**
     * Wraps an asynchronous SDK client the caller configured, with a clock for the times IVS leaves out of a
     * response.
     *
     * @param client the client
     * @param clock the clock
     * @return the wrapper
     */
    public static IvsChatAsync create(IvschatAsyncClient client, Clock clock) {
        return new IvsChatAsync(Check.notNull("client", client), false, Check.notNull("clock", clock));
    }

    /**
     * Connects with its own asynchronous SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance, reading the system clock; close it when done
     */
    public static IvsChatAsync connect(IvsConnection connection) {
        return connect(connection, Clock.systemUTC());
    }

    /**
     * Connects with its own asynchronous SDK client and the given clock.
     *
     * @param connection the endpoint, region and credentials
     * @param clock the clock for the times IVS leaves out of a response
     * @return the instance; close it when done
     */
    public static IvsChatAsync connect(IvsConnection connection, Clock clock) {
        Check.notNull("connection", connection);
        Check.notNull("clock", clock);
        return new IvsChatAsync(SdkClients.build(connection, IvschatAsyncClient.builder()), true, clock);
    }

    private <T> CompletableFuture<T> async(Supplier<Call<T>> call) {
        Call<T> checked;
        try {
            checked = call.get();
        } catch (IvsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return checked.runAsync(client);
    }

    private <T> Flow.Publisher<T> publisher(Supplier<Calls.Paged<T>> list) {
        Calls.Paged<T> checked;
        try {
            checked = list.get();
        } catch (IvsException e) {
            return PagePublisher.failed(e);
        }
        return new PagePublisher<>(token -> checked.page(token).runAsync(client));
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    /**
     * Creates a room.
     *
     * @param spec the room's name, message limits, review handler, logging and tags
     * @return the room
     */
    public CompletableFuture<Room> createRoom(RoomSpec spec) {
        return async(() -> calls.createRoom(spec));
    }

    /**
     * Reads a room.
     *
     * @param arn the room's ARN
     * @return the room
     */
    public CompletableFuture<Room> getRoom(RoomArn arn) {
        return async(() -> calls.getRoom(arn));
    }

    /**
     * Every room of the account in this region, published page by page as requested.
     *
     * @return the rooms, fetched as the subscriber requests them
     */
    public Flow.Publisher<RoomSummary> listRooms() {
        return listRooms(RoomFilter.ALL);
    }

    /**
     * The rooms that match a filter, published page by page as requested.
     *
     * @param filter by name, logging configuration or message review handler
     * @return the rooms, fetched as the subscriber requests them
     */
    public Flow.Publisher<RoomSummary> listRooms(RoomFilter filter) {
        return publisher(() -> calls.listRooms(filter));
    }

    /**
     * Changes a room.
     *
     * @param arn the room's ARN
     * @param update what to change
     * @return the room as it is now
     */
    public CompletableFuture<Room> updateRoom(RoomArn arn, RoomUpdate update) {
        return async(() -> calls.updateRoom(arn, update));
    }

    /**
     * Deletes a room.
     *
     * @param arn the room's ARN
     * @return done when the room is deleted
     */
    public CompletableFuture<Void> deleteRoom(RoomArn arn) {
        return async(() -> calls.deleteRoom(arn));
    }

    // ---- chat tokens --------------------------------------------------------------------------------------------

    /**
     * Asks IVS for a chat token whose session lasts {@link ChatToken#DEFAULT_SESSION_DURATION}.
     *
     * @param room the room's ARN
     * @param role who, and with which capabilities
     * @return the new token
     */
    public CompletableFuture<ChatToken> createChatToken(RoomArn room, ChatRole role) {
        return createChatToken(room, role, ChatToken.DEFAULT_SESSION_DURATION);
    }

    /**
     * Asks IVS for a chat token.
     *
     * @param room the room's ARN
     * @param role who, and with which capabilities
     * @param sessionDuration how long the connection lasts: 1 to 180 whole minutes
     * @return the new token
     */
    public CompletableFuture<ChatToken> createChatToken(RoomArn room, ChatRole role, Duration sessionDuration) {
        return async(() -> calls.createChatToken(room, role, sessionDuration));
    }

    // ---- messaging from the backend -----------------------------------------------------------------------------

    /**
     * Sends an event to every client connected to the room.
     *
     * @param room the room's ARN
     * @param eventName 1 to 100 characters
     * @return the event's id
     */
    public CompletableFuture<String> sendEvent(RoomArn room, String eventName) {
        return sendEvent(room, eventName, Map.of());
    }

    /**
     * Sends an event with attributes to every client connected to the room.
     *
     * @param room the room's ARN
     * @param eventName 1 to 100 characters
     * @param attributes at most 1 KB of keys and values (UTF-8)
     * @return the event's id
     */
    public CompletableFuture<String> sendEvent(RoomArn room, String eventName, Map<String, String> attributes) {
        return async(() -> calls.sendEvent(room, eventName, attributes));
    }

    /**
     * Deletes a message.
     *
     * @param room the room's ARN
     * @param messageId the message's id: 12 letters or digits
     * @return the id of the deletion
     */
    public CompletableFuture<String> deleteMessage(RoomArn room, String messageId) {
        return async(() -> calls.deleteMessage(room, messageId, Optional.empty()));
    }

    /**
     * Deletes a message, saying why.
     *
     * @param room the room's ARN
     * @param messageId the message's id: 12 letters or digits
     * @param reason 1 to 256 characters
     * @return the id of the deletion
     */
    public CompletableFuture<String> deleteMessage(RoomArn room, String messageId, String reason) {
        return async(() -> calls.deleteMessage(room, messageId, Optional.of(Check.notNull("reason", reason))));
    }

    /**
     * Disconnects every client of a user from the room.
     *
     * @param room the room's ARN
     * @param userId 1 to 128 characters
     * @return done when IVS has taken the request
     */
    public CompletableFuture<Void> disconnectUser(RoomArn room, String userId) {
        return async(() -> calls.disconnectUser(room, userId, Optional.empty()));
    }

    /**
     * Disconnects every client of a user from the room, saying why.
     *
     * @param room the room's ARN
     * @param userId 1 to 128 characters
     * @param reason 1 to 256 characters
     * @return done when IVS has taken the request
     */
    public CompletableFuture<Void> disconnectUser(RoomArn room, String userId, String reason) {
        return async(() -> calls.disconnectUser(room, userId, Optional.of(Check.notNull("reason", reason))));
    }

    // ---- logging configurations -------------------------------------------------------------------------------

    /**
     * Creates a logging configuration.
     *
     * @param name at most 128 letters, digits, {@code -} and {@code _}; may be empty
     * @param destination where the rooms' messages and events go
     * @return the configuration
     */
    public CompletableFuture<LoggingConfiguration> createLoggingConfiguration(String name,
                                                                              LoggingDestination destination) {
        return createLoggingConfiguration(name, destination, Map.of());
    }

    /**
     * Creates a logging configuration with tags.
     *
     * @param name at most 128 letters, digits, {@code -} and {@code _}; may be empty
     * @param destination where the rooms' messages and events go
     * @param tags AWS tags, at most 50
     * @return the configuration
     */
    public CompletableFuture<LoggingConfiguration> createLoggingConfiguration(String name,
                                                                              LoggingDestination destination,
                                                                              Map<String, String> tags) {
        return async(() -> calls.createLoggingConfiguration(name, destination, tags));
    }

    /**
     * Reads a logging configuration.
     *
     * @param arn its ARN
     * @return the configuration
     */
    public CompletableFuture<LoggingConfiguration> getLoggingConfiguration(LoggingConfigurationArn arn) {
        return async(() -> calls.getLoggingConfiguration(arn));
    }

    /**
     * Every logging configuration of the account in this region, published page by page as requested.
     *
     * @return the configurations, fetched as the subscriber requests them
     */
    public Flow.Publisher<LoggingConfiguration> listLoggingConfigurations() {
        return publisher(calls::listLoggingConfigurations);
    }

    /**
     * Renames a logging configuration or changes its destination.
     *
     * @param arn its ARN
     * @param update what to change
     * @return the configuration as it is now
     */
    public CompletableFuture<LoggingConfiguration> updateLoggingConfiguration(LoggingConfigurationArn arn,
                                                                              LoggingConfigurationUpdate update) {
        return async(() -> calls.updateLoggingConfiguration(arn, update));
    }

    /**
     * Deletes a logging configuration.
     *
     * @param arn its ARN
     * @return done when it is deleted
     */
    public CompletableFuture<Void> deleteLoggingConfiguration(LoggingConfigurationArn arn) {
        return async(() -> calls.deleteLoggingConfiguration(arn));
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    /**
     * Adds or replaces tags on a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @param tags at most 50
     * @return done when tagged
     */
    public CompletableFuture<Void> tagResource(ChatResourceArn arn, Map<String, String> tags) {
        return async(() -> calls.tagResource(arn, tags));
    }

    /**
     * Removes tags from a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @param keys 1 to 50 keys
     * @return done when untagged
     */
    public CompletableFuture<Void> untagResource(ChatResourceArn arn, Collection<String> keys) {
        return async(() -> calls.untagResource(arn, keys));
    }

    /**
     * The tags of a room or logging configuration.
     *
     * @param arn the resource's ARN
     * @return the tags
     */
    public CompletableFuture<Map<String, String>> listTagsForResource(ChatResourceArn arn) {
        return async(() -> calls.listTagsForResource(arn));
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    /**
     * The SDK client underneath. Its exceptions are the SDK's own.
     *
     * @return the client
     */
    public IvschatAsyncClient sdkClient() {
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
