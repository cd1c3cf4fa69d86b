package org.tourismpolicing.core.tenant.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.tenant.TenantDirectory;

/**
 * Loads the tenants at start-up: every folder under {@code tp.tenant-config.directory}, then every
 * tenant onboarded through the platform API. A folder is imported only when its documents (or the
 * deployed modules) changed since it was last applied, so runtime changes made through the API or
 * by staff survive a restart with unchanged files. A refused tenant is reported — file, field,
 * problem — and the others still start.
 */
@ApplicationScoped
public class TenantConfigBootstrap {

  static final String FOLDER_ACTOR = "system:tenant-config";

  private static final Logger LOG = Logger.getLogger(TenantConfigBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "tp.tenant-config.directory")
  Optional<String> directory;

  @Inject TenantLoader loader;
  @Inject TenantStore store;
  @Inject TenantDirectory tenants;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS) @Initialized(ApplicationScoped.class)
          Object ignored) {
    Set<String> fromFolders = loadFolders();
    loadStored(fromFolders);
    LOG.info(
        () ->
            "serving "
                + tenants.all().size()
                + " tenant(s): "
                + tenants.all().stream().map(t -> t.id().value()).toList()
                + (tenants.refused().isEmpty() ? "" : "; refused: " + tenants.refused().keySet()));
  }

  private Set<String> loadFolders() {
    Set<String> handled = new HashSet<>();
    if (directory.isEmpty() || directory.get().isBlank()) {
      LOG.info("tp.tenant-config.directory is not set: no tenant folders to load");
      return handled;
    }
    Path root = Path.of(directory.get());
    if (!Files.isDirectory(root)) {
      LOG.severe(
          () ->
              "tp.tenant-config.directory "
                  + root
                  + " is not a directory: no tenant folders loaded");
      return handled;
    }
    List<TenantFolders.Read> folders;
    try {
      folders = TenantFolders.readAll(root);
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "cannot list tenant folders in " + root, e);
      return handled;
    }
    for (TenantFolders.Read folder : folders) {
      handled.add(folder.folderName());
      if (!folder.problems().isEmpty()) {
        refuse(folder.folderName(), folder.problems());
        continue;
      }
      applyFolder(folder);
    }
    return handled;
  }

  private void applyFolder(TenantFolders.Read folder) {
    String id = folder.folderName();
    try {
      String fileRevision = loader.effectiveRevision(folder.documents());
      Optional<TenantRecord> stored = store.record(id);
      if (stored.isPresent() && fileRevision.equals(stored.get().fileRevision())) {
        // folder unchanged since it was applied: serve what is stored (it may hold API updates)
        Optional<TenantRecord> current = stored;
        if (!current
            .get()
            .revision()
            .equals(loader.effectiveRevision(store.documents(current.get())))) {
          loader.apply(store.documents(current.get()), id, null, FOLDER_ACTOR);
        } else {
          tenants.register(loader.check(store.documents(current.get()), id));
        }
        return;
      }
      loader.apply(folder.documents(), id, fileRevision, FOLDER_ACTOR);
    } catch (TenantConfigException e) {
      refuse(id, e.problems());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "tenant " + id + " could not be imported; it is not served", e);
      tenants.recordRefusal(
          id, List.of(new ConfigProblem(id, "", "import failed: " + e.getClass().getSimpleName())));
    }
  }

  private void loadStored(Set<String> fromFolders) {
    for (TenantRecord r : store.records()) {
      if (fromFolders.contains(r.id())) {
        continue;
      }
      try {
        TenantDocuments docs = store.documents(r);
        if (!r.revision().equals(loader.effectiveRevision(docs))) {
          loader.apply(docs, r.id(), null, FOLDER_ACTOR);
        } else {
          tenants.register(loader.check(docs, r.id()));
        }
      } catch (TenantConfigException e) {
        refuse(r.id(), e.problems());
      }
    }
  }

  private void refuse(String tenant, List<ConfigProblem> problems) {
    tenants.recordRefusal(tenant, problems);
    StringBuilder message =
        new StringBuilder("tenant ")
            .append(tenant)
            .append(" is NOT served; its documents were refused:");
    problems.forEach(p -> message.append("\n  ").append(p));
    LOG.severe(message::toString);
  }
}
