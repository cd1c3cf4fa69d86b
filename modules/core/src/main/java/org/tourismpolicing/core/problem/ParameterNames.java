package org.tourismpolicing.core.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;

/** The name a resource method's parameter has on the wire, so a problem can name it. */
final class ParameterNames {

  private ParameterNames() {}

  /** The query, path, header … name among {@code annotations}, or null for the request body. */
  static String wireName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      } else if (a instanceof PathParam p) {
        return p.value();
      } else if (a instanceof HeaderParam h) {
        return h.value();
      } else if (a instanceof MatrixParam m) {
        return m.value();
      } else if (a instanceof FormParam f) {
        return f.value();
      } else if (a instanceof CookieParam c) {
        return c.value();
      }
    }
    return null;
  }
}
