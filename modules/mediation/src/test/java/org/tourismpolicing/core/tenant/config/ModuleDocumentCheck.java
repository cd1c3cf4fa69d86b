package org.tourismpolicing.core.tenant.config;

import java.util.ArrayList;
import java.util.List;
import org.tourismpolicing.core.tenant.Tenant;

/**
 * Test bridge into core's configuration package: binds a tenant's core document as core does
 * ({@link CoreTenantBinder} is package-private), then one module's document against it, both
 * checked against their schemas first, so a module's tests check real or broken documents without a
 * container.
 */
public final class ModuleDocumentCheck {

  /** The module's settings (null when refused) and every problem found. */
  public record Result<S>(S settings, List<ConfigProblem> problems) {}

  private ModuleDocumentCheck() {}

  public static <S> Result<S> bind(
      TenantDocuments docs, String tenantId, TenantModuleConfig<S> module) {
    List<ConfigProblem> problems = new ArrayList<>();
    var coreDoc = docs.document(TenantDocuments.CORE).orElseThrow();
    ConfigProblems core = new ConfigProblems(docs.label(TenantDocuments.CORE), problems);
    DocumentSchemas.check(TenantLoader.class, TenantLoader.CORE_SCHEMA, coreDoc, core);
    ConfigProblems own = new ConfigProblems(docs.label(module.name()), problems);
    var moduleDoc = docs.document(module.name()).orElse(null);
    if (moduleDoc != null) {
      DocumentSchemas.check(module.getClass(), module.schemaResource(), moduleDoc, own);
    }
    if (!problems.isEmpty()) {
      return new Result<>(null, problems);
    }
    Tenant tenant = CoreTenantBinder.bind(coreDoc, tenantId, "test", core);
    S settings = tenant == null ? null : module.bind(moduleDoc, tenant, own);
    return new Result<>(problems.isEmpty() ? settings : null, problems);
  }
}
