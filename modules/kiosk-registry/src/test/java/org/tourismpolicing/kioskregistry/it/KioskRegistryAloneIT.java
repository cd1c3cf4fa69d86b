package org.tourismpolicing.kioskregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.core.persistence.ModuleSchema;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.KioskDefinition;
import org.tourismpolicing.testsupport.Deployments;

/**
 * Core + kiosk-registry deployed alone (no reference app, no other module): what start-up must have
 * done by the time the application is up, checked inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class KioskRegistryAloneIT {

  private static final List<String> SAMPLE_TENANTS = List.of("dali-gucheng", "lijiang-gucheng");

  @Deployment
  static WebArchive deployment() {
    return Deployments.embedding("kiosk-registry-alone", EmbeddedApi.class, KioskTables.class);
  }

  @Inject KioskTables tables;
  @Inject TenantDirectory tenants;
  @Inject Instance<ModuleSchema> schemas;
  @Inject Instance<TenantModuleConfig<?>> moduleConfigs;

  @Test
  void theModuleJarsBeansAreDiscoveredBesideCores() {
    assertEquals(
        Set.of("core", "kiosk-registry"),
        schemas.stream().map(ModuleSchema::module).collect(Collectors.toSet()));
    assertEquals(
        Set.of("kiosk-registry"),
        moduleConfigs.stream().map(TenantModuleConfig::name).collect(Collectors.toSet()));
  }

  @Test
  void coreAndKioskRegistrySchemasAreMigrated() {
    assertMigrated("core_schema_history", "V1__tenants_audit_idempotency.sql");
    assertMigrated("kr_schema_history", "V1__kiosks_amenities_duty_walk_ins.sql");
  }

  @Test
  void bothSampleTenantsAreLoadedWithTheirKiosks() {
    assertEquals(Map.of(), tenants.refused(), "tenants refused at start-up");
    assertTrue(
        tables.registeredTenants().containsAll(SAMPLE_TENANTS),
        () -> "tenant register: " + tables.registeredTenants());
    for (String id : SAMPLE_TENANTS) {
      Tenant tenant = tenants.loaded(TenantId.of(id)).orElse(null);
      assertTrue(tenant != null, () -> id + " is not served; served: " + tenants.all());
      List<String> documented =
          tenant
              .settings(KioskRegistrySettings.MODULE, KioskRegistrySettings.class)
              .kiosks()
              .stream()
              .map(KioskDefinition::code)
              .toList();
      assertFalse(documented.isEmpty(), () -> id + "'s kiosk-registry.yaml defines no kiosk");
      assertTrue(
          tables.kioskCodesById(id).values().containsAll(documented),
          () ->
              id
                  + ": imported "
                  + tables.kioskCodesById(id).values()
                  + ", documented "
                  + documented);
    }
    assertTrue(tables.kioskCodesById("dali-gucheng").containsValue("south-gate"));
    assertFalse(tables.kioskCodesById("lijiang-gucheng").containsValue("south-gate"));
  }

  private void assertMigrated(String historyTable, String script) {
    List<KioskTables.Migration> rows = tables.migrations(historyTable);
    assertTrue(
        rows.stream().anyMatch(m -> "1".equals(m.version()) && script.equals(m.script())),
        () -> historyTable + " lacks " + script + ": " + rows);
    assertTrue(
        rows.stream().allMatch(KioskTables.Migration::success), () -> historyTable + ": " + rows);
  }
}
