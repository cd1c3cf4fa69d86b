package org.tourismpolicing.core.tenant;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * Finds the tenant a request is addressed to. The default reads the {@code {tenant}} path parameter
 * of {@code /api/{tenant}/…}; an integrator whose system carries the tenant elsewhere (a header,
 * the host name, a claim) provides an {@code @Alternative @Priority} bean of this type.
 *
 * <p>Returns empty for requests that are not tenant-scoped (platform administration, development
 * tokens). Returns a candidate string rather than a {@link TenantId} so that malformed values can
 * be answered like unknown tenants.
 */
public interface TenantResolver {

  Optional<String> resolve(ContainerRequestContext request);
}
