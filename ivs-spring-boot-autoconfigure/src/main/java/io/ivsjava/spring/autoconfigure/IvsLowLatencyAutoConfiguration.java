package io.ivsjava.spring.autoconfigure;

import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.IvsClientBuilder;

/**
 * IVS low-latency streaming (channels, stream keys, playback): the SDK's {@link IvsClient} and ivs-lowlatency's
 * {@link IvsLowLatency} over it, when ivs-lowlatency is on the class path. Each bean backs off when the application
 * defines its own; an application's own {@code IvsClient} is then what {@code IvsLowLatency} wraps.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = IvsAutoConfiguration.class)
@ConditionalOnClass({IvsLowLatency.class, IvsClient.class})
@ConditionalOnBean(IvsClientSettings.class)
public class IvsLowLatencyAutoConfiguration {
    /** Created by Spring. */
    public IvsLowLatencyAutoConfiguration() {
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
    public IvsClient ivsClient(IvsClientSettings settings, ObjectProvider<IvsSdkClientCustomizer> common,
                               ObjectProvider<IvsLowLatencyClientCustomizer> customizers) {
        IvsClientBuilder builder = settings.configure(IvsClient.builder(), common.orderedStream());
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return IvsClientSettings.build(builder);
    }

    /**
     * ivs-lowlatency's entry point over the SDK client.
     *
     * @param client the SDK client
     * @return the wrapper; it leaves closing the client to the context
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsLowLatency ivsLowLatency(IvsClient client) {
        return IvsLowLatency.create(client);
    }
}
