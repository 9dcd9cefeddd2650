package io.ivsjava.spring.autoconfigure;

import io.ivsjava.events.IvsEventDispatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The {@link IvsEventDispatcher} that IVS's EventBridge events go through, when ivs-events is on the class path
 * (alone it needs no AWS SDK). {@link IvsEventDispatcherCustomizer} beans register the listeners. Receiving the
 * events (an SQS listener, a webhook for an EventBridge API destination) is the application's: parse each body with
 * {@code IvsEvents.parse} and call {@code dispatch}.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration
@ConditionalOnClass(IvsEventDispatcher.class)
@ConditionalOnProperty(prefix = IvsProperties.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
public class IvsEventsAutoConfiguration {
    /** Created by Spring. */
    public IvsEventsAutoConfiguration() {
    }

    /**
     * The dispatcher, with the listeners the customizers register.
     *
     * @param customizers the customizers, in order
     * @return the dispatcher
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsEventDispatcher ivsEventDispatcher(ObjectProvider<IvsEventDispatcherCustomizer> customizers) {
        IvsEventDispatcher dispatcher = IvsEventDispatcher.create();
        customizers.orderedStream().forEach(c -> c.customize(dispatcher));
        return dispatcher;
    }
}
