package io.ivsjava.spring.test;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.spring.autoconfigure.IvsAutoConfiguration;
import io.ivsjava.spring.autoconfigure.IvsConnectionDetails;
import io.ivsjava.spring.autoconfigure.IvsEventsAutoConfiguration;
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
 * What {@link AutoConfigureIvsEmulator} imports: the emulator and the connection details pointing at it. Not
 * listed among the regular auto-configurations: only the annotation brings it.
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
     * Points the IVS clients at the emulator, over any property.
     *
     * @param emulator the emulator
     * @return the connection details
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsConnectionDetails ivsEmulatorConnectionDetails(IvsEmulator emulator) {
        IvsConnection connection = IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
        return () -> connection;
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
