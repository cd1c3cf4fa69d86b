package org.tourismpolicing.core.problem;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link ModuleFailures} to a resource. Put on every module resource class by {@link
 * ModuleEndpoints} at deployment, never written by hand.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModuleEndpoint {

  /** The annotation as a value, to add it to a type. */
  final class Literal extends jakarta.enterprise.util.AnnotationLiteral<ModuleEndpoint>
      implements ModuleEndpoint {
    private static final long serialVersionUID = 1L;
    static final Literal INSTANCE = new Literal();
  }
}
