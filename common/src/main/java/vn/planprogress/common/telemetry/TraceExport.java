package vn.planprogress.common.telemetry;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which spans are recorded. With an OTLP endpoint configured ({@code OTEL_EXPORTER_OTLP_ENDPOINT}),
 * those of traces the caller samples, and of new traces the configured ratio; without one, none: a
 * span then costs only its ids, which still go on to the next service and into every log line.
 * (Quarkus takes the sampler and the exporter at build time; this decides at start.)
 */
@ApplicationScoped
public class TraceExport {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "planprogress.tracing.export-endpoint") Optional<String> endpoint,
                    @ConfigProperty(name = "planprogress.tracing.sample-ratio", defaultValue = "1.0") double ratio) {
        return exporting(endpoint) ? Sampler.parentBased(Sampler.traceIdRatioBased(ratio)) : Sampler.alwaysOff();
    }

    static boolean exporting(Optional<String> endpoint) {
        return endpoint.filter(address -> !address.isBlank()).isPresent();
    }
}
