package io.ivsjava.spring.autoconfigure;

import io.awspring.cloud.autoconfigure.AwsSyncClientCustomizer;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;

/**
 * Where the IVS clients connect: resolves the endpoint, region and credentials once (see
 * {@link IvsConnectionDetails} and {@link IvsProperties} for the order) and offers them as an {@link IvsConnection}
 * bean. {@link IvsRealTimeAutoConfiguration}, {@link IvsLowLatencyAutoConfiguration} and
 * {@link IvsChatAutoConfiguration} build their SDK clients from the same settings.
 *
 * <p>Runs after Spring Cloud AWS's credentials and region provider configurations, whose beans it uses when they are
 * there. Off with {@code spring.cloud.aws.ivs.enabled=false}.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(afterName = {
        "io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration",
        "io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration"})
@ConditionalOnClass({IvsConnection.class, AwsClientBuilder.class})
@ConditionalOnProperty(prefix = IvsProperties.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IvsProperties.class)
public class IvsAutoConfiguration {
    /** Created by Spring. */
    public IvsAutoConfiguration() {
    }

    /**
     * The resolved connection settings the SDK clients are built from.
     *
     * @param properties the IVS properties
     * @param environment the environment, for the global Spring Cloud AWS properties
     * @param details a connection details bean, if any
     * @param credentials a credentials provider bean, if any
     * @param region a region provider bean, if any
     * @return the settings
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsClientSettings ivsClientSettings(IvsProperties properties, Environment environment,
                                               ObjectProvider<IvsConnectionDetails> details,
                                               ObjectProvider<AwsCredentialsProvider> credentials,
                                               ObjectProvider<AwsRegionProvider> region) {
        return IvsClientSettings.resolve(properties, environment, Optional.ofNullable(details.getIfUnique()),
                Optional.ofNullable(credentials.getIfUnique()), Optional.ofNullable(region.getIfUnique()));
    }

    /**
     * The connection settings for the library's own {@code connect(...)} entry points (such as
     * {@code IvsRealTimeAsync.connect(connection)}). It carries the credentials only when they are a static key
     * pair; the auto-configured clients use the full provider whatever it is.
     *
     * @param settings the resolved settings
     * @return the connection
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsConnection ivsConnection(IvsClientSettings settings) {
        return settings.connection();
    }

    /** Spring Cloud AWS's customizers of every synchronous AWS client apply to the IVS clients too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AwsSyncClientCustomizer.class)
    static class SpringCloudAwsCustomizers {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        IvsSdkClientCustomizer springCloudAwsSyncClientCustomizers(ObjectProvider<AwsSyncClientCustomizer> customizers) {
            return builder -> {
                if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
                    customizers.orderedStream().forEach(c -> c.customize(sync));
                }
            };
        }
    }
}
