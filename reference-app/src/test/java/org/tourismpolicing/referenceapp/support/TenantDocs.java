package org.tourismpolicing.referenceapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Tenant documents for onboarding through {@code PUT /api/platform/tenants/{id}}: the sample
 * tenants' YAML files read as JSON trees, to be copied under a fresh id and changed by a test.
 */
public final class TenantDocs {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** Test tenants onboarded through {@link #put}, to be forgotten after their class. */
  private static final Set<String> ONBOARDED = ConcurrentHashMap.newKeySet();

  private final ObjectNode tenant;
  private final ObjectNode kioskRegistry;
  private ObjectNode dispatch;
  private ObjectNode informantRewards;
  private ObjectNode blacklist;

  private TenantDocs(ObjectNode tenant, ObjectNode kioskRegistry) {
    this.tenant = tenant;
    this.kioskRegistry = kioskRegistry;
  }

  /** Adds (or replaces) the dispatch document, parsed from JSON. */
  public TenantDocs dispatch(String json) {
    this.dispatch = (ObjectNode) Json.parse(json);
    return this;
  }

  /** Adds (or replaces) the informant rewards document, parsed from JSON. */
  public TenantDocs informantRewards(String json) {
    this.informantRewards = (ObjectNode) Json.parse(json);
    return this;
  }

  /** Adds (or replaces) the blacklist document, parsed from JSON. */
  public TenantDocs blacklist(String json) {
    this.blacklist = (ObjectNode) Json.parse(json);
    return this;
  }

  /** The documents of a sample tenant folder ({@code dali-gucheng}, {@code lijiang-gucheng}). */
  public static TenantDocs sample(String folder) {
    return new TenantDocs(
        (ObjectNode) read(folder, "tenant.yaml"), (ObjectNode) read(folder, "kiosk-registry.yaml"));
  }

  /** A module document of a sample tenant folder, as JSON text (to change and add). */
  public static ObjectNode sampleDocument(String folder, String file) {
    return (ObjectNode) read(folder, file);
  }

  /** Dali's documents under another id. */
  public static TenantDocs daliAs(String id) {
    TenantDocs docs = sample(Fixtures.DALI);
    docs.tenant.put("id", id);
    return docs;
  }

  /** A tenant id no run has used: {@code it-<prefix>-<random>}, at most 40 characters. */
  public static String newTenantId(String prefix) {
    return "it-" + prefix + "-" + Fixtures.random(10);
  }

  public ObjectNode tenant() {
    return tenant;
  }

  public ObjectNode kioskRegistry() {
    return kioskRegistry;
  }

  public ArrayNode kiosks() {
    return (ArrayNode) kioskRegistry.get("kiosks");
  }

  /** The kiosk definition with {@code code}. */
  public ObjectNode kiosk(String code) {
    for (int i = 0; i < kiosks().size(); i++) {
      if (code.equals(kiosks().get(i).get("code").asString())) {
        return (ObjectNode) kiosks().get(i);
      }
    }
    throw new IllegalArgumentException("no kiosk " + code);
  }

  /** Every kiosk open round the clock, so that public lookups do not depend on the time of day. */
  public TenantDocs openAllDay() {
    for (int i = 0; i < kiosks().size(); i++) {
      ((ObjectNode) kiosks().get(i)).put("openingHours", "24/7");
    }
    return this;
  }

  /** Keeps only the first {@code n} kiosks (a small tenant is onboarded faster). */
  public TenantDocs firstKiosks(int n) {
    while (kiosks().size() > n) {
      kiosks().remove(kiosks().size() - 1);
    }
    return this;
  }

  /** The combined form the platform API takes. */
  public String combined() {
    ObjectNode root = YAML.createObjectNode();
    root.set("tenant", tenant);
    ObjectNode modules = root.putObject("modules");
    modules.set("kiosk-registry", kioskRegistry);
    if (dispatch != null) {
      modules.set("dispatch", dispatch);
    }
    if (informantRewards != null) {
      modules.set("informant-rewards", informantRewards);
    }
    if (blacklist != null) {
      modules.set("blacklist", blacklist);
    }
    return Json.write(root);
  }

  public static String path(String id) {
    return "/api/platform/tenants/" + id;
  }

  public Response put(String id) {
    Response r =
        Api.as(Tokens.platformAdmin())
            .contentType("application/json")
            .body(combined())
            .put(path(id));
    if (r.statusCode() == 201) {
      ONBOARDED.add(id);
    }
    return r;
  }

  /**
   * Removes from the database every row of the test tenants onboarded so far, so that the test
   * database (which outlives a build) does not pile up tenants that every server start would load.
   * The running server keeps serving them from memory until it stops; call it after a class is
   * done.
   */
  public static void forgetOnboarded() {
    for (String id : List.copyOf(ONBOARDED)) {
      forget(id);
      ONBOARDED.remove(id);
    }
  }

  /** Removes every row of test tenant {@code id} (ids of sample tenants are refused). */
  public static void forget(String id) {
    if (!id.startsWith("it-")) {
      throw new IllegalArgumentException("only test tenants are forgotten, not " + id);
    }
    for (String table :
        List.of(
            "bl_webhook_delivery",
            "bl_watch",
            "bl_evidence",
            "bl_appeal",
            "bl_entry",
            "dp_timeline",
            "dp_assignment",
            "dp_incident",
            "dp_unit",
            "dp_patrol_plan",
            "mediation_satisfaction",
            "mediation_department_task",
            "mediation_evidence",
            "mediation_session",
            "mediation_party",
            "mediation_case",
            "mediation_case_counter",
            "mediation_duty_shift",
            "mediation_mediator",
            "mediation_outreach_visit",
            "ir_reward_payment",
            "ir_reward_budget",
            "ir_reward",
            "ir_tip_photo",
            "ir_tip_message",
            "ir_tip",
            "ir_registration",
            "ir_informant",
            "kr_walk_in",
            "kr_duty_assignment",
            "kr_amenity",
            "kr_kiosk",
            "core_idempotency_record",
            "core_outbox",
            "core_audit_record",
            "core_audit_chain")) {
      Database.update("delete from " + table + " where tenant_id = ?", id);
    }
    Database.update("delete from bl_shared_entry where publisher_tenant = ?", id);
    Database.update("delete from core_tenant where id = ?", id);
  }

  /** Onboards these documents as {@code id} and checks the tenant was created. */
  public String onboard(String id) {
    Response r = put(id);
    assertThat(r.statusCode()).as("onboarding %s: %s", id, r.asString()).isEqualTo(201);
    return id;
  }

  private static JsonNode read(String folder, String file) {
    Path path = configRoot().resolve(folder).resolve(file);
    try {
      return YAML.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path configRoot() {
    for (String base :
        new String[] {System.getProperty("basedir"), System.getProperty("user.dir")}) {
      if (base == null) {
        continue;
      }
      for (Path candidate :
          new Path[] {Path.of(base, "..", "tenant-config"), Path.of(base, "tenant-config")}) {
        if (Files.isDirectory(candidate.resolve(Fixtures.DALI))) {
          return candidate.normalize();
        }
      }
    }
    throw new IllegalStateException(
        "tenant-config folder not found from " + System.getProperty("user.dir"));
  }
}
