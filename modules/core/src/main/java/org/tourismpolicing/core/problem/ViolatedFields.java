package org.tourismpolicing.core.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation failures of a request as the offending fields, each with a stable code. */
final class ViolatedFields {

  private ViolatedFields() {}

  /**
   * Names each field the way the client wrote it: a query parameter by its name, a body field by
   * its path ({@code position.latitude}, {@code amenities[2].kind}).
   */
  static List<FieldError> of(ConstraintViolationException e, Method method) {
    return e.getConstraintViolations().stream()
        .map(v -> toFieldError(v, method))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  private static FieldError toFieldError(ConstraintViolation<?> v, Method method) {
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
    return new FieldError(fieldName(v.getPropertyPath(), method), code, args);
  }

  private static String fieldName(Path path, Method method) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        String wire = wireName(method, node.as(Path.ParameterNode.class).getParameterIndex());
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
  private static String wireName(Method method, int index) {
    if (method == null || index >= method.getParameterCount()) {
      return null;
    }
    return ParameterNames.wireName(method.getParameterAnnotations()[index]);
  }
}
