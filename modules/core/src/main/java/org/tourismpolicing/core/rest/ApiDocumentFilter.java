package org.tourismpolicing.core.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The OpenAPI document as generators and linters read it: everything {@link ProblemResponsesFilter}
 * documents, plus
 *
 * <ul>
 *   <li>an explicit empty security requirement ({@code security: []}) on every operation that
 *       declares none: the operations of the public resources ({@code @PermitAll}), whose classes
 *       carry no {@code @SecurityRequirement}, while every protected resource names {@code jwt};
 *   <li>a stable {@code operationId} on every operation that has none from an annotation, derived
 *       from its method and path by {@link #operationId(String, String)}, unique in the document.
 * </ul>
 *
 * Set {@code mp.openapi.filter} to this class.
 */
public class ApiDocumentFilter extends ProblemResponsesFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    super.filterOpenAPI(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    // sorted by path, then by method: the same document gets the same ids on every start
    Map<String, PathItem> paths = new TreeMap<>(openAPI.getPaths().getPathItems());
    Set<String> taken = new HashSet<>();
    List<Runnable> derived = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : paths.entrySet()) {
      Map<PathItem.HttpMethod, Operation> operations =
          new TreeMap<>(path.getValue().getOperations());
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : operations.entrySet()) {
        Operation operation = entry.getValue();
        if (operation.getSecurity() == null) {
          operation.setSecurity(new ArrayList<>());
        }
        if (operation.getOperationId() != null && !operation.getOperationId().isBlank()) {
          taken.add(operation.getOperationId());
        } else {
          String method = entry.getKey().name();
          String template = path.getKey();
          derived.add(() -> operation.setOperationId(unique(operationId(method, template), taken)));
        }
      }
    }
    // annotated ids first, so that a derived id never takes one an annotation chose
    derived.forEach(Runnable::run);
  }

  /**
   * The operationId of an operation without one: the HTTP method in lower case followed by the
   * path's segments in camel case, where {@code /api} and the {@code {tenant}} segment are left
   * out, each word of a literal segment (split at {@code -}, {@code _}, {@code .}) is capitalised,
   * and a template parameter {@code {id}} reads {@code ById}. {@code GET
   * /api/{tenant}/kiosk-registry/public/kiosks/nearest} is {@code
   * getKioskRegistryPublicKiosksNearest}; {@code POST
   * /api/{tenant}/dispatch/incidents/{id}/assignments} is {@code
   * postDispatchIncidentsByIdAssignments}.
   */
  public static String operationId(String method, String path) {
    StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()
          || (i == 1 && segment.equals("api"))
          || (i == 2 && segment.equals("{tenant}"))) {
        continue;
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        id.append("By");
        words(id, segment.substring(1, segment.length() - 1));
      } else {
        words(id, segment);
      }
    }
    return id.toString();
  }

  private static void words(StringBuilder id, String text) {
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
  }

  /** {@code id}, or if another operation has it already, {@code id2}, {@code id3} … */
  private static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + n;
    }
    return candidate;
  }
}
