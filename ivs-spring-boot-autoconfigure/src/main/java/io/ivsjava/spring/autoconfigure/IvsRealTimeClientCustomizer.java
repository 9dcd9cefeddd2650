package io.ivsjava.spring.autoconfigure;

import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClientBuilder;

/**
 * Customizes the builder of the auto-configured {@code IvsRealTimeClient} (the SDK client under {@code IvsRealTime}),
 * after the properties and the {@link IvsSdkClientCustomizer}s. Declare beans of this type; they run in their
 * {@link org.springframework.core.annotation.Order} order, once, on the thread that creates the beans.
 */
@FunctionalInterface
public interface IvsRealTimeClientCustomizer {
    /**
     * Customizes the builder.
     *
     * @param builder the builder, already configured
     */
    void customize(IvsRealTimeClientBuilder builder);
}
