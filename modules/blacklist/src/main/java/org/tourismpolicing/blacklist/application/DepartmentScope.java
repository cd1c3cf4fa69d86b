package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;

/**
 * Department users see and act only on entries their department issued: for them any other entry
 * does not exist (404, as another tenant's). Station staff see every entry of the tenant.
 */
@ApplicationScoped
public class DepartmentScope {

  private static final List<String> STATION =
      List.of(Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN);

  @Inject CallerIdentity caller;

  /** The caller's department when it is limited to one, else empty. */
  public Optional<String> limitedTo() {
    if (caller.hasRole(Roles.PARTNER_DEPARTMENT) && !caller.hasAnyRole(STATION)) {
      return Optional.of(caller.department().orElse(""));
    }
    return Optional.empty();
  }

  public BlacklistEntry check(BlacklistEntry entry) {
    Optional<String> department = limitedTo();
    if (department.isPresent() && !entry.isIssuedBy(department.get())) {
      throw ProblemException.notFound("blacklist-entry", entry.id());
    }
    return entry;
  }
}
