package org.tourismpolicing.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * No container engine runs on the build machines, so the image is never built here. What can be
 * checked is checked: the recipe's instructions against the build context the build prepares
 * (target/container, the same files the package holds), the features, and the user.
 */
class ContainerfileTest {

  private static final Path CONTEXT = Path.of(System.getProperty("container.dir"));

  record Instruction(String keyword, List<String> args) {}

  /** Dockerfile syntax as far as this recipe uses it: comments, continuation lines, words. */
  static List<Instruction> parse(Path file) throws IOException {
    List<Instruction> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : Files.readAllLines(file)) {
      String t = raw.strip();
      if (line.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
        continue;
      }
      if (t.endsWith("\\")) {
        line.append(t, 0, t.length() - 1).append(' ');
        continue;
      }
      line.append(t);
      String[] words = line.toString().trim().split("\\s+");
      out.add(new Instruction(words[0].toUpperCase(), List.of(words).subList(1, words.length)));
      line.setLength(0);
    }
    return out;
  }

  private static List<Instruction> recipe() throws IOException {
    Path file = CONTEXT.resolve("Containerfile");
    assertThat(file).as("the build copies the recipe into its context").exists();
    return parse(file);
  }

  /** COPY's sources: every word that is neither an option nor the last (the destination). */
  private static List<String> sources(Instruction copy) {
    List<String> words = copy.args().stream().filter(a -> !a.startsWith("--")).toList();
    return words.subList(0, words.size() - 1);
  }

  @Test
  void startsFromTheOfficialOpenLibertyKernelImage() throws IOException {
    List<Instruction> recipe = recipe();
    assertThat(recipe.get(0).keyword()).isEqualTo("FROM");
    assertThat(recipe.get(0).args().get(0))
        .startsWith("icr.io/appcafe/open-liberty:")
        .contains("kernel-slim")
        .contains("java17");
  }

  @Test
  void everyFileItCopiesIsInTheBuildContextAndEveryPackagedFileIsCopied() throws IOException {
    Set<String> copied = new TreeSet<>();
    for (Instruction i : recipe()) {
      if (i.keyword().equals("COPY") || i.keyword().equals("ADD")) {
        assertThat(i.keyword()).as("COPY, not ADD (no URLs, no unpacking)").isEqualTo("COPY");
        assertThat(i.args()).as("owned by the image's user").contains("--chown=1001:0");
        for (String source : sources(i)) {
          Path p = CONTEXT.resolve(source);
          assertThat(p).as(source).exists();
          try (Stream<Path> files = Files.walk(p)) {
            files
                .filter(Files::isRegularFile)
                .forEach(f -> copied.add(CONTEXT.relativize(f).toString()));
          }
        }
      }
    }
    Set<String> packaged;
    try (Stream<Path> files = Files.walk(CONTEXT)) {
      packaged =
          files
              .filter(Files::isRegularFile)
              .map(f -> CONTEXT.relativize(f).toString())
              .filter(f -> !f.equals("Containerfile"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(copied).isEqualTo(packaged);
    assertThat(packaged)
        .contains(
            "config/server.xml",
            "config/bootstrap.properties",
            "config/configDropins/overrides/jvm.options",
            "config/apps/reference-app.war")
        .noneMatch(f -> f.contains("h2"));
    assertThat(packaged.stream().filter(f -> f.startsWith("jdbc/mariadb/")))
        .singleElement()
        .satisfies(f -> assertThat(f).matches("jdbc/mariadb/mariadb-java-client-[0-9.]+\\.jar"));
  }

  @Test
  void installsExactlyTheFeaturesOfTheReferenceAppsServerXml() throws Exception {
    List<Instruction> recipe = recipe();
    int features = indexOf(recipe, "RUN", "features.sh");
    int serverXml = -1;
    for (int n = 0; n < recipe.size(); n++) {
      if (recipe.get(n).keyword().equals("COPY")
          && sources(recipe.get(n)).contains("config/server.xml")) {
        serverXml = n;
      }
    }
    assertThat(serverXml).as("server.xml is in place before features.sh").isBetween(0, features);
    assertThat(indexOf(recipe, "RUN", "configure.sh")).isGreaterThan(features);

    Set<String> image = featuresOf(CONTEXT.resolve("config/server.xml"));
    Set<String> reference =
        featuresOf(Path.of(System.getProperty("reference.app.config")).resolve("server.xml"));
    assertThat(image).isEqualTo(reference).contains("mpHealth-4.0", "mpJwt-2.1");
    // no other file of the configuration asks for more
    try (Stream<Path> xml = Files.walk(CONTEXT.resolve("config"))) {
      for (Path f : xml.filter(p -> p.toString().endsWith(".xml")).toList()) {
        if (!f.endsWith("server.xml")) {
          assertThat(featuresOf(f)).as(f.toString()).isEmpty();
        }
      }
    }
  }

  @Test
  void runsAsANonRootUser() throws IOException {
    List<Instruction> users = recipe().stream().filter(i -> i.keyword().equals("USER")).toList();
    assertThat(users).isNotEmpty();
    String last = users.get(users.size() - 1).args().get(0).split(":")[0];
    assertThat(last).isNotIn("0", "root").matches("[1-9][0-9]*");
  }

  private static int indexOf(List<Instruction> recipe, String keyword, String word) {
    for (int n = 0; n < recipe.size(); n++) {
      if (recipe.get(n).keyword().equals(keyword) && recipe.get(n).args().contains(word)) {
        return n;
      }
    }
    throw new AssertionError(keyword + " " + word + " is missing");
  }

  static Set<String> featuresOf(Path serverXml) throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(serverXml.toFile());
    NodeList nodes = doc.getElementsByTagName("feature");
    Set<String> out = new TreeSet<>();
    for (int n = 0; n < nodes.getLength(); n++) {
      out.add(nodes.item(n).getTextContent().trim());
    }
    return out;
  }
}
