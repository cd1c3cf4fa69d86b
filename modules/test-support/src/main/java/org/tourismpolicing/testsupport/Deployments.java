package org.tourismpolicing.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment, built as an integrator builds theirs: the module's packaged jar and its
 * runtime dependencies (core among them) in {@code WEB-INF/lib}, plus the few test classes named by
 * the caller. Nothing of the module is added class by class, so what is tested is the jar that
 * ships.
 */
public final class Deployments {

  private static final String BEANS_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"
             bean-discovery-mode="annotated"/>
      """;

  private Deployments() {}

  /**
   * A WAR named {@code name}.war holding the module jar, its runtime libraries and {@code classes}
   * (the test application class, test beans). Its context root is {@code name}.
   */
  public static WebArchive embedding(String name, Class<?>... classes) {
    Path moduleJar = Path.of(Tokens.property("it.module.jar"));
    if (!Files.isRegularFile(moduleJar)) {
      throw new IllegalStateException(moduleJar + " is missing: run through Maven (mvn verify)");
    }
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addClasses(classes)
        .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
        .addAsLibrary(moduleJar.toFile())
        .addAsLibraries(runtimeLibraries());
  }

  private static File[] runtimeLibraries() {
    Path dir = Path.of(Tokens.property("it.libs.dir"));
    try (Stream<Path> files = Files.list(dir)) {
      File[] jars =
          files
              .filter(f -> f.toString().endsWith(".jar"))
              .sorted()
              .map(Path::toFile)
              .toArray(File[]::new);
      if (Stream.of(jars).noneMatch(f -> f.getName().startsWith("core-"))) {
        throw new IllegalStateException("core's jar is not among the runtime libraries in " + dir);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
