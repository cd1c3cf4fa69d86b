package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tourismpolicing.core.security.CallerIdentity;

/**
 * Runs a background job tenant by tenant, each tenant in its own unit of work with the tenant set
 * explicitly (and cleared after), so one tenant's failure neither stops the others nor leaks its
 * tenant into the next. Call it from a task of a managed executor.
 */
@ApplicationScoped
public class TenantJobs {

  private static final Logger LOG = Logger.getLogger(TenantJobs.class.getName());

  @Inject TenantDirectory tenants;
  @Inject TenantWork work;
  @Inject CallerIdentity caller;

  /** Runs {@code job} for every served tenant; returns how many tenants failed. */
  public int forEachTenant(String jobName, Consumer<Tenant> job) {
    int failed = 0;
    for (Tenant tenant : tenants.all()) {
      try {
        work.run(
            tenant.id(),
            () -> {
              caller.actAsSystem(jobName);
              job.accept(tenant);
            });
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "job " + jobName + " failed for tenant " + tenant.id(), e);
      }
    }
    return failed;
  }
}
