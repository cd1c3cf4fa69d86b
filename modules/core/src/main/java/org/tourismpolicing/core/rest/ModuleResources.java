package org.tourismpolicing.core.rest;

import jakarta.ws.rs.container.ResourceInfo;

/**
 * Which JAX-RS resources are the modules' own: classes in the {@code org.tourismpolicing} package
 * tree (core's, the modules', the reference application's). Core's filters, body limit, parameter
 * converters and problem answers act on these only, so a module embedded in a host application
 * leaves the host's own endpoints as they were (docs/embedding.md).
 *
 * <p>By package rather than by a marker annotation on purpose: a module resource cannot be
 * forgotten, so none can escape tenant admission by a missing annotation.
 */
public final class ModuleResources {

  /** The package tree of the project's code; a host application must not put classes in it. */
  public static final String PACKAGE = "org.tourismpolicing";

  private ModuleResources() {}

  public static boolean owns(Class<?> resourceClass) {
    if (resourceClass == null) {
      return false;
    }
    String name = resourceClass.getName();
    return name.startsWith(PACKAGE + ".");
  }

  /** Whether the request matched a module's resource; false before matching or for none. */
  public static boolean owns(ResourceInfo resource) {
    try {
      return resource != null && owns(resource.getResourceClass());
    } catch (IllegalStateException outsideARequest) {
      return false;
    }
  }
}
