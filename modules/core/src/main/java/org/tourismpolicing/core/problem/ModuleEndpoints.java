package org.tourismpolicing.core.problem;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Binds {@link ModuleFailures} to every resource class of the modules as the application deploys,
 * so no module resource can be left without it; a host application's resources are left alone.
 */
public class ModuleEndpoints implements Extension {

  <T> void bind(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
    Class<T> resource = type.getAnnotatedType().getJavaClass();
    if (resource.isAnnotationPresent(Path.class) && ModuleResources.owns(resource)) {
      type.configureAnnotatedType().add(ModuleEndpoint.Literal.INSTANCE);
    }
  }
}
