package io.ivsjava.spring.autoconfigure;

import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClientBuilder;

/**
 * IVS Real-Time (stages, participant tokens, compositions): the SDK's {@link IvsRealTimeClient} and ivs-realtime's
 * {@link IvsRealTime} over it, when ivs-realtime is on the class path. Each bean backs off when the application
 * defines its own; an application's own {@code IvsRealTimeClient} is then what {@code IvsRealTime} wraps.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = IvsAutoConfiguration.class)
@ConditionalOnClass({IvsRealTime.class, IvsRealTimeClient.class})
@ConditionalOnBean(IvsClientSettings.class)
public class IvsRealTimeAutoConfiguration {
    /** Created by Spring. */
    public IvsRealTimeAutoConfiguration() {
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
    public IvsRealTimeClient ivsRealTimeClient(IvsClientSettings settings, ObjectProvider<IvsSdkClientCustomizer> common,
                                               ObjectProvider<IvsRealTimeClientCustomizer> customizers) {
        IvsRealTimeClientBuilder builder = settings.configure(IvsRealTimeClient.builder(), common.orderedStream());
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return IvsClientSettings.build(builder);
    }

    /**
     * ivs-realtime's entry point over the SDK client.
     *
     * @param client the SDK client
     * @return the wrapper; it leaves closing the client to the context
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsRealTime ivsRealTime(IvsRealTimeClient client) {
        return IvsRealTime.create(client);
    }
}
