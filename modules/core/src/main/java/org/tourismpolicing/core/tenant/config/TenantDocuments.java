package org.tourismpolicing.core.tenant.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents that describe one tenant: the core document ({@code tenant}) and one per module,
 * each with the label problems are reported under (a file name for a tenant folder, a JSON pointer
 * for the platform API). The same content whether it came from files or from the API.
 */
public final class TenantDocuments {

  /** Name of the core document. */
  public static final String CORE = "tenant";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Member order does not change the content, so it must not change the revision. */
  private static final JsonMapper CANONICAL =
      JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

  private final Map<String, JsonNode> documents;
  private final Map<String, String> labels;
  private final String origin;

  private TenantDocuments(
      Map<String, JsonNode> documents, Map<String, String> labels, String origin) {
    this.documents = Map.copyOf(documents);
    this.labels = Map.copyOf(labels);
    this.origin = origin;
  }

  /** Documents read from a tenant folder, labelled by file name ({@code name.yaml}). */
  public static TenantDocuments fromFiles(Map<String, JsonNode> byName, String folder) {
    Map<String, String> labels = new LinkedHashMap<>();
    byName.keySet().forEach(n -> labels.put(n, n + ".yaml"));
    return new TenantDocuments(byName, labels, "folder " + folder);
  }

  /** Documents read from a tenant folder, labelled by the file each came from. */
  public static TenantDocuments fromFiles(
      Map<String, JsonNode> byName, Map<String, String> fileNames, String folder) {
    Map<String, String> labels = new LinkedHashMap<>();
    byName.keySet().forEach(n -> labels.put(n, fileNames.getOrDefault(n, n + ".yaml")));
    return new TenantDocuments(byName, labels, "folder " + folder);
  }

  /**
   * Documents in the combined form the platform API takes and the database stores: {@code
   * {"tenant": {...}, "modules": {"kiosk-registry": {...}}}}.
   */
  public static TenantDocuments fromCombined(JsonNode combined, String origin) {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    // the core document is labelled even when it is missing, so that problem points at it
    labels.put(CORE, "/" + CORE);
    JsonNode core = combined == null ? null : combined.get(CORE);
    if (core != null && !core.isNull()) {
      docs.put(CORE, core);
    }
    JsonNode modules = combined == null ? null : combined.get("modules");
    if (modules != null && modules.isObject()) {
      for (var e : modules.properties()) {
        docs.put(e.getKey(), e.getValue());
        labels.put(e.getKey(), "/modules/" + e.getKey());
      }
    }
    return new TenantDocuments(docs, labels, origin);
  }

  public Optional<JsonNode> document(String name) {
    return Optional.ofNullable(documents.get(name));
  }

  public Map<String, JsonNode> all() {
    return documents;
  }

  /** How problems in document {@code name} are labelled. */
  public String label(String name) {
    return labels.getOrDefault(name, name);
  }

  /** Where the documents came from, for logs and the platform API. */
  public String origin() {
    return origin;
  }

  /** The combined form, as stored and as the platform API takes it. */
  public ObjectNode combined() {
    ObjectNode root = JSON.createObjectNode();
    JsonNode core = documents.get(CORE);
    if (core != null) {
      root.set(CORE, core);
    }
    ObjectNode modules = root.putObject("modules");
    new TreeMap<>(documents)
        .forEach(
            (name, doc) -> {
              if (!name.equals(CORE)) {
                modules.set(name, doc);
              }
            });
    return root;
  }

  public String combinedJson() {
    return JSON.writeValueAsString(combined());
  }

  /** SHA-256 of the content: equal documents give equal revisions whatever their origin. */
  public String revision() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String canonical = CANONICAL.writeValueAsString(combined());
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
