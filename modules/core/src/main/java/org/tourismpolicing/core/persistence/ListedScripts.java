package org.tourismpolicing.core.persistence;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway a module's migration scripts by name, read through the module's class loader,
 * instead of letting Flyway scan a class path it cannot list inside an application server.
 */
final class ListedScripts implements ResourceProvider {

  private final ModuleSchema schema;
  private final ClassLoader loader;

  ListedScripts(ModuleSchema schema) {
    this.schema = schema;
    this.loader = schema.getClass().getClassLoader();
  }

  @Override
  public LoadableResource getResource(String name) {
    return schema.scripts().contains(name) ? new Script(name) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<String> wanted = Arrays.asList(suffixes);
    return schema.scripts().stream()
        .filter(n -> n.startsWith(prefix) && wanted.stream().anyMatch(n::endsWith))
        .map(n -> (LoadableResource) new Script(n))
        .toList();
  }

  private final class Script extends LoadableResource {
    private final String name;

    Script(String name) {
      this.name = name;
    }

    private String path() {
      return schema.location() + "/" + name;
    }

    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(path());
      if (in == null) {
        throw new UncheckedIOException(
            new java.io.FileNotFoundException(
                "migration "
                    + path()
                    + " of module "
                    + schema.module()
                    + " is not on the class path"));
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return path();
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return path();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
