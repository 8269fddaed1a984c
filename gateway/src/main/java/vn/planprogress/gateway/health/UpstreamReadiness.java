package vn.planprogress.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.planprogress.gateway.config.GatewaySettings;
import vn.planprogress.gateway.proxy.Upstream;
import vn.planprogress.gateway.proxy.UpstreamProxies;

/**
 * The gateway's readiness names each service's: one check per service, asking its own
 * {@code /q/health/ready} and waiting briefly. (The gateway's liveness does not depend on them.)
 */
@ApplicationScoped
public class UpstreamReadiness {

    private final HealthRegistry readiness;
    private final UpstreamProxies proxies;
    private final GatewaySettings settings;

    @Inject
    public UpstreamReadiness(@Readiness HealthRegistry readiness, UpstreamProxies proxies, GatewaySettings settings) {
        this.readiness = readiness;
        this.proxies = proxies;
        this.settings = settings;
    }

    void register(@Observes StartupEvent event) {
        for (Upstream upstream : Upstream.values()) {
            readiness.register(upstream.key() + "-service", () -> check(upstream));
        }
    }

    private Uni<HealthCheckResponse> check(Upstream upstream) {
        URI address = upstream.address(settings);
        String name = upstream.key() + " service";
        RequestOptions ready = proxies.requestTo(upstream)
                .setMethod(HttpMethod.GET)
                .setURI("/q/health/ready")
                .setIdleTimeout(settings.readinessTimeout().toMillis());
        return Uni.createFrom().completionStage(() -> proxies.client().request(ready)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode()))
                        .toCompletionStage())
                .map(status -> HealthCheckResponse.named(name)
                        .status(status == 200)
                        .withData("address", address.toString())
                        .withData("readiness", status == 200 ? "UP" : "answered " + status)
                        .build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(name)
                        .down()
                        .withData("address", address.toString())
                        .withData("readiness", "not reachable: " + failure.getMessage())
                        .build());
    }
}
