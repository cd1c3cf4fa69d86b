package org.tourismpolicing.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tourismpolicing.core.tenant.TenantDirectory;

/**
 * Ready when at least one tenant is served. Refused tenants are listed (the others are served, so a
 * bad tenant does not take the whole server out of a load balancer), with their first problem.
 */
@Readiness
@ApplicationScoped
public class TenantConfigReadiness implements HealthCheck {

  @Inject TenantDirectory tenants;

  @Override
  public HealthCheckResponse call() {
    var served = tenants.all();
    var r =
        HealthCheckResponse.named("tenant-config")
            .withData("served", served.size())
            .withData("refused", tenants.refused().size());
    served.forEach(t -> r.withData("tenant." + t.id().value(), "served"));
    tenants
        .refused()
        .forEach(
            (id, problems) ->
                r.withData(
                    "tenant." + id,
                    "refused: " + (problems.isEmpty() ? "?" : problems.get(0).toString())));
    return r.status(!served.isEmpty()).build();
  }
}
