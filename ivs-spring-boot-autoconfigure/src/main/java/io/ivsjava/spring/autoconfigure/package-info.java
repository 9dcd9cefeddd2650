/**
 * Spring Boot auto-configuration of ivs-java, beside Spring Cloud AWS's: properties under
 * {@code spring.cloud.aws.ivs} ({@link io.ivsjava.spring.autoconfigure.IvsProperties}), the IVS SDK clients and the
 * library's entry points as beans, each only when its module is on the class path and the application has not
 * defined its own; customizers for the SDK client builders; a health indicator and Micrometer metrics when Actuator
 * and Micrometer are present.
 *
 * <p>Each IVS service has an auto-configuration of its own over the settings {@link
 * io.ivsjava.spring.autoconfigure.IvsAutoConfiguration} resolves: {@code IvsRealTimeAutoConfiguration},
 * {@code IvsLowLatencyAutoConfiguration}, then {@code IvsLiveAutoConfiguration} over both. IVS Chat (ivs-chat) gets an
 * {@code IvsChatAutoConfiguration} of the same shape: an {@code IvschatClient} built from the same settings and
 * {@link io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer}s (the metrics and the health probe follow through
 * them), an {@code IvsChatClientCustomizer}, the chat entry point, and a {@code spring.cloud.aws.ivs.chat.*} group
 * if it needs settings.
 *
 * <p>Implementation lives in {@code io.ivsjava.spring.autoconfigure.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
