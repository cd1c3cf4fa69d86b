package org.tourismpolicing.core.tenant.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads tenant folders: {@code <root>/<tenant-id>/tenant.yaml} plus one {@code <module>.yaml} per
 * configured module. A folder without {@code tenant.yaml} (such as {@code schema/}) is not a
 * tenant.
 */
public final class TenantFolders {

  /** Duplicate keys are an error in YAML; silently keeping the last one would lose data. */
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

  private TenantFolders() {}

  /** A folder's documents, or the reasons it could not be read. */
  public record Read(String folderName, TenantDocuments documents, List<ConfigProblem> problems) {}

  public static List<Read> readAll(Path root) throws IOException {
    List<Read> result = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path folder : children.sorted().toList()) {
        if (Files.isRegularFile(folder.resolve(TenantDocuments.CORE + ".yaml"))
            || Files.isRegularFile(folder.resolve(TenantDocuments.CORE + ".yml"))) {
          result.add(read(folder));
        }
      }
    }
    return result;
  }

  public static Read read(Path folder) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    Map<String, String> fileNames = new LinkedHashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".yaml") && !fileName.endsWith(".yml")) {
          continue;
        }
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        String other = fileNames.putIfAbsent(name, fileName);
        if (other != null) {
          problems.add(
              new ConfigProblem(
                  fileName, "", "the folder also has " + other + "; keep only one of the two"));
          continue;
        }
        try {
          JsonNode node = YAML.readTree(Files.readString(file));
          if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(new ConfigProblem(fileName, "", "the document is empty"));
          } else {
            docs.put(name, node);
          }
        } catch (JacksonException e) {
          String where = position(e);
          problems.add(
              new ConfigProblem(fileName, where, "not valid YAML: " + e.getOriginalMessage()));
        }
      }
    }
    String folderName = folder.getFileName().toString();
    return new Read(folderName, TenantDocuments.fromFiles(docs, fileNames, folderName), problems);
  }

  /**
   * Where the YAML went wrong: the parser's own mark of the problem when it has one (Jackson's
   * location is where it last succeeded), 1-based.
   */
  private static String position(JacksonException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
        var mark = marked.getProblemMark().get();
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      }
    }
    TokenStreamLocation at = e.getLocation();
    return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
