package org.tourismpolicing.core.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantDirectory;

/**
 * The last start-up line: where to go next. In development mode it tells a new user where the
 * OpenAPI UI is and how to get a demo token for each served tenant.
 */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  @Inject TenantDirectory tenants;

  /** Liberty exposes its server variables to MicroProfile Config; 9080 is Liberty's default. */
  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  String httpPort;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 100) @Initialized(ApplicationScoped.class)
          Object ignored) {
    String base = "http://localhost:" + httpPort;
    String served =
        tenants.all().stream().map(t -> t.id().value()).collect(Collectors.joining(", "));
    StringBuilder b = new StringBuilder("\n");
    b.append("Tourism policing is up, serving: ").append(served.isEmpty() ? "(no tenant)" : served);
    b.append("\n  OpenAPI UI:  ").append(base).append("/openapi/ui");
    b.append("\n  Health:      ").append(base).append("/health/ready");
    if (DevMode.isEnabled()) {
      String example =
          tenants.all().stream().findFirst().map(t -> t.id().value()).orElse("dali-gucheng");
      b.append("\n  Demo token:  curl '")
          .append(base)
          .append("/api/dev/tokens?tenant=")
          .append(example)
          .append("&role=station-leader'")
          .append("\n  Try:         curl '")
          .append(base)
          .append("/api/")
          .append(example)
          .append("/kiosk-registry/public/kiosks/nearest?lat=25.6925&lon=100.1628'");
    }
    LOG.info(b::toString);
  }
}
