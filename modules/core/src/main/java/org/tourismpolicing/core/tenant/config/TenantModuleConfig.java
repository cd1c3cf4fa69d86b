package org.tourismpolicing.core.tenant.config;

import org.tourismpolicing.core.tenant.Tenant;
import tools.jackson.databind.JsonNode;

/**
 * A module's part of a tenant's configuration: its document ({@code <name>.yaml} in the tenant's
 * folder, or the member {@code modules.<name>} of the platform API's body), the JSON schema it
 * follows, how it binds to the module's settings, and how the module imports its reference data
 * (kiosks, categories …) from it. Implement as an {@code @ApplicationScoped} bean; a deployment
 * without the module simply ignores its document.
 *
 * @param <S> the module's settings type, reachable later through {@link Tenant#settings}
 */
public interface TenantModuleConfig<S> {

  /** The module's name: {@code kiosk-registry}, {@code dispatch} … */
  String name();

  /** Class-path resource of the document's JSON schema. */
  String schemaResource();

  /**
   * Binds a document that passed its schema, checking what a schema cannot (references to the
   * tenant's zones or departments, opening-hours syntax …) and reporting every problem found.
   *
   * @param document the module's document, or null when the tenant has none
   * @param tenant the tenant as bound from its core document (module settings not yet set)
   */
  S bind(JsonNode document, Tenant tenant, ConfigProblems problems);

  /**
   * Imports the module's reference data for the tenant, inside the transaction that applies the
   * tenant's documents, with the tenant set. Must be idempotent: it runs again whenever the
   * documents change.
   */
  void importData(Tenant tenant, S settings);
}
