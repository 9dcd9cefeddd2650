package io.ivsjava.spring.autoconfigure;

import io.ivsjava.events.IvsEventDispatcher;

/**
 * Registers listeners on the auto-configured {@link IvsEventDispatcher} when it is made. Declare beans of this type:
 *
 * <pre>{@code
 * @Bean
 * IvsEventDispatcherCustomizer liveFlags(LiveStatusTracker live, Users users) {
 *     return events -> events.on(StreamStateChange.class,
 *             e -> live.apply(e).ifPresent(s -> users.setLive(s.channel(), s.live())));
 * }
 * }</pre>
 *
 * <p>They run in their {@link org.springframework.core.annotation.Order} order, once, on the thread that creates the
 * beans. The listeners they register run as the dispatcher runs them (see {@link IvsEventDispatcher}).
 */
@FunctionalInterface
public interface IvsEventDispatcherCustomizer {
    /**
     * Registers listeners.
     *
     * @param dispatcher the dispatcher
     */
    void customize(IvsEventDispatcher dispatcher);
}
