package org.tourismpolicing.core.tenant.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads tenant folders: {@code <root>/<tenant-id>/tenant.yaml} plus one {@code <module>.yaml} per
 * configured module. A folder without {@code tenant.yaml} (such as {@code schema/}) is not a
 * tenant.
 */
public final class TenantFolders {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private TenantFolders() {}

  /** A folder's documents, or the reasons it could not be read. */
  public record Read(String folderName, TenantDocuments documents, List<ConfigProblem> problems) {}

  public static List<Read> readAll(Path root) throws IOException {
    List<Read> result = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path folder : children.sorted().toList()) {
        if (Files.isRegularFile(folder.resolve(TenantDocuments.CORE + ".yaml"))) {
          result.add(read(folder));
        }
      }
    }
    return result;
  }

  public static Read read(Path folder) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".yaml") && !fileName.endsWith(".yml")) {
          continue;
        }
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        try {
          JsonNode node = YAML.readTree(Files.readString(file));
          if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(new ConfigProblem(fileName, "", "the document is empty"));
          } else {
            docs.put(name, node);
          }
        } catch (JacksonException e) {
          TokenStreamLocation at = e.getLocation();
          String where =
              at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
          problems.add(
              new ConfigProblem(fileName, where, "not valid YAML: " + e.getOriginalMessage()));
        }
      }
    }
    String folderName = folder.getFileName().toString();
    return new Read(folderName, TenantDocuments.fromFiles(docs, folderName), problems);
  }
}
