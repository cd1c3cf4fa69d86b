package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures of a request, as a 400 problem that names each offending field the way
 * the client wrote it: a query parameter by its name, a body field by its path ({@code
 * position.latitude}, {@code amenities[2].kind}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Inject ProblemWriter writer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(this::toFieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return writer.write(
        ProblemType.VALIDATION, "validation.detail", List.of(), errors, headers, uri, null);
  }

  private FieldError toFieldError(ConstraintViolation<?> v) {
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    List<Object> args = new ArrayList<>();
    for (String name : List.of("min", "max", "value", "integer", "fraction")) {
      if (attributes.containsKey(name)) {
        args.add(String.valueOf(attributes.get(name)));
      }
    }
    String template = v.getMessageTemplate();
    String code =
        template.startsWith("{tp.") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : "constraint."
                + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new FieldError(fieldName(v.getPropertyPath()), code, args);
  }

  private String fieldName(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        String wire = wireName(node.as(Path.ParameterNode.class).getParameterIndex());
        if (wire != null) {
          field.append(wire);
        }
        continue;
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        appendIndex(field, node);
        continue;
      }
      if (node.getName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
      appendIndex(field, node);
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static void appendIndex(StringBuilder field, Path.Node node) {
    if (node.getIndex() != null) {
      field.append('[').append(node.getIndex()).append(']');
    } else if (node.getKey() != null) {
      field.append('[').append(node.getKey()).append(']');
    }
  }

  /** The name a parameter has on the wire, or null for the request body. */
  private String wireName(int index) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || index >= method.getParameterCount()) {
      return null;
    }
    return ParameterNames.wireName(method.getParameterAnnotations()[index]);
  }
}
