package io.ivsjava.examples.spring;

import io.ivsjava.events.LiveStatusTracker;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.spring.autoconfigure.IvsEventDispatcherCustomizer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service on ivs-spring-boot-starter: broadcasts and the tokens and URLs hosts and viewers need
 * ({@link BroadcastController}), and the webhook IVS's events arrive at ({@link EventsWebhook}). Every IVS bean comes
 * from the starter, configured by {@code spring.cloud.aws.*}. Spring's configuration class; holds no state.
 */
@SpringBootApplication
public class SampleApplication {
    /**
     * Runs the service.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /**
     * The channels' live flags, kept from IVS's stream events whatever order they come in.
     *
     * @return the tracker
     */
    @Bean
    LiveStatusTracker liveStatus() {
        return LiveStatusTracker.create();
    }

    /**
     * Feeds the stream events the webhook receives to the tracker.
     *
     * @param liveStatus the tracker
     * @return the customizer of the starter's dispatcher
     */
    @Bean
    IvsEventDispatcherCustomizer liveFlags(LiveStatusTracker liveStatus) {
        return events -> events.on(StreamStateChange.class, liveStatus::apply);
    }
}
