package org.tourismpolicing.core.idempotency;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import org.tourismpolicing.core.problem.ProblemException;

/** Applies {@link Idempotent} through {@link IdempotentIntake}, the one implementation. */
@Idempotent("")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class IdempotentInterceptor {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  @Inject IdempotentIntake intake;
  @Inject Instance<HttpServletRequest> requests;

  @AroundInvoke
  public Object around(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Idempotent declared = declaration(method);
    if (!Response.class.isAssignableFrom(method.getReturnType())) {
      throw new IllegalStateException(method + " is @Idempotent but does not return a Response");
    }
    HttpServletRequest request = requests.get();
    String key = request.getHeader(IdempotentIntake.HEADER);
    if (declared.required() && (key == null || key.isBlank())) {
      throw ProblemException.invalid(IdempotentIntake.HEADER, "validation.required");
    }
    String scope = declared.value() + " " + request.getMethod() + " " + request.getRequestURI();
    return intake.handle(
        scope, key, body(method, invocation.getParameters()), () -> proceed(invocation));
  }

  private static Response proceed(InvocationContext invocation) {
    try {
      return (Response) invocation.proceed();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Idempotent declaration(Method method) {
    Idempotent declared = method.getAnnotation(Idempotent.class);
    return declared != null ? declared : method.getDeclaringClass().getAnnotation(Idempotent.class);
  }

  /** The request body: the one parameter that JAX-RS fills from the entity. */
  static Object body(Method method, Object[] arguments) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < arguments.length; i++) {
      boolean bound = false;
      for (Annotation a : annotations[i]) {
        bound |= NOT_THE_BODY.contains(a.annotationType());
      }
      if (!bound) {
        return arguments[i];
      }
    }
    return null;
  }
}
