package org.tourismpolicing.core.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The reference resolver: the tenant is the {@code {tenant}} segment of {@code /api/{tenant}/…}.
 */
@ApplicationScoped
public class PathTenantResolver implements TenantResolver {

  public static final String PATH_PARAMETER = "tenant";

  @Override
  public Optional<String> resolve(ContainerRequestContext request) {
    return Optional.ofNullable(request.getUriInfo().getPathParameters().getFirst(PATH_PARAMETER));
  }
}
