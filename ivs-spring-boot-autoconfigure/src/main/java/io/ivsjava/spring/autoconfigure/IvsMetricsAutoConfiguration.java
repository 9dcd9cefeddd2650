package io.ivsjava.spring.autoconfigure;

import io.ivsjava.spring.autoconfigure.internal.IvsCallMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Micrometer metrics of every call the auto-configured IVS clients make, when Micrometer is on the class path and a
 * {@link MeterRegistry} bean exists (Actuator makes one): the timer {@value IvsCallMetrics#METER} (count, total and
 * maximum latency) tagged {@code service}, {@code operation}, {@code outcome} and {@code error} (the IVS error code).
 * Turn it off with {@code management.metrics.enable.ivs=false}, like any meter.
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(afterName = {
                "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, ExecutionInterceptor.class})
@ConditionalOnBean(MeterRegistry.class)
public class IvsMetricsAutoConfiguration {
    /** Created by Spring. */
    public IvsMetricsAutoConfiguration() {
    }

    /**
     * Adds the metrics to every IVS SDK client builder.
     *
     * @param registry the registry
     * @return the customizer
     */
    @Bean
    @ConditionalOnMissingBean(name = "ivsMetricsClientCustomizer")
    public IvsSdkClientCustomizer ivsMetricsClientCustomizer(MeterRegistry registry) {
        IvsCallMetrics metrics = new IvsCallMetrics(registry);
        return builder -> builder.addPlugin(metrics);
    }
}
