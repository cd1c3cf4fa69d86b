package org.tourismpolicing.core.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.problem.ProblemWriter;
import org.tourismpolicing.core.rest.ModuleResources;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantResolver;

/**
 * The one place a request is admitted, in a fixed order: the tenant must exist (else 404, as for
 * any unknown resource); a non-public operation needs a token (401), the token must be entitled to
 * the tenant (403) and carry one of the operation's roles (403). Then the tenant is set for the
 * request. Operations are public only when marked {@code @PermitAll}; an operation without any
 * security annotation is refused, so forgetting one fails closed. Only the modules' resources are
 * admitted here; a host application's own endpoints keep their own security.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantAccessFilter implements ContainerRequestFilter {

  @Inject TenantResolver resolver;
  @Inject TenantDirectory tenants;
  @Inject TenantContext tenantContext;
  @Inject CallerIdentity caller;
  @Inject ProblemWriter problems;

  @Context ResourceInfo resource;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || !ModuleResources.owns(resource)) {
      return; // no matching operation (JAX-RS answers 404/405), or a host application's own
    }
    Optional<String> requested = resolver.resolve(request);
    TenantId tenant = null;
    if (requested.isPresent()) {
      String candidate = requested.get();
      if (!TenantId.isValid(candidate) || tenants.find(TenantId.of(candidate)).isEmpty()) {
        abort(request, ProblemType.TENANT_NOT_FOUND, "tenant-not-found.detail", candidate);
        return;
      }
      tenant = TenantId.of(candidate);
      // set at once, so that even a refusal below speaks the tenant's language
      tenantContext.swap(tenant);
    }
    if (isPublic(method)) {
      enter(tenant);
      return;
    }
    if (!caller.isAuthenticated()) {
      abort(request, ProblemType.UNAUTHENTICATED, "unauthenticated.detail");
      return;
    }
    if (tenant != null && !caller.isEntitledTo(tenant)) {
      abort(request, ProblemType.TENANT_NOT_ENTITLED, "tenant-not-entitled.detail", tenant.value());
      return;
    }
    List<String> allowed = allowedRoles(method);
    if (!caller.hasAnyRole(allowed)) {
      abort(request, ProblemType.FORBIDDEN, "forbidden.role", String.join(", ", allowed));
      return;
    }
    enter(tenant);
  }

  private void enter(TenantId tenant) {
    if (tenant != null) {
      tenantContext.swap(tenant);
    }
  }

  private void abort(
      ContainerRequestContext request, ProblemType type, String code, Object... args) {
    var answer = problems.write(type, code, List.of(args), List.of(), headers, uri, null);
    if (type == ProblemType.UNAUTHENTICATED) {
      answer =
          jakarta.ws.rs.core.Response.fromResponse(answer)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
              .build();
    }
    request.abortWith(answer);
  }

  private static boolean isPublic(Method method) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return false;
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return !method.isAnnotationPresent(RolesAllowed.class)
        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }

  private static List<String> allowedRoles(Method method) {
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? List.of() : List.of(roles.value());
  }
}
