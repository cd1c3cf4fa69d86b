package org.tourismpolicing.core.conditional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Puts the version of a {@link Versioned} answer into its ETag, on reads and on the answers of
 * creates and updates alike (of the modules' own resources only), so that a client can send it back
 * as {@code If-Match}.
 */
@Provider
public class ETagFilter implements ContainerResponseFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!ModuleResources.owns(resource)) {
      return; // a host application's answers are its own business
    }
    if (response.getStatus() >= 200
        && response.getStatus() < 300
        && response.getEntity() instanceof Versioned versioned
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of(versioned.version()));
    }
  }
}
