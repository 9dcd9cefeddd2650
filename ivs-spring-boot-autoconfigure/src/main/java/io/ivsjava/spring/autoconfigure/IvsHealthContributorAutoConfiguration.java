package io.ivsjava.spring.autoconfigure;

import io.ivsjava.spring.autoconfigure.internal.IvsClientSettings;
import io.ivsjava.spring.autoconfigure.internal.IvsHealthIndicator;
import io.ivsjava.spring.autoconfigure.internal.IvsHealthIndicator.Probe;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * The {@code ivs} health indicator, when Actuator is on the class path: can the application reach IVS (or the
 * emulator)? It lists one stage ({@code ListStages}), one channel ({@code ListChannels}) and one chat room
 * ({@code ListRooms}) through the auto-configured clients, each only when that client exists; the calls are
 * read-only and among IVS's cheapest.
 * Off with {@code management.health.ivs.enabled=false}. Every probe is a real call: keep it out of liveness probes
 * (Boot's liveness and readiness groups leave it out unless told) and mind IVS's request rates if a load balancer
 * polls {@code /actuator/health} often ({@code management.endpoint.health.cache.time-to-live} caches the answer).
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = {IvsRealTimeAutoConfiguration.class, IvsLowLatencyAutoConfiguration.class,
        IvsChatAutoConfiguration.class},
        afterName = "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(IvsClientSettings.class)
@ConditionalOnEnabledHealthIndicator("ivs")
public class IvsHealthContributorAutoConfiguration {
    /** Created by Spring. */
    public IvsHealthContributorAutoConfiguration() {
    }

    /**
     * The indicator, over the probes of the clients that exist.
     *
     * @param probes the probes
     * @param settings where the clients connect
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "ivsHealthIndicator")
    public HealthIndicator ivsHealthIndicator(ObjectProvider<Probe> probes, IvsClientSettings settings) {
        return new IvsHealthIndicator(probes.orderedStream().toList(), settings);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(IvsRealTimeClient.class)
    @ConditionalOnBean(IvsRealTimeClient.class)
    static class RealTimeProbe {
        @Bean
        Probe ivsRealTimeHealthProbe(IvsRealTimeClient client) {
            return new Probe("realTime", "ListStages", () -> client.listStages(r -> r.maxResults(1)));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(IvsClient.class)
    @ConditionalOnBean(IvsClient.class)
    static class LowLatencyProbe {
        @Bean
        Probe ivsLowLatencyHealthProbe(IvsClient client) {
            return new Probe("lowLatency", "ListChannels", () -> client.listChannels(r -> r.maxResults(1)));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(IvschatClient.class)
    @ConditionalOnBean(IvschatClient.class)
    static class ChatProbe {
        @Bean
        Probe ivsChatHealthProbe(IvschatClient client) {
            return new Probe("chat", "ListRooms", () -> client.listRooms(r -> r.maxResults(1)));
        }
    }
}
