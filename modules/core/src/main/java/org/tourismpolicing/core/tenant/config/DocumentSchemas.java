package org.tourismpolicing.core.tenant.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Compiled JSON schemas (draft 2020-12) of the tenant documents, loaded once per resource. */
public final class DocumentSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

  private DocumentSchemas() {}

  /**
   * Checks {@code document} against the schema at {@code resource} (read through {@code owner}).
   */
  public static void check(
      Class<?> owner, String resource, JsonNode document, ConfigProblems problems) {
    Schema schema = COMPILED.computeIfAbsent(resource, r -> load(owner, r));
    List<Error> errors = schema.validate(document);
    for (Error e : errors) {
      problems.add(pointer(e), e.getMessage());
    }
  }

  private static Schema load(Class<?> owner, String resource) {
    try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema " + resource + " is not on the class path");
      }
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The instance location as a JSON pointer ({@code /zones/1/polygon}). */
  static String pointer(Error e) {
    var location = e.getInstanceLocation();
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      // RFC 6901: '~' and '/' inside a member name are escaped
      pointer
          .append('/')
          .append(String.valueOf(location.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
