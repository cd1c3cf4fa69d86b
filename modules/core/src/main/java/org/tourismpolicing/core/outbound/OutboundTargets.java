package org.tourismpolicing.core.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's {@link TargetPolicy} for webhooks and other calls to addresses a caller names:
 * the system resolver, and the allow-list {@code tp.webhooks.allowed-targets} (comma-separated
 * address blocks and hosts that may be private, for receivers on the station's own network).
 */
@ApplicationScoped
public class OutboundTargets {

  private TargetPolicy policy;

  /** For CDI. */
  protected OutboundTargets() {}

  @Inject
  public OutboundTargets(
      @ConfigProperty(name = "tp.webhooks.allowed-targets") Optional<List<String>> allowed) {
    try {
      this.policy = new TargetPolicy(allowed.orElse(List.of()), TargetPolicy.SYSTEM);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tp.webhooks.allowed-targets: " + e.getMessage(), e);
    }
  }

  /** Made at start-up, so that a bad allow-list stops the start. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    policy();
  }

  public TargetPolicy policy() {
    return policy;
  }
}
