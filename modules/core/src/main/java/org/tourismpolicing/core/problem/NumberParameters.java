package org.tourismpolicing.core.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads number parameters so that {@code ?lat=north} is a 400 naming {@code lat}. Left to itself,
 * JAX-RS answers an unreadable query or path parameter with 404, as if the resource did not exist.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

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
          // a WebApplicationException is passed on as it is; the mapper answers with its problem
          throw new BadRequestException(ProblemException.invalid(name, "validation.number", value));
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
