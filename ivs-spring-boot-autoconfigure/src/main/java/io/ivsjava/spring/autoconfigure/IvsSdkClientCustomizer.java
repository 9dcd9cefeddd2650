package io.ivsjava.spring.autoconfigure;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

/**
 * Customizes the builder of every IVS SDK client the auto-configuration makes (real-time, low-latency, and chat
 * when its module is present), after the endpoint, region and credentials are set and before the client-specific
 * customizers ({@link IvsRealTimeClientCustomizer}, {@link IvsLowLatencyClientCustomizer},
 * {@link IvsChatClientCustomizer}). Declare beans of this type; they run in their
 * {@link org.springframework.core.annotation.Order} order. Spring Cloud AWS's {@code AwsSyncClientCustomizer} beans
 * are applied too, before these.
 *
 * <pre>{@code
 * @Bean
 * IvsSdkClientCustomizer ivsRetries() {
 *     return builder -> builder.overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.standardRetryStrategy()));
 * }
 * }</pre>
 *
 * <p>Called once per client, on the thread that creates the beans.
 */
@FunctionalInterface
public interface IvsSdkClientCustomizer {
    /**
     * Customizes one IVS SDK client builder.
     *
     * @param builder the builder, already configured by the properties
     */
    void customize(AwsClientBuilder<?, ?> builder);
}
