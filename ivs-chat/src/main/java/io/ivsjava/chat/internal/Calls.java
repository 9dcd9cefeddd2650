package io.ivsjava.chat.internal;

import io.ivsjava.chat.ChatCapability;
import io.ivsjava.chat.ChatResourceArn;
import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.ChatToken;
import io.ivsjava.chat.LoggingConfiguration;
import io.ivsjava.chat.LoggingConfigurationArn;
import io.ivsjava.chat.LoggingConfigurationUpdate;
import io.ivsjava.chat.LoggingDestination;
import io.ivsjava.chat.MessageReviewHandler;
import io.ivsjava.chat.Room;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomFilter;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.chat.RoomSummary;
import io.ivsjava.chat.RoomUpdate;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateChatTokenRequest;
import software.amazon.awssdk.services.ivschat.model.CreateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteMessageRequest;
import software.amazon.awssdk.services.ivschat.model.DeleteRoomRequest;
import software.amazon.awssdk.services.ivschat.model.DisconnectUserRequest;
import software.amazon.awssdk.services.ivschat.model.GetLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.GetRoomRequest;
import software.amazon.awssdk.services.ivschat.model.ListLoggingConfigurationsRequest;
import software.amazon.awssdk.services.ivschat.model.ListRoomsRequest;
import software.amazon.awssdk.services.ivschat.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivschat.model.SendEventRequest;
import software.amazon.awssdk.services.ivschat.model.TagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateLoggingConfigurationRequest;
import software.amazon.awssdk.services.ivschat.model.UpdateRoomRequest;

/**
 * Every IVS Chat operation, defined once: each method checks its input (throwing
 * {@link io.ivsjava.core.IvsValidationException} before any request exists), builds the SDK request and says how
 * the response becomes domain values. {@code IvsChat} runs the result on the synchronous client,
 * {@code IvsChatAsync} on the asynchronous one. Logs resource ARNs only: user ids, attributes and tokens are the
 * users' (the model marks them sensitive). Thread-safe. Not part of the public API.
 */
public final class Calls {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);
    /** Page size of list calls: the most IVS Chat returns at once. */
    private static final int PAGE_SIZE = 50;

    private final Clock clock;

    /**
     * Operations reading the time from this clock where a response lacks it.
     *
     * @param clock the clock
     */
    public Calls(Clock clock) {
        this.clock = Check.notNull("clock", clock);
    }

    /**
     * A list, page by page. Implementations are stateless; thread-safe.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface Paged<T> {
        /**
         * The call for one page.
         *
         * @param token the page token; empty for the first page
         * @return the call
         */
        Call<Pages.Page<T>> page(Optional<String> token);
    }

    private static <T> Pages.Page<T> page(List<T> items, String nextToken) {
        return new Pages.Page<>(items, Optional.ofNullable(nextToken));
    }

    private static software.amazon.awssdk.services.ivschat.model.MessageReviewHandler handler(MessageReviewHandler h) {
        return software.amazon.awssdk.services.ivschat.model.MessageReviewHandler.builder()
                .uri(h.uri()).fallbackResult(h.fallbackResult().name()).build();
    }

    private static List<String> arns(List<LoggingConfigurationArn> arns) {
        return arns.stream().map(LoggingConfigurationArn::value).collect(Collectors.toList());
    }

    private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map.isEmpty() ? null : map;
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    public Call<Room> createRoom(RoomSpec spec) {
        Check.notNull("spec", spec);
        LOG.debug("CreateRoom name={}", spec.name());
        CreateRoomRequest request = CreateRoomRequest.builder()
                .name(spec.name().isEmpty() ? null : spec.name())
                .maximumMessageRatePerSecond(spec.maximumMessageRatePerSecond())
                .maximumMessageLength(spec.maximumMessageLength())
                .messageReviewHandler(spec.messageReviewHandler().map(Calls::handler).orElse(null))
                .loggingConfigurationIdentifiers(spec.loggingConfigurations().isEmpty() ? null
                        : arns(spec.loggingConfigurations()))
                .tags(nullIfEmpty(spec.tags()))
                .build();
        return Call.of("CreateRoom", request, IvschatClient::createRoom, IvschatAsyncClient::createRoom,
                r -> Convert.room(r.arn(), r.name(), r.maximumMessageRatePerSecond(), r.maximumMessageLength(),
                        r.messageReviewHandler(),
                        r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers() : null,
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Call<Room> getRoom(RoomArn arn) {
        Check.notNull("identifier", arn);
        return Call.of("GetRoom", GetRoomRequest.builder().identifier(arn.value()).build(),
                IvschatClient::getRoom, IvschatAsyncClient::getRoom,
                r -> Convert.room(r.arn(), r.name(), r.maximumMessageRatePerSecond(), r.maximumMessageLength(),
                        r.messageReviewHandler(),
                        r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers() : null,
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Paged<RoomSummary> listRooms(RoomFilter filter) {
        Check.notNull("filter", filter);
        return token -> Call.of("ListRooms", ListRoomsRequest.builder()
                        .name(filter.name().orElse(null))
                        .loggingConfigurationIdentifier(filter.loggingConfiguration()
                                .map(LoggingConfigurationArn::value).orElse(null))
                        .messageReviewHandlerUri(filter.messageReviewHandlerUri().orElse(null))
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvschatClient::listRooms, IvschatAsyncClient::listRooms,
                r -> page(r.rooms().stream().map(Convert::roomSummary).collect(Collectors.toList()), r.nextToken()));
    }

    public Call<Room> updateRoom(RoomArn arn, RoomUpdate update) {
        Check.notNull("identifier", arn);
        Check.notNull("update", update);
        LOG.debug("UpdateRoom {}", arn);
        UpdateRoomRequest.Builder b = UpdateRoomRequest.builder().identifier(arn.value());
        update.name().ifPresent(b::name);
        update.maximumMessageRatePerSecond().ifPresent(b::maximumMessageRatePerSecond);
        update.maximumMessageLength().ifPresent(b::maximumMessageLength);
        update.messageReviewHandler().ifPresent(h -> b.messageReviewHandler(handler(h)));
        if (update.removeMessageReviewHandler()) {
            // IVS's way to detach the handler: an empty URI.
            b.messageReviewHandler(m -> m.uri(""));
        }
        update.loggingConfigurations().ifPresent(l -> b.loggingConfigurationIdentifiers(arns(l)));
        return Call.of("UpdateRoom", b.build(), IvschatClient::updateRoom, IvschatAsyncClient::updateRoom,
                r -> Convert.room(r.arn(), r.name(), r.maximumMessageRatePerSecond(), r.maximumMessageLength(),
                        r.messageReviewHandler(),
                        r.hasLoggingConfigurationIdentifiers() ? r.loggingConfigurationIdentifiers() : null,
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Call<Void> deleteRoom(RoomArn arn) {
        Check.notNull("identifier", arn);
        LOG.debug("DeleteRoom {}", arn);
        return Call.of("DeleteRoom", DeleteRoomRequest.builder().identifier(arn.value()).build(),
                IvschatClient::deleteRoom, IvschatAsyncClient::deleteRoom, r -> null);
    }

    // ---- chat tokens and messaging ----------------------------------------------------------------------------

    public Call<ChatToken> createChatToken(RoomArn room, ChatRole role, Duration sessionDuration) {
        Check.notNull("roomIdentifier", room);
        Check.notNull("role", role);
        int minutes = Check.minutes("sessionDuration", sessionDuration,
                (int) ChatToken.MIN_SESSION_DURATION.toMinutes(), (int) ChatToken.MAX_SESSION_DURATION.toMinutes());
        LOG.debug("CreateChatToken room={} capabilities={} sessionMinutes={}", room, role.capabilities(), minutes);
        CreateChatTokenRequest request = CreateChatTokenRequest.builder()
                .roomIdentifier(room.value())
                .userId(role.userId())
                .capabilitiesWithStrings(role.capabilities().isEmpty() ? null : role.capabilities().stream()
                        .map(ChatCapability::name).collect(Collectors.toList()))
                .sessionDurationInMinutes(minutes)
                .attributes(nullIfEmpty(role.attributes()))
                .build();
        return Call.of("CreateChatToken", request, IvschatClient::createChatToken,
                IvschatAsyncClient::createChatToken,
                r -> Convert.token(room, r, role, Duration.ofMinutes(minutes), clock));
    }

    public Call<String> sendEvent(RoomArn room, String eventName, Map<String, String> attributes) {
        Check.notNull("roomIdentifier", room);
        Limits.eventName("eventName", eventName);
        Map<String, String> checked = Limits.attributes("attributes", attributes);
        LOG.debug("SendEvent room={} eventName={}", room, eventName);
        return Call.of("SendEvent", SendEventRequest.builder().roomIdentifier(room.value()).eventName(eventName)
                        .attributes(nullIfEmpty(checked)).build(),
                IvschatClient::sendEvent, IvschatAsyncClient::sendEvent, r -> text(r.id()));
    }

    public Call<String> deleteMessage(RoomArn room, String messageId, Optional<String> reason) {
        Check.notNull("roomIdentifier", room);
        Limits.messageId("id", messageId);
        Check.notNull("reason", reason).ifPresent(why -> Limits.reason("reason", why));
        LOG.debug("DeleteMessage room={} id={}", room, messageId);
        return Call.of("DeleteMessage", DeleteMessageRequest.builder().roomIdentifier(room.value()).id(messageId)
                        .reason(reason.orElse(null)).build(),
                IvschatClient::deleteMessage, IvschatAsyncClient::deleteMessage, r -> text(r.id()));
    }

    public Call<Void> disconnectUser(RoomArn room, String userId, Optional<String> reason) {
        Check.notNull("roomIdentifier", room);
        Limits.userId("userId", userId);
        Check.notNull("reason", reason).ifPresent(why -> Limits.reason("reason", why));
        LOG.debug("DisconnectUser room={}", room);
        return Call.of("DisconnectUser", DisconnectUserRequest.builder().roomIdentifier(room.value()).userId(userId)
                        .reason(reason.orElse(null)).build(),
                IvschatClient::disconnectUser, IvschatAsyncClient::disconnectUser, r -> null);
    }

    // ---- logging configurations -------------------------------------------------------------------------------

    public Call<LoggingConfiguration> createLoggingConfiguration(String name, LoggingDestination destination,
                                                                 Map<String, String> tags) {
        Check.name("name", name);
        Check.notNull("destinationConfiguration", destination);
        Check.tags("tags", tags);
        LOG.debug("CreateLoggingConfiguration name={} destination={}", name, destination);
        return Call.of("CreateLoggingConfiguration", CreateLoggingConfigurationRequest.builder()
                        .name(name.isEmpty() ? null : name).destinationConfiguration(Convert.destination(destination))
                        .tags(nullIfEmpty(tags)).build(),
                IvschatClient::createLoggingConfiguration, IvschatAsyncClient::createLoggingConfiguration,
                r -> Convert.loggingConfiguration(r.arn(), r.name(), r.destinationConfiguration(), r.stateAsString(),
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Call<LoggingConfiguration> getLoggingConfiguration(LoggingConfigurationArn arn) {
        Check.notNull("identifier", arn);
        return Call.of("GetLoggingConfiguration", GetLoggingConfigurationRequest.builder().identifier(arn.value())
                        .build(),
                IvschatClient::getLoggingConfiguration, IvschatAsyncClient::getLoggingConfiguration,
                r -> Convert.loggingConfiguration(r.arn(), r.name(), r.destinationConfiguration(), r.stateAsString(),
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Paged<LoggingConfiguration> listLoggingConfigurations() {
        return token -> Call.of("ListLoggingConfigurations", ListLoggingConfigurationsRequest.builder()
                        .maxResults(PAGE_SIZE).nextToken(token.orElse(null)).build(),
                IvschatClient::listLoggingConfigurations, IvschatAsyncClient::listLoggingConfigurations,
                r -> page(r.loggingConfigurations().stream().map(Convert::loggingConfiguration)
                        .collect(Collectors.toList()), r.nextToken()));
    }

    public Call<LoggingConfiguration> updateLoggingConfiguration(LoggingConfigurationArn arn,
                                                                 LoggingConfigurationUpdate update) {
        Check.notNull("identifier", arn);
        Check.notNull("update", update);
        LOG.debug("UpdateLoggingConfiguration {}", arn);
        return Call.of("UpdateLoggingConfiguration", UpdateLoggingConfigurationRequest.builder()
                        .identifier(arn.value()).name(update.name().orElse(null))
                        .destinationConfiguration(update.destination().map(Convert::destination).orElse(null))
                        .build(),
                IvschatClient::updateLoggingConfiguration, IvschatAsyncClient::updateLoggingConfiguration,
                r -> Convert.loggingConfiguration(r.arn(), r.name(), r.destinationConfiguration(), r.stateAsString(),
                        r.hasTags() ? r.tags() : null, r.createTime(), r.updateTime()));
    }

    public Call<Void> deleteLoggingConfiguration(LoggingConfigurationArn arn) {
        Check.notNull("identifier", arn);
        LOG.debug("DeleteLoggingConfiguration {}", arn);
        return Call.of("DeleteLoggingConfiguration", DeleteLoggingConfigurationRequest.builder()
                        .identifier(arn.value()).build(),
                IvschatClient::deleteLoggingConfiguration, IvschatAsyncClient::deleteLoggingConfiguration, r -> null);
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    public Call<Void> tagResource(ChatResourceArn arn, Map<String, String> tags) {
        Check.notNull("resourceArn", arn);
        Check.tags("tags", tags);
        return Call.of("TagResource", TagResourceRequest.builder().resourceArn(arn.value()).tags(tags).build(),
                IvschatClient::tagResource, IvschatAsyncClient::tagResource, r -> null);
    }

    public Call<Void> untagResource(ChatResourceArn arn, Collection<String> keys) {
        Check.notNull("resourceArn", arn);
        Limits.tagKeys("tagKeys", keys);
        return Call.of("UntagResource", UntagResourceRequest.builder().resourceArn(arn.value())
                        .tagKeys(List.copyOf(keys)).build(),
                IvschatClient::untagResource, IvschatAsyncClient::untagResource, r -> null);
    }

    public Call<Map<String, String>> listTagsForResource(ChatResourceArn arn) {
        Check.notNull("resourceArn", arn);
        return Call.of("ListTagsForResource", ListTagsForResourceRequest.builder().resourceArn(arn.value()).build(),
                IvschatClient::listTagsForResource, IvschatAsyncClient::listTagsForResource,
                r -> Map.copyOf(Convert.tags(r.tags())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
