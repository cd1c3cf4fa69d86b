package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant the current unit of work acts for. Request-scoped, so it dies with the request (or
 * with the request context that {@link TenantWork} opens for background work) and can never leak to
 * the next task a pooled thread runs.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenant;

  public Optional<TenantId> current() {
    return Optional.ofNullable(tenant);
  }

  /** The tenant of this unit of work; calling it outside one is a programming error. */
  public TenantId require() {
    if (tenant == null) {
      throw new IllegalStateException("no tenant is set for this unit of work");
    }
    return tenant;
  }

  /** Sets the tenant and returns the one it replaces (usually none), to be restored afterwards. */
  public TenantId swap(TenantId next) {
    TenantId previous = tenant;
    tenant = next;
    return previous;
  }
}
