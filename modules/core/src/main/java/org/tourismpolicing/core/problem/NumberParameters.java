package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Reads number parameters so that {@code ?lat=north} is a 400 naming {@code lat}. Left to itself,
 * JAX-RS answers an unreadable query or path parameter with 404, as if the resource did not exist.
 * Only for the modules' resources: a host application's parameters fail as JAX-RS lets them.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

  @Inject ProblemAnswers answers;
  @Context ResourceInfo resource;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private static final Map<Class<?>, Function<String, Object>> PARSERS =
      Map.of(
          Integer.class, Integer::valueOf,
          Long.class, Long::valueOf,
          Double.class, NumberParameters::finiteDouble);

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Function<String, Object> parser = PARSERS.get(rawType);
    String name = ParameterNames.wireName(annotations);
    if (parser == null || name == null) {
      return null;
    }
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null || value.isEmpty()) {
          return null;
        }
        try {
          return (T) parser.apply(value.trim());
        } catch (NumberFormatException e) {
          if (!ModuleResources.owns(resource)) {
            throw e; // JAX-RS answers as it would without this converter
          }
          // a finished answer: no application mapper stands between the module and its client
          throw new ProblemResponseException(
              answers.answer(
                  ProblemException.invalid(name, "validation.number", value),
                  ProblemRequest.of(headers, uri),
                  null),
              e);
        }
      }

      @Override
      public String toString(T value) {
        return value == null ? null : value.toString();
      }
    };
  }

  private static Object finiteDouble(String s) {
    double d = Double.parseDouble(s);
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new NumberFormatException(s);
    }
    return d;
  }
}
