/**
 * Spring Boot auto-configuration of ivs-java, beside Spring Cloud AWS's: properties under
 * {@code spring.cloud.aws.ivs} ({@link io.ivsjava.spring.autoconfigure.IvsProperties}), the IVS SDK clients and the
 * library's entry points as beans, each only when its module is on the class path and the application has not
 * defined its own; customizers for the SDK client builders; a health indicator and Micrometer metrics when Actuator
 * and Micrometer are present.
 *
 * <p>Each IVS service has an auto-configuration of its own over the settings {@link
 * io.ivsjava.spring.autoconfigure.IvsAutoConfiguration} resolves: {@code IvsRealTimeAutoConfiguration},
 * {@code IvsLowLatencyAutoConfiguration}, {@link io.ivsjava.spring.autoconfigure.IvsChatAutoConfiguration} (an
 * {@code IvschatClient} built from the same settings and
 * {@link io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer}s, so the metrics and the health probe follow it,
 * then {@link io.ivsjava.spring.autoconfigure.IvsChatClientCustomizer}s, and {@code IvsChat} over it;
 * {@code spring.cloud.aws.ivs.chat.*}), then {@code IvsLiveAutoConfiguration} over them (chat rooms for every
 * broadcast with {@code spring.cloud.aws.ivs.live.chat.enabled}).
 *
 * <p>Implementation lives in {@code io.ivsjava.spring.autoconfigure.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
