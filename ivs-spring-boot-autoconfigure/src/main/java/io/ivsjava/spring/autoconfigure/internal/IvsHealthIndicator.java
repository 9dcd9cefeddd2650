package io.ivsjava.spring.autoconfigure.internal;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.internal.SdkErrors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Whether IVS (or the emulator in its place) answers: one list call of a single item per service the application
 * uses. UP when every service answered, DOWN otherwise, with the IVS error code, HTTP status and request id of each
 * failure (an {@code AccessDeniedException} is DOWN too: the application cannot use IVS). Never shows credentials.
 * Not part of the public API. Thread-safe.
 */
public final class IvsHealthIndicator implements HealthIndicator {
    /**
     * One service to check.
     *
     * @param service its name in the health details, such as {@code realTime}
     * @param operation the operation the check calls, for messages
     * @param call the call; throws the SDK's exception when it fails
     */
    public record Probe(String service, String operation, Runnable call) {
    }

    private final List<Probe> probes;
    private final Map<String, Object> connection;

    /**
     * Checks these services.
     *
     * @param probes the checks, one per service
     * @param settings where the clients connect, shown in the details
     */
    public IvsHealthIndicator(List<Probe> probes, IvsClientSettings settings) {
        this.probes = List.copyOf(probes);
        Map<String, Object> shown = new TreeMap<>();
        shown.put("endpoint", settings.endpoint().map(Object::toString).orElse("AWS"));
        shown.put("region", settings.region().orElse("default chain"));
        this.connection = Map.copyOf(shown);
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetails(connection);
        for (Probe probe : probes) {
            try {
                probe.call().run();
                health.withDetail(probe.service(), "reachable");
            } catch (SdkException e) {
                IvsException failure = SdkErrors.translate(probe.operation(), e);
                Map<String, Object> detail = new TreeMap<>();
                detail.put("error", failure.errorCode().orElse("no response"));
                failure.httpStatus().ifPresent(status -> detail.put("status", status));
                failure.requestId().ifPresent(id -> detail.put("requestId", id));
                detail.put("message", failure.getMessage());
                health.down().withDetail(probe.service(), detail);
            }
        }
        return health.build();
    }
}
