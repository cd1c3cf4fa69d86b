package org.tourismpolicing.mediation.it.support;

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
 * Test deployments as an integrator builds a WAR with the mediation module: the module's packaged
 * jar and its runtime libraries (core's jar among them, no other module) in {@code WEB-INF/lib},
 * plus the test beans named by the caller.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive mediationAlone(String name, Class<?>... testBeans) {
    Path jar = Path.of(required("mediation.it.module.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the module jar " + jar + " is missing: run mvn verify");
    }
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addClasses(testBeans)
            .addAsWebInfResource(
                new StringAsset(
                    "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"annotated\"/>"),
                "beans.xml")
            .addAsLibrary(jar.toFile())
            .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    for (File lib : libraries(Path.of(required("mediation.it.libs.dir")))) {
      war.addAsLibrary(lib);
    }
    return war;
  }

  /** The jar a test library's class came from, for the in-container tests' assertions. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }

  private static File[] libraries(Path dir) {
    try (Stream<Path> listing = Files.list(dir)) {
      File[] libs =
          listing
              .filter(p -> p.toString().endsWith(".jar"))
              .sorted()
              .map(Path::toFile)
              .toArray(File[]::new);
      boolean hasCore = Stream.of(libs).anyMatch(f -> f.getName().startsWith("core-"));
      boolean hasOtherModule =
          Stream.of(libs).anyMatch(f -> f.getName().startsWith("kiosk-registry-"));
      if (!hasCore || hasOtherModule) {
        throw new IllegalStateException(dir + " must hold core and no other module");
      }
      return libs;
    } catch (IOException e) {
      throw new UncheckedIOException(dir.toString(), e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run the tests through Maven");
    }
    return value;
  }
}
