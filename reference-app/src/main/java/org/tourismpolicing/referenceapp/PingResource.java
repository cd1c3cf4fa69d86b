package org.tourismpolicing.referenceapp;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An operation that does nothing: a liveness probe for load balancers that only want to know the
 * HTTP stack answers, and the benchmark's baseline. It passes through the same JAX-RS filters as
 * every other operation (tenant access, request size), so what the benchmark measures against it is
 * the cost of the HTTP server, JAX-RS and those filters alone; tenant-scoped reads are compared
 * with it (docs/performance.md).
 */
@Path("ping")
@Tag(name = "platform")
@ApplicationScoped
public class PingResource {

  @GET
  @PermitAll
  @Operation(
      summary = "Do nothing and answer 204",
      description =
          "A no-op: the HTTP stack and the application's request filters are up. It says nothing"
              + " about the database or the tenants; readiness is /health/ready.")
  @APIResponse(responseCode = "204", description = "The application answers")
  public Response ping() {
    return Response.noContent().build();
  }
}
