package io.ivsjava.spring.test;

import io.ivsjava.chat.MessageReviewRequest;
import io.ivsjava.chat.MessageReviewResponse;
import io.ivsjava.chat.MessageReviewer;
import io.ivsjava.chat.ReviewResult;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.ChatMessageReview;
import io.ivsjava.emulator.ChatMessageReviewRequest;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.spring.autoconfigure.IvsAutoConfiguration;
import io.ivsjava.spring.autoconfigure.IvsConnectionDetails;
import io.ivsjava.spring.autoconfigure.IvsEventsAutoConfiguration;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What {@link AutoConfigureIvsEmulator} imports: the emulator and the connection details pointing at it (the chat
 * clients' messaging endpoint included), the emulator's events to the application's dispatcher, and the
 * application's {@code MessageReviewer} as the emulator's chat review handler. Not listed among the regular
 * auto-configurations: only the annotation brings it.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(before = IvsAutoConfiguration.class, after = IvsEventsAutoConfiguration.class)
@ConditionalOnClass(IvsEmulator.class)
public class IvsEmulatorAutoConfiguration {
    private static final String PREFIX = "spring.cloud.aws.ivs.emulator";

    /** Created by Spring. */
    public IvsEmulatorAutoConfiguration() {
    }

    /**
     * A fresh emulator on a free loopback port, stopped with the context.
     *
     * @param environment the region and account id mapped from the annotation
     * @return the running emulator
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public IvsEmulator ivsEmulator(Environment environment) {
        IvsEmulator.Builder builder = IvsEmulator.builder();
        String region = environment.getProperty(PREFIX + ".region");
        if (region != null) {
            builder.region(region);
        }
        String account = environment.getProperty(PREFIX + ".account-id");
        if (account != null) {
            builder.accountId(account);
        }
        return builder.start();
    }

    /**
     * Points the IVS clients at the emulator, over any property, and chat clients at its messaging endpoint.
     *
     * @param emulator the emulator
     * @return the connection details
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsConnectionDetails ivsEmulatorConnectionDetails(IvsEmulator emulator) {
        IvsConnection connection = IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
        URI chat = emulator.chatMessagingEndpoint();
        return new IvsConnectionDetails() {
            @Override
            public IvsConnection connection() {
                return connection;
            }

            @Override
            public Optional<URI> chatMessagingEndpoint() {
                return Optional.of(chat);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MessageReviewer.class)
    static class ChatReview {
        @Bean
        ReviewerForwarder ivsEmulatorChatReviewer(IvsEmulator emulator, ObjectProvider<MessageReviewer> reviewer) {
            return new ReviewerForwarder(emulator, reviewer);
        }
    }

    /**
     * Makes the application's {@link MessageReviewer} bean, if it has exactly one, the emulator's chat review
     * handler: each message to a room that names a review handler goes through it, as it would through the Lambda.
     */
    static final class ReviewerForwarder implements SmartInitializingSingleton {
        private final IvsEmulator emulator;
        private final ObjectProvider<MessageReviewer> reviewer;

        ReviewerForwarder(IvsEmulator emulator, ObjectProvider<MessageReviewer> reviewer) {
            this.emulator = emulator;
            this.reviewer = reviewer;
        }

        @Override
        public void afterSingletonsInstantiated() {
            MessageReviewer target = reviewer.getIfUnique();
            if (target != null) {
                emulator.setChatMessageReviewer(request -> review(target, request));
            }
        }

        /** The emulator's request as ivs-chat's, and the reviewer's answer as the emulator's. */
        static ChatMessageReview review(MessageReviewer reviewer, ChatMessageReviewRequest request) {
            MessageReviewRequest typed = new MessageReviewRequest(request.content(), request.messageId(),
                    RoomArn.parse(request.roomArn()), request.attributes(), new MessageReviewRequest.Sender(
                            request.sender().userId(), Optional.of(request.sender().ip()),
                            request.sender().attributes()));
            MessageReviewResponse response = reviewer.review(typed);
            if (response == null) {
                return null;   // no verdict: the room's fallback result decides, as at IVS
            }
            return new ChatMessageReview(response.result() == ReviewResult.ALLOW ? ChatMessageReview.Result.ALLOW
                    : ChatMessageReview.Result.DENY, response.content(), response.attributes());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(IvsEvents.class)
    @ConditionalOnProperty(prefix = PREFIX, name = "deliver-events", havingValue = "true", matchIfMissing = true)
    static class EventDelivery {
        @Bean
        EventForwarder ivsEmulatorEventForwarder(IvsEmulator emulator, ObjectProvider<IvsEventDispatcher> dispatcher) {
            return new EventForwarder(emulator, dispatcher);
        }
    }

    /** Dispatches the emulator's events to the dispatcher once every singleton exists, until the context closes. */
    static final class EventForwarder implements SmartInitializingSingleton, DisposableBean {
        private static final Logger LOG = LoggerFactory.getLogger(EventForwarder.class);
        private final IvsEmulator emulator;
        private final ObjectProvider<IvsEventDispatcher> dispatcher;
        private Consumer<String> listener;

        EventForwarder(IvsEmulator emulator, ObjectProvider<IvsEventDispatcher> dispatcher) {
            this.emulator = emulator;
            this.dispatcher = dispatcher;
        }

        @Override
        public void afterSingletonsInstantiated() {
            IvsEventDispatcher target = dispatcher.getIfUnique();
            if (target == null) {
                return;
            }
            listener = json -> {
                try {
                    target.dispatch(IvsEvents.parse(json));
                } catch (RuntimeException e) {
                    LOG.warn("An emulator event could not be dispatched: {}", e.toString());
                }
            };
            emulator.addEventListener(listener);
        }

        @Override
        public void destroy() {
            if (listener != null) {
                emulator.removeEventListener(listener);
            }
        }
    }
}
