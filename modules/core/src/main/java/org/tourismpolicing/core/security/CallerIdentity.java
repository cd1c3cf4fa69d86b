package org.tourismpolicing.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Who is calling, as the token says: name, roles, the tenants the caller is entitled to, and for a
 * partner-department user the department. Outside a request (start-up, scheduled work) the caller
 * is the system itself.
 */
@RequestScoped
public class CallerIdentity {

  /** Claim listing the tenants a token is entitled to. */
  public static final String TENANTS_CLAIM = "tenants";

  /** Claim naming a partner-department user's department. */
  public static final String DEPARTMENT_CLAIM = "department";

  public static final String SYSTEM = "system";

  /**
   * The servlet request whose principal is the verified token. Read instead of injecting {@code
   * JsonWebToken}: asking Liberty for that bean on a request without a token (public endpoints,
   * scheduled work) logs an error (CWWKS5604E) each time, though nothing is wrong.
   */
  @Inject Instance<HttpServletRequest> requests;

  private JsonWebToken token;
  private boolean tokenLookedUp;
  private String systemActor;

  /** Marks this unit of work as done by the system (a job), naming it for the audit trail. */
  public void actAsSystem(String job) {
    this.systemActor = SYSTEM + ":" + job;
  }

  public boolean isAuthenticated() {
    return principal().isPresent();
  }

  /** The stable name of the caller for the audit trail: the token's {@code upn} or subject. */
  public String name() {
    if (systemActor != null) {
      return systemActor;
    }
    return principal().map(Principal::getName).orElse(SYSTEM);
  }

  public Set<String> roles() {
    if (!hasToken()) {
      return Set.of();
    }
    return token.getGroups() == null ? Set.of() : token.getGroups();
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  public boolean hasAnyRole(Collection<String> wanted) {
    return wanted.stream().anyMatch(this::hasRole);
  }

  /** Platform admins are entitled to every tenant; everyone else to those their token lists. */
  public boolean isEntitledTo(TenantId tenant) {
    if (hasRole(Roles.PLATFORM_ADMIN)) {
      return true;
    }
    if (!hasToken()) {
      return false;
    }
    Object claim = token.getClaim(TENANTS_CLAIM);
    if (claim instanceof Collection<?> list) {
      return list.stream().anyMatch(t -> tenant.value().equals(unquote(String.valueOf(t))));
    }
    if (claim instanceof jakarta.json.JsonArray array) {
      return array.stream().anyMatch(v -> tenant.value().equals(unquote(v.toString())));
    }
    return claim != null && tenant.value().equals(unquote(String.valueOf(claim)));
  }

  /** The department of a partner-department user. */
  public Optional<String> department() {
    if (!hasToken()) {
      return Optional.empty();
    }
    Object claim = token.getClaim(DEPARTMENT_CLAIM);
    return claim == null ? Optional.empty() : Optional.of(unquote(String.valueOf(claim)));
  }

  private boolean hasToken() {
    if (!tokenLookedUp) {
      tokenLookedUp = true;
      try {
        Principal p = requests.get().getUserPrincipal();
        token = p instanceof JsonWebToken jwt && jwt.getRawToken() != null ? jwt : null;
      } catch (RuntimeException e) {
        // no servlet request here (scheduled work, start-up): the caller is the system
        token = null;
      }
    }
    return token != null;
  }

  private Optional<Principal> principal() {
    return hasToken() ? Optional.of(token) : Optional.empty();
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
