package io.ivsjava.spring.autoconfigure;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.IvschatClientBuilder;

/**
 * IVS Chat (rooms, chat tokens, events, moderation): the SDK's {@link IvschatClient} and ivs-chat's {@link IvsChat}
 * over it, when ivs-chat is on the class path. The client is built from the same endpoint, region and credentials as
 * the other IVS clients and goes through the {@link IvsSdkClientCustomizer}s (so the call metrics time it), then the
 * {@link IvsChatClientCustomizer}s. Each bean backs off when the application defines its own; an application's own
 * {@code IvschatClient} is then what {@code IvsChat} wraps. With Actuator, the {@code ivs} health indicator lists
 * one room through it. Where chat clients connect is {@code spring.cloud.aws.ivs.chat.messaging-endpoint} (IVS
 * Chat's own in the region when unset), which {@code IvsLive} hands out with its chat tokens.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = IvsAutoConfiguration.class)
@ConditionalOnClass({IvsChat.class, IvschatClient.class})
@ConditionalOnBean(IvsClientSettings.class)
public class IvsChatAutoConfiguration {
    /** Created by Spring. */
    public IvsChatAutoConfiguration() {
    }

    /**
     * The SDK client, configured from the resolved settings and the customizers; closed with the context.
     *
     * @param settings the resolved settings
     * @param common the customizers of every IVS client
     * @param customizers the customizers of this client
     * @return the client
     */
    @Bean
    @ConditionalOnMissingBean
    public IvschatClient ivschatClient(IvsClientSettings settings, ObjectProvider<IvsSdkClientCustomizer> common,
                                       ObjectProvider<IvsChatClientCustomizer> customizers) {
        IvschatClientBuilder builder = settings.configure(IvschatClient.builder(), common.orderedStream());
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return IvsClientSettings.build(builder);
    }

    /**
     * ivs-chat's entry point over the SDK client.
     *
     * @param client the SDK client
     * @return the wrapper; it leaves closing the client to the context
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsChat ivsChat(IvschatClient client) {
        return IvsChat.create(client);
    }
}
