package io.ivsjava.spring.autoconfigure;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.MessageReviewHandler;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.ChatBanStore;
import io.ivsjava.live.InviteStore;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import io.ivsjava.spring.autoconfigure.internal.TokenKeys;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link IvsLive}, the front door that takes a user live in any {@code StreamingMode}, over the auto-configured
 * {@link IvsRealTime} and {@link IvsLowLatency}, when ivs-live is on the class path. Its namespace, token keys and
 * token lifetimes come from {@code spring.cloud.aws.ivs.live.*}; an {@link InviteStore} bean, if the application
 * defines one, keeps its co-host invitations (in memory otherwise). With {@code spring.cloud.aws.ivs.live.chat.enabled}
 * every broadcast also gets a chat room through the {@link IvsChat} bean, with the room limits and session duration
 * of {@code live.chat.*}, the chat messaging endpoint of {@code spring.cloud.aws.ivs.chat.messaging-endpoint} (or
 * the emulator's, in tests), and a {@link ChatBanStore} bean, if any, keeping its bans.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = {IvsRealTimeAutoConfiguration.class, IvsLowLatencyAutoConfiguration.class,
        IvsChatAutoConfiguration.class})
@ConditionalOnClass(IvsLive.class)
@ConditionalOnBean({IvsRealTime.class, IvsLowLatency.class})
public class IvsLiveAutoConfiguration {
    private static final String LIVE = IvsProperties.PREFIX + ".live";

    /** Created by Spring. */
    public IvsLiveAutoConfiguration() {
    }

    /**
     * IvsLive over the two clients.
     *
     * @param properties the IVS properties
     * @param realTime the real-time client
     * @param lowLatency the low-latency client
     * @param inviteStore an invite store bean, if any
     * @param chat the chat client bean, used when chat is on
     * @param banStore a chat ban store bean, if any
     * @param settings where the clients connect, and where chat clients do
     * @return IvsLive; it leaves closing the clients to the context
     * @throws io.ivsjava.core.IvsValidationException naming the property whose value is not usable
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsLive ivsLive(IvsProperties properties, IvsRealTime realTime, IvsLowLatency lowLatency,
                           ObjectProvider<InviteStore> inviteStore, ObjectProvider<IvsChat> chat,
                           ObjectProvider<ChatBanStore> banStore, ObjectProvider<IvsClientSettings> settings) {
        IvsProperties.Live live = properties.live();
        IvsLive.Builder builder = IvsLive.builder().clients(realTime, lowLatency);
        live.namespace().ifPresent(builder::namespace);
        String participant = LIVE + ".participant-token-key";
        TokenKeys.privateKey(participant, live.participantTokenKey().key()).ifPresent(key ->
                builder.participantTokenKey(key, TokenKeys.publicKeyArn(participant, live.participantTokenKey())));
        TokenKeys.privateKey(LIVE + ".playback-token-key", live.playbackTokenKey()).ifPresent(builder::playbackTokenKey);
        live.hostTokenLifetime().ifPresent(builder::hostTokenLifetime);
        live.hostTokenRefreshAhead().ifPresent(builder::hostTokenRefreshAhead);
        live.viewerTokenLifetime().ifPresent(builder::viewerTokenLifetime);
        live.playbackTokenValidity().ifPresent(builder::playbackTokenValidity);
        inviteStore.ifUnique(builder::inviteStore);
        if (live.chat().enabled()) {
            chat(builder, live.chat(), chat, banStore, settings);
        }
        // the one chat setting IvsLive checks only when it builds: name the property for it
        return named(IvsProperties.PREFIX + ".chat.messaging-endpoint", "chatMessagingEndpoint", builder::build);
    }

    /** A value whose validation failure is reported under a property's name. */
    private static <T> T named(String property, Supplier<T> value) {
        return named(property, null, value);
    }

    /** As above, for failures of one field only ({@code null}: any). */
    private static <T> T named(String property, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IvsValidationException e) {
            if (field != null && !e.field().filter(field::equals).isPresent()) {
                throw e;
            }
            String message = e.getMessage();
            String problem = e.field().map(f -> message.startsWith(f + ": ") ? message.substring(f.length() + 2)
                    : message).orElse(message);
            throw IvsValidationException.invalid(property, problem);
        }
    }

    private static void chat(IvsLive.Builder builder, IvsProperties.LiveChat properties, ObjectProvider<IvsChat> chat,
                             ObjectProvider<ChatBanStore> banStore, ObjectProvider<IvsClientSettings> settings) {
        String prefix = LIVE + ".chat";
        IvsChat client = chat.getIfUnique();
        if (client == null) {
            throw IvsValidationException.invalid(prefix + ".enabled", "is true, but there is no IvsChat bean to "
                    + "make rooms with: add io.ivsjava:ivs-chat with its SDK client (software.amazon.awssdk:ivschat)");
        }
        RoomSpec.Builder rooms = RoomSpec.builder();
        properties.maximumMessageLength().ifPresent(length -> rooms.maximumMessageLength(
                Check.range(prefix + ".maximum-message-length", length, RoomSpec.MIN_MESSAGE_LENGTH,
                        RoomSpec.MAX_MESSAGE_LENGTH)));
        properties.maximumMessageRatePerSecond().ifPresent(rate -> rooms.maximumMessageRatePerSecond(
                Check.range(prefix + ".maximum-message-rate-per-second", rate, RoomSpec.MIN_MESSAGE_RATE_PER_SECOND,
                        RoomSpec.MAX_MESSAGE_RATE_PER_SECOND)));
        properties.messageReviewHandler().ifPresent(arn -> rooms.messageReviewHandler(named(
                prefix + ".message-review-handler", () -> MessageReviewHandler.lambda(arn))));
        properties.sessionDuration().ifPresent(duration -> builder.chatSessionDuration(Duration.ofMinutes(
                Check.minutes(prefix + ".session-duration", duration, 1, 180))));
        builder.chatClient(client).chatRooms(rooms.build());
        settings.ifAvailable(s -> s.chatMessagingEndpoint().ifPresent(builder::chatMessagingEndpoint));
        banStore.ifUnique(builder::chatBanStore);
    }
}
