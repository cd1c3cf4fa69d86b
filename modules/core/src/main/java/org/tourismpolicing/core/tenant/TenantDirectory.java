package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.tenant.config.ConfigProblem;
import org.tourismpolicing.core.tenant.config.TenantStore;

/**
 * The tenants this server serves, kept in memory and refreshed from the tenant register in the
 * database (so a tenant onboarded through another instance is found on first use), plus the tenants
 * whose documents were refused, with their problems.
 */
@ApplicationScoped
public class TenantDirectory {

  /** How long an unknown tenant id is remembered as unknown before the database is asked again. */
  private static final Duration NEGATIVE_CACHE = Duration.ofSeconds(10);

  @Inject TenantStore store;

  /**
   * The real clock, not the application's adjustable one: a test moving time must not keep an
   * onboarded tenant "unknown".
   */
  private final Clock clock = Clock.systemUTC();

  private final Map<TenantId, Tenant> loaded = new ConcurrentHashMap<>();
  private final Map<String, List<ConfigProblem>> refused = new ConcurrentHashMap<>();
  private final Map<TenantId, Instant> unknownUntil = new ConcurrentHashMap<>();

  /** The tenant, if this deployment serves it. */
  public Optional<Tenant> find(TenantId id) {
    Tenant t = loaded.get(id);
    if (t != null) {
      return Optional.of(t);
    }
    Instant now = clock.instant();
    Instant until = unknownUntil.get(id);
    if (until != null && now.isBefore(until)) {
      return Optional.empty();
    }
    Optional<Tenant> fromStore = store.loadStored(id);
    if (fromStore.isPresent()) {
      register(fromStore.get());
    } else {
      unknownUntil.put(id, now.plus(NEGATIVE_CACHE));
    }
    return fromStore;
  }

  /** The tenant of the current request or unit of work; 404 if it is gone. */
  public Tenant require(TenantId id) {
    return find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.TENANT_NOT_FOUND, "tenant-not-found.detail", id.value()));
  }

  public Collection<Tenant> all() {
    return loaded.values().stream().sorted(Comparator.comparing(t -> t.id().value())).toList();
  }

  public Optional<Tenant> loaded(TenantId id) {
    return Optional.ofNullable(loaded.get(id));
  }

  public void register(Tenant tenant) {
    loaded.put(tenant.id(), tenant);
    refused.remove(tenant.id().value());
    unknownUntil.remove(tenant.id());
  }

  public void recordRefusal(String tenant, List<ConfigProblem> problems) {
    refused.put(tenant, List.copyOf(problems));
  }

  /** Tenants whose documents were refused at start-up or refresh, with every problem. */
  public Map<String, List<ConfigProblem>> refused() {
    return Map.copyOf(refused);
  }
}
