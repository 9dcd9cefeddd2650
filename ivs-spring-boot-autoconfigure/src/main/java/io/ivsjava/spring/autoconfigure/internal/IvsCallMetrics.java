package io.ivsjava.spring.autoconfigure.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Times every call an IVS SDK client makes, as the Micrometer timer {@value #METER} tagged with the service
 * ({@code ivs}, {@code ivs-realtime}...), the operation ({@code CreateStage}), the outcome ({@code SUCCESS},
 * {@code ERROR}) and the error ({@code none}, the IVS error code such as {@code ResourceNotFoundException}, or, for a
 * call that got no error response, the SDK exception's class such as {@code SdkClientException}). One call is one
 * API call as the application made it, its retries included.
 *
 * <p>An SDK plugin, so that it applies when the client is built, whatever override configuration a customizer set
 * before. Not part of the public API. Thread-safe.
 */
public final class IvsCallMetrics implements ExecutionInterceptor, SdkPlugin {
    /** The timer's name. */
    public static final String METER = "ivs.client.requests";
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("io.ivsjava.spring.callStarted");

    private final MeterRegistry registry;

    /**
     * Records into a registry.
     *
     * @param registry the registry
     */
    public IvsCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        config.overrideConfiguration(config.overrideConfiguration().toBuilder().addExecutionInterceptor(this).build());
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, "SUCCESS", "none");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        record(attributes, "ERROR", error(context.exception()));
    }

    private void record(ExecutionAttributes attributes, String outcome, String error) {
        Long started = attributes.getAttribute(STARTED);
        long elapsed = started == null ? 0 : System.nanoTime() - started;
        Timer.builder(METER)
                .description("Calls to the IVS APIs")
                .tag("service", service(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)))
                .tag("operation", String.valueOf(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)))
                .tag("outcome", outcome)
                .tag("error", error)
                .register(registry)
                .record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The SDK's service names ({@code ivs}, {@code IVSRealTime}...) as IVS's endpoints name them. */
    static String service(String sdkName) {
        if (sdkName == null) {
            return "unknown";
        }
        String name = sdkName.toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.contains("realtime")) {
            return "ivs-realtime";
        }
        if (name.contains("chat")) {
            return "ivs-chat";
        }
        return name;
    }

    static String error(Throwable failure) {
        if (failure instanceof AwsServiceException service) {
            AwsErrorDetails details = service.awsErrorDetails();
            if (details != null && details.errorCode() != null && !details.errorCode().isBlank()) {
                return details.errorCode();
            }
            return "HTTP" + service.statusCode();
        }
        return failure == null ? "unknown" : failure.getClass().getSimpleName();
    }
}
