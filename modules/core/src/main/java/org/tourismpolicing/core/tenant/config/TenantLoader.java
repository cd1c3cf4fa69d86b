package org.tourismpolicing.core.tenant.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantWork;
import tools.jackson.databind.JsonNode;

/**
 * Turns a tenant's documents into a running tenant: checks them completely (every problem, with
 * document and field), then imports them in one transaction and only then makes the tenant visible.
 * A refused or failed tenant leaves nothing behind and does not affect other tenants.
 */
@ApplicationScoped
public class TenantLoader {

  static final String CORE_SCHEMA = "META-INF/tenant-config/tenant.schema.json";

  private static final Logger LOG = Logger.getLogger(TenantLoader.class.getName());

  @Inject Instance<TenantModuleConfig<?>> modules;
  @Inject TenantWork work;
  @Inject TenantImport importer;
  @Inject TenantDirectory directory;

  /** The module documents this deployment understands, in a stable order. */
  public List<TenantModuleConfig<?>> deployedModules() {
    List<TenantModuleConfig<?>> list = new ArrayList<>();
    modules.forEach(list::add);
    list.sort(Comparator.comparing(TenantModuleConfig::name));
    return list;
  }

  /**
   * The revision under which these documents are applied by this deployment: the content plus the
   * deployed modules, so that adding a module re-imports every tenant for it.
   */
  public String effectiveRevision(TenantDocuments docs) {
    StringBuilder b = new StringBuilder(docs.revision());
    deployedModules().forEach(m -> b.append('|').append(m.name()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Checks and binds the documents without changing anything.
   *
   * @param expectedId the id the tenant is addressed by (folder name, API path), or null
   * @throws TenantConfigException listing every problem found
   */
  public Tenant check(TenantDocuments docs, String expectedId) {
    return bind(docs, expectedId).tenant();
  }

  /**
   * Checks, imports and registers the tenant.
   *
   * @param fileRevision the folder revision to remember (null when the API applies it)
   */
  public Tenant apply(TenantDocuments docs, String expectedId, String fileRevision, String actor) {
    Bound bound = bind(docs, expectedId);
    work.run(
        bound.tenant().id(),
        () -> importer.importTenant(bound.tenant(), docs, bound.settings(), fileRevision, actor));
    directory.register(bound.tenant());
    LOG.info(
        () ->
            "tenant "
                + bound.tenant().id()
                + " applied from "
                + docs.origin()
                + " (revision "
                + bound.tenant().revision().substring(0, 12)
                + ")");
    return bound.tenant();
  }

  record Bound(Tenant tenant, Map<TenantModuleConfig<?>, Object> settings) {}

  private Bound bind(TenantDocuments docs, String expectedId) {
    List<ConfigProblem> problems = new ArrayList<>();
    String tenantName = expectedId != null ? expectedId : idOf(docs);
    Optional<JsonNode> core = docs.document(TenantDocuments.CORE);
    ConfigProblems coreProblems = new ConfigProblems(docs.label(TenantDocuments.CORE), problems);
    if (core.isEmpty()) {
      coreProblems.add("", "the core document is missing");
    } else {
      DocumentSchemas.check(TenantLoader.class, CORE_SCHEMA, core.get(), coreProblems);
    }
    List<TenantModuleConfig<?>> deployed = deployedModules();
    for (TenantModuleConfig<?> m : deployed) {
      docs.document(m.name())
          .ifPresent(
              d ->
                  DocumentSchemas.check(
                      m.getClass(),
                      m.schemaResource(),
                      d,
                      new ConfigProblems(docs.label(m.name()), problems)));
    }
    for (String name : docs.all().keySet()) {
      if (!name.equals(TenantDocuments.CORE)
          && deployed.stream().noneMatch(m -> m.name().equals(name))) {
        LOG.info(
            () -> tenantName + ": document " + name + " is ignored, no such module is deployed");
      }
    }
    if (!problems.isEmpty()) {
      throw new TenantConfigException(tenantName, problems);
    }
    String revision = effectiveRevision(docs);
    Tenant base = CoreTenantBinder.bind(core.get(), expectedId, revision, coreProblems);
    if (base == null) {
      throw new TenantConfigException(tenantName, problems);
    }
    Map<TenantModuleConfig<?>, Object> settings = new LinkedHashMap<>();
    Map<String, Object> byName = new LinkedHashMap<>();
    for (TenantModuleConfig<?> m : deployed) {
      Object s =
          m.bind(
              docs.document(m.name()).orElse(null),
              base,
              new ConfigProblems(docs.label(m.name()), problems));
      settings.put(m, s);
      byName.put(m.name(), s);
    }
    if (!problems.isEmpty()) {
      throw new TenantConfigException(tenantName, problems);
    }
    Tenant tenant =
        new Tenant(
            base.id(),
            base.names(),
            base.timeZone(),
            base.languages(),
            base.currency(),
            base.documentCoordinates(),
            base.publicHolidays(),
            base.geography(),
            base.departments(),
            base.officers(),
            revision,
            byName,
            base.tiles());
    return new Bound(tenant, settings);
  }

  private static String idOf(TenantDocuments docs) {
    return docs.document(TenantDocuments.CORE)
        .map(d -> d.get("id"))
        .filter(JsonNode::isString)
        .map(JsonNode::asString)
        .orElse("(unnamed)");
  }
}
