package io.ivsjava.spring.autoconfigure;

import software.amazon.awssdk.services.ivschat.IvschatClientBuilder;

/**
 * Customizes the builder of the auto-configured {@code IvschatClient} (the SDK client under {@code IvsChat}), after
 * the properties and the {@link IvsSdkClientCustomizer}s. Declare beans of this type; they run in their
 * {@link org.springframework.core.annotation.Order} order, once, on the thread that creates the beans.
 */
@FunctionalInterface
public interface IvsChatClientCustomizer {
    /**
     * Customizes the builder.
     *
     * @param builder the builder, already configured
     */
    void customize(IvschatClientBuilder builder);
}
